"""Demo curriculum, modules M7 to M11, written for Alongside from the curriculum brief."""

MODULES = [
    # ------------------------------------------------------------------
    # M7
    # ------------------------------------------------------------------
    {
        "code": "M7",
        "title": "Baby loss, bereavement and pregnancy after loss",
        "slug": "baby-loss",
        "summary": "How to be a steady, kind presence for parents after miscarriage, stillbirth or the death of a baby, and during a pregnancy that follows a loss.",
        "learning_outcomes": [
            "Talk with bereaved parents sensitively, asking about and using their baby's name and avoiding phrases that play down the loss.",
            "Explain the UK definitions of miscarriage, stillbirth and neonatal death, and say how common loss is, giving the year and source of each figure.",
            "Recognise that grief is different for everyone, affects fathers and partners as well as mothers, and can return in a later pregnancy.",
            "Signpost bereaved families to specialist baby loss organisations and to the professionals involved in their care.",
            "Plan how you will look after yourself if you have your own experience of loss.",
        ],
        "estimated_minutes": 120,
        "difficult": True,
        "content_note": "This module talks about miscarriage, stillbirth, neonatal death and the sudden death of a baby, and about grief during a later pregnancy. Nothing is described in graphic detail. You can pause at any point, save your place and come back when it suits you.",
        "content_tags": [
            "miscarriage",
            "stillbirth",
            "neonatal death",
            "infant death",
            "bereavement",
            "pregnancy after loss",
        ],
        "safety_critical": False,
        "prerequisites": ["M2"],
        "lessons": [
            {
                "title": "Baby loss: the words, the definitions and the numbers",
                "slug": "words-definitions-numbers",
                "summary": "The shared language and basic facts you need before you support a bereaved parent.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>Losing a baby, at any stage of pregnancy or after birth, is one of the hardest things a family can go through. "
                        "You may meet bereaved parents in a group, on the phone or online, sometimes years after their loss and sometimes during a new pregnancy. "
                        "This lesson gives you the shared language and the basic facts, so that you can listen with confidence and understand why specialist support matters.</p>"
                        "<h2>How losses are described in the UK</h2>"
                        "<p>Professionals use three terms, based on when the loss happens. The baby loss charity Sands sets them out like this:</p>"
                        "<ul>"
                        "<li><strong>Miscarriage</strong>: a pregnancy that ends before 24 weeks, that is, at any point up to 23 weeks and 6 days.</li>"
                        "<li><strong>Stillbirth</strong>: a baby who has died and is born after 24 completed weeks of pregnancy.</li>"
                        "<li><strong>Neonatal death</strong>: a baby who dies within the first 28 days after birth.</li>"
                        "</ul>"
                        "<p>Parents rarely use these labels about their own baby, and they don't need to. The terms help you make sense of letters, services and statistics. "
                        "They say nothing about how big a loss feels. An early miscarriage can be a devastating bereavement, so never rank one loss against another.</p>"
                        "<h2>How common is loss?</h2>"
                        "<p>These figures are updated every year, so always give the year and the source when you use them.</p>"
                        "<ul>"
                        "<li>Sands reports that in 2021 (the latest year in our sources) there were 2,866 stillbirths in the UK. That is 4.1 for every 1,000 births, or roughly 1 in 243.</li>"
                        "<li>For the same year, Sands reports 2,004 neonatal deaths: 2.9 for every 1,000 live births, or roughly 1 in 347.</li>"
                        "<li>The pregnancy charity Tommy's estimates that, across the UK, around 1 in 4 pregnancies ends in a loss during pregnancy or birth.</li>"
                        "<li>Tommy's also estimates that around 1 in 5 pregnancies end in miscarriage, or about 1 in 8 if only miscarriages recognised at the time are counted.</li>"
                        "<li>Using figures from 2018, Tommy's puts this at around 250,000 miscarriages a year, alongside about 11,000 emergency hospital admissions for ectopic pregnancy.</li>"
                        "</ul>"
                        "<p>In other words, many of the parents you meet will be carrying a loss, whether or not they mention it. Some will only tell you once trust has grown.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "A gap in services",
                            "text": "<p>A Scottish Government evidence review (2020) found that when a pregnancy ends in miscarriage or a baby dies, parents often stop being eligible for perinatal mental health services, even when their distress is closely tied to that pregnancy. "
                            "The same review noted that a loss can make poor mental health more likely in a later pregnancy. "
                            "The Scottish Government's peer support action plan (2021) names bereaved parents as a group who need peer support aimed at them. This is one reason your role matters.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>What this means for you</h2>"
                        "<p>You are not a bereavement counsellor, and nobody expects you to be. What you bring is steady, human company: time, attention, and the knowledge that the parent is not the only one. "
                        "Alongside that, you make sure parents know about specialist baby loss organisations and about the professionals who can help, such as their GP, midwife or health visitor.</p>"
                        "<p>If a bereaved parent tells you they can't go on, or are thinking about ending their life, follow your crisis protocol from the severe illness and crisis module straight away and let your coordinator know.</p>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "Think about a time you heard baby loss talked about in everyday life, perhaps on television or at work. What words were used, and how might they sound to a bereaved parent?",
                            "guidance": "This is optional and private; it is not marked and you don't need to write anything down.",
                        },
                    ),
                ],
            },
            {
                "title": "Being alongside bereaved parents",
                "slug": "being-alongside-bereaved-parents",
                "summary": "Words that help, words that hurt, and how grief can look different for each parent.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>When a parent tells you their baby has died, it's natural to worry about saying the wrong thing. "
                        "What helps most is often simpler than you expect: notice the baby, stay with the parent's feelings, and don't hurry to make things better.</p>"
                        "<h2>Language that helps</h2>"
                        "<ul>"
                        "<li><strong>Ask about the baby's name, and use it.</strong> It shows that you see this baby as a real person who mattered. If you're not sure, you can ask: “Did you give your baby a name?”</li>"
                        "<li><strong>Follow their words.</strong> If a parent says “my son” or “our daughter”, say that too. If they talk about a pregnancy rather than a baby, follow that instead.</li>"
                        "<li><strong>Keep it simple and honest.</strong> “I'm so sorry” and “Would you like to tell me about them?” are often enough.</li>"
                        "<li><strong>Let silence be.</strong> You don't have to fill it.</li>"
                        "</ul>"
                        "<h2>Phrases to avoid</h2>"
                        "<p>Some phrases are meant kindly but make the loss smaller. Be wary of anything starting with “at least”, such as “at least it was early” or “at least you can try again”. "
                        "Others to avoid include “everything happens for a reason”, “you'll have another one” and “I know exactly how you feel”. "
                        "Even if you have been through a loss yourself, every loss is different, and the focus belongs on theirs.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "When someone in a group says the wrong thing",
                            "text": "<p>Another parent may say something hurtful without meaning to, such as “well, at least you've got a little one now” to a mum whose first baby was stillborn. "
                            "Step in gently and calmly, and acknowledge the baby who died: “It sounds like you're holding both: loving this baby and missing your first.” "
                            "Then remind the group, without shaming anyone, that you agreed to listen rather than to fix. Check in privately with both parents afterwards, and mention it to your coordinator or supervisor.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Everyone grieves differently</h2>"
                        "<p>There is no right way or right time to grieve. Some parents want to talk about their baby often; others would rather not. "
                        "Grief can come in waves and can be stirred up by anniversaries, due dates, seeing other babies, or a new pregnancy. "
                        "Partners may grieve in different ways and at different times, which can leave each of them feeling alone.</p>"
                        "<p>Fathers, partners and non-birthing parents grieve too, and they are often overlooked: people ask how the mother is and forget to ask how they are. "
                        "If a dad gets in touch wanting to know what help exists “for dads” after his baby's death, take that seriously and help him find it.</p>"
                        "<h2>Where to point families</h2>"
                        "<p>Specialist baby loss charities offer information and bereavement support, and several also support partners and wider family. "
                        "Share them alongside the professionals already involved, such as the parent's GP, midwife or health visitor. Some situations have their own specialist support:</p>"
                        "<ul>"
                        "<li>The Lullaby Trust supports families whose baby or young child has died suddenly and unexpectedly.</li>"
                        "<li>Action on Postpartum Psychosis started training volunteers in 2024 to offer peer support to families bereaved by postpartum psychosis.</li>"
                        "</ul>"
                        "<p>Check your own organisation's directory first, because local services and contact details change.</p>",
                    ),
                    (
                        "signpost",
                        {
                            "names": [
                                "Sands",
                                "Tommy's",
                                "The Lullaby Trust",
                                "Action on Postpartum Psychosis (APP)",
                            ]
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "Pick one “at least” phrase you have heard people use. How might you respond, gently, if you heard it said to a bereaved parent in one of your groups?",
                            "guidance": "Optional and private; nothing here is marked or shared.",
                        },
                    ),
                ],
            },
            {
                "title": "Pregnancy after loss, and your own history",
                "slug": "pregnancy-after-loss",
                "summary": "Supporting parents through the hope and fear of a new pregnancy, while protecting your own wellbeing.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>A pregnancy that follows a loss often brings hope and fear together. A parent may feel happy one moment and terrified the next, and guilty about either feeling. "
                        "Some hold back from getting attached, put off telling people, or won't buy anything for the baby. "
                        "Scans and appointments can be especially hard, because an earlier scan may be where they heard bad news.</p>"
                        "<p>None of this means the parent is doing pregnancy wrong. It is an understandable response to what they have been through.</p>"
                        "<h2>How you can help</h2>"
                        "<ul>"
                        "<li><strong>Make room for both feelings.</strong> A parent can be excited about this baby and still grieving the one who died. You can say that out loud.</li>"
                        "<li><strong>Don't tell them to be positive.</strong> Friends often say this with love, but it can leave parents feeling they are failing at hope. Try instead: “It makes sense that you're anxious. Is there anything that helps, even a little?”</li>"
                        "<li><strong>Think ahead together.</strong> Some parents find it useful to plan for hard moments, such as who will go to a scan with them and what they'll do afterwards.</li>"
                        "<li><strong>Remember the earlier baby.</strong> Parents may want to talk about that baby during the new pregnancy or on important dates. Follow their lead.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "When anxiety needs professional help",
                            "text": "<p>A previous loss can raise the chance of poor mental health in a later pregnancy. If anxiety or low mood seems to be taking over a parent's life, or keeping them away from appointments, encourage them to talk to their midwife or GP, who can arrange the right support. "
                            "You don't diagnose, and you don't have to decide how serious it is. If you're unsure, talk to your coordinator. Any talk of not wanting to live goes straight to your crisis protocol.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>If you have your own experience of loss</h2>"
                        "<p>Some peer supporters come to this work having lost a baby themselves. That can deepen your understanding, but supporting bereaved parents can also bring your own memories close to the surface, sometimes without warning.</p>"
                        "<ul>"
                        "<li>You choose whether, when and how much to share. A short line such as “I've had a loss too, so I have some idea how lonely it can feel” can help, as long as you then turn the focus back to the parent.</li>"
                        "<li>It's fine to ask not to be matched with a family whose situation is very close to your own, now or at any time.</li>"
                        "<li>Notice how you feel after sessions, and use supervision and the wellbeing plan you build in the looking-after-yourself module.</li>"
                        "<li>Dates that matter to you may be harder. If you can, plan lighter work around them.</li>"
                        "</ul>"
                        "<p>Stepping back for a while shows good judgement. It is not a failure.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "remember",
                            "heading": "You are part of a team",
                            "text": "<p>You never have to carry a family's grief on your own. Your coordinator, your supervisor and the specialist organisations are all there to share it.</p>",
                        },
                    ),
                    ("signpost", {"names": ["Tommy's", "Sands"]}),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "How might you notice that a conversation about loss has affected you more than you expected, and who would you tell?",
                            "guidance": "Optional and private; you don't need to share any personal experience, and this is not marked.",
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M8
    # ------------------------------------------------------------------
    {
        "code": "M8",
        # Teaches what a clinician (or, for M8, a health visitor) should check.
        "clinical": True,
        "title": "Feeding, sleep and crying: supporting and signposting",
        "slug": "feeding-sleep-crying",
        "summary": "How to support parents' feelings about feeding, sleep and crying without judging, pass on the agreed safety messages accurately, and know when to get help fast.",
        "learning_outcomes": [
            "Listen to parents' feelings about feeding without judgement, whatever way they feed their baby.",
            "Signpost feeding questions to the National Breastfeeding Helpline and to the parent's midwife or health visitor.",
            "Pass on The Lullaby Trust's safer sleep messages accurately, and signpost rather than give your own sleep advice.",
            "Explain the four ICON messages about coping with a crying baby.",
            "Recognise when exhaustion or crying may be putting a parent or baby at risk, and escalate straight away.",
        ],
        "estimated_minutes": 120,
        "difficult": True,
        "content_note": "This module mentions sudden infant death in the safer sleep lesson, and babies being harmed, including by shaking, when crying becomes overwhelming. It is written without graphic detail. You can stop at any point, save your place and come back later.",
        "content_tags": [
            "sudden infant death",
            "infant harm",
            "feeding difficulties",
            "exhaustion",
        ],
        "safety_critical": True,
        "prerequisites": ["M3", "M4"],
        "lessons": [
            {
                "title": "Feelings about feeding",
                "slug": "feelings-about-feeding",
                "summary": "Supporting the emotions around feeding, whatever the parent's choice, and knowing where practical help comes from.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>Feeding fills a new parent's days and nights, and feelings about it can run high. Parents may feel proud, worried, relieved, guilty or judged, sometimes all in the same week, and these feelings can become tangled up with low mood or anxiety. "
                        "The Perinatal Peer Support Principles list feeding and sleep among the topics peer supporters need to understand, and feeding was part of the NCT Parents in Mind training.</p>"
                        "<h2>Your part: the feelings, not the technique</h2>"
                        "<p>Your role is to listen to how a parent feels about feeding, without judging, however they feed their baby: breast or chest, bottle, expressed milk, formula, or a mix. "
                        "Government guidance is clear that parents should be supported to make the feeding choice that is right for them. You don't need a view on which is best, and sharing one would not help.</p>"
                        "<p>What you can do:</p>"
                        "<ul>"
                        "<li>Listen for the feeling under the facts. “I've failed her” is about guilt and grief, not about milk.</li>"
                        "<li>Reflect it back: “It sounds like you feel you've let her down, and that's weighing on you.”</li>"
                        "<li>Notice judgement from others, including in your own groups, and help keep your space free of it.</li>"
                        "<li>Go carefully with your own story. How you fed your baby was right for your situation; it isn't a model for theirs.</li>"
                        "</ul>"
                        "<p>If guilt about feeding is part of a wider picture of low mood or anxiety that isn't lifting, gently encourage the parent to talk to their health visitor or GP.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "Where your role stops",
                            "text": "<p>Practical feeding problems, such as latching, pain, weight gain or how much milk a baby is taking, belong with trained feeding supporters and health professionals. So do questions about medicines while breastfeeding. "
                            "Never suggest that a parent starts, stops or changes a medication. Encourage them to talk to their GP, midwife or health visitor, even if they are worried about being a bother.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Where to signpost</h2>"
                        "<p>The National Breastfeeding Helpline is run by two charities, the Breastfeeding Network and the Association of Breastfeeding Mothers, with funding from the Department of Health and Social Care. "
                        "It was set up in 2008, and calls are answered by trained peer supporters. A pilot ran the line 24 hours a day in 2024/25, and it was extended for 2025/26. "
                        "When the extension was announced in 2025, 89% of callers said the helpline had left them feeling more confident to carry on breastfeeding. "
                        "Opening hours may have changed since, so check the directory before you pass them on.</p>"
                        "<p>For any feeding worry, the parent's midwife or health visitor is a good first contact, and their GP if they are worried about their own health or their baby's.</p>",
                    ),
                    ("signpost", {"names": ["National Breastfeeding Helpline"]}),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "A mum in your group says she feels judged for bottle feeding. What could you say to her, and to the group, that supports her without judging anyone else's choice?",
                            "guidance": "Optional and private; it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Safer sleep: passing on the key messages",
                "slug": "safer-sleep",
                "summary": "The nationally agreed safer sleep messages, how to share them accurately, and what to do when tiredness becomes a risk.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "content_note",
                        {
                            "text": "This lesson mentions sudden infant death and the risks around where babies sleep. There is no graphic detail, and you can pause and return at any time."
                        },
                    ),
                    (
                        "rich_text",
                        "<p>Parents hear a lot about sleep from family, friends, social media and professionals, and it doesn't always agree. Tiredness makes everything harder. "
                        "Your job is not to become a sleep adviser. It is to know the agreed safer sleep messages well enough to pass them on accurately, and to point parents to The Lullaby Trust and their health visitor for anything more.</p>"
                        "<h2>The key messages, for every sleep</h2>"
                        "<p>These messages come from The Lullaby Trust and are shared on NHS and Healthwatch pages. They apply to every sleep, at night and in the daytime:</p>"
                        "<ul>"
                        "<li>Put the baby on their back to sleep.</li>"
                        "<li>Give the baby their own clear, flat, firm sleep space, such as a cot or Moses basket.</li>"
                        "<li>For at least the first 6 months, keep that sleep space in the same room as the parent.</li>"
                        "<li>Use a mattress that is firm, flat and waterproof.</li>"
                        "<li>Keep the baby's surroundings smoke-free, both during pregnancy and once the baby is born.</li>"
                        "<li>Don't let the baby get too hot, and keep their face and head uncovered.</li>"
                        "<li>Breastfeeding, if possible, is also on the list of things parents can do.</li>"
                        "</ul>"
                        "<h2>Things to avoid</h2>"
                        "<ul>"
                        "<li>Never sleep on a sofa or in an armchair with a baby.</li>"
                        "<li>Never share a bed with a baby if you smoke, have drunk alcohol, have taken drugs or medication that makes you drowsy, or are extremely tired.</li>"
                        "<li>Never share a bed with a baby who was born premature or at a low birth weight.</li>"
                        "</ul>"
                        "<h2>Night feeds: planning for the moment you might nod off</h2>"
                        "<p>The Lullaby Trust is realistic about night feeds: worn-out parents sometimes fall asleep while feeding, however hard they try not to. So its advice is to plan for that, not only to say what to avoid:</p>"
                        "<ul>"
                        "<li>Think ahead about night feeds, while you are awake enough to plan.</li>"
                        "<li>If you might fall asleep, a bed made ready for the baby is much less risky than a sofa or armchair. The Lullaby Trust explains how to make a bed safer for a baby.</li>"
                        "<li>The 'never' situations above still apply, whatever else is going on.</li>"
                        "</ul>"
                        "<p>This is The Lullaby Trust's information, so share it as theirs. Where a baby sleeps is the family's decision, made with The Lullaby Trust's information and their health visitor, not with a suggestion from you.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Accurate, not personal",
                            "text": "<p>Share these messages as they are, and say where they come from. Don't add tips of your own, or describe what you did with your baby as if it were advice. "
                            "If a parent asks about their own situation, such as a baby with a health condition or a particular product, point them to The Lullaby Trust and their health visitor.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Why it matters</h2>"
                        "<p>Since 1991, rates of sudden infant death syndrome (SIDS) have dropped by 81%, according to The Lullaby Trust, which estimates that its advice has saved the lives of more than 30,000 babies. The messages work, which is why getting them right matters.</p>"
                        "<h2>When tiredness becomes a risk</h2>"
                        "<p>Picture a mum who admits that, during night feeds, she regularly drifts off on the sofa with her baby lying on her chest, because getting up feels impossible. "
                        "Listen without blame: she is worn out, not careless. Kindly let her know that The Lullaby Trust's advice is never to sleep on a sofa or armchair with a baby, and share its information on night feeds: planning ahead, and that if she might fall asleep, a bed made ready for the baby is much less risky than the sofa. "
                        "Don't tell her where her baby should sleep; that is for her to decide, with The Lullaby Trust's information and her health visitor. "
                        "Talk with her about who might help with nights, encourage her to speak to her health visitor soon, and tell your coordinator, who may want to follow it up.</p>"
                        "<p>Extreme tiredness can also be a sign that a parent is struggling more widely. If exhaustion comes with very low mood, thoughts of harm, or a sudden change in how someone is behaving, use the escalation routes from the earlier safety-critical modules.</p>",
                    ),
                    ("signpost", {"names": ["The Lullaby Trust"]}),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "Which safer sleep message do you think parents most often hear mixed advice about, and how would you explain where your information comes from?",
                            "guidance": "Optional and private; it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Crying, exhaustion and keeping babies safe",
                "slug": "crying-and-coping",
                "summary": "Sharing the ICON messages, making it safe to talk about the strain of crying, and acting fast when a baby may be at risk.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "content_note",
                        {
                            "text": "This lesson talks about babies being harmed by shaking when a carer is overwhelmed by crying. It is not graphic. Take a break whenever you need one."
                        },
                    ),
                    (
                        "rich_text",
                        "<p>Few things test a new parent like a baby who cries and won't settle. Long spells of crying can leave parents feeling helpless, frustrated, ashamed or even angry, and many find those feelings hard to admit. "
                        "Your role is to make it safe to talk about them, to share the ICON messages, and to know when a situation needs urgent help.</p>"
                        "<h2>Something that may reassure parents</h2>"
                        "<p>According to ICON, crying usually starts to increase from about 2 weeks of age and peaks at around 6 to 8 weeks. Knowing this can help parents feel less alone, and less as if they are doing something wrong.</p>"
                        "<h2>The ICON messages</h2>"
                        "<p>ICON is a programme that helps parents and carers cope with crying. Each letter stands for one message:</p>"
                        "<ul>"
                        "<li><strong>I</strong>: Infant crying is normal, and it will stop.</li>"
                        "<li><strong>C</strong>: Comforting methods can help.</li>"
                        "<li><strong>O</strong>: It's OK to walk away for a few minutes, as long as the baby is safe.</li>"
                        "<li><strong>N</strong>: Never, ever shake a baby.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Make sure dads and male carers hear this",
                            "text": "<p>Figures shared through ICON show that about 24 in every 100,000 babies are admitted to hospital with abusive head trauma, and that around 70% of those responsible are male. "
                            "So make sure these messages reach fathers, partners and other male carers, not only mums.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Talking about the strain of crying</h2>"
                        "<ul>"
                        "<li>Normalise the feelings without normalising harm: “Lots of parents feel close to the edge with crying. I'm glad you told me.”</li>"
                        "<li>Share the ICON messages, especially that it's OK to put the baby down somewhere safe and step away for a few minutes to calm down.</li>"
                        "<li>Encourage the parent to talk to their health visitor, midwife or GP about the crying and about how they are coping.</li>"
                        "<li>Help them think about who they could call on when it gets too much.</li>"
                        "</ul>"
                        "<h2>When you are worried a baby may be at risk</h2>"
                        "<p>Sometimes a parent says something that worries you. Say a dad tells you the baby cries for hours every evening, he can't take much more, and last night he put her down hard and left the room. "
                        "Leaving the room was the right instinct; putting her down hard needs attention.</p>"
                        "<ul>"
                        "<li>Stay calm, keep listening, and thank him for being honest.</li>"
                        "<li>If there is any chance the baby has been hurt, she needs to be checked by a medical professional straight away. If a baby is in immediate danger, call 999.</li>"
                        "<li>Don't investigate or question him in detail, and don't promise to keep it between you.</li>"
                        "<li>Tell your designated safeguarding lead the same day, as set out in the safeguarding module, and write a factual, dated note using his own words.</li>"
                        "<li>Make sure he gets support for himself too, for example from his GP.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "If a parent fears they might harm their baby",
                            "text": "<p>If a parent tells you they are frightened they might harm their baby, or that they can't keep the baby safe, respond warmly and without alarm, and don't try to work out what lies behind it. "
                            "Pass it on the same day through your safeguarding and escalation routes, and call 999 if anyone is in immediate danger.</p>",
                        },
                    ),
                    (
                        "signpost",
                        {
                            "names": [
                                "ICON",
                                "NSPCC Helpline",
                                "Emergency services (999)",
                            ]
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "How could you bring up the ICON messages in a relaxed way with a dad or partner who rarely comes to your sessions?",
                            "guidance": "Optional and private; it is not marked.",
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M9
    # ------------------------------------------------------------------
    {
        "code": "M9",
        "title": "Facilitating groups and online/remote peer support",
        "slug": "groups-and-online",
        "summary": "How to set up and run peer support groups, in person and online, so that everyone can take part safely.",
        "learning_outcomes": [
            "Create a group agreement together with members, and keep it alive as the group changes.",
            "Manage what happens in a group, including dominant voices, too much detail and distress.",
            "Run safe online spaces with clear moderation, optional cameras and honest expectations about out-of-hours cover.",
            "Plan sessions people can actually get to, thinking about venue, crèche, transport, timing and language.",
            "Co-facilitate with a colleague and debrief after every session.",
        ],
        "estimated_minutes": 150,
        "difficult": False,
        "content_note": "Some examples in this module mention distress in a group, a birth story told in too much detail, and a disclosure of domestic abuse. None is described in detail. You can pause and come back at any time.",
        "content_tags": ["distress", "birth trauma", "domestic abuse"],
        "safety_critical": False,
        "prerequisites": ["M2", "M3"],
        "lessons": [
            {
                "title": "Setting up a safe, welcoming group",
                "slug": "setting-up-a-group",
                "summary": "Planning a group people can reach, and building a group agreement together.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<p>Peer support groups come in many shapes. Some are led by trained volunteers, others by professionals. Some have a crèche or a creative activity; some are for mothers only, while others welcome fathers and whole families. "
                        "In NHS services, peer workers have run everything from walks, gardening and baking to music, crafts, book and film clubs, drop-ins and coffee mornings. "
                        "Whatever the format, people need to feel safe before they will share anything that matters.</p>"
                        "<h2>Planning for access</h2>"
                        "<p>A group can only help the people who can get to it. When you plan a session, think about:</p>"
                        "<ul>"
                        "<li><strong>Venue</strong>: private enough to talk, step-free, with somewhere to feed and change a baby.</li>"
                        "<li><strong>Crèche or babies in the room</strong>: be clear which, so parents know what to expect.</li>"
                        "<li><strong>Transport and cost</strong>: is it on a bus route, is there parking, does anything cost money?</li>"
                        "<li><strong>Timing</strong>: fit around naps, feeds and school runs, and vary the time if you can.</li>"
                        "<li><strong>Language</strong>: plain English, plus interpreting or translated information where needed.</li>"
                        "</ul>"
                        "<h2>Building a group agreement together</h2>"
                        "<p>A group agreement is a short set of promises members make to each other. It works best when the group writes it in the first session, in their own words, rather than being handed a list. "
                        "A question such as “What would help you feel safe to talk here?” is a good place to start.</p>"
                        "<p>Most agreements end up covering:</p>"
                        "<ul>"
                        "<li>Keeping what is shared in the group confidential, and the limits of that: if someone's safety is at risk, facilitators have to pass it on.</li>"
                        "<li>Respect: listening without interrupting or judging.</li>"
                        "<li>No pressure to talk. Listening counts as taking part.</li>"
                        "<li>It's fine to say something is hard to hear, or to step out for a while, as long as you let a facilitator know.</li>"
                        "<li>Offering support and shared experience rather than advice.</li>"
                        "<li>Leaving out graphic detail, so everyone can stay in the room.</li>"
                        "<li>For online groups: cameras are optional.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Come back to it",
                            "text": "<p>A group agreement isn't a one-off. Bring it back when new members join, after something has gone wrong, or every few weeks as a quick reminder. "
                            "The first peer support principle expects ground rules to be set early and revisited as a group changes.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Showing how to share</h2>"
                        "<p>People learn what is okay in a group by watching the facilitators. When you share, keep it short, hopeful and free of graphic detail, then hand the focus back to the group. "
                        "Mind's peer support toolkit recommends this kind of role-modelling as one way to build safety, together with clear ground rules and a venue that is private and easy to get to.</p>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "Think of any group you have belonged to, such as a class, club or team. What helped you feel able to speak, and what would you borrow for a peer support group?",
                            "guidance": "Optional and private; it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Holding the room: dynamics, distress and disclosures",
                "slug": "holding-the-room",
                "summary": "Keeping a group fair and safe when one voice dominates, a story gets too detailed, or someone is distressed.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<p>Every group has its own character, and it changes from week to week. Facilitating is less about being in charge and more about keeping the space fair and safe, so that everyone gets something from it.</p>"
                        "<h2>When one voice fills the room</h2>"
                        "<p>Some members talk a lot, often because they are struggling. You can honour what they say and still make room for others: “Thank you, that sounds really hard. I'd love to hear from a few others too, and maybe we can talk more at the break.” "
                        "Rounds, where everyone gets a turn and anyone can pass, can help quieter members join in.</p>"
                        "<h2>When a story gets too detailed</h2>"
                        "<p>A member may start describing a difficult birth, or a frightening time when she was unwell, in vivid detail. She needs to be heard, and others may be finding it very hard to listen. "
                        "Watch faces as well as words. If someone looks pale, tearful or frozen, step in gently:</p>"
                        "<ul>"
                        "<li>Acknowledge the speaker: “That sounds like it was terrifying, and I'm really glad you're here with us.”</li>"
                        "<li>Steer away from the detail: “Can you tell us a bit about how it feels for you now?”</li>"
                        "<li>Remind the whole group of what you agreed about detail, without blaming anyone.</li>"
                        "<li>Offer the speaker time one-to-one afterwards, where she can say more.</li>"
                        "<li>Quietly check in with anyone who seemed affected, and remind them they can step out.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "It's fine to pause",
                            "text": "<p>If someone becomes very distressed, says something suggesting that they or their baby may not be safe, or discloses abuse, pause or gently close the session. "
                            "One facilitator stays with the group while the other supports the person somewhere private. Safety comes before finishing the activity.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>When a disclosure happens</h2>"
                        "<p>Sometimes a parent tells you something serious, such as domestic abuse, when only one person turns up, or in the last few minutes as everyone is leaving. Move somewhere private if you can. "
                        "Then follow the steps from the safeguarding module: listen calmly, don't investigate, don't promise secrecy, and tell your designated safeguarding lead the same day. "
                        "If anyone is in immediate danger, call 999. You can also let the parent know that specialist domestic abuse support exists, and how to contact it safely.</p>"
                        "<h2>Co-facilitating and debriefing</h2>"
                        "<p>Running groups in pairs is safer and kinder. Agree roles before you start: who leads, who watches the room, and who steps out with anyone who needs it. "
                        "Afterwards, take ten minutes together: what went well, what was hard, whether anything needs passing on, and how each of you is feeling. Take anything that stays with you to supervision.</p>",
                    ),
                    (
                        "signpost",
                        {
                            "names": [
                                "National Domestic Abuse Helpline",
                                "Live Fear Free helpline (Wales)",
                                "Scotland's Domestic Abuse and Forced Marriage Helpline",
                                "Domestic and Sexual Abuse Helpline (Northern Ireland)",
                                "Emergency services (999)",
                            ]
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "What words could you use to gently interrupt someone who is sharing more detail than the group can manage, while letting her know she matters?",
                            "guidance": "Optional and private; it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Safe online and remote support",
                "slug": "online-and-remote-support",
                "summary": "Running online groups, messaging and calls so that they are safe, honest about their limits and good for you too.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<p>Online and remote support, including forums, group chats, video groups, phone calls, messaging and email, lets parents connect from home at times that suit them, without having to get out of the door with a baby. "
                        "Action on Postpartum Psychosis, for example, offers café groups, a forum online, support by phone and video, and one-to-one contact by email or message.</p>"
                        "<p>Remote support can reach parents who aren't ready to meet face to face yet. Some mums first join a video group with the camera off, or stay anonymous for a while, and that is fine. "
                        "But for some families, particularly those with fewer advantages, face-to-face support, including at home, still matters a great deal. Online support works best as one choice among several.</p>"
                        "<h2>Making online spaces safe</h2>"
                        "<ul>"
                        "<li><strong>Clear, visible rules.</strong> Pin the group agreement, including how the group is moderated and what will be removed.</li>"
                        "<li><strong>Cameras and names optional.</strong> Let people decide how much of themselves to show.</li>"
                        "<li><strong>Privacy.</strong> Remind members not to pass on other people's stories or screenshots, and to think about what they share about themselves.</li>"
                        "<li><strong>Honest hours.</strong> Be clear that the space is not watched around the clock. Say when moderators are around and what to do at other times.</li>"
                        "<li><strong>Crisis information.</strong> Pin the crisis numbers for each UK nation where everyone can see them.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Moderating misinformation",
                            "text": "<p>If someone posts that a “natural cure” can replace treatment, or that medication is dangerous, don't get drawn into a debate about medicines: that isn't the peer role. "
                            "Follow your moderation policy, which may mean removing the post. Send the person a kind private message, post a calm reminder that questions about treatment belong with a GP, midwife, health visitor or perinatal team, and let your coordinator know.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>If someone may be at risk</h2>"
                        "<p>Sometimes a post or message suggests a parent or baby may not be safe, for example talk of ending their life. If you see it, act straight away using your crisis protocol from the severe illness and crisis module: "
                        "reply to the person directly, encourage them to contact urgent help, call 999 if there is immediate danger to life, and tell your coordinator. If you don't know who the person is or where they are, use the platform's own route for reporting someone at risk and alert your on-call lead straight away, so that someone who can trace them is involved. "
                        "Don't leave it until morning because it came in late at night.</p>"
                        "<h2>Boundaries when you're always reachable</h2>"
                        "<p>Phones make it easy to be available all the time, and that isn't good for you or for the parents you support. "
                        "Agree with your coordinator when you will reply, use your organisation's accounts rather than personal ones, and turn notifications off outside your hours. "
                        "Parents are safer when they know exactly where to turn when you're not there.</p>",
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
                            "prompt": "If you were writing a pinned welcome post for an online peer group, what three things would you most want a new member to know?",
                            "guidance": "Optional and private; it is not marked.",
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M10
    # ------------------------------------------------------------------
    {
        "code": "M10",
        "title": "Inclusion, accessibility and diverse families",
        "slug": "inclusion",
        "summary": "Who peer support can miss, why that matters, and practical ways to make your support work for every family.",
        "learning_outcomes": [
            "Identify barriers that keep families from peer support, including language, culture and religion, stigma, transport, cost, disability and immigration status.",
            "Adapt your support to reduce those barriers.",
            "Describe what may matter to fathers and partners, LGBT+ families, young parents, refugee and asylum-seeking families, minority ethnic families, and parents facing homelessness, drug or alcohol use, or contact with the criminal justice system.",
            "Work well with professional interpreters.",
            "Explain, with sources, how outcomes differ between groups and why it matters for peer support.",
        ],
        "estimated_minutes": 120,
        "difficult": False,
        "content_note": "This module includes figures about mothers who died during or after pregnancy, and mentions racism, discrimination and domestic abuse, without personal stories. You can pause and come back at any time.",
        "content_tags": [
            "maternal death",
            "racism and discrimination",
            "domestic abuse",
        ],
        "safety_critical": False,
        "prerequisites": ["M1"],
        "lessons": [
            {
                "title": "Who isn't in the room? Barriers and unequal outcomes",
                "slug": "barriers-and-inequality",
                "summary": "The common barriers to peer support and the unequal outcomes that make reaching every family so important.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>Peer support can only help the families it reaches. The second peer support principle, accessible and inclusive, asks services to take active steps to reach the people they aim to serve, and to work with other projects so parents have real choices. "
                        "That starts with noticing who isn't coming, and asking why.</p>"
                        "<h2>Common barriers</h2>"
                        "<ul>"
                        "<li><strong>Language</strong>: information, groups and phone lines that only work in English.</li>"
                        "<li><strong>Culture and religion</strong>: services that don't feel relevant, or ideas about mental health that don't fit a family's beliefs.</li>"
                        "<li><strong>Stigma</strong>: fear of what family or community will think, or fear that asking for help will lead to the baby being taken away.</li>"
                        "<li><strong>Geography and transport</strong>: rural areas, long bus journeys, no car.</li>"
                        "<li><strong>Cost</strong>: fares, childcare for older children, phone data for online sessions.</li>"
                        "<li><strong>Disability</strong>: venues, formats and communication that don't meet people's needs.</li>"
                        "<li><strong>Immigration status</strong>: worry about contact with official services.</li>"
                        "</ul>"
                        "<p>A Scottish Government evidence review (2020) found that women from ethnic minority backgrounds can face low awareness of services, language barriers and services that aren't sensitive to their culture, and that stigma can be strong. "
                        "Models of support developed in Western settings may not suit everyone.</p>"
                        "<p>Background shapes the kind of support people choose, too. Research by Hann and McLeish (2019), as reported by Parents 1st UK, found that one-to-one support at home was used more by women from poorer areas, and groups more by middle-class women. "
                        "Offering only groups can quietly leave people out.</p>",
                    ),
                    (
                        "content_note",
                        {
                            "text": "The next part includes figures about mothers who died during or after pregnancy."
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Unequal outcomes</h2>"
                        "<ul>"
                        "<li>The MBRRACE-UK report published in 2023 (covering deaths in 2019 to 2021) found that Black women were almost four times as likely, and Asian women twice as likely, as White women to die during or after pregnancy.</li>"
                        "<li>The same report found that 12% of the women who died were living with severe and multiple disadvantage, which can include mental illness, substance use and domestic abuse.</li>"
                        "<li>The Maternal Mental Health Alliance reports that teenage mothers may be up to twice as likely to have postnatal depression.</li>"
                        "<li>The Maternal Mental Health Alliance has reported that domestic abuse affects around 1.3 million women a year (a figure from its campaign materials; newer national surveys may give a different number).</li>"
                        "</ul>"
                        "<p>These figures describe the circumstances and systems around women, not their worth or their efforts. Peer support that actively reaches out is one small way of helping to close the gaps.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Start with curiosity",
                            "text": "<p>You can't remove every barrier, but you can ask. “Is there anything that would make it easier for you to come?” and “What would help this feel like a group for you?” are powerful questions. "
                            "Pass on what you hear to your coordinator, because it may help the whole service change.</p>",
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "Think of a group or service you know well. Who do you think finds it easiest to use, and who might find it hardest?",
                            "guidance": "Optional and private; it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Supporting different families",
                "slug": "different-families",
                "summary": "What may matter to families who are often underserved, and how to offer support that fits them.",
                "estimated_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        "<p>Every family is different, and no label tells you what a particular parent needs. Still, knowing some common experiences helps you listen better, notice barriers and avoid assumptions. "
                        "The Scottish Government's action plan (2021) calls for targeted support for families who are often underserved, such as bereaved parents, minority ethnic families, families living in poverty or in isolated communities, and families where there is substance use or domestic abuse. It also says support designed for men should grow.</p>"
                        "<h2>Fathers and partners</h2>"
                        "<p>Fathers and partners can struggle too, in their own right and while caring for someone who is unwell. Studies cited in a Scottish Government evidence review (2020) suggest that perinatal depression affects up to 10% of fathers, and that a father's depression is closely tied to depression in the mother. "
                        "The review could not find a single peer-reviewed study of peer support for fathers, so services are still learning here. "
                        "If a dad or partner asks whether your group is “only for mums”, take it seriously: find out what your organisation offers, and encourage him to see his GP if he is struggling.</p>"
                        "<h2>LGBT+ families</h2>"
                        "<p>Same-sex couples, trans and non-binary parents and other LGBT+ families may find that forms, groups and professionals assume a mum and a dad. A non-birthing mother, for example, may feel invisible to services. "
                        "Use the words each parent uses for themselves and their family, ask rather than assume, and make sure your group welcomes them in practice and not only on paper.</p>"
                        "<h2>Young parents</h2>"
                        "<p>Young parents may have felt looked down on by professionals and may expect the same from you. Be warm, straightforward and on their side. "
                        "A group full of older parents may not feel like theirs, so ask what would suit them and look for options that fit.</p>"
                        "<h2>Refugee and asylum-seeking families</h2>"
                        "<p>Women who have come to the UK as refugees or asylum seekers may be far from family and friends, and may have lived through great hardship. In Glasgow, trauma-informed birth companions support women in this situation. "
                        "Be patient, explain your role clearly, and use professional interpreters.</p>"
                        "<h2>Other families facing hard circumstances</h2>"
                        "<p>Services should also think about disabled mothers, minority ethnic families, parents who are homeless or who use drugs or alcohol, and parents in contact with the criminal justice system. "
                        "Some of these parents have good reason to be wary of services. Being consistent, being honest about what you will and won't pass on, and not judging are what build trust.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Matching can help",
                            "text": "<p>In Birmingham, three voluntary sector organisations, one focused on postpartum psychosis, one on depression and anxiety, and one on Black, Asian and minority ethnic families, worked with the NHS perinatal team so that mothers could be offered peer support that fitted them. "
                            "A 2020 thought piece commissioned by Health Education England described this as a gold standard model.</p>",
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "Which of these families do you feel least confident about supporting, and what could you ask your coordinator or supervisor to help you learn?",
                            "guidance": "Optional and private; it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Working with interpreters and communicating across difference",
                "slug": "interpreters-and-communication",
                "summary": "Why professional interpreters matter, how to work well with them, and everyday habits that help across language, culture and ability.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>Good communication is at the heart of peer support, and when you and a parent don't share a first language it needs extra care. "
                        "This lesson covers working with interpreters, and some everyday habits that help across differences of language, culture and ability.</p>"
                        "<h2>Use a professional interpreter</h2>"
                        "<p>It can seem easier, even kinder, to let a husband, relative or friend interpret. The approach in this course is to use a professional interpreter instead, booked through your organisation's usual route. Here is why:</p>"
                        "<ul>"
                        "<li><strong>Her own voice.</strong> A family member may answer for her, soften what she says, or leave things out.</li>"
                        "<li><strong>Privacy.</strong> She may not want her family to hear about her feelings, her mental health or her relationship.</li>"
                        "<li><strong>Safety.</strong> If there is any chance of domestic abuse or control, she can't speak freely while her partner is interpreting, and you may never be able to tell from the outside.</li>"
                        "<li><strong>Accuracy.</strong> Trained interpreters pass on everything that is said, and keep it confidential.</li>"
                        "</ul>"
                        "<p>Avoid asking children to interpret.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "If a partner offers to interpret",
                            "text": "<p>Thank him warmly, explain that your organisation always uses a professional interpreter so that nothing gets lost, and arrange one. Making it routine for every family means no one feels singled out. "
                            "If you can't get an interpreter that day, telephone or video interpreting may be available; if not, keep the visit short and friendly and rebook, rather than having an important conversation through a family member.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Working well with an interpreter</h2>"
                        "<ul>"
                        "<li>Brief the interpreter beforehand on what peer support is and roughly what you will talk about.</li>"
                        "<li>Speak to the parent, not the interpreter, and look at her as you talk.</li>"
                        "<li>Use short sentences and plain words, and pause often.</li>"
                        "<li>Avoid jargon, sayings and abbreviations that don't translate.</li>"
                        "<li>Check understanding with open questions rather than “Do you understand?”</li>"
                        "<li>Allow more time than usual.</li>"
                        "</ul>"
                        "<h2>Communicating across difference</h2>"
                        "<p>Beyond language, every family brings its own beliefs, customs and ways of talking about feelings. In some families and communities mental health is rarely discussed, and the words we use may not fit. "
                        "Be curious rather than expert: ask how they would describe what they are going through, what has helped before, and who they turn to. Don't assume that someone from a particular background holds particular views.</p>"
                        "<p>Think about accessible formats too: large print, Easy Read, captions on videos, British Sign Language interpreters for Deaf parents, and quieter spaces for parents who find busy rooms overwhelming. Ask each parent what works for them.</p>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "Think of a phrase you often use when supporting parents. How might it sound through an interpreter, and how could you say it more plainly?",
                            "guidance": "Optional and private; it is not marked.",
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M11
    # ------------------------------------------------------------------
    {
        "code": "M11",
        "title": "Looking after yourself: wellbeing, supervision and reflective practice",
        "slug": "looking-after-yourself",
        "summary": "Practical ways to protect your own wellbeing and recovery while you support others, and to get the most from supervision.",
        "learning_outcomes": [
            "Recognise your own triggers and early warning signs.",
            "Write a personal wellbeing plan.",
            "Use supervision well and ask for what you need.",
            "Draw on support from other peer supporters.",
            "Know when and how to step back, without shame.",
        ],
        "estimated_minutes": 120,
        "difficult": False,
        "content_note": "This module invites you to think about your own wellbeing, triggers and limits. Every reflection is optional and private, and you never need to share your own story. You can pause and come back whenever you like.",
        "content_tags": ["own wellbeing", "triggers", "burnout"],
        "safety_critical": False,
        "prerequisites": ["M1"],
        "lessons": [
            {
                "title": "Knowing your triggers and early warning signs",
                "slug": "triggers-and-warning-signs",
                "summary": "Why this work can touch you personally, and how to spot the signs that you need to slow down.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>Your lived experience is what makes peer support work. It also means the work can touch you in ways other roles might not. "
                        "Looking after yourself isn't an extra: the fifth peer support principle says peer support should benefit everyone involved, peer supporters included.</p>"
                        "<h2>Triggers are part of the work</h2>"
                        "<p>A trigger is anything that brings back strong feelings or memories, sometimes before you've realised why. For a peer supporter it might be a birth story like your own, a certain phrase, a hospital smell, a date, or a parent who reminds you of yourself at a hard time. "
                        "A research summary by Parents 1st UK (around 2021) notes that volunteers can be triggered by their own experiences, which is why skilled emotional support and time to reflect matter so much. "
                        "Being triggered doesn't mean you're not ready or not good at this. It's a signal to look after yourself.</p>"
                        "<h2>Your early warning signs</h2>"
                        "<p>Most people have signs that tell them they are getting stretched before things become serious. They differ from person to person, but might include:</p>"
                        "<ul>"
                        "<li>sleeping badly, or lying awake replaying conversations</li>"
                        "<li>thinking about the parents you support when you're off duty</li>"
                        "<li>checking messages or forums late at night “in case someone needs me”</li>"
                        "<li>feeling irritable, flat, numb or tearful more than usual</li>"
                        "<li>dreading sessions you used to enjoy</li>"
                        "<li>feeling guilty or anxious when you can't fix things</li>"
                        "</ul>"
                        "<p>The Scottish Government's action plan (2021) acknowledges that not being able to help, or not knowing what to do, can leave peer supporters feeling guilty, worried or anxious. It calls for solid support and roles that can bend, so that peer supporters' own recovery is protected.</p>",
                    ),
                    (
                        "callout",
                        {
                            "style": "key_point",
                            "heading": "Burnout and compassion fatigue",
                            "text": "<p>When caring for others drains you over a long stretch, people sometimes call it burnout or compassion fatigue. It tends to build slowly, and it is easier to turn around when it's noticed early. "
                            "If you spot signs like these, tell your supervisor or coordinator. If you're worried about your own mental health, speak to your GP, just as you would encourage a parent to.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>After a difficult session</h2>"
                        "<p>Imagine you have just supported a mum whose emergency birth sounded very like your own, and that night you can't sleep for thinking about it. This kind of reaction is understandable, and there are things that help. "
                        "Talk it through with your supervisor or coordinator soon, rather than waiting for your next planned session. Use the calming things in your wellbeing plan. "
                        "And think with your supervisor about whether you need a break from this family, or from this kind of situation, for a while.</p>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "What are two or three early signs, in your thoughts, body or habits, that tell you it's time to slow down?",
                            "guidance": "Optional and private; you don't need to share these or say where they come from, and nothing is marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Your wellbeing plan",
                "slug": "wellbeing-plan",
                "summary": "Writing a short, practical plan that keeps you well, and knowing that stepping back is allowed.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>A wellbeing plan is a short, practical document you write for yourself. It helps you notice when things are slipping, and reminds you what helps at the moments when it's hardest to think clearly. "
                        "It belongs to you: you decide what goes in it and who, if anyone, sees it.</p>"
                        "<h2>What to include</h2>"
                        "<ol>"
                        "<li><strong>What keeps me well</strong>: everyday things such as sleep, time outdoors, people, routines, faith or creativity.</li>"
                        "<li><strong>My early warning signs</strong>: the signals from the last lesson that tell you you're stretched.</li>"
                        "<li><strong>Situations I find harder</strong>: the kinds of work that are tougher for you, and any you'd rather not take on for now.</li>"
                        "<li><strong>What helps when I'm struggling</strong>: small, specific actions.</li>"
                        "<li><strong>Who I'll tell</strong>: your supervisor, coordinator, a fellow peer supporter, someone at home.</li>"
                        "<li><strong>My limits</strong>: the hours you're available, how many families or sessions you can take on, and when your phone goes off.</li>"
                        "<li><strong>If things get serious</strong>: your GP, and the crisis lines you can use at any time.</li>"
                        "</ol>",
                    ),
                    (
                        "callout",
                        {
                            "style": "remember",
                            "heading": "Readiness isn't a timetable",
                            "text": "<p>Services have set very different rules about readiness, from one to three years after illness, to taking people on about a month after discharge. "
                            "Most people agree that recovery doesn't run to a timetable, and fixed time limits can be unfair. Readiness is individual, and it can change. "
                            "Lighter-touch roles, for example lending a hand at a coffee morning, are a good way to build up, or to ease back in.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Leaving work at work</h2>"
                        "<p>Peer workers in NHS perinatal services have found that a short handover when they arrive and when they leave helps them put work down at the end of the day. "
                        "Even if you volunteer from home, you can create a small ritual that marks the end of a session: a quick note to your coordinator, closing the app, a walk, or a cup of tea in a different room.</p>"
                        "<h2>Stepping back without shame</h2>"
                        "<p>There may be times when the right thing is to take a break, cut your hours, or change the kind of support you offer: a new baby, a bereavement, your own health, or simply needing rest. "
                        "Stepping back is part of a role that lasts, not a failure. Talk to your coordinator as early as you can, so the families you support are looked after during the change and you can return when you're ready.</p>"
                        "<p>If you ever need to talk to someone outside your organisation, these services are there for you too.</p>",
                    ),
                    (
                        "signpost",
                        {
                            "names": [
                                "Samaritans",
                                "Shout",
                                "Breathing Space",
                                "Mind Infoline",
                            ]
                        },
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "What is one small thing you could do at the end of a peer support session to help you switch off?",
                            "guidance": "Optional and private; it is not marked.",
                        },
                    ),
                ],
            },
            {
                "title": "Getting the most from supervision and reflective practice",
                "slug": "supervision-and-reflection",
                "summary": "What supervision is for, how to make it work for you, and a simple way to reflect on your practice.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>Supervision is protected time with someone experienced to talk about your work: what's going well, what's difficult, what you're unsure about, and how you are. "
                        "The fifth peer support principle expects peer supporters to have regular time to debrief, to reflect and to work out what training they need. Usually that happens in supervision, and ideally clinical supervision is available too.</p>"
                        "<h2>What supervision can look like</h2>"
                        "<p>Arrangements vary. A 2020 thought piece on peer workers in NHS perinatal services, commissioned by Health Education England, found supervision happening anywhere from weekly to quarterly, one-to-one or in groups, with a line manager or a clinician. "
                        "Monthly supervision with a line manager was the most common. Both peer workers and clinicians wanted supervision to put wellbeing first, and the piece recommends dual supervision, from the NHS and from a peer or voluntary sector organisation. "
                        "Peer workers particularly prized time spent with others doing the same perinatal role.</p>"
                        "<h2>Making it work for you</h2>"
                        "<ul>"
                        "<li><strong>Prepare.</strong> Jot down a few things beforehand: a situation you're unsure about, something that went well, anything that has stayed with you.</li>"
                        "<li><strong>Be honest.</strong> Supervision is the place to say “I didn't know what to do” or “that one got to me”.</li>"
                        "<li><strong>Ask for what you need.</strong> More training, a break, a different kind of work, or simply time to talk.</li>"
                        "<li><strong>Don't save urgent things.</strong> Safeguarding concerns and crises go to your coordinator or safeguarding lead straight away, not to your next session.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "style": "caution",
                            "heading": "If nobody asks how you are",
                            "text": "<p>If supervision only ever covers numbers and activities, it's reasonable to ask for time on your wellbeing and the emotional side of the work. You could say: “Could we keep ten minutes each time for how I'm doing?” "
                            "If that still doesn't happen, talk to your coordinator about other options, such as peer supervision or support from a partner organisation.</p>",
                        },
                    ),
                    (
                        "rich_text",
                        "<h2>Support from other peer supporters</h2>"
                        "<p>Other peer supporters understand the work in a way friends and family may not. Regular get-togethers, a buddy system or group reflective sessions can help you share ideas, feel less alone and notice patterns. "
                        "Keep the same confidentiality you would anywhere else: talk about the situation, not about who the family is.</p>"
                        "<h2>A simple way to reflect</h2>"
                        "<p>Reflective practice means looking back on your work so you can learn from it. One simple approach is to ask yourself four questions after a session:</p>"
                        "<ol>"
                        "<li>What happened?</li>"
                        "<li>What did I think and feel?</li>"
                        "<li>What went well, and what would I do differently?</li>"
                        "<li>What will I take forward, or bring to supervision?</li>"
                        "</ol>"
                        "<p>Your reflections are yours. Write as much or as little as is useful, and share only what you choose.</p>",
                    ),
                    (
                        "reflection_prompt",
                        {
                            "prompt": "What is one thing you would like to bring to your next supervision session, and how might you start that conversation?",
                            "guidance": "Optional and private; it is not marked.",
                        },
                    ),
                ],
            },
        ],
    },
]
