"""Demo curriculum, modules M1 to M6, written for Alongside from the curriculum brief."""

MODULES = [
    # ------------------------------------------------------------------
    # M1
    # ------------------------------------------------------------------
    {
        "code": "M1",
        "title": "Foundations: what perinatal peer support is",
        "slug": "foundations",
        "summary": (
            "Start here. What perinatal peer support is, the five principles it is built on, "
            "and what it can and cannot offer the parents you will meet."
        ),
        "learning_outcomes": [
            "Describe the perinatal period and explain, in plain words, what perinatal peer support is",
            "Name the main ways peer support is offered, from home visits to online groups",
            "Name the five Perinatal Peer Support Principles and say what each one means in your own words",
            "Summarise what the evidence suggests peer support can do, and what it cannot",
            "Describe where peer support sits among the services parents use across the UK",
        ],
        "estimated_minutes": 120,
        "difficult": False,
        "content_note": "",
        "content_tags": [],
        "safety_critical": False,
        "prerequisites": [],
        "lessons": [
            {
                "title": "What we mean by perinatal peer support",
                "slug": "what-is-perinatal-peer-support",
                "summary": "Who peer support is for, what it looks like, and how it differs from other help.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>Welcome to Alongside. This first lesson sets out the basics: who peer "
                        "support is for, what it looks like, and what makes it different from the "
                        "other help a new or expectant parent might be offered.</p>"
                        "<h2>The perinatal period</h2>"
                        "<p>‘Perinatal’ covers pregnancy and roughly the first year after a baby "
                        "arrives. It is a time of huge change. Sleep, bodies, relationships, work "
                        "and a sense of who you are can all shift at once, and for some parents "
                        "their mental health is affected too.</p>"
                        "<p>The people you support may be women, birthing people, fathers, partners "
                        "or other family members. Some will have a diagnosis. Many will not, and "
                        "nobody needs one to benefit from talking to someone who understands.</p>"
                        "<h2>What peer support is</h2>"
                        "<p>At heart, peer support is people drawing on their own experience to "
                        "help one another. A good peer space feels accepting. Nobody is the expert "
                        "on someone else’s life, and support flows both ways: people give as well "
                        "as receive.</p>"
                        "<p>In perinatal peer support you bring something a professional usually "
                        "can’t. You have lived through mental health difficulties around pregnancy "
                        "or early parenthood yourself, and you are further along in your recovery. "
                        "That shared ground can make it easier for a parent to open up.</p>"
                        "<h3>Different goals from clinical care</h3>"
                        "<p>Clinical services focus on things like symptoms and treatment. Peer "
                        "support often works towards something different, agreed with the parent, "
                        "such as:</p>"
                        "<ul>"
                        "<li>feeling heard and less alone</li>"
                        "<li>building up a network of people to lean on</li>"
                        "<li>coping a little better day to day while unwell</li>"
                        "<li>growing in confidence as a parent</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "You are not a counsellor or a clinician",
                            "text": (
                                "<p>Peer support sits alongside clinical care. It is not a "
                                "treatment. You don’t diagnose, give medical advice or offer "
                                "therapy.</p>"
                                "<p>If someone asks you to tell them whether what they are going "
                                "through is postnatal depression, you can say honestly that this isn’t something you "
                                "can judge, listen to what is worrying them, and help them think "
                                "about talking to their GP, midwife or health visitor.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>The forms peer support takes</h2>"
                        "<p>There is no single model. Across the UK you will find:</p>"
                        "<ul>"
                        "<li><strong>Paid peer workers</strong> employed in NHS perinatal mental "
                        "health services</li>"
                        "<li><strong>Volunteer peer supporters and befrienders</strong>, often "
                        "meeting parents one to one or visiting at home</li>"
                        "<li><strong>Peer groups</strong>, such as drop-ins, cafés and activity "
                        "groups</li>"
                        "<li><strong>Informal, online and telephone support</strong>, including "
                        "forums, messaging and video calls</li>"
                        "</ul>"
                        "<p>Trained volunteers provide the bulk of one-to-one perinatal peer support "
                        "in Scotland (Scottish Government evidence review, 2020).</p>"
                        "<h3>Who is it for?</h3>"
                        "<p>Many services began with mothers in mind, but partners can struggle "
                        "too, and some groups now welcome fathers and whole families. If a dad "
                        "asks whether your group is ‘only for mums’, check what your service "
                        "offers before you answer. If it isn’t the right fit, ask your coordinator "
                        "where else he could turn. His wellbeing matters as well as his "
                        "partner’s.</p>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "Think of a time, in any part of life, when someone really made "
                                "you feel heard. What did they do, or not do? Which of those "
                                "things could you bring to your peer support role?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "The five Perinatal Peer Support Principles",
                "slug": "five-principles",
                "summary": "Where the principles came from, what each one means, and how they show up in everyday practice.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<p>Everything in this course is built on the Perinatal Peer Support "
                        "Principles. Knowing them well will help you explain your role, make good "
                        "decisions when things are unclear, and notice when a service is drifting "
                        "away from good practice.</p>"
                        "<h2>Where the principles came from</h2>"
                        "<ul>"
                        "<li>People with lived experience co-designed them, working with Mind and "
                        "the McPin Foundation.</li>"
                        "<li>The Maternal Mental Health Alliance (MMHA) commissioned the work and "
                        "Comic Relief funded it.</li>"
                        "<li>People were consulted at events in Birmingham, London and Newcastle, "
                        "in focus groups in Scotland, Northern Ireland and Wales, and through "
                        "online surveys.</li>"
                        "<li>The principles were launched in December 2019.</li>"
                        "</ul>"
                        "<p>They are five values, not a rulebook. Together they aim to make peer "
                        "support safe, inclusive and well informed, good for everyone taking part, "
                        "and separate from clinical services while staying closely linked to them. "
                        "They come with a set of reflective questions that services can use to "
                        "review their work or show its quality to funders.</p>"
                        "<p>The descriptions below are our own short summary. The full principles "
                        "belong to their authors and are published by the MMHA.</p>",
                    ),
                    (
                        "rich_text",
                        "<h2>The five principles in brief</h2>"
                        "<ol>"
                        "<li><strong>Safe and nurturing.</strong> Support rests on trust, empathy "
                        "and not judging. Ground rules and boundaries are agreed early and looked "
                        "at again as things change. You decide how much of your own story to share "
                        "and you help keep conversations safe, which is why peer supporters need "
                        "to be further along in their own recovery.</li>"
                        "<li><strong>Accessible and inclusive.</strong> A service makes real "
                        "efforts to reach the people it exists for, and works with other projects "
                        "so parents have a choice of support.</li>"
                        "<li><strong>Complements rather than replicates clinical mental health "
                        "services.</strong> Peer support is flexible and looks at the whole "
                        "person. You and the parent agree together what you are working towards. "
                        "Relationships with clinicians should be two-way, with each side valuing "
                        "the other.</li>"
                        "<li><strong>Meaningful involvement of people with lived experience, and "
                        "peer leadership.</strong> People with lived experience lead the design "
                        "and running of peer support, including at management level where that is "
                        "possible.</li>"
                        "<li><strong>Benefits everyone involved, including peer "
                        "supporters.</strong> Peer supporters get the training, debriefing, "
                        "supervision and wellbeing support they need, ideally including clinical "
                        "supervision.</li>"
                        "</ol>",
                    ),
                    (
                        "callout",
                        {
                            "style": "remember",
                            "heading": "The principles look after you too",
                            "text": (
                                "<p>The fifth principle is about you. Supervision, debriefs and "
                                "wellbeing support are not extras. They are part of what makes "
                                "peer support safe. If you aren’t getting them, it is fine to "
                                "ask.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>The principles in everyday practice</h2>"
                        "<p>You will meet the principles again in almost every module. For now, "
                        "try linking each one to a real moment:</p>"
                        "<ul>"
                        "<li>Agreeing ground rules at a first meeting is <em>safe and "
                        "nurturing</em>.</li>"
                        "<li>Offering a session at a time that fits around a toddler’s nap is "
                        "<em>accessible and inclusive</em>.</li>"
                        "<li>Helping a mum plan what she wants to say to her GP, rather than "
                        "advising her yourself, <em>complements</em> clinical care.</li>"
                        "<li>Peer supporters helping to shape a new group is <em>peer "
                        "leadership</em>.</li>"
                        "<li>Using supervision after a hard conversation is the fifth principle "
                        "at work.</li>"
                        "</ul>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "Which principle feels most natural to you right now, and which "
                                "do you think you will need to work at? What might help with "
                                "that one?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "What peer support can and cannot do",
                "slug": "evidence-and-landscape",
                "summary": "An honest look at the evidence, and where peer support fits across the UK.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<p>Parents, professionals and funders may ask, ‘Does peer support "
                        "actually help?’ It is worth being able to answer honestly, without "
                        "overselling it.</p>"
                        "<h2>What the evidence suggests</h2>"
                        "<p>Evidence gathered for the Scottish Government (evidence review, 2020) "
                        "suggests peer support can:</p>"
                        "<ul>"
                        "<li>help ease depressive symptoms for people with postnatal depression</li>"
                        "<li>build self-esteem, belief in your own ability to cope, and confidence "
                        "as a parent</li>"
                        "<li>make people feel less isolated</li>"
                        "<li>act as a bridge, helping parents come to trust clinical services</li>"
                        "</ul>"
                        "<p>Clinicians in NHS perinatal services have also described what peer "
                        "workers bring (Health Education England and Mind, 2020). They talked about "
                        "hope, and about mothers engaging better with their treatment. They saw "
                        "teams become kinder, stigma and loneliness ease, and mothers find a way "
                        "to understand what they had been through. Mothers have said that meeting someone who had "
                        "recovered gave them a hope that doctors on their own could not.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "Knowing the limits",
                            "text": (
                                "<p>Peer support does not replace professional care. It cannot "
                                "diagnose, treat or monitor an illness. When a parent needs more "
                                "than peer support can give, your job is to help them reach the "
                                "right service, and to tell your coordinator.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Peer support across the UK</h2>"
                        "<p>Access to perinatal peer support has been described as a ‘postcode "
                        "lottery’ (Health Education England and Mind, 2020). Services differ in "
                        "almost every way: paid or voluntary, NHS or charity, short or long "
                        "contracts, and very different amounts of training.</p>"
                        "<ul>"
                        "<li>When Scotland’s services were reviewed, NHS perinatal teams there had "
                        "no paid peer workers at all, while Home-Start’s 31 branches reached 63% "
                        "of local authority areas (Scottish Government evidence review, "
                        "2020).</li>"
                        "<li>Background can shape what people use. One-to-one support at home was "
                        "taken up more by women from more deprived backgrounds, and groups more "
                        "by middle-class women (Hann and McLeish, 2019).</li>"
                        "<li>Programmes tend to thrive and last when peer supporters are well "
                        "trained and thoughtfully matched with the parents they support "
                        "(Scottish Government evidence review, 2020).</li>"
                        "</ul>"
                        "<h3>Programmes you may hear about</h3>"
                        "<ul>"
                        "<li><strong>Action on Postpartum Psychosis (APP)</strong> trains "
                        "volunteers who have lived through postpartum psychosis.</li>"
                        "<li><strong>NCT Parents in Mind</strong> trains volunteers in community "
                        "peer support, running groups and perinatal mental health.</li>"
                        "<li><strong>Home-Start</strong> volunteers support families at home after "
                        "a preparation course.</li>"
                        "<li><strong>Mind’s Mums Matter</strong> is a course for mums, designed "
                        "with mums.</li>"
                        "</ul>"
                        "<p>People across the field, clinicians included, have asked for perinatal "
                        "peer support training that is consistent and properly recognised. This "
                        "course aims to give you a solid, shared foundation.</p>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "If a friend asked what peer support is, how would you explain it "
                                "in two or three sentences, including one thing it is not?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M2
    # ------------------------------------------------------------------
    {
        "code": "M2",
        "title": "Listening, communication and purposeful sharing of lived experience",
        "slug": "listening-and-sharing",
        "summary": (
            "The core skills of the role: listening well, choosing hopeful words, and sharing "
            "your own experience only when it helps the parent."
        ),
        "learning_outcomes": [
            "Listen actively, using open questions, reflections of feeling, short summaries and unhurried silence",
            "Choose language that is hopeful and free of judgement",
            "Judge when sharing part of your own story would help, keep it brief, and hand the focus back to the parent",
            "Adapt your skills for phone, video, text and email support",
            "Spot when a conversation is moving past the safe limits of the peer role, and gently bring it back",
        ],
        "estimated_minutes": 180,
        "difficult": False,
        "content_note": "",
        "content_tags": [],
        "safety_critical": False,
        "prerequisites": ["M1"],
        "lessons": [
            {
                "title": "Listening that helps",
                "slug": "active-listening",
                "summary": "Open questions, reflecting, summarising and silence: the skills at the centre of peer support.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<p>Listening sounds simple, but listening really well is a skill. For many "
                        "parents, being listened to without being judged, hurried or ‘fixed’ is "
                        "the most valuable thing peer support offers.</p>"
                        "<h2>The core skills</h2>"
                        "<h3>Open questions</h3>"
                        "<p>A closed question can be answered in a word: ‘Did you sleep?’ An open "
                        "question invites more: ‘How have the nights been?’ Use open questions to "
                        "understand, not to interrogate. One at a time is plenty.</p>"
                        "<h3>Reflecting feelings</h3>"
                        "<p>Put into words the feeling you are hearing underneath the facts. ‘It "
                        "sounds as if you’ve felt very alone with this’ shows you have understood, "
                        "and lets the parent put you right if you haven’t.</p>"
                        "<h3>Summarising</h3>"
                        "<p>Now and then, draw together what you have heard: ‘So the days are "
                        "manageable, but the evenings are when it all feels too much, and going "
                        "back to work is on your mind.’ A summary helps people feel understood and "
                        "can help them see things more clearly.</p>"
                        "<h3>Comfortable silence</h3>"
                        "<p>Pauses are often where people find their courage. Try not to rush to "
                        "fill them. A few seconds of quiet may feel long to you and very welcome "
                        "to them.</p>"
                        "<h3>Listening beyond the words</h3>"
                        "<p>Notice tone, pace, what is left out and what keeps coming back. On the "
                        "phone you might hear a long breath before an answer. In person you might "
                        "notice someone glance at the baby every time they mention feeling "
                        "low.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Reflect before you advise",
                            "text": (
                                "<p>When someone shares something painful, the urge to offer a "
                                "solution is strong. Try reflecting first. Compare ‘Have you tried "
                                "a routine?’ with ‘It sounds exhausting, never knowing what the "
                                "night will bring.’ The second keeps the parent talking and leaves "
                                "them in charge.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>How other programmes teach this</h2>"
                        "<p>These skills sit at the centre of most peer support training. NCT’s "
                        "Parents in Mind practised active listening using real material rather "
                        "than role-play. A Canadian telephone peer support programme for "
                        "postpartum depression taught empathic listening, open questions, "
                        "listening beyond the words, and working through problems together. "
                        "Action on Postpartum Psychosis training covers offering emotional "
                        "support, suggesting options and helping people build confidence.</p>"
                        "<p>Notice the order. Listening comes first. Suggesting options, if it "
                        "happens at all, comes later and is done together, with the parent "
                        "deciding what fits.</p>"
                        "<h3>Small habits that make a difference</h3>"
                        "<ul>"
                        "<li>Let the parent lead on what to talk about.</li>"
                        "<li>Use their words, not labels. If she says she has been ‘all over the "
                        "place’, don’t turn it into ‘your anxiety’.</li>"
                        "<li>Check you have understood rather than assuming.</li>"
                        "<li>Finish by agreeing what happens next, even if that is simply when "
                        "you will next be in touch.</li>"
                        "</ul>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "During an ordinary conversation this week, notice how often you "
                                "reach for advice. What happens when you try a reflection "
                                "instead?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Sharing your own experience with purpose",
                "slug": "purposeful-sharing",
                "summary": "When a piece of your story can help, how much to say, and how to hand the focus back.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<p>Your lived experience is what makes you a peer. Used well, a small "
                        "piece of your story can say ‘you are not the only one’ and ‘it can get "
                        "better’ far more powerfully than reassurance on its own. Used without "
                        "care, it can pull the focus onto you.</p>"
                        "<h2>Your story, your choice</h2>"
                        "<p>The first principle is clear that you choose whether and how much to "
                        "share, and that you help keep conversations within safe limits. Nobody "
                        "should pressure you to say more than you want to: not the parents you "
                        "support, not your colleagues, and not this course.</p>"
                        "<p>A report on NHS peer roles (Health Education England and Mind, 2020) "
                        "described a peer worker who, as soon as she started, was handed a list of "
                        "things from her own past that were off limits. It left her feeling that "
                        "nobody trusted her judgement. The "
                        "authors argued that services should trust the people they recruit, and "
                        "that training should help peer workers hold their own boundaries well. "
                        "That is what this lesson is for.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Three questions before you share",
                            "text": (
                                "<ol>"
                                "<li><strong>Whose need does this meet?</strong> It should help "
                                "the parent, not ease your own discomfort.</li>"
                                "<li><strong>How much is enough?</strong> A sentence or two, in "
                                "general terms, is usually plenty.</li>"
                                "<li><strong>How will I hand the focus back?</strong> End with a "
                                "question about them.</li>"
                                "</ol>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>What purposeful sharing sounds like</h2>"
                        "<p>Imagine a mum says she feels nothing when she looks at her baby. "
                        "Compare two replies:</p>"
                        "<ul>"
                        "<li><em>‘I had that too. It went on for months, and my partner and "
                        "I…’</em>, followed by several minutes about your own experience.</li>"
                        "<li><em>‘There was a time I felt very flat too, and it did change for me. "
                        "What has it been like for you?’</em></li>"
                        "</ul>"
                        "<p>The second offers connection and hope in a few words, then hands the "
                        "conversation straight back.</p>"
                        "<h3>When someone asks you directly</h3>"
                        "<p>Parents sometimes ask very personal questions, such as what "
                        "frightening thoughts you had when you were unwell. You never have to give "
                        "details. Often the real question underneath is ‘Am I a terrible person?’ "
                        "or ‘Will I be OK?’ You might say: ‘I’m not going to go into the details of "
                        "mine, but lots of parents have thoughts that scare them, and talking "
                        "about it is a brave step. What has been on your mind?’</p>"
                        "<p>If a parent then tells you about thoughts of harming herself or her "
                        "baby, stay warm and calm and follow the steps in the safeguarding and "
                        "crisis modules (M4 and M6), including telling your coordinator.</p>"
                        "<h3>In a group</h3>"
                        "<p>Sharing in a group can lead to comparisons. If a member says her "
                        "experience was ‘nothing’ next to yours and becomes upset, gently make it "
                        "clear there is no ranking of hard times: what she went through matters. "
                        "Give her some space, and check in with her quietly at the end.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "remember",
                            "heading": "Hope is the point",
                            "text": (
                                "<p>Peer support challenges stigma because it shows that recovery "
                                "happens. You don’t need to tell your whole story to offer that "
                                "hope. Being there, further along and doing OK, already says a "
                                "lot.</p>"
                            ),
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "How will you decide, in the moment, whether sharing something "
                                "about yourself would help? What phrase could you use to hand the "
                                "focus back to the parent?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Hopeful language, remote support and steering back",
                "slug": "language-and-remote-support",
                "summary": "Choosing words with care, adapting to phone, video, text and email, and noticing when to steer a conversation back.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<h2>Words that open doors</h2>"
                        "<p>Parents who are struggling are often very hard on themselves. The "
                        "words we choose can add to that, or ease it.</p>"
                        "<ul>"
                        "<li>Say ‘a difficult time’ or ‘when you were unwell’ rather than labels "
                        "such as ‘suffering from’.</li>"
                        "<li>Avoid ‘should’ and ‘must’. ‘Some parents find…’ leaves room for "
                        "choice.</li>"
                        "<li>Never compare parents with each other, or with yourself.</li>"
                        "<li>Talk about recovery as real and possible, without promising how long "
                        "it will take.</li>"
                        "<li>Use the words the parent uses for herself, her baby and her "
                        "family.</li>"
                        "</ul>"
                        "<p>Being non-judgemental doesn’t mean agreeing with everything. It means "
                        "making it safe for someone to say what is really going on.</p>"
                        "<h2>Supporting people remotely</h2>"
                        "<p>A lot of peer support now happens by phone, video, text or email. "
                        "Online support can give parents flexibility and a sense of control. Some "
                        "first join with their camera off, or stay anonymous, and that is a "
                        "perfectly good way to begin.</p>"
                        "<h3>Adapting your skills</h3>"
                        "<ul>"
                        "<li><strong>Phone:</strong> you can’t be seen nodding, so say more out "
                        "loud (‘mm’, ‘I’m still here’, ‘take your time’). Listen for pace and "
                        "pauses.</li>"
                        "<li><strong>Video:</strong> check the parent is somewhere private and "
                        "comfortable. Cameras are optional. Agree what you will do if the call "
                        "drops.</li>"
                        "<li><strong>Text and messaging:</strong> keep messages short and warm, and "
                        "reflect back what you have read. Don’t read too much into a short reply, "
                        "but do check in.</li>"
                        "<li><strong>Email:</strong> be clear about when you will reply. Read it "
                        "through before sending, because tone is easy to misjudge in "
                        "writing.</li>"
                        "</ul>"
                        "<p>Whatever the channel, use the accounts and devices your organisation "
                        "provides and keep to the agreed hours. Module M3 looks at out-of-hours "
                        "contact in more detail.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "When the camera stays off",
                            "text": (
                                "<p>If a parent on a video call answers in single words and then "
                                "says she doesn’t know why she signed up, don’t push. You might "
                                "reflect (‘It can feel strange doing this for the first time’), "
                                "say there is no right way to use the time, and let her know she "
                                "is welcome to come back another day. Turning up was a step.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Noticing when a conversation goes beyond the role</h2>"
                        "<p>Sometimes a conversation moves somewhere peer support is not the safe "
                        "answer. Signs include:</p>"
                        "<ul>"
                        "<li>questions about diagnosis or medication</li>"
                        "<li>a wish for therapy-style help to work through trauma or past "
                        "events</li>"
                        "<li>anything suggesting that someone may be at risk of harm</li>"
                        "</ul>"
                        "<p>Steering back is not shutting someone down. Name what you have heard, "
                        "be honest about your role, and point the way: ‘That sounds really "
                        "important, and it’s something your GP or health visitor can help with "
                        "properly. Would it help to think together about how you might bring it "
                        "up?’ If there is any sign of risk, follow the steps in M4 and M6.</p>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "Which way of offering support (phone, video, text or email) do "
                                "you feel least sure about? What is one thing you could practise "
                                "to feel more at ease with it?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M3
    # ------------------------------------------------------------------
    {
        "code": "M3",
        "title": "Role, remit and boundaries; working alongside services",
        "slug": "role-and-boundaries",
        "summary": (
            "Where the peer role starts and stops, how to agree ground rules, and how to work "
            "alongside clinical services without standing in for them."
        ),
        "learning_outcomes": [
            "Say clearly what the peer role covers, and that it never stretches to diagnosing, advising on health or medicines, offering therapy or keeping watch for clinicians",
            "Agree ground rules at the start of support and come back to them as things change",
            "Respond kindly to requests that cross boundaries, such as social media contact, late-night messages, gifts, favours and dual relationships",
            "Explain how peer support complements clinical care, and recognise when to hand over",
            "Turn to your coordinator or supervisor whenever you are unsure",
        ],
        "estimated_minutes": 150,
        "difficult": False,
        "content_note": "",
        "content_tags": [],
        "safety_critical": True,
        "prerequisites": ["M1"],
        "lessons": [
            {
                "title": "What the role is, and what it isn’t",
                "slug": "role-and-remit",
                "summary": "The tasks inside the peer role, the ones that never are, and how to spot role creep.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>Clear boundaries are not about keeping people at arm’s length. They "
                        "help you feel secure, help parents know what to expect, and help the "
                        "professionals around you understand where peer support fits.</p>"
                        "<h2>Inside the role</h2>"
                        "<ul>"
                        "<li>listening, and offering emotional support from shared "
                        "experience</li>"
                        "<li>helping a parent think through options and decide what suits "
                        "them</li>"
                        "<li>sharing information about services, and helping someone feel able "
                        "to use them</li>"
                        "<li>offering hope that recovery is possible</li>"
                        "<li>running or helping with groups and activities, as your organisation "
                        "agrees</li>"
                        "<li>passing concerns to your coordinator and signposting to the right "
                        "service</li>"
                        "</ul>"
                        "<h2>Never part of the role</h2>"
                        "<ul>"
                        "<li><strong>Diagnosis.</strong> You never tell someone which condition "
                        "they do or don’t have.</li>"
                        "<li><strong>Medical or medication advice.</strong> This includes whether "
                        "to start, stop or change a medicine.</li>"
                        "<li><strong>Therapy.</strong> Peer support is not counselling or a "
                        "talking therapy.</li>"
                        "<li><strong>Monitoring on behalf of clinicians.</strong> You are not the "
                        "team’s ‘eyes and ears’.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "Questions about medication",
                            "text": (
                                "<p>If a breastfeeding mum asks whether she should stop her "
                                "antidepressant, don’t offer a view either way, not even a "
                                "reassuring one. Listen to her worry and encourage her to speak to "
                                "her GP or whoever prescribed it. If she feels she would be "
                                "‘bothering’ them, you can tell her this is exactly the kind of "
                                "question they are there for, and help her plan what to say.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Alongside, not instead</h2>"
                        "<p>The third principle describes good peer support as one step removed "
                        "from clinical services, yet closely connected to them. It is at its "
                        "strongest when it offers something different from clinicians, rather "
                        "than handing out advice, teaching skills or offering therapy. The "
                        "Scottish Government’s peer support action plan (2021) makes the same "
                        "point: peers are not a substitute for clinical staff, and nobody should "
                        "expect them to pick up clinical work.</p>"
                        "<h3>Watch for role creep</h3>"
                        "<p>Some NHS teams have ended up treating peer workers as extra support "
                        "staff or occupational therapy helpers, or handing them the job of running "
                        "service-user involvement (Health Education England and Mind, 2020). The "
                        "report’s authors saw this as missing the point of peer support. Role creep "
                        "usually happens with good intentions, often because a team is "
                        "stretched.</p>"
                        "<p>Picture a busy ward where a nurse, short of staff, asks you to stay in "
                        "the room while a mother baths her baby, ‘just to keep an eye on "
                        "things’. You might "
                        "want to help. But watching a parent on behalf of the team turns you into "
                        "a monitor and could damage the mother’s trust in you. You can decline "
                        "politely, explain that it sits outside the peer role, and raise it with "
                        "your supervisor afterwards.</p>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "Think of a situation where you might feel pulled to step outside "
                                "the role, perhaps because you want to help. What could you say in "
                                "that moment?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Ground rules and boundaries in practice",
                "slug": "ground-rules-and-boundaries",
                "summary": "How to agree ground rules, handle requests that test boundaries, and notice boundary drift.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<p>Ground rules turn boundaries into something you and the parent can "
                        "both see. The first principle asks for them to be set at the start and "
                        "revisited as the relationship develops or as a group’s members "
                        "change.</p>"
                        "<h2>A good ground-rules conversation</h2>"
                        "<p>Home-Start’s approach is for the coordinator to join the volunteer at "
                        "the very first visit, where they settle the basics with the family "
                        "together: when visits will "
                        "happen, what they will focus on, and how support will be reviewed. In any "
                        "setting, a good first conversation usually covers:</p>"
                        "<ul>"
                        "<li>what peer support offers, and what it doesn’t</li>"
                        "<li>when and how you will be in touch, and how quickly you will "
                        "reply</li>"
                        "<li>what happens if either of you needs to cancel</li>"
                        "<li>confidentiality and its limits (see M4)</li>"
                        "<li>what the parent hopes to get from support</li>"
                        "<li>how you will check how it is going, and how support will end</li>"
                        "</ul>"
                        "<p>Keep it friendly and brief. Note what you agree if your organisation "
                        "asks you to, and come back to it whenever things shift.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Boundaries are a kindness",
                            "text": (
                                "<p>Clear limits make support feel safe and predictable. They "
                                "also protect your own wellbeing, so you can keep offering support "
                                "for longer.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Requests that test boundaries</h2>"
                        "<p>Most boundary challenges come from warmth, not bad intent. Common "
                        "ones include:</p>"
                        "<ul>"
                        "<li><strong>Social media:</strong> friend requests or follows. Most "
                        "organisations ask you not to connect on personal accounts.</li>"
                        "<li><strong>Out-of-hours contact:</strong> messages late at night or at "
                        "weekends.</li>"
                        "<li><strong>Gifts:</strong> anything from a card to something of real "
                        "value. Check your organisation’s policy.</li>"
                        "<li><strong>Personal favours:</strong> lifts, babysitting, lending "
                        "money.</li>"
                        "<li><strong>Dual relationships:</strong> supporting someone you already "
                        "know, or becoming friends during support.</li>"
                        "</ul>"
                        "<h3>An example</h3>"
                        "<p>A mum you support sends you a friend request and starts messaging "
                        "after 11pm most nights. You could reply the next day, within your agreed "
                        "hours: thank her, explain kindly that you don’t connect on personal "
                        "social media, and remind her when you are available. Late-night messages "
                        "can be a sign someone is finding nights hard, so make sure she knows "
                        "where to turn out of hours, and talk it through with your "
                        "coordinator.</p>"
                        "<h3>Spotting boundary drift</h3>"
                        "<p>Boundaries rarely break all at once. Watch for small changes: visits "
                        "running long, replying late at night ‘just this once’, feeling that only "
                        "you can help, or keeping things from your coordinator. These are signals "
                        "to pause and talk it over in supervision, not reasons for shame.</p>",
                    ),
                    (
                        "signpost",
                        {
                            "names": [
                                "Samaritans",
                                "Shout",
                                "NHS 111 (England)",
                                "NHS 111 (Wales)",
                                "NHS 24 (Scotland)",
                                "Lifeline (Northern Ireland)",
                            ]
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "Which kind of request do you think you would find hardest to say "
                                "no to? How could you say it warmly and clearly?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Working alongside services and knowing who to ask",
                "slug": "working-alongside-services",
                "summary": "How peer support connects with other services, when to hand over, and who to contact for what.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>Peer support is one part of the web of care around a family. Knowing "
                        "how you connect with the rest of that web keeps parents safe and keeps "
                        "your role clear.</p>"
                        "<h2>Connected, with clear lines</h2>"
                        "<p>Under the third principle, relationships between peer supporters and "
                        "clinicians should be two-way and equally valued. You bring something "
                        "different. You are not a junior version of a clinician.</p>"
                        "<p>In many organisations, Home-Start among them, any contact with other "
                        "agencies goes through the coordinator rather than the volunteer. It is "
                        "also the coordinator who judges whether a referral suits peer "
                        "support. Referrals "
                        "that don’t fit sometimes arrive because other services are missing or "
                        "stretched. That is not something you have to solve on your own.</p>"
                        "<h2>When to hand over</h2>"
                        "<p>Hand over to your coordinator, and through them to the right "
                        "professional, when:</p>"
                        "<ul>"
                        "<li>a parent’s mental health seems to be getting worse or changing "
                        "quickly</li>"
                        "<li>you have any concern about the safety of a parent, baby or other "
                        "child (see M4 and M6)</li>"
                        "<li>the parent needs clinical, medical or specialist help</li>"
                        "<li>a referral seems to need something peer support can’t offer</li>"
                        "<li>you are unsure, for any reason</li>"
                        "</ul>"
                        "<p>Handing over is not dropping someone. Where it is appropriate, tell "
                        "the parent what you are doing and why, and keep offering peer support "
                        "alongside other help if your organisation agrees.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "If in doubt, ask",
                            "text": (
                                "<p>Your coordinator or supervisor is your first port of call for "
                                "any uncertainty, large or small. Asking early is good practice, "
                                "never a sign that you aren’t coping. In an emergency, get help "
                                "first (see M6) and tell them straight afterwards.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Who to contact for what</h2>"
                        "<ul>"
                        "<li><strong>‘Is this part of my role?’</strong> Your coordinator or "
                        "supervisor.</li>"
                        "<li><strong>A parent’s question about health, medication or "
                        "diagnosis:</strong> encourage her to speak to her GP, midwife, health "
                        "visitor or perinatal mental health team.</li>"
                        "<li><strong>A safeguarding worry:</strong> your designated safeguarding "
                        "lead, the same day (M4).</li>"
                        "<li><strong>Immediate danger to life:</strong> 999 first, then your "
                        "coordinator (M6).</li>"
                        "<li><strong>Feeling shaken by a conversation:</strong> your supervisor, "
                        "and the wellbeing support your organisation offers.</li>"
                        "</ul>"
                        "<h3>An example</h3>"
                        "<p>A referral from a health visitor suggests that what a new mum mostly "
                        "needs is someone to show her how to look after her baby. You can still meet her, "
                        "listen, and agree together what support she would like. Let your "
                        "coordinator know about the referral, so they can talk to the referrer about "
                        "what peer support does and doesn’t offer.</p>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "Do you know who your coordinator, supervisor and designated "
                                "safeguarding lead are, and how to reach each of them? Where will "
                                "you keep those details so they are quick to find?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M4
    # ------------------------------------------------------------------
    {
        "code": "M4",
        "title": "Safeguarding, confidentiality, information sharing and recording",
        "slug": "safeguarding",
        "summary": (
            "How to notice and respond to worries about the safety of babies, children and "
            "adults, explain confidentiality honestly, and keep a good record."
        ),
        "learning_outcomes": [
            "Explain who safeguarding protects: babies before and after birth, older children, and adults at risk",
            "Notice things that might point to abuse or neglect, including domestic abuse and coercive control",
            "Respond to a disclosure calmly, without investigating or promising secrecy, and report it to your designated safeguarding lead the same day",
            "Explain the limits of confidentiality at the start of support, and know when information may be shared without consent",
            "Write a brief, factual, dated record of a concern",
            "Call 999 first when someone is in immediate danger, and know that each UK nation has its own safeguarding framework",
        ],
        "estimated_minutes": 180,
        "difficult": True,
        "content_note": (
            "This module talks about abuse and neglect of children and adults, domestic abuse "
            "and coercive control, an injury to a baby, and briefly touches on suicidal "
            "feelings. There is no graphic detail. You can pause at any point, save your place "
            "and come back when you are ready."
        ),
        "content_tags": [
            "domestic abuse",
            "child abuse and neglect",
            "infant harm",
            "suicide",
        ],
        "safety_critical": True,
        "prerequisites": ["M3"],
        "lessons": [
            {
                "title": "What safeguarding means in peer support",
                "slug": "what-safeguarding-means",
                "summary": "Who safeguarding protects, the principles behind it, and how the rules differ across the UK.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<p>Safeguarding means protecting people from abuse, neglect and harm. "
                        "Every organisation delivering charitable work is responsible for "
                        "protecting its staff, its volunteers and the people it supports. As a "
                        "peer supporter, you are part of that.</p>"
                        "<p>The Scottish Government’s peer support action plan (2021) expects each "
                        "peer support service to have a safeguarding policy, and that policy "
                        "should protect the people supported as well as paid peers and "
                        "volunteers. Your organisation’s policy is "
                        "what you follow. It will name the person you take concerns to, usually "
                        "called the <strong>designated safeguarding lead (DSL)</strong>.</p>"
                        "<h2>Who safeguarding covers</h2>"
                        "<h3>Children, including unborn babies</h3>"
                        "<p>In perinatal work, a concern might be about a baby before birth, a "
                        "newborn, or older children in the family.</p>"
                        "<h3>Adults at risk</h3>"
                        "<p>In England, the Care Act 2014 treats a person as an adult at risk when "
                        "they are 18 or older and:</p>"
                        "<ul>"
                        "<li>has needs for care and support, and</li>"
                        "<li>is experiencing abuse or neglect, or is at risk of it, and</li>"
                        "<li>because of those needs, cannot protect themselves.</li>"
                        "</ul>"
                        "<p>Deciding whether someone meets this definition is not your job. If "
                        "you are worried, pass it on, and your DSL will advise.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "You are not expected to solve it",
                            "text": (
                                "<p>Your part is to notice, listen and pass concerns on. You don’t "
                                "investigate or try to sort things out yourself. Pass information "
                                "on even if it is old, second-hand or anonymous. Your DSL will "
                                "decide what happens next.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>The principles behind adult safeguarding</h2>"
                        "<p>Adult safeguarding in England rests on six principles from the Care "
                        "Act 2014:</p>"
                        "<ol>"
                        "<li><strong>Empowerment:</strong> people are supported to make their own "
                        "decisions.</li>"
                        "<li><strong>Prevention:</strong> acting before harm happens.</li>"
                        "<li><strong>Proportionality:</strong> the least intrusive response that "
                        "fits the risk.</li>"
                        "<li><strong>Protection:</strong> support for those in greatest "
                        "need.</li>"
                        "<li><strong>Partnership:</strong> services and communities working "
                        "together.</li>"
                        "<li><strong>Accountability:</strong> being open and answerable for what "
                        "we do.</li>"
                        "</ol>"
                        "<h2>Differences across the UK</h2>"
                        "<ul>"
                        "<li><strong>England:</strong> adult safeguarding follows the Care Act "
                        "2014 and the six principles above.</li>"
                        "<li><strong>Scotland:</strong> the Adult Support and Protection "
                        "(Scotland) Act 2007 applies a test with three parts to decide whether "
                        "someone counts as an adult at risk. Whatever is done has to help the "
                        "adult, and should limit their freedom as little as possible.</li>"
                        "<li><strong>Wales and Northern Ireland:</strong> each has its own "
                        "procedures. Your organisation’s policy sets out the route where you "
                        "work.</li>"
                        "</ul>"
                        "<h2>Babies and children</h2>"
                        "<p>Most safeguarding worries in perinatal peer support are about a baby "
                        "or an older child, not only the parent. Each nation has its own guidance "
                        "on how services work together to protect children, and your DSL follows "
                        "it:</p>"
                        "<ul>"
                        "<li><strong>England:</strong> <em>Working Together to Safeguard "
                        "Children</em> (2023).</li>"
                        "<li><strong>Wales:</strong> the <em>Wales Safeguarding "
                        "Procedures</em>.</li>"
                        "<li><strong>Scotland:</strong> the <em>National Guidance for Child "
                        "Protection in Scotland</em> (2021).</li>"
                        "<li><strong>Northern Ireland:</strong> <em>Co-operating to Safeguard "
                        "Children and Young People in Northern Ireland</em>.</li>"
                        "</ul>"
                        "<p>You don’t need to know these documents in detail. What matters is "
                        "that a worry about a child goes to your DSL in the same way as a worry "
                        "about an adult. In England and Wales, the Domestic Abuse Act 2021 "
                        "recognises a child who sees, hears or lives with domestic abuse as a "
                        "victim in their own right, which is one reason a parent’s disclosure of "
                        "abuse at home always goes to your DSL.</p>"
                        "<p>Wherever you are, the basics are the same: notice, listen, record and "
                        "report to your DSL.</p>"
                        "<h3>Keeping your training up to date</h3>"
                        "<p>Volunteer safeguarding training usually covers what safeguarding and "
                        "child protection mean, the law behind them, how to recognise harm, when "
                        "and how to report, your organisation’s policies, and who your named "
                        "contact is. One Scottish volunteering guide suggests a refresher within "
                        "three years, and more often if possible.</p>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "Do you know who your organisation’s designated safeguarding lead "
                                "is and how to reach them, including outside office hours? If not, "
                                "who will you ask this week?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Recognising concerns and responding to a disclosure",
                "slug": "responding-to-disclosure",
                "summary": "Possible signs of harm, domestic abuse and coercive control, and what to do when someone tells you something.",
                "estimated_minutes": 35,
                "body": [
                    (
                        "content_note",
                        {
                            "text": (
                                "This lesson describes signs of domestic abuse and a worry about "
                                "an injury to a baby, without graphic detail. Take a break "
                                "whenever you need to."
                            )
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Noticing possible harm</h2>"
                        "<p>You are not looking for proof. You are noticing things that worry "
                        "you, for example:</p>"
                        "<ul>"
                        "<li>something a parent, child or relative tells you</li>"
                        "<li>an injury without a clear explanation, especially on a baby who "
                        "isn’t yet moving around on their own</li>"
                        "<li>a baby or child whose basic needs seem not to be met</li>"
                        "<li>a parent who seems frightened of someone, or not free to make her "
                        "own choices</li>"
                        "<li>a change in someone that doesn’t add up</li>"
                        "</ul>"
                        "<h2>Domestic abuse and coercive control</h2>"
                        "<p>Domestic abuse often starts or gets worse in pregnancy. Almost one in "
                        "three women who experience domestic abuse experience it for the first "
                        "time while pregnant (Grier and Geraghty, 2015). In the MBRRACE-UK report "
                        "(2023), 12% of the women who died had severe and multiple disadvantage, "
                        "such as mental illness, substance use or domestic abuse.</p>"
                        "<p>Coercive control is a pattern of behaviour that limits someone’s "
                        "freedom, such as checking her phone, controlling all the money, or "
                        "stopping her seeing friends or going to groups. There may be no physical "
                        "violence, and the person living with it may not call it abuse.</p>"
                        "<p>Most women don’t mind being asked about abuse: in one UK study, 94.4% "
                        "of women said they were comfortable with a midwife asking about it "
                        "(Salmon, Baird and White, 2015).</p>",
                    ),
                    (
                        "rich_text",
                        "<h2>When someone tells you something</h2>"
                        "<ol>"
                        "<li><strong>Listen.</strong> Let them talk at their own pace.</li>"
                        "<li><strong>Stay calm.</strong> Your calm helps them feel safe.</li>"
                        "<li><strong>Don’t investigate.</strong> No probing or leading questions, "
                        "and never confront anyone.</li>"
                        "<li><strong>Don’t promise secrecy.</strong> Be honest that you may need "
                        "to pass it on to keep people safe.</li>"
                        "<li><strong>Reassure.</strong> Thank them for telling you, and make clear "
                        "it is not their fault.</li>"
                        "<li><strong>Record</strong> what was said and seen as soon as you can "
                        "(see the next lesson).</li>"
                        "<li><strong>Report</strong> it to your DSL the same day.</li>"
                        "</ol>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "Immediate danger: call 999 first",
                            "text": (
                                "<p>If anyone is in immediate danger, phone 999 and ask for the "
                                "police or an ambulance, whichever is needed (an ambulance for an "
                                "injury, an overdose or someone who is unwell). After that, tell your DSL or safeguarding officer as soon as you "
                                "can. Never wait to reach them before getting emergency help.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Two examples</h2>"
                        "<h3>‘Please don’t tell anyone’</h3>"
                        "<p>On a home visit, a mum says her partner checks her phone, controls the "
                        "money and doesn’t like her going to groups. She asks you to keep it to "
                        "yourself. Listen and thank her for trusting you. Explain gently that you "
                        "can’t keep this just between the two of you, because it is about her "
                        "safety, and that you will talk to the person at your organisation whose "
                        "job is to help with this. If she is not in immediate danger, record the "
                        "conversation and report it to your DSL that day. Your DSL can advise on "
                        "how to share information about specialist support, such as the domestic "
                        "abuse helpline for her nation, in a way that is safe for her.</p>"
                        "<h3>A mark on a baby</h3>"
                        "<p>You notice a bruise on a young baby’s cheek, and mum says the toddler "
                        "must have done it. Don’t examine the baby, question the family or decide "
                        "what happened. Note exactly what you saw and what was said, and tell your "
                        "DSL straight away, before the end of the visit if you can: a bruise on a "
                        "baby who isn’t yet moving about on their own is always treated as urgent, "
                        "and your DSL will follow your local safeguarding partnership’s procedure "
                        "for injuries to babies who are not yet mobile. If you can’t reach your DSL "
                        "or their deputy, contact children’s social care yourself (or its "
                        "out-of-hours team), and call 999 if the baby is in immediate danger. "
                        "Then tell your DSL as soon as you can.</p>",
                    ),
                    (
                        "signpost",
                        {
                            "names": [
                                "Emergency services (999)",
                                "NSPCC Helpline",
                                "National Domestic Abuse Helpline",
                                "Live Fear Free helpline (Wales)",
                                "Scotland's Domestic Abuse and Forced Marriage Helpline",
                                "Domestic and Sexual Abuse Helpline (Northern Ireland)",
                            ]
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "What might make it hard for you to tell a parent that you can’t "
                                "keep something secret? What words would feel honest and kind?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Confidentiality, sharing information and keeping records",
                "slug": "confidentiality-and-records",
                "summary": "How to explain confidentiality and its limits, share information safely, and write a good record.",
                "estimated_minutes": 35,
                "body": [
                    (
                        "rich_text",
                        "<p>Confidentiality is part of what makes peer support feel safe. But it "
                        "has limits, and parents deserve to know what those are before they tell "
                        "you anything.</p>"
                        "<h2>Explaining the limits at the start</h2>"
                        "<p>At your first meeting, explain in plain words that what they share "
                        "stays private, with some exceptions. For example:</p>"
                        "<p><em>‘What we talk about stays between us and my organisation. The "
                        "exception is if I’m worried that you, your baby or someone else might be "
                        "at risk of harm. Then I’d need to share it with the person at my "
                        "organisation who deals with safety. Wherever it’s safe to, I’d talk to "
                        "you about it first.’</em></p>"
                        "<p>Other services work in a similar way. Samaritans keeps what callers "
                        "say confidential except in set situations, such as when a child or adult "
                        "who can be identified is at risk of harm, when there is a threat to "
                        "life, or when the caller agrees to it being shared. Home-Start keeps "
                        "family information confidential and shares it only when someone’s "
                        "safety or welfare is at risk.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Never promise total secrecy",
                            "text": (
                                "<p>You can promise to be respectful and careful with what people "
                                "tell you. You can’t promise that nothing will ever be shared. "
                                "Saying so early makes it much easier if you ever need to "
                                "act.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Sharing information safely</h2>"
                        "<p>Government guidance known as the ‘seven golden rules’ of information "
                        "sharing helps professionals get this right. In short:</p>"
                        "<ul>"
                        "<li>Data protection law does not stop you sharing when there is good "
                        "reason.</li>"
                        "<li>Be open and honest with people about what may be shared and "
                        "why.</li>"
                        "<li>Ask for advice when you are unsure.</li>"
                        "<li>Share with consent where that is appropriate.</li>"
                        "<li>Put safety and wellbeing first.</li>"
                        "<li>Share only what is needed, accurately, promptly and securely.</li>"
                        "<li>Keep a record of what you shared, with whom and why.</li>"
                        "</ul>"
                        "<p>A 2024 Department for Education update makes clear that where there "
                        "is a risk of harm, protecting children comes before privacy. For you, "
                        "sharing happens through your DSL and your organisation’s policy, so "
                        "information reaches only the people who need it.</p>"
                        "<h2>Writing a good record</h2>"
                        "<p>Good notes are clear, brief and factual. Include:</p>"
                        "<ul>"
                        "<li>the date and time</li>"
                        "<li>what you saw and heard, in the person’s own words where you can</li>"
                        "<li>facts, not opinions or guesses</li>"
                        "<li>who you told, when, and what advice you were given</li>"
                        "<li>your name</li>"
                        "</ul>"
                        "<p>Keep records only where your organisation says to, never in personal "
                        "notes or messages.</p>",
                    ),
                    (
                        "content_note",
                        {
                            "text": (
                                "The next example involves a remark about not wanting to be "
                                "alive. It is brief and not graphic."
                            )
                        },
                    ),
                    (
                        "rich_text",
                        "<h3>When a worry comes up at the door</h3>"
                        "<p>As people are leaving a group, one mum remarks, almost as a joke, that "
                        "her family would manage better if she wasn’t around, and picks up her "
                        "bag. A light tone doesn’t make it "
                        "a throwaway remark. Gently ask her to stay for a moment, listen, and "
                        "follow your organisation’s crisis protocol (covered in M6). Tell your "
                        "coordinator straight away, and write down what she said in her own "
                        "words.</p>",
                    ),
                    (
                        "signpost",
                        {"names": ["Emergency services (999)", "Samaritans", "Shout"]},
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "Try saying your own version of a confidentiality explanation out "
                                "loud. Which part feels natural, and which would you like to "
                                "reword?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M5
    # ------------------------------------------------------------------
    {
        "code": "M5",
        # Teaches what a clinician (or, for M8, a health visitor) should check.
        "clinical": True,
        "title": "Understanding perinatal mental health: common conditions",
        "slug": "common-conditions",
        "summary": (
            "A plain-language introduction to the most common perinatal mental health "
            "difficulties, so you can understand what parents are going through and help them "
            "find the right support."
        ),
        "learning_outcomes": [
            "Describe in plain words the common perinatal conditions: depression and anxiety, perinatal OCD, and birth trauma and PTSD, including how fathers and partners are affected",
            "Explain the difference between the ‘baby blues’ and postnatal depression",
            "Explain why peer supporters never diagnose",
            "Name the people and services parents usually turn to, from GPs, midwives and health visitors to talking therapies and specialist perinatal teams",
            "Understand what makes parents afraid to ask for help, and answer those fears with warmth",
        ],
        "estimated_minutes": 180,
        "difficult": True,
        "content_note": (
            "This module talks about depression, anxiety, birth trauma and intrusive thoughts, "
            "including unwanted thoughts about harm coming to a baby. There is no graphic "
            "detail. You can pause, save your place and come back whenever you need to."
        ),
        "content_tags": ["birth trauma", "intrusive thoughts", "infant harm"],
        "safety_critical": False,
        "prerequisites": ["M1"],
        "lessons": [
            {
                "title": "Perinatal mental health: the bigger picture",
                "slug": "the-bigger-picture",
                "summary": "How common perinatal mental health problems are, where parents can get help, and what holds them back.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<p>This module gives you a working understanding of the difficulties "
                        "parents most often face. It isn’t about learning to spot or label "
                        "conditions. It is about knowing enough to listen well, reassure without "
                        "brushing things aside, and help parents reach people who can assess and "
                        "treat them.</p>"
                        "<h2>How common is it?</h2>"
                        "<p>Around one in five women have a mental health problem during "
                        "pregnancy or the year after birth, and depression and anxiety are the "
                        "most common (National Collaborating Centre for Mental Health, 2018).</p>"
                        "<p>Partners are affected too. Up to 10% of fathers experience depression "
                        "in the perinatal period, and a father’s depression is closely linked "
                        "with the mother’s (Scottish Government evidence review, 2020). The same "
                        "review estimates that about 20% of mothers and 10% of fathers have poor "
                        "mental health in the perinatal period.</p>"
                        "<p>NICE guidance for clinicians (CG192) covers a wide range of conditions "
                        "in pregnancy and the year after birth: depression, anxiety disorders "
                        "(including OCD, fear of childbirth and PTSD), eating disorders, drug and "
                        "alcohol problems, and severe mental illness.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Understanding, not diagnosing",
                            "text": (
                                "<p>Knowing about conditions helps you understand and support. It "
                                "never means deciding what someone has. Even if a parent’s "
                                "experience sounds just like yours, only a professional can assess "
                                "it. Your role is to listen, and to help them get there.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Routes to help</h2>"
                        "<p>Most parents will start with one of these:</p>"
                        "<ul>"
                        "<li><strong>GP</strong>, for any worry about mental health, at any "
                        "point</li>"
                        "<li><strong>Midwife</strong>, during pregnancy and the early days after "
                        "birth</li>"
                        "<li><strong>Health visitor</strong>, once the baby has arrived</li>"
                        "<li><strong>Talking therapies</strong>, for common difficulties such as "
                        "depression and anxiety. In some areas parents can refer themselves.</li>"
                        "<li><strong>Perinatal mental health teams</strong>, specialist teams for "
                        "more complex or severe difficulties, usually reached through a "
                        "referral</li>"
                        "</ul>"
                        "<p>Services differ between England, Wales, Scotland and Northern Ireland, "
                        "and between local areas. Your organisation’s local directory will show "
                        "what is available where you work. For urgent help, see M6.</p>"
                        "<h2>What stops parents asking for help</h2>"
                        "<p>Stigma, including the shame people turn on themselves, is one of the "
                        "biggest barriers to seeking help. Parents may feel they ought to be happy, "
                        "that they are failing, or that they will be judged.</p>"
                        "<p>Many also fear that if they say how they feel, their baby will be taken "
                        "away. One NHS trust points out that even with postpartum psychosis, one "
                        "of the most serious perinatal illnesses, this very rarely happens.</p>"
                        "<h3>How you can respond</h3>"
                        "<ul>"
                        "<li>Name the fear gently: ‘A lot of parents worry about that.’</li>"
                        "<li>If it is true for you and feels right, say briefly that you asked for "
                        "help and things got better.</li>"
                        "<li>Explain that services are there to help parents get well.</li>"
                        "<li>Offer practical help, such as planning what to say or deciding who "
                        "to talk to first.</li>"
                        "</ul>",
                    ),
                    (
                        "signpost",
                        {"names": ["PANDAS Foundation", "Mind Infoline", "NCT"]},
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "What could you say to a parent who is afraid to tell her health "
                                "visitor how she feels, to reassure her without making promises "
                                "you can’t keep?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Baby blues, depression and anxiety",
                "slug": "blues-depression-anxiety",
                "summary": "How the baby blues differ from postnatal depression, and what we know about anxiety in pregnancy and after birth.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<h2>The baby blues</h2>"
                        "<p>In the first week after birth, many parents feel low, tearful or "
                        "anxious. This is known as the baby blues. It is common and seen as a "
                        "normal part of the early days, and according to the NHS it doesn’t last "
                        "beyond two weeks after the birth.</p>"
                        "<h2>Postnatal depression</h2>"
                        "<p>Postnatal depression is different. The NHS says it affects more than 1 "
                        "in 10 women within a year of giving birth. It can begin at any time in "
                        "that first year, not only in the early weeks, and fathers and partners "
                        "can have it too. NCT uses the figure ‘at least 1 in 10’.</p>"
                        "<p>Depression can also start during pregnancy, when it is called "
                        "antenatal depression. Parents rarely use clinical words for how they "
                        "feel. They are more likely to say they feel flat, that they are not "
                        "coping, or that they just don’t feel like themselves.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Blues or something more?",
                            "text": (
                                "<p>Timing is one clue: the baby blues pass within two weeks of "
                                "the birth. But you don’t need to work out which it is. If "
                                "feelings are lasting, getting worse or worrying the parent, "
                                "encourage her to talk to her midwife, health visitor or GP, "
                                "whenever that is.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h3>An example</h3>"
                        "<p>A mum who gave birth five days ago says she ends up in tears each "
                        "afternoon, and she is convinced it must be postnatal depression, ‘the "
                        "same as you had’. Don’t confirm it or "
                        "rule it out. You might acknowledge how hard and worrying this feels, say "
                        "that she doesn’t have to work it out alone, and suggest she tells her "
                        "midwife or health visitor how she has been feeling. Check in with her "
                        "again later. If things are not easing, encourage her to go back to "
                        "them.</p>"
                        "<h2>Perinatal anxiety</h2>"
                        "<p>Anxiety is one of the two most common perinatal difficulties. A large "
                        "review bringing together 102 studies (Dennis, Falah-Hassani and Shiri, "
                        "2017) found:</p>"
                        "<ul>"
                        "<li>in pregnancy, women reporting anxiety symptoms made up 18.2% in the "
                        "first trimester, 19.1% in the second and 24.6% in the third</li>"
                        "<li>15.2% had some kind of anxiety disorder during pregnancy</li>"
                        "<li>between 1 and 24 weeks after birth, 15.0% reported anxiety "
                        "symptoms and 9.9% had an anxiety disorder</li>"
                        "</ul>"
                        "<p>Parents might talk about worry they can’t switch off, about the baby, "
                        "the birth, their health or getting things wrong. As with depression, "
                        "your role is to listen and to help them talk to their midwife, health "
                        "visitor or GP.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "remember",
                            "heading": "Using figures with care",
                            "text": (
                                "<p>Figures like these can help a parent see she is not alone. If "
                                "you quote one, give its source and year, and remember that "
                                "statistics are updated over time.</p>"
                            ),
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "How might you respond to a parent who says ‘I should be enjoying "
                                "this’, in a way that neither dismisses nor labels what she is "
                                "feeling?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Perinatal OCD and birth trauma",
                "slug": "ocd-and-birth-trauma",
                "summary": "Intrusive thoughts and perinatal OCD, post-traumatic stress after birth, and how to respond without alarm.",
                "estimated_minutes": 35,
                "body": [
                    (
                        "content_note",
                        {
                            "text": (
                                "The next section talks about unwanted, intrusive thoughts about "
                                "harm coming to a baby. There is no graphic detail. Pause whenever "
                                "you need to."
                            )
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Perinatal OCD</h2>"
                        "<p>Obsessive-compulsive disorder (OCD) can affect parents in pregnancy "
                        "and after birth. In a Canadian study of 763 women, the average "
                        "proportion with OCD at any one time was 2.9% in pregnancy and 7.0% after "
                        "birth, reaching nearly 9% at around eight weeks after the birth "
                        "(Fairbrother and colleagues, 2021).</p>"
                        "<p>Unwanted, intrusive thoughts are common around pregnancy and birth. "
                        "They are often about the baby coming to harm, by accident or on purpose. "
                        "Clinical sources explain that the thoughts cause real distress and do "
                        "not match how the mother actually feels. Parents may respond with "
                        "compulsions, such as checking, seeking reassurance or cleaning.</p>"
                        "<p>OCD is treatable. The first-line treatment is a form of cognitive "
                        "behavioural therapy (CBT) called exposure and response prevention, "
                        "given by trained professionals.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "You can’t tell these thoughts apart, so don’t try",
                            "text": (
                                "<p>A peer supporter cannot tell whether thoughts about harm are "
                                "part of OCD, psychosis or suicidal thinking, and nobody expects "
                                "you to. So stay warm and calm, don’t show alarm, talk it through "
                                "with your coordinator the same day, and help the parent to tell "
                                "her GP, midwife or health visitor herself, with her knowledge.</p>"
                                "<p>Talking it through with your coordinator is supervision and "
                                "support, not a safeguarding referral. Professionals hear about "
                                "unwanted, frightening thoughts often, and understand that they "
                                "usually cause the parent great distress. The aim is for her to get "
                                "help, not to confirm her fear that her baby will be taken away. "
                                "Your coordinator or DSL decides whether anything more is needed, "
                                "and acting without her agreement is for when something else is "
                                "present: she talks about meaning to act, seems out of touch with "
                                "reality, the baby is being neglected, or someone is in immediate "
                                "danger (then call 999).</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h3>An example</h3>"
                        "<p>A mum confides that she gets up again and again through the night to "
                        "make sure her baby is breathing, and that frightening images in her mind "
                        "have put her off bath time altogether. She pleads with you to keep it "
                        "from her health visitor. Thank her for "
                        "trusting you: saying this out loud takes courage. Let her know that many "
                        "parents have unwanted thoughts and that help is available. Be honest that "
                        "you can’t keep it to yourself, and that you want to help her get proper "
                        "support. Then tell your coordinator, following your organisation’s "
                        "procedure.</p>"
                        "<h2>Birth trauma and PTSD</h2>"
                        "<p>Birth can be frightening or overwhelming, and for some parents the "
                        "effects last. Research suggests:</p>"
                        "<ul>"
                        "<li>post-traumatic stress disorder (PTSD) after birth in an average of "
                        "4.0% of women in community samples, and 3.3% in pregnancy, with higher "
                        "rates in high-risk groups (Yildiz, Ayers and Phillips, 2017)</li>"
                        "<li>a figure of 3.17% after childbirth in another review, where the "
                        "strongest risk factors before birth were depression in pregnancy, fear of "
                        "childbirth, pregnancy complications and previous PTSD (Ayers and "
                        "colleagues, 2016)</li>"
                        "<li>around 30,000 women affected each year in the UK, according to an "
                        "estimate by the Birth Trauma Association</li>"
                        "</ul>"
                        "<p>Parents may have flashbacks, feel constantly on alert or anxious, or "
                        "steer clear of anything that reminds them of the birth. Bonding with the "
                        "baby can be harder. Partners who were there at the birth can be affected "
                        "too.</p>"
                        "<h3>An example</h3>"
                        "<p>A mum takes the long way round so she never passes the hospital, wakes "
                        "from bad dreams about the birth, and has missed her postnatal check. Listen without asking her "
                        "to go over the birth in detail. Let her know that reactions like hers are "
                        "recognised and that help exists, and encourage her to talk to her GP or "
                        "health visitor. You could offer to help her plan how to bring it up. Talk "
                        "it over with your coordinator too.</p>",
                    ),
                    (
                        "signpost",
                        {"names": ["PANDAS Foundation", "Mind Infoline"]},
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "If a parent tells you about thoughts that frighten her, what "
                                "could you say in the first few seconds to show you are not "
                                "shocked and not judging her?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M6
    # ------------------------------------------------------------------
    {
        "code": "M6",
        # Teaches what a clinician (or, for M8, a health visitor) should check.
        "clinical": True,
        "title": "Severe illness, crisis and escalation",
        "slug": "crisis-and-escalation",
        "summary": (
            "How to recognise postpartum psychosis and other red flags, respond calmly to talk "
            "of suicide, use the right crisis route in each UK nation, and hand over and debrief "
            "afterwards."
        ),
        "learning_outcomes": [
            "Spot possible signs of postpartum psychosis and say why it always needs emergency medical help",
            "Know the red-flag signs that mean a parent needs urgent professional assessment",
            "Respond calmly when someone talks about suicide, and follow your organisation’s crisis protocol",
            "Use the right crisis number for the UK nation the parent lives in",
            "Hand over clearly, and debrief afterwards",
        ],
        "estimated_minutes": 180,
        "difficult": True,
        "content_note": (
            "This module talks about postpartum psychosis, self-harm, suicide and maternal "
            "deaths. There is no graphic detail. You can pause at any time, save your place and "
            "come back when you are ready, and your trainer is there if you would like to talk."
        ),
        "content_tags": ["psychosis", "suicide", "self-harm", "maternal death"],
        "safety_critical": True,
        "prerequisites": ["M4", "M5"],
        "lessons": [
            {
                "title": "Postpartum psychosis: always an emergency",
                "slug": "postpartum-psychosis",
                "summary": "What postpartum psychosis is, the warning signs, and why nobody should wait and see.",
                "estimated_minutes": 35,
                "body": [
                    (
                        "rich_text",
                        "<p>Postpartum psychosis is a severe mental illness that begins suddenly "
                        "after birth. It is also treatable, and most women recover fully with the "
                        "right care. What matters most is that it is recognised quickly and "
                        "always treated as a medical emergency.</p>"
                        "<h2>Key facts</h2>"
                        "<ul>"
                        "<li><strong>How common:</strong> about 1 to 2 in every 1,000 births "
                        "(Health Education England and Mind, 2020). NHS information describes it "
                        "as around 1 in 1,000, and one NHS trust estimates that about 1,400 "
                        "mothers are affected each year.</li>"
                        "<li><strong>When it starts:</strong> usually suddenly and within the "
                        "first two weeks, often within hours or days of the birth. Less often it "
                        "begins several weeks later, and it can start at any time in the first "
                        "year.</li>"
                        "<li><strong>Who is at higher risk:</strong> women with bipolar disorder, "
                        "schizophrenia, a family history (especially of postpartum psychosis) or a "
                        "previous episode. Even so, one NHS-linked source notes that half of women "
                        "who develop it have no history of mental illness.</li>"
                        "<li><strong>Hospital care:</strong> it accounts for about 30% of "
                        "perinatal hospital admissions (Health Education England and Mind, "
                        "2020).</li>"
                        "</ul>"
                        "<h2>Warning signs</h2>"
                        "<p>Symptoms can include:</p>"
                        "<ul>"
                        "<li>hallucinations (seeing or hearing things others don’t)</li>"
                        "<li>delusions (strongly held beliefs that aren’t based in reality)</li>"
                        "<li>mania (feeling unusually high or energetic)</li>"
                        "<li>depression</li>"
                        "<li>confusion</li>"
                        "</ul>"
                        "<p>It can get worse very quickly. A partner or relative is often the "
                        "first to notice that something isn’t right.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "Never ‘wait and see’",
                            "text": (
                                "<p>If postpartum psychosis is possible, the family needs urgent "
                                "medical help now, not tomorrow.</p>"
                                "<ul>"
                                "<li>If anyone is in immediate danger, call 999 or go to "
                                "A&amp;E.</li>"
                                "<li>Otherwise, get urgent medical help straight away: NHS 111 "
                                "option 2 in England, NHS 111 press 2 in Wales, NHS 24 on 111 in "
                                "Scotland, or her GP or perinatal team as an emergency.</li>"
                                "<li>In Northern Ireland, the route is her GP the same day (or the "
                                "GP out-of-hours service), her perinatal team, A&amp;E, or 999. "
                                "Lifeline is for distress and suicidal crisis; it is not the way "
                                "to get her an urgent medical assessment.</li>"
                                "<li>If in doubt, call 999.</li>"
                                "<li>Then tell your coordinator.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h3>An example</h3>"
                        "<p>Nearly a week after the birth, a dad rings you. His partner has had no "
                        "sleep for two nights running, her speech is racing, and she keeps "
                        "insisting the baby has a special mission to rescue everyone. He wonders "
                        "if it would be best to see how she is in the morning.</p>"
                        "<p>These could be signs of postpartum psychosis, and waiting is not safe. "
                        "Tell him calmly that she needs urgent medical help right now. If he "
                        "thinks anyone is in danger, or he is not sure, he should call 999. "
                        "Otherwise he should get her urgent medical help straight away, by the "
                        "route for their nation. "
                        "Encourage him to stay with her, check he knows exactly what he is doing "
                        "next, and tell your coordinator as soon as the call ends.</p>"
                        "<h2>Afterwards</h2>"
                        "<p>Recovery can take time, and many women and families find it helps to "
                        "talk to others who have been there. Action on Postpartum Psychosis (APP) "
                        "offers peer support through an online forum, one-to-one messaging and "
                        "café groups. It has trained peer support volunteers with lived "
                        "experience since at least 2013, and in 2024 began training volunteers to "
                        "support families bereaved by postpartum psychosis.</p>",
                    ),
                    (
                        "signpost",
                        {
                            "names": [
                                "Emergency services (999)",
                                "NHS 111 (England)",
                                "NHS 111 (Wales)",
                                "NHS 24 (Scotland)",
                                "Lifeline (Northern Ireland)",
                                "Action on Postpartum Psychosis (APP)",
                            ]
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "Imagine a worried relative on the phone. What short, calm "
                                "sentence could you use to make clear that this can’t wait until "
                                "tomorrow?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Red flags and responding to talk of suicide",
                "slug": "red-flags-and-suicide-risk",
                "summary": "The three red flags for urgent assessment, why suicide risk matters, and what to do when someone talks about ending their life.",
                "estimated_minutes": 35,
                "body": [
                    (
                        "content_note",
                        {
                            "text": (
                                "This lesson talks about suicide, self-harm and maternal deaths, "
                                "without graphic detail. Take a break whenever you need to, and "
                                "use the support panel if you need it."
                            )
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Three red flags</h2>"
                        "<p>An NHS perinatal service, drawing on MBRRACE-UK findings, uses three "
                        "red flags that may mean a mother needs urgent assessment, possibly "
                        "including admission to a mother and baby unit:</p>"
                        "<ol>"
                        "<li>a recent, significant change in her mental state, or new symptoms "
                        "that appear suddenly</li>"
                        "<li>new thoughts or acts of violent self-harm</li>"
                        "<li>new expressions of being incompetent as a mother, or of feeling "
                        "estranged from her baby</li>"
                        "</ol>"
                        "<p>You don’t need to weigh these up. If you notice any of them, act the "
                        "same day: encourage urgent professional help and tell your coordinator "
                        "straight away. If there is immediate danger, call 999.</p>"
                        "<h2>Why this matters</h2>"
                        "<p>MBRRACE-UK reviews the deaths of women during pregnancy and the year "
                        "after. Its findings show why suicide risk must always be taken "
                        "seriously:</p>"
                        "<ul>"
                        "<li>MBRRACE-UK (2021), covering deaths in 2017 to 2019: in the year after "
                        "pregnancy, suicide was still the leading direct cause of death. Close to "
                        "a quarter of all deaths during pregnancy and the year that followed had "
                        "causes linked to mental health.</li>"
                        "<li>MBRRACE-UK (2023), covering deaths in 2019 to 2021: suicide was the "
                        "leading direct cause of death between six weeks and one year after "
                        "birth, making up 39% of deaths in that period. 37% of the women who died "
                        "had a previous or current mental health condition.</li>"
                        "</ul>"
                        "<p>When a woman may harm herself or take her own life, NICE guidance for "
                        "clinicians (CG192) expects professionals to look at the support around "
                        "her, match the help they arrange to how serious the risk is, keep the "
                        "other professionals involved informed, and tell her and her family to "
                        "get help quickly if things get worse. Passing "
                        "your concerns on quickly helps that system work.</p>",
                    ),
                    (
                        "rich_text",
                        "<h2>When someone talks about suicide</h2>"
                        "<p>It may be direct (‘I have a plan’) or indirect (‘they’d be better off "
                        "without me’). Take both seriously.</p>"
                        "<ul>"
                        "<li><strong>Stay calm and stay with them.</strong> Listen without "
                        "judging or arguing.</li>"
                        "<li><strong>Ask directly.</strong> If you’re worried, ask in plain words: "
                        "‘Are you having thoughts of suicide?’ or ‘Are you thinking of ending "
                        "your life?’ A clear, calm question shows you can hear the answer, and "
                        "the answer tells you what help is needed now. Hinting (‘You’re not "
                        "going to do anything silly?’) invites a ‘no’.</li>"
                        "<li><strong>Be honest.</strong> Don’t promise to keep it secret.</li>"
                        "<li><strong>Immediate danger to life:</strong> call 999, or help them get "
                        "to A&amp;E.</li>"
                        "<li><strong>Not immediate:</strong> support them to contact the urgent "
                        "mental health line for their nation, or their GP or perinatal team, and "
                        "make sure they have the Samaritans and Shout details.</li>"
                        "<li><strong>Tell your coordinator straight away</strong> and follow your "
                        "organisation’s crisis protocol.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "Stay until help is in place",
                            "text": (
                                "<p>Don’t end a conversation with someone at immediate risk until "
                                "help is in place. Never promise secrecy and never give medication "
                                "advice. You don’t carry this alone: your protocol and your "
                                "coordinator are there to back you up.</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "When a baby or a new parent seems physically unwell",
                            "text": (
                                "<p>Crises aren’t only about mental health. On visits you may meet a "
                                "baby who is floppy, very hard to wake or not feeding, or a parent "
                                "who feels very unwell or feverish, is bleeding heavily or has a "
                                "severe headache in the weeks after the birth. Working out what is "
                                "wrong is not your job. Encourage urgent advice that day: the "
                                "midwife or maternity unit, the health visitor or GP, or the NHS 111 "
                                "service for their nation (NHS 24 on 111 in Scotland). Call 999 in "
                                "an emergency, and tell your coordinator straight away. These "
                                "examples help you notice; they are not a checklist, and your "
                                "organisation should agree this box with a midwife or health "
                                "visitor.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        "<h3>An example: a message in the night</h3>"
                        "<p>In the early hours, a mum writes in the online group you help moderate "
                        "that she intends to take her own life tonight and has worked out how. This is an immediate risk to life. Follow your "
                        "organisation’s online crisis protocol straight away, including calling "
                        "999 and alerting whoever is on call. Reply to her directly and warmly, "
                        "make sure she has the crisis numbers for her nation, and deal with the "
                        "post itself under your group’s moderation rules. Tell your coordinator "
                        "and debrief as soon as you can.</p>",
                    ),
                    (
                        "signpost",
                        {
                            "names": [
                                "Emergency services (999)",
                                "Samaritans",
                                "Shout",
                            ]
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "What would help you stay calm if someone told you they were "
                                "thinking of ending their life? Who in your organisation would you "
                                "want to talk to afterwards?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Crisis routes, handing over and debriefing",
                "slug": "crisis-routes-and-handover",
                "summary": "The right crisis number for each UK nation, staying within the role in a crisis, and handing over and debriefing well.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<h2>The right number for the right nation</h2>"
                        "<p>Crisis routes differ across the UK. Always check which nation the "
                        "parent lives in, and use your organisation’s local directory first.</p>"
                        "<h3>Immediate danger to life, anywhere in the UK</h3>"
                        "<ul><li>Call <strong>999</strong> or go to <strong>A&amp;E</strong>.</li></ul>"
                        "<h3>Urgent mental health help, 24 hours</h3>"
                        "<ul>"
                        "<li><strong>England:</strong> NHS 111, then select option 2</li>"
                        "<li><strong>Wales:</strong> NHS 111, then press 2</li>"
                        "<li><strong>Scotland:</strong> NHS 24 on 111 (Mental Health Hub)</li>"
                        "<li><strong>Northern Ireland:</strong> Lifeline on 0808 808 8000 "
                        "(textphone 18001 0808 808 8000)</li>"
                        "</ul>"
                        "<h3>Someone to talk to</h3>"
                        "<ul>"
                        "<li><strong>Samaritans:</strong> 116 123, free, 24 hours a day, across "
                        "the UK and Ireland</li>"
                        "<li><strong>Shout:</strong> text 85258, free, 24 hours a day</li>"
                        "<li><strong>Breathing Space</strong> (Scotland, ages 16 and over): 0800 "
                        "83 85 87. Check the current opening hours.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Safety, then urgent help, then your coordinator",
                            "text": (
                                "<ol>"
                                "<li><strong>Safety first:</strong> if life is at immediate risk, "
                                "call 999.</li>"
                                "<li><strong>Urgent help:</strong> otherwise, the urgent mental "
                                "health line for their nation (NHS 111 option 2 in England, NHS "
                                "111 press 2 in Wales, NHS 24 on 111 in Scotland, Lifeline in "
                                "Northern Ireland).</li>"
                                "<li><strong>Tell your coordinator</strong> straight away.</li>"
                                "</ol>"
                            ),
                        },
                    ),
                    (
                        "signpost",
                        {
                            "names": [
                                "Emergency services (999)",
                                "NHS 111 (England)",
                                "NHS 111 (Wales)",
                                "NHS 24 (Scotland)",
                                "Samaritans",
                                "Shout",
                                "Breathing Space",
                            ]
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Staying within the role in a crisis</h2>"
                        "<p>The limits of the peer role still hold when things are urgent. Say a "
                        "mum who has bipolar disorder and is 36 weeks pregnant tells you she is "
                        "frightened of becoming unwell after the birth, and asks what she should "
                        "do about her medication. You don’t advise on medication. You can "
                        "acknowledge how understandable her fear is, and encourage her to raise "
                        "it as soon as possible with her perinatal mental health team, midwife or "
                        "GP, who can plan with her for the birth and afterwards. You might help "
                        "her write down her questions. Let your coordinator know too.</p>"
                        "<h2>Handing over well</h2>"
                        "<p>When you pass on a concern, whether to your coordinator, a "
                        "professional or the emergency services, be clear and factual:</p>"
                        "<ul>"
                        "<li>who you are worried about, and how to reach them</li>"
                        "<li>what you saw and heard, in their own words where possible</li>"
                        "<li>when it happened</li>"
                        "<li>what you have done so far, and who else knows</li>"
                        "</ul>"
                        "<p>Then write it up following your organisation’s recording rules "
                        "(M4).</p>"
                        "<h2>Debriefing afterwards</h2>"
                        "<p>Crisis situations stay with you. A debrief with your coordinator or "
                        "supervisor is a normal part of the process, not a sign you didn’t cope. "
                        "It is a chance to talk through what happened, check nothing was missed, "
                        "and notice how it has affected you. If it has stirred up memories of "
                        "your own, say so. Your wellbeing matters, and supervision is there for "
                        "exactly this.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "remember",
                            "heading": "You are not the crisis service",
                            "text": (
                                "<p>Your job in a crisis is to recognise it, stay calm, connect "
                                "the person with the right help and pass it on. You are never "
                                "expected to manage a crisis alone, or to carry it on your own "
                                "afterwards.</p>"
                            ),
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": (
                                "Which nation’s crisis routes will you need most often? Where will "
                                "you keep them so you can find them quickly, even on your phone?"
                            ),
                            "guidance": "Optional and private: only you can read what you write here, and it is not marked.",
                        },
                    ),
                ],
            },
        ],
    },
]
