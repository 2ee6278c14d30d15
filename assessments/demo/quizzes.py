"""Demo quizzes, one per core module, written for Alongside from the curriculum brief."""

QUIZZES = [
    # ------------------------------------------------------------------
    # M1 Foundations
    # ------------------------------------------------------------------
    {
        "module": "M1",
        "title": "Check your understanding: Foundations",
        "slug": "quiz",
        "pass_mark": 80,
        # Each attempt draws half of each bank, so a retake asks different questions.
        "draw": {"must_pass": 0, "other": 4},
        "questions": [
            {
                "type": "matching",
                "name": "M1 Match each principle to its meaning",
                "text": "Match each of the five Perinatal Peer Support Principles to the description that fits it best.",
                "general_feedback": (
                    "The five principles are the backbone of this course. Being able to put each one into "
                    "everyday words helps you explain your role and notice when practice is drifting. "
                    "Two of the descriptions offered were not principles at all: peer support never involves "
                    "clinical assessment, and it is not run from a fixed script."
                ),
                "safety_critical": False,
                "teaches": "five-principles",
                "pairs": [
                    {
                        "prompt": "Safe and nurturing",
                        "answer": "Trust, empathy and no judgement, with ground rules agreed early and looked at again as things change",
                    },
                    {
                        "prompt": "Accessible and inclusive",
                        "answer": "Making real efforts to reach the people a service is for, and working with other projects so parents have a choice",
                    },
                    {
                        "prompt": "Complements rather than replicates clinical mental health services",
                        "answer": "Flexible, whole-person support with goals agreed with the parent, closely linked to clinicians but not copying them",
                    },
                    {
                        "prompt": "Meaningful involvement of people with lived experience, and peer leadership",
                        "answer": "People with lived experience leading how support is designed and run, including at management level where possible",
                    },
                    {
                        "prompt": "Benefits everyone involved, including peer supporters",
                        "answer": "Training, debriefs, supervision and wellbeing support for the people giving support",
                    },
                ],
                "distractors": [
                    "A clinical assessment of every parent before peer support can start",
                    "Peer supporters following a fixed script written by the clinical team",
                ],
            },
            {
                "type": "single_choice",
                "name": "M1 Who designed the principles",
                "text": "Which statement about where the Perinatal Peer Support Principles came from is correct?",
                "general_feedback": (
                    "People with lived experience designed the principles together with Mind and the McPin "
                    "Foundation. The Maternal Mental Health Alliance commissioned the work, Comic Relief funded it, "
                    "and the principles were launched in December 2019. Knowing this helps you explain that they grew "
                    "out of lived experience rather than being handed down by clinicians."
                ),
                "safety_critical": False,
                "teaches": "five-principles",
                "answers": [
                    {
                        "text": "NICE wrote them into its guidance for clinicians on mental health in pregnancy and after birth, so that services would follow them.",
                        "fraction": 0.0,
                        "feedback": "Not quite. NICE guidance (CG192) is for clinicians. The principles came from people with lived experience, who designed them with Mind and the McPin Foundation.",
                    },
                    {
                        "text": "People with lived experience designed them with Mind and the McPin Foundation, and they were launched in December 2019.",
                        "fraction": 1.0,
                        "feedback": "Yes. Lived experience was at the heart of the design, with consultation across all four UK nations.",
                    },
                    {
                        "text": "An NHS perinatal team wrote them as a standard for its own peer workers in 2021.",
                        "fraction": 0.0,
                        "feedback": "Not quite. They were not written by a single NHS team. People with lived experience co-designed them with Mind and the McPin Foundation, and they were launched in December 2019.",
                    },
                    {
                        "text": "Action on Postpartum Psychosis wrote them for its volunteer training day.",
                        "fraction": 0.0,
                        "feedback": "Not quite. APP trains volunteers, but the principles came from people with lived experience working with Mind and the McPin Foundation, in a project the MMHA commissioned.",
                    },
                ],
            },
            {
                "type": "numeric",
                "name": "M1 Number of principles",
                "text": "How many Perinatal Peer Support Principles are there? Enter a number.",
                "general_feedback": (
                    "There are five principles: safe and nurturing; accessible and inclusive; complements rather than "
                    "replicates clinical services; meaningful involvement of people with lived experience and peer "
                    "leadership; and benefits everyone involved, including peer supporters."
                ),
                "safety_critical": False,
                "teaches": "five-principles",
                "answers": [
                    {
                        "value": 5.0,
                        "tolerance": 0.0,
                        "fraction": 1.0,
                        "feedback": "That's right, five. They are values to guide you rather than a rulebook.",
                    },
                ],
            },
            {
                "type": "multiple_response",
                "name": "M1 Forms of peer support",
                "text": "Which of these are ways perinatal peer support is offered in the UK? Choose all that apply.",
                "general_feedback": (
                    "Peer support comes in many forms: paid peer workers in NHS services, volunteer peer supporters "
                    "and befrienders (often visiting at home), peer groups, and online or telephone support. What it "
                    "never includes is diagnosis or therapy, because peer support sits alongside clinical care rather "
                    "than replacing it."
                ),
                "safety_critical": False,
                "teaches": "what-is-perinatal-peer-support",
                "answers": [
                    {
                        "text": "A volunteer befriender who visits a parent at home",
                        "fraction": 0.33333,
                        "feedback": "Yes. In Scotland, for example, most one-to-one perinatal peer support comes from trained volunteers.",
                    },
                    {
                        "text": "A drop-in café group for parents",
                        "fraction": 0.33333,
                        "feedback": "Yes. Peer groups such as drop-ins, cafés and activity groups are a common form.",
                    },
                    {
                        "text": "Online forums, messaging and video calls",
                        "fraction": 0.33333,
                        "feedback": "Yes. Informal, online and telephone support are all part of the picture.",
                    },
                    {
                        "text": "A peer-led check to find out whether a parent has postnatal depression",
                        "fraction": -0.5,
                        "feedback": "No. Peer supporters never diagnose. Only a professional can assess someone's mental health.",
                    },
                    {
                        "text": "Peer-run therapy sessions to work through a difficult birth",
                        "fraction": -0.5,
                        "feedback": "No. Peer support is not counselling or therapy. It offers understanding from shared experience, and helps parents reach therapy if they need it.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M1 Peer support goals",
                "text": "Which of these is the kind of goal peer support often works towards with a parent, rather than a clinical goal?",
                "general_feedback": (
                    "Clinical services focus on symptoms and treatment. Peer support usually works towards goals agreed "
                    "with the parent, such as feeling heard and less alone, building a network, coping a little better "
                    "day to day, or growing in confidence as a parent."
                ),
                "safety_critical": False,
                "teaches": "what-is-perinatal-peer-support",
                "answers": [
                    {
                        "text": "Getting her medication dose right",
                        "fraction": 0.0,
                        "feedback": "Not this one. Medication is a clinical matter for her GP or perinatal team, never part of the peer role.",
                    },
                    {
                        "text": "Confirming which condition she has",
                        "fraction": 0.0,
                        "feedback": "Not this one. Diagnosis belongs to professionals. Peer supporters don't confirm or rule out conditions.",
                    },
                    {
                        "text": "Feeling heard and less alone",
                        "fraction": 1.0,
                        "feedback": "Yes. This is exactly the kind of outcome peer support can offer, agreed together with the parent.",
                    },
                    {
                        "text": "Completing a course of therapy",
                        "fraction": 0.0,
                        "feedback": "Not this one. Therapy is provided by trained professionals. Peer support can help someone feel able to take it up, but it isn't therapy itself.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M1 Evidence: bridge to services",
                "text": "True or false: evidence gathered for the Scottish Government suggests peer support can help parents come to trust clinical services.",
                "general_feedback": (
                    "True. The 2020 evidence review suggests peer support can ease depressive symptoms, build confidence "
                    "and self-esteem, reduce isolation, and act as a bridge to clinical services."
                ),
                "safety_critical": False,
                "teaches": "evidence-and-landscape",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 1.0,
                        "feedback": "Right. Meeting someone who has recovered can make it easier to trust and use professional help.",
                    },
                    {
                        "text": "False",
                        "fraction": 0.0,
                        "feedback": "It's actually true. One of the benefits the evidence points to is that peer support can be a bridge, helping parents trust clinical services.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M1 Peer support instead of treatment",
                "text": "True or false: because peer support can ease depressive symptoms, a parent can use it instead of seeing her GP or perinatal team.",
                "general_feedback": (
                    "False. Peer support does not replace professional care. It cannot diagnose, treat or monitor an "
                    "illness. When a parent needs more than peer support can give, your job is to help her reach the "
                    "right service and to tell your coordinator."
                ),
                "safety_critical": False,
                "teaches": "evidence-and-landscape",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. Peer support works alongside clinical care, not instead of it. Being honest about its limits is part of doing it well.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. Peer support complements professional care; it never stands in for it.",
                    },
                ],
            },
            {
                "type": "short_answer",
                "name": "M1 Postcode lottery",
                "text": "Because services vary so much from place to place, access to perinatal peer support has been described as a 'postcode ______'. Type the missing word.",
                "general_feedback": (
                    "A 'postcode lottery'. Services differ in almost every way: paid or voluntary, NHS or charity, "
                    "short or long contracts, and very different amounts of training. It's one reason people across the "
                    "field have asked for consistent, properly recognised training."
                ),
                "safety_critical": False,
                "teaches": "evidence-and-landscape",
                "case_sensitive": False,
                "answers": [
                    {
                        "text": "lottery",
                        "fraction": 1.0,
                        "feedback": "Yes, a postcode lottery: what's available depends on where a family lives.",
                    },
                    {
                        "text": "*lottery*",
                        "fraction": 1.0,
                        "feedback": "Yes, a postcode lottery: what's available depends on where a family lives.",
                    },
                    {
                        "text": "*lotery*",
                        "fraction": 1.0,
                        "feedback": "Yes (check the spelling: lottery). What's available depends on where a family lives.",
                    },
                ],
            },
            {
                "type": "essay",
                "name": "M1 Explaining peer support",
                "min_words": 25,
                "max_words": 120,
                "text": (
                    "A friend asks you what perinatal peer support is. In two to four sentences, explain it in plain "
                    "words, and include one thing it is not. You don't need to say anything about your own experience."
                ),
                "general_feedback": (
                    "A strong answer says that peer support is people using their own lived experience to help each "
                    "other, around pregnancy and the first year after birth, in an accepting space where support flows "
                    "both ways. It names at least one limit: peer support is not diagnosis, medical advice, therapy or "
                    "a replacement for professional care. Bonus points for mentioning a goal such as feeling heard or "
                    "less alone. Your trainer will mark this and may add comments."
                ),
                "safety_critical": False,
                "teaches": "what-is-perinatal-peer-support",
                "answers": [],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M2 Listening and sharing
    # ------------------------------------------------------------------
    {
        "module": "M2",
        "title": "Check your understanding: Listening, communication and sharing",
        "slug": "quiz",
        "pass_mark": 80,
        # Each attempt draws half of each bank, so a retake asks different questions.
        "draw": {"must_pass": 0, "other": 4},
        "questions": [
            {
                "type": "single_choice",
                "name": "M2 Spot the open question",
                "text": "Which of these is an open question?",
                "general_feedback": (
                    "An open question can't be answered with a single word, so it invites the parent to say more in "
                    "her own way. Closed questions have their place, but open ones help you understand. Ask one at a "
                    "time, to understand rather than to interrogate."
                ),
                "safety_critical": False,
                "teaches": "active-listening",
                "answers": [
                    {
                        "text": "What has this week been like for you?",
                        "fraction": 1.0,
                        "feedback": "Yes. This leaves the parent free to answer however she likes.",
                    },
                    {
                        "text": "Did you manage to get out today?",
                        "fraction": 0.0,
                        "feedback": "This one can be answered 'yes' or 'no', so it's a closed question.",
                    },
                    {
                        "text": "Are you feeling any better?",
                        "fraction": 0.0,
                        "feedback": "This is closed, and it also hints at the answer you'd like to hear. An open question leaves more room.",
                    },
                    {
                        "text": "Is the baby sleeping any better at night yet?",
                        "fraction": 0.0,
                        "feedback": "This is closed, and it's about the baby rather than the parent. It may also feel like a comparison.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M2 Reflecting a feeling",
                "text": "A mum says: 'I'm up every two hours and nobody else even seems to notice.' Which reply reflects her feeling rather than giving advice?",
                "general_feedback": (
                    "Reflecting puts into words the feeling under the facts. It shows you've understood, lets her "
                    "correct you if you haven't, and keeps her in charge. Advice, comparisons and reassurance can close "
                    "the conversation down, however kindly meant."
                ),
                "safety_critical": False,
                "teaches": "active-listening",
                "answers": [
                    {
                        "text": "Have you thought about asking your partner to do a night feed?",
                        "fraction": 0.0,
                        "feedback": "This is advice. It may be a good idea later, but reflecting first helps her feel heard and lets her find her own options.",
                    },
                    {
                        "text": "Mine was just the same, and it got better by six months.",
                        "fraction": 0.0,
                        "feedback": "This shifts the focus to you and makes a promise you can't keep. A reflection keeps the spotlight on her.",
                    },
                    {
                        "text": "Try not to worry, lots of people have it much harder.",
                        "fraction": 0.0,
                        "feedback": "Comparisons can leave a parent feeling she has no right to struggle. Reflecting shows her feelings make sense.",
                    },
                    {
                        "text": "It sounds as if you're worn out, and pretty invisible with it.",
                        "fraction": 1.0,
                        "feedback": "Yes. This names both the tiredness and the feeling of not being noticed, and leaves room for her to say more.",
                    },
                ],
            },
            {
                "type": "multiple_response",
                "name": "M2 Questions before you share",
                "text": "Before you share part of your own story with a parent, which questions does the course suggest you ask yourself? Choose all that apply.",
                "general_feedback": (
                    "Three questions help: whose need does this meet, how much is enough, and how will I hand the focus "
                    "back? A sentence or two, in general terms, is usually plenty, followed by a question about the "
                    "parent. You always choose whether to share at all."
                ),
                "safety_critical": False,
                "teaches": "purposeful-sharing",
                "answers": [
                    {
                        "text": "Whose need does this meet?",
                        "fraction": 0.33333,
                        "feedback": "Yes. Sharing should help the parent, not ease your own discomfort.",
                    },
                    {
                        "text": "How much is enough?",
                        "fraction": 0.33333,
                        "feedback": "Yes. A small piece, in general terms, usually says all that's needed.",
                    },
                    {
                        "text": "How will I hand the focus back?",
                        "fraction": 0.33333,
                        "feedback": "Yes. Ending with a question about her keeps the conversation hers.",
                    },
                    {
                        "text": "Will this show her I had it harder?",
                        "fraction": -0.5,
                        "feedback": "No. There is no ranking of hard times, and comparing can leave a parent feeling her struggle doesn't count.",
                    },
                    {
                        "text": "Have I told the whole story, so she gets the full picture?",
                        "fraction": -0.5,
                        "feedback": "No. You never need to tell your whole story. Long accounts pull the focus onto you.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M2 Direct personal questions",
                "text": "True or false: if a parent asks you directly what frightening thoughts you had when you were unwell, you should give her the details so that she trusts you.",
                "general_feedback": (
                    "False. You never have to give details of your own experience. Often the real question underneath "
                    "is 'Am I a terrible person?' or 'Will I be OK?'. You can say you won't go into your own details, "
                    "that lots of parents have thoughts that scare them, and ask what has been on her mind. If she then "
                    "mentions thoughts of harm, stay calm and follow M4 and M6, including telling your coordinator."
                ),
                "safety_critical": False,
                "teaches": "purposeful-sharing",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. Trust comes from how you listen, not from how much you reveal. Your story is always your choice.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. You can answer the question underneath without giving your own details, then hand the focus back to her.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M2 Comparing in a group",
                "text": "In a group, a member says her birth was 'nothing' compared with what another member went through, and starts to cry. What is the most helpful response?",
                "general_feedback": (
                    "Comparisons often come up when people share in groups. Gently making clear that there's no ranking "
                    "of hard times tells her that her experience matters. Giving her space and checking in quietly "
                    "afterwards respects her feelings without putting her on the spot."
                ),
                "safety_critical": False,
                "teaches": "purposeful-sharing",
                "answers": [
                    {
                        "text": "Agree that some births really are much worse than others, so she feels reassured that hers wasn't so bad after all.",
                        "fraction": 0.0,
                        "feedback": "This confirms the comparison and can leave her feeling she shouldn't be upset. Her experience matters in its own right.",
                    },
                    {
                        "text": "Say gently that hard times aren't a competition and hers matters, then check in with her quietly at the end.",
                        "fraction": 1.0,
                        "feedback": "Yes. This is warm, includes her, and protects her dignity in front of the group.",
                    },
                    {
                        "text": "Move quickly on to the next person so she isn't embarrassed.",
                        "fraction": 0.0,
                        "feedback": "Moving on may feel kind, but it can leave her feeling unheard. A brief acknowledgement and a quiet check-in later help more.",
                    },
                ],
            },
            {
                "type": "matching",
                "name": "M2 Adapting to each channel",
                "text": "Match each way of offering support to a tip that fits it.",
                "general_feedback": (
                    "The core skills stay the same, but each channel needs small changes. On the phone you can't be seen "
                    "nodding; on video, privacy matters and cameras are optional; messages should be short and warm; "
                    "emails need clear reply times and a careful read-through. Whatever the channel, use your "
                    "organisation's accounts and keep to agreed hours."
                ),
                "safety_critical": False,
                "teaches": "language-and-remote-support",
                "pairs": [
                    {
                        "prompt": "Phone",
                        "answer": "Say more out loud, such as 'I'm still here', because nobody can see you nod",
                    },
                    {
                        "prompt": "Video",
                        "answer": "Check she's somewhere private and comfortable, and let her know the camera is optional",
                    },
                    {
                        "prompt": "Text and messaging",
                        "answer": "Keep it short and warm, and reflect back what you've read",
                    },
                    {
                        "prompt": "Email",
                        "answer": "Say when you'll reply, and read it through before sending because tone is easy to misjudge",
                    },
                ],
                "distractors": [
                    "Ask for a full written history before you start",
                ],
            },
            {
                "type": "single_choice",
                "name": "M2 Camera off and quiet",
                "text": "During a video session, a mum has her camera switched off and replies with just a word or two. Eventually she tells you she isn't sure why she joined. What would you do?",
                "general_feedback": (
                    "Joining with the camera off is a perfectly good way to begin, and turning up at all was a step. "
                    "Don't push. A gentle reflection, reassurance that there's no right way to use the time, and an open "
                    "invitation to come back leave her in control."
                ),
                "safety_critical": False,
                "teaches": "language-and-remote-support",
                "answers": [
                    {
                        "text": "Say it can feel strange the first time, that there's no right way to use the time, and that she's welcome back.",
                        "fraction": 1.0,
                        "feedback": "Yes. This accepts her where she is and keeps the door open.",
                    },
                    {
                        "text": "Ask her to turn her camera on so you can connect properly.",
                        "fraction": 0.0,
                        "feedback": "Cameras are optional. Asking her to switch on may make her feel she's doing it wrong.",
                    },
                    {
                        "text": "Fill the silence with the story of your own first contact with peer support, so she knows what to expect and feels less alone.",
                        "fraction": 0.0,
                        "feedback": "A long story pulls the focus onto you. Short, warm reflections and comfortable silence help more.",
                    },
                    {
                        "text": "Suggest that peer support may not be for her and end the call early.",
                        "fraction": 0.0,
                        "feedback": "Quiet doesn't mean it isn't helping. Many parents start this way, so keep the door open instead.",
                    },
                ],
            },
            {
                "type": "essay",
                "name": "M2 Write a reflective reply",
                "min_words": 25,
                "max_words": 120,
                "text": (
                    "A mum tells you: 'Everyone keeps saying I should be loving every minute, and I'm just not.' "
                    "Write a reply of two to four sentences that reflects her feelings and includes one open question. "
                    "Don't give advice."
                ),
                "general_feedback": (
                    "A good reply names the feeling you hear (for example, pressure, guilt or feeling alone with it), "
                    "avoids 'should', advice and comparisons, and ends with an open question that hands the conversation "
                    "back, such as 'What has it been like for you?'. If you chose to include a brief, hopeful line from "
                    "your own experience, it should be short and followed by a question about her. Your trainer will "
                    "mark this."
                ),
                "safety_critical": False,
                "teaches": "active-listening",
                "answers": [],
            },
            {
                "type": "single_choice",
                "name": "M2 A short text after a bad day",
                "text": "A mum you support by text sends: 'bad day. again.' Which reply is most helpful?",
                "general_feedback": "In text, a short reflection and an open invitation do the same work as in person: she feels heard, and she decides how much to say. Advice, your own story or cheering up can all wait, or never be needed.",
                "safety_critical": False,
                "teaches": "language-and-remote-support",
                "answers": [
                    {
                        "text": "Sorry to hear that! Have you tried getting some fresh air with the baby this afternoon?",
                        "fraction": 0.0,
                        "feedback": "This jumps to advice before she has said what the day was like. Reflect first, and let her lead.",
                    },
                    {
                        "text": "That sounds like a really hard day. Do you want to tell me a bit about it?",
                        "fraction": 1.0,
                        "feedback": "Yes. A short reflection and an open invitation, with no pressure, work well in text.",
                    },
                    {
                        "text": "Oh no, I know exactly how you feel, I had loads of days like that when mine was small.",
                        "fraction": 0.0,
                        "feedback": "Meant kindly, but it moves the focus to you. Keep the spotlight on her.",
                    },
                    {
                        "text": "Bad days happen to everyone. Tomorrow will be better, so try not to dwell on it too much.",
                        "fraction": 0.0,
                        "feedback": "This can feel dismissive, and it's a promise you can't keep. Reflect what she's feeling instead.",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M3 Role and boundaries
    # ------------------------------------------------------------------
    {
        "module": "M3",
        "title": "Check your understanding: Role, remit and boundaries",
        "slug": "quiz",
        "pass_mark": 80,
        # Each attempt draws half of each bank, so a retake asks different questions.
        "draw": {"must_pass": 2, "other": 3},
        # Must-pass questions: the key only once passed, a pause between attempts,
        # and questions drawn from banks so that a retake asks different ones.
        "feedback_timing": "after_pass",
        "minutes_between_attempts": 30,
        "questions": [
            {
                "type": "multiple_response",
                "name": "M3 Inside or outside the role",
                "text": "Which of these are part of the peer supporter role? Choose all that apply.",
                "general_feedback": (
                    "The peer role includes listening, emotional support from shared experience, sharing information "
                    "about services, offering hope, and passing concerns to your coordinator. It never stretches to "
                    "diagnosing, advising on health or medicines, offering therapy, or keeping watch on a parent on behalf of clinicians."
                ),
                "safety_critical": True,
                "teaches": "role-and-remit",
                "answers": [
                    {
                        "text": "Listening and offering emotional support from shared experience",
                        "fraction": 0.33333,
                        "feedback": "Yes, this is the heart of the role.",
                    },
                    {
                        "text": "Sharing information about local services and helping a parent feel able to use them",
                        "fraction": 0.33333,
                        "feedback": "Yes. Signposting and building confidence to use services are part of the role.",
                    },
                    {
                        "text": "Passing concerns on to your coordinator",
                        "fraction": 0.33333,
                        "feedback": "Yes. Passing concerns on is part of keeping parents safe.",
                    },
                    {
                        "text": "Telling a mum whether her symptoms sound like postnatal depression",
                        "fraction": -0.5,
                        "feedback": "No. That would be diagnosis. You can listen to her worry and help her talk to her GP, midwife or health visitor.",
                    },
                    {
                        "text": "Advising a mum on whether to reduce her antidepressant",
                        "fraction": -0.5,
                        "feedback": "No. Medication advice is never part of the role, even a reassuring view. Encourage her to speak to her GP or prescriber.",
                    },
                    {
                        "text": "Keeping an eye on a mother for the ward team while they're short-staffed",
                        "fraction": -0.5,
                        "feedback": "No. Monitoring on behalf of clinicians turns you into the team's 'eyes and ears' and can damage her trust in you.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M3 Breastfeeding and antidepressants",
                "text": "A mum who is breastfeeding wonders aloud whether to come off her antidepressant, in case it reaches the baby through her milk. She'd rather not 'bother' her GP with it. What should you do?",
                "general_feedback": (
                    "Don't offer a view either way, not even a reassuring one. Listen to her worry, encourage her to "
                    "speak to her GP or whoever prescribed the medicine, and tell her this is exactly the kind of "
                    "question they are there for. You can help her plan what to say."
                ),
                "safety_critical": True,
                "teaches": "role-and-remit",
                "answers": [
                    {
                        "text": "Reassure her that most antidepressants are fine while breastfeeding, so she can carry on while she waits for her GP.",
                        "fraction": 0.0,
                        "feedback": "Even a reassuring answer is medication advice. Only her GP or prescriber can answer this for her.",
                    },
                    {
                        "text": "Suggest she cuts down gradually while she waits to see someone.",
                        "fraction": 0.0,
                        "feedback": "This is medication advice, and changing a medicine without her prescriber could be unsafe. Encourage her to speak to them.",
                    },
                    {
                        "text": "Listen, encourage her to ask her GP or prescriber, and offer to help her plan what to say.",
                        "fraction": 1.0,
                        "feedback": "Yes. This takes her worry seriously and gets her to the person who can answer it safely.",
                    },
                    {
                        "text": "Tell her to look it up online so she can decide for herself.",
                        "fraction": 0.0,
                        "feedback": "This leaves her alone with a worrying decision. Her GP or prescriber is the right person, and you can help her feel able to ask.",
                    },
                ],
            },
            {
                "type": "matching",
                "name": "M3 Who to contact for what",
                "text": "Match each situation to the right person or route.",
                "general_feedback": (
                    "Your coordinator or supervisor is your first port of call for any uncertainty. Health questions go "
                    "to the parent's GP, midwife, health visitor or perinatal team. Safeguarding worries go to your "
                    "designated safeguarding lead the same day. If life is in immediate danger, call 999 first and tell "
                    "your coordinator straight afterwards. If a conversation shakes you, talk to your supervisor."
                ),
                "safety_critical": True,
                "teaches": "working-alongside-services",
                "pairs": [
                    {
                        "prompt": "You're not sure whether something is part of your role",
                        "answer": "Your coordinator or supervisor",
                    },
                    {
                        "prompt": "A parent asks about her medication or diagnosis",
                        "answer": "Encourage her to speak to her GP, midwife, health visitor or perinatal team",
                    },
                    {
                        "prompt": "You're worried about a baby's safety",
                        "answer": "Your designated safeguarding lead, the same day",
                    },
                    {
                        "prompt": "Someone's life is in immediate danger",
                        "answer": "999 first, then your coordinator",
                    },
                    {
                        "prompt": "A conversation has left you feeling shaken",
                        "answer": "Your supervisor and your organisation's wellbeing support",
                    },
                ],
                "distractors": [
                    "Ask other parents in the group chat what they think",
                ],
            },
            {
                "type": "multiple_response",
                "name": "M3 A good ground-rules conversation",
                "text": "Which of these belong in a good ground-rules conversation at the start of support? Choose all that apply.",
                "general_feedback": (
                    "A good first conversation covers what peer support does and doesn't offer, how and when you'll be "
                    "in touch, cancelling, confidentiality and its limits, what the parent hopes for, and how support "
                    "will be reviewed and will end. Keep it friendly and brief, and come back to it when things change."
                ),
                "safety_critical": False,
                "teaches": "ground-rules-and-boundaries",
                "answers": [
                    {
                        "text": "When and how you'll be in touch, and how quickly you'll reply",
                        "fraction": 0.25,
                        "feedback": "Yes. Clear contact times make support predictable and protect you both.",
                    },
                    {
                        "text": "Confidentiality and its limits",
                        "fraction": 0.25,
                        "feedback": "Yes. Parents deserve to know the limits before they tell you anything.",
                    },
                    {
                        "text": "What the parent hopes to get from support",
                        "fraction": 0.25,
                        "feedback": "Yes. You agree together what you're working towards.",
                    },
                    {
                        "text": "How you'll check how it's going, and how support will end",
                        "fraction": 0.25,
                        "feedback": "Yes. Planning reviews and endings from the start makes them easier later.",
                    },
                    {
                        "text": "A promise that she can reach you at any time, day or night",
                        "fraction": -0.5,
                        "feedback": "No. Nobody can be available all the time. Agree your hours, and make sure she knows where to turn when you're not there.",
                    },
                    {
                        "text": "A full account of your own illness, so she knows your background",
                        "fraction": -0.5,
                        "feedback": "No. You choose whether and how much to share, and a full account isn't needed for good ground rules.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M3 Signs of boundary drift",
                "text": "True or false: replying to messages late at night 'just this once' and feeling that only you can help are early signs of boundary drift worth taking to supervision.",
                "general_feedback": (
                    "True. Boundaries rarely break all at once. Small changes, such as visits running long, late replies, "
                    "feeling that only you can help, or keeping things from your coordinator, are signals to pause and "
                    "talk it over in supervision. They're not a reason for shame."
                ),
                "safety_critical": False,
                "teaches": "ground-rules-and-boundaries",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 1.0,
                        "feedback": "Right. Noticing drift early makes it much easier to put things back on track.",
                    },
                    {
                        "text": "False",
                        "fraction": 0.0,
                        "feedback": "It's actually true. These small shifts are exactly how boundaries start to slip, and supervision is the place to talk them through.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M3 Extra pair of eyes on the ward",
                "text": "On a busy ward, a nurse asks you to stay in the room while a mother baths her baby, 'just to keep an eye on things'. What is the best response?",
                "general_feedback": (
                    "Role creep usually comes from good intentions when a team is stretched. Watching a parent for the "
                    "team turns you into a monitor and could damage the mother's trust in you. Decline politely, explain "
                    "that it sits outside the peer role, and raise it with your supervisor afterwards."
                ),
                "safety_critical": False,
                "teaches": "role-and-remit",
                "answers": [
                    {
                        "text": "Decline politely, explain that monitoring isn't part of the peer role, and talk it over with your supervisor.",
                        "fraction": 1.0,
                        "feedback": "Yes. This is clear, kind and keeps the mother's trust in you intact.",
                    },
                    {
                        "text": "Agree this once, because the ward is short-staffed, and tell your supervisor afterwards what you were asked to do.",
                        "fraction": 0.0,
                        "feedback": "Wanting to help is natural, but this is monitoring on behalf of clinicians, which isn't part of the peer role.",
                    },
                    {
                        "text": "Agree, but don't tell the mother why you're there.",
                        "fraction": 0.0,
                        "feedback": "This would mean watching her without her knowing, which would seriously damage trust. Decline kindly instead.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M3 Contacting other agencies",
                "text": "True or false: in organisations such as Home-Start, volunteers contact other agencies directly about the families they support.",
                "general_feedback": (
                    "False. In many organisations, Home-Start among them, contact with other agencies goes through the "
                    "coordinator. The coordinator also judges whether a referral suits peer support. That's not "
                    "something you have to sort out on your own."
                ),
                "safety_critical": False,
                "teaches": "working-alongside-services",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. Contact with other agencies usually goes through your coordinator, which keeps roles clear.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. Your coordinator handles contact with other agencies.",
                    },
                ],
            },
            {
                "type": "short_answer",
                "name": "M3 First port of call",
                "text": "Who is your first port of call for any uncertainty about your role, large or small? Give the role, not a name.",
                "general_feedback": (
                    "Your coordinator (or supervisor) is your first port of call. Asking early is good practice, never "
                    "a sign that you aren't coping. In an emergency, get help first and tell them straight afterwards."
                ),
                "safety_critical": False,
                "teaches": "working-alongside-services",
                "case_sensitive": False,
                "answers": [
                    {
                        "text": "coordinator",
                        "fraction": 1.0,
                        "feedback": "Yes. Your coordinator is there for any uncertainty.",
                    },
                    {
                        "text": "*coordinator*",
                        "fraction": 1.0,
                        "feedback": "Yes. Your coordinator is there for any uncertainty.",
                    },
                    {
                        "text": "*co-ordinator*",
                        "fraction": 1.0,
                        "feedback": "Yes. Your coordinator is there for any uncertainty.",
                    },
                    {
                        "text": "*supervisor*",
                        "fraction": 1.0,
                        "feedback": "Yes. Your supervisor or coordinator is there for any uncertainty.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M3 Stopped her medicine this week",
                "text": "A mum tells you she stopped taking her prescribed antidepressant three days ago because she feels better, and asks what you think. What do you do?",
                "general_feedback": "Decisions about medicines belong with the parent and her GP or prescriber. You don't give a view either way, even a cautious one. You encourage her to speak to them soon, and you let your coordinator know, because changes like this matter for her support.",
                "safety_critical": True,
                "teaches": "role-and-remit",
                "answers": [
                    {
                        "text": "Suggest she starts taking them again straight away, just to be on the safe side, until she sees her GP.",
                        "fraction": 0.0,
                        "feedback": "This sounds careful, but it's still medication advice. Only her GP or prescriber can advise her on this.",
                    },
                    {
                        "text": "Tell her that's great news, since feeling better probably means she doesn't need them any more.",
                        "fraction": 0.0,
                        "feedback": "This is a view on her medicine, which isn't yours to give. Encourage her to talk to her GP or prescriber.",
                    },
                    {
                        "text": "Say you can't give a view on medicines, encourage her to speak to her GP or prescriber soon, and tell your coordinator.",
                        "fraction": 1.0,
                        "feedback": "Yes. You stay in your role, point her to the right person, and make sure your coordinator knows.",
                    },
                    {
                        "text": "Respect her choice, say nothing more about the medicine, and see how she is getting on at your next visit.",
                        "fraction": 0.0,
                        "feedback": "Respecting her choice matters, but her GP or prescriber needs to be part of this, and your coordinator should know now, not at the next visit.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M3 Late messages and a friend request",
                "text": "A mum you support sends you a friend request on social media, and has started messaging you after 11pm most nights. What is the best first step?",
                "general_feedback": "Boundaries help both of you. Talk it over with your coordinator, then revisit the ground rules you agreed at the start, kindly and without blame: how you keep in touch, and when you're available.",
                "safety_critical": False,
                "teaches": "ground-rules-and-boundaries",
                "answers": [
                    {
                        "text": "Kindly remind her of the ground rules you agreed, including when you're available, and tell your coordinator.",
                        "fraction": 1.0,
                        "feedback": "Yes. Ground rules are revisited as support goes on, and your coordinator can help you think it through.",
                    },
                    {
                        "text": "Accept the request, since it's a quick and easy way to stay in touch, but don't reply to messages after 9pm.",
                        "fraction": 0.0,
                        "feedback": "Connecting on personal social media blurs the role. Keep to the ways of contact your organisation uses.",
                    },
                    {
                        "text": "Block her on social media without saying anything, so that the boundary is clear straight away.",
                        "fraction": 0.0,
                        "feedback": "This could feel like rejection. A kind conversation about the ground rules works better.",
                    },
                    {
                        "text": "Reply whenever she messages, as she clearly needs you most at night, and you don't want her to feel let down.",
                        "fraction": 0.0,
                        "feedback": "Caring, but it isn't sustainable, and it leaves you holding things alone at night. Talk to your coordinator and revisit the ground rules.",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M4 Safeguarding
    # ------------------------------------------------------------------
    {
        "module": "M4",
        "title": "Check your understanding: Safeguarding, confidentiality and records",
        "slug": "quiz",
        "pass_mark": 80,
        # Each attempt draws half of each bank, so a retake asks different questions.
        "draw": {"must_pass": 3, "other": 2},
        # Must-pass questions: the key only once passed, a pause between attempts,
        # and questions drawn from banks so that a retake asks different ones.
        "feedback_timing": "after_pass",
        "minutes_between_attempts": 30,
        "questions": [
            {
                "type": "multiple_response",
                "name": "M4 Responding to a disclosure",
                "text": "A parent tells you something that makes you worried about someone's safety. Nobody is in immediate danger. Which of these should you do? Choose all that apply.",
                "general_feedback": (
                    "If someone confides in you, let them talk, keep calm, and don't probe or promise to keep it "
                    "secret. Reassure them it isn't their fault, write down what was said and seen, and tell your "
                    "designated safeguarding lead (DSL) that day. You're not expected to solve it, only to pass it on."
                ),
                "safety_critical": True,
                "teaches": "responding-to-disclosure",
                "answers": [
                    {
                        "text": "Listen and stay calm, letting her talk at her own pace",
                        "fraction": 0.25,
                        "feedback": "Yes. Your calm helps her feel safe.",
                    },
                    {
                        "text": "Be honest that you may need to pass it on to keep people safe",
                        "fraction": 0.25,
                        "feedback": "Yes. Honesty now protects trust later.",
                    },
                    {
                        "text": "Write down what was said and seen as soon as you can",
                        "fraction": 0.25,
                        "feedback": "Yes. A brief, factual record helps the people who will act on it.",
                    },
                    {
                        "text": "Report it to your designated safeguarding lead the same day",
                        "fraction": 0.25,
                        "feedback": "Yes. Same-day reporting means the right people can act quickly.",
                    },
                    {
                        "text": "Ask detailed questions to find out exactly what happened",
                        "fraction": -0.5,
                        "feedback": "No. Probing or leading questions can cause harm and affect what happens next. Your DSL will decide what's needed.",
                    },
                    {
                        "text": "Promise to keep it between you so she keeps talking",
                        "fraction": -0.5,
                        "feedback": "No. Never promise secrecy. If you later have to pass it on, she may feel betrayed.",
                    },
                    {
                        "text": "Speak to the other person involved to hear their side",
                        "fraction": -0.5,
                        "feedback": "No. Never confront anyone. That could put her, or others, at greater risk.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M4 Please don't tell anyone",
                "text": "While you're visiting at home, a mum mentions that her partner reads her messages, holds on to all the money and discourages her from coming to groups. Then she asks you to keep it to yourself. She isn't in immediate danger. What should you do?",
                "general_feedback": (
                    "This could be coercive control, which often starts or gets worse in pregnancy. Listen and thank "
                    "her. Explain gently that you can't keep it just between you because it's about her safety, and "
                    "that you'll talk to the person at your organisation whose job is to help. Record the conversation "
                    "and report it to your DSL that day. Your DSL can advise on sharing specialist support, such as the "
                    "domestic abuse helpline for her nation, in a way that is safe for her."
                ),
                "safety_critical": True,
                "teaches": "responding-to-disclosure",
                "answers": [
                    {
                        "text": "Agree to keep it secret so that she keeps trusting you.",
                        "fraction": 0.0,
                        "feedback": "It's natural to want to keep her trust, but promising secrecy could leave her without help. Being honest, kindly, protects both her safety and your relationship.",
                    },
                    {
                        "text": "Listen and thank her, explain kindly that you can't keep it to yourself, then record it and tell your DSL that day.",
                        "fraction": 1.0,
                        "feedback": "Yes. You're honest with her, you stay calm, and the concern reaches the right person the same day.",
                    },
                    {
                        "text": "Give her a domestic abuse helpline leaflet to keep, reassure her it's her choice whether to call, and leave it at that.",
                        "fraction": 0.0,
                        "feedback": "Specialist support matters, but a leaflet could be found by her partner, and the concern still needs to reach your DSL. Your DSL can advise how to share details safely.",
                    },
                    {
                        "text": "Encourage her to tell her partner she's not happy with how he treats her.",
                        "fraction": 0.0,
                        "feedback": "This could put her at greater risk. You don't investigate or try to sort it out yourself. Pass it to your DSL the same day.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M4 Immediate danger: who first",
                "text": "True or false: if someone is in immediate danger, you should reach your designated safeguarding lead first, and call 999 only if they agree.",
                "general_feedback": (
                    "False. If anyone is in immediate danger, call 999 and ask for the police or an ambulance, whichever is needed. Tell your DSL or "
                    "safeguarding officer as soon as you can afterwards. Never wait to reach them before getting "
                    "emergency help."
                ),
                "safety_critical": True,
                "teaches": "responding-to-disclosure",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. Emergency help always comes first: call 999, then tell your DSL.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. 999 first, your DSL straight afterwards.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M4 A bruise on a young baby",
                "text": "You spot a bruise on a young baby's face. Mum explains that the toddler must have caught her. What should you do?",
                "general_feedback": (
                    "An injury without a clear explanation, especially on a baby who isn't yet moving around, is a "
                    "concern to pass on. Don't examine the baby, question the family or decide what happened. Note "
                    "exactly what you saw and what was said, and tell your DSL straight away, before you leave if you can: "
                    "a bruise on a baby who isn't yet mobile is always treated as urgent. If you can't reach your DSL or "
                    "their deputy, contact children's social care (or its out-of-hours team), and call 999 if the baby is "
                    "in immediate danger."
                ),
                "safety_critical": True,
                "teaches": "responding-to-disclosure",
                "answers": [
                    {
                        "text": "Accept the explanation, as toddlers often play roughly.",
                        "fraction": 0.0,
                        "feedback": "The explanation may well be true, but deciding that isn't your job. Record it and tell your DSL so that the right people can decide.",
                    },
                    {
                        "text": "Look the baby over carefully for any other marks.",
                        "fraction": 0.0,
                        "feedback": "Examining the baby is investigating, which isn't part of your role. Record what you saw and tell your DSL the same day.",
                    },
                    {
                        "text": "Note what you saw and what mum said, and tell your DSL straight away, before you leave.",
                        "fraction": 1.0,
                        "feedback": "Yes. You pass on what you noticed at once, without trying to work out what happened.",
                    },
                    {
                        "text": "Note what you saw and what mum said, and report it to your DSL by the end of the day.",
                        "fraction": 0.0,
                        "feedback": "Nearly. Recording and reporting are right, but a bruise on a baby who isn't yet mobile is urgent: tell your DSL straight away, before you leave if you can.",
                    },
                    {
                        "text": "Ask mum a few gentle questions, so that you can give your DSL a clear account of how it happened.",
                        "fraction": 0.0,
                        "feedback": "Questioning the family is investigating. It can cause harm and isn't your role. Record what was said and pass it on.",
                    },
                ],
            },
            {
                "type": "matching",
                "name": "M4 Care Act principles",
                "text": "Adult safeguarding in England rests on six principles from the Care Act 2014. Match five of them to what they mean.",
                "general_feedback": (
                    "The six principles are empowerment, prevention, proportionality, protection, partnership and "
                    "accountability. They remind everyone that adults at risk should be supported to make their own "
                    "decisions, and that responses should fit the risk."
                ),
                "safety_critical": False,
                "teaches": "what-safeguarding-means",
                "pairs": [
                    {
                        "prompt": "Empowerment",
                        "answer": "People are supported to make their own decisions",
                    },
                    {"prompt": "Prevention", "answer": "Acting before harm happens"},
                    {
                        "prompt": "Proportionality",
                        "answer": "The least intrusive response that fits the risk",
                    },
                    {
                        "prompt": "Partnership",
                        "answer": "Services and communities working together",
                    },
                    {
                        "prompt": "Accountability",
                        "answer": "Being open and answerable for what we do",
                    },
                ],
                "distractors": [
                    "Keeping every concern inside the peer support team",
                ],
            },
            {
                "type": "numeric",
                "name": "M4 Golden rules of information sharing",
                "text": "Government guidance on sharing information safely is known as the '______ golden rules'. How many rules are there? Enter a number.",
                "general_feedback": (
                    "There are seven golden rules. In short: data protection law is no barrier to sharing for a good "
                    "reason; be open and honest; get advice when unsure; seek consent where that's appropriate; let "
                    "safety and wellbeing come first; pass on only what's necessary, accurately, promptly and securely; "
                    "and record what you shared. For you, "
                    "sharing happens through your DSL and your organisation's policy."
                ),
                "safety_critical": False,
                "teaches": "confidentiality-and-records",
                "answers": [
                    {
                        "value": 7.0,
                        "tolerance": 0.0,
                        "fraction": 1.0,
                        "feedback": "Yes, seven. The key message is that data protection is not a barrier when there's good reason to share.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M4 Explaining confidentiality",
                "text": "Which is the best way to explain confidentiality at your first meeting with a parent?",
                "general_feedback": (
                    "Parents deserve to know the limits before they tell you anything. Explain in plain words that what "
                    "they share stays private, except if you're worried someone might be at risk of harm, and that "
                    "wherever it's safe you'd talk to them first. Never promise total secrecy."
                ),
                "safety_critical": True,
                "teaches": "confidentiality-and-records",
                "answers": [
                    {
                        "text": "'It stays with me and my organisation, unless I'm worried that you, your baby or someone else may be at risk of harm. Then I'd pass it on, telling you first if it's safe.'",
                        "fraction": 1.0,
                        "feedback": "Yes. This is honest, plain and reassuring, and it makes acting later much easier.",
                    },
                    {
                        "text": "'Everything you tell me stays completely between the two of us. I'll never pass anything on without your permission, so you can say whatever is on your mind.'",
                        "fraction": 0.0,
                        "feedback": "This promises total secrecy, which you can't keep if someone is at risk. Explain the limits from the start.",
                    },
                    {
                        "text": "'I pass on everything you tell me to your health visitor.'",
                        "fraction": 0.0,
                        "feedback": "This isn't accurate and would make it hard for her to speak freely. Information is shared only when there's a safety concern, through your DSL.",
                    },
                    {
                        "text": "'Let's not worry about confidentiality unless something comes up.'",
                        "fraction": 0.0,
                        "feedback": "Leaving it until something comes up can feel like a betrayal later. Explain the limits at the first meeting.",
                    },
                ],
            },
            {
                "type": "multiple_response",
                "name": "M4 What goes in a good record",
                "text": "Which of these belong in a good record of a concern? Choose all that apply.",
                "general_feedback": (
                    "Good notes are clear, brief and factual: the date and time, what you saw and heard (in the person's "
                    "own words where you can), facts rather than opinions, who you told and when and what advice you "
                    "were given, and your name. Keep records only where your organisation says to."
                ),
                "safety_critical": False,
                "teaches": "confidentiality-and-records",
                "answers": [
                    {
                        "text": "The date and time",
                        "fraction": 0.25,
                        "feedback": "Yes. Timing can matter a great deal to the people who act on a concern.",
                    },
                    {
                        "text": "What you saw and heard, in the person's own words where you can",
                        "fraction": 0.25,
                        "feedback": "Yes. Their own words are more accurate than your summary.",
                    },
                    {
                        "text": "Who you told, when, and what advice you were given",
                        "fraction": 0.25,
                        "feedback": "Yes. This shows the concern was passed on and what happened next.",
                    },
                    {
                        "text": "Your name",
                        "fraction": 0.25,
                        "feedback": "Yes. Others may need to know who made the record.",
                    },
                    {
                        "text": "Your opinion about whether abuse is happening",
                        "fraction": -0.5,
                        "feedback": "No. Stick to facts, not opinions or guesses. Deciding what is happening isn't your role.",
                    },
                    {
                        "text": "A copy in your personal phone notes, so it's always to hand",
                        "fraction": -0.5,
                        "feedback": "No. Keep records only where your organisation says to, never in personal notes or messages.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M4 A remark at the door",
                "text": "As a group is leaving, a mum says lightly that her family would manage better if she wasn't around, and picks up her bag. What should you do?",
                "general_feedback": (
                    "A light tone doesn't make it a throwaway remark. Indirect talk of not wanting to be alive must be "
                    "taken seriously. Gently ask her to stay for a moment, listen, and follow your organisation's crisis "
                    "protocol (M6). Tell your coordinator straight away, and write down what she said in her own words."
                ),
                "safety_critical": True,
                "teaches": "confidentiality-and-records",
                "answers": [
                    {
                        "text": "Ask her gently to stay a moment, listen, follow your crisis protocol and tell your coordinator straight away.",
                        "fraction": 1.0,
                        "feedback": "Yes. You take it seriously without alarm, and the right people know straight away.",
                    },
                    {
                        "text": "Let her go, as she was probably joking.",
                        "fraction": 0.0,
                        "feedback": "It may have sounded like a joke, but remarks like this need to be taken seriously. A quiet word before she leaves could make a real difference.",
                    },
                    {
                        "text": "Let her go home to rest, then send her a friendly message next week to see how she is and remind her you're there.",
                        "fraction": 0.0,
                        "feedback": "Following up is kind, but a week is too long. Speak to her now, follow your crisis protocol and tell your coordinator straight away.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M4 Old or anonymous information",
                "text": "True or false: you should still pass on a safeguarding concern even if the information is old, second-hand or anonymous.",
                "general_feedback": (
                    "True. Pass information on even if it is old, second-hand or anonymous. Your DSL will decide what "
                    "happens next. Your part is to notice, listen and pass it on."
                ),
                "safety_critical": False,
                "teaches": "what-safeguarding-means",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 1.0,
                        "feedback": "Right. Small or old pieces of information can matter when put together with others.",
                    },
                    {
                        "text": "False",
                        "fraction": 0.0,
                        "feedback": "It's actually true. You don't have to judge how reliable it is; pass it on and let your DSL decide.",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M5 Common conditions
    # ------------------------------------------------------------------
    {
        "module": "M5",
        "title": "Check your understanding: Common perinatal mental health conditions",
        "slug": "quiz",
        "pass_mark": 80,
        # Each attempt draws half of each bank, so a retake asks different questions.
        "draw": {"must_pass": 2, "other": 3},
        # Must-pass questions: the key only once passed, a pause between attempts,
        # and questions drawn from banks so that a retake asks different ones.
        "feedback_timing": "after_pass",
        "minutes_between_attempts": 30,
        "questions": [
            {
                "type": "single_choice",
                "name": "M5 How common perinatal mental health problems are",
                "text": "Roughly how many women have a mental health problem during pregnancy or the year after birth?",
                "general_feedback": (
                    "Roughly one woman in five experiences a mental health problem in pregnancy or the year after "
                    "birth, with depression and anxiety the most common (National Collaborating Centre for Mental Health, 2018). When you quote a figure, "
                    "give its source and year."
                ),
                "safety_critical": False,
                "teaches": "the-bigger-picture",
                "answers": [
                    {
                        "text": "Around 1 in 50",
                        "fraction": 0.0,
                        "feedback": "Much too low. Around 1 in 5 women are affected.",
                    },
                    {
                        "text": "Around 1 in 5",
                        "fraction": 1.0,
                        "feedback": "Yes. It's common, which can help a parent see she isn't alone.",
                    },
                    {
                        "text": "Around 1 in 2",
                        "fraction": 0.0,
                        "feedback": "Too high. The figure is around 1 in 5.",
                    },
                    {
                        "text": "Around 1 in 1,000",
                        "fraction": 0.0,
                        "feedback": "That's closer to the figure for postpartum psychosis, which is much rarer. Perinatal mental health problems overall affect around 1 in 5 women.",
                    },
                ],
            },
            {
                "type": "numeric",
                "name": "M5 How long the baby blues last",
                "text": "According to the NHS, the baby blues don't last beyond how many weeks after the birth? Enter a number.",
                "general_feedback": (
                    "The baby blues (tearfulness, low mood or anxiety during the first week) are common, and they pass "
                    "within two weeks of the birth. But you don't need to work out which it is. If feelings are lasting, getting "
                    "worse or worrying the parent, encourage her to talk to her midwife, health visitor or GP."
                ),
                "safety_critical": False,
                "teaches": "blues-depression-anxiety",
                "answers": [
                    {
                        "value": 2.0,
                        "tolerance": 0.0,
                        "fraction": 1.0,
                        "feedback": "Yes, two weeks. Timing is one clue, but only a professional can assess what's going on.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M5 Is it PND like yours?",
                "text": "A mum who had her baby five days ago tells you she ends up in tears every afternoon. She's convinced it's postnatal depression, 'just like yours'. What would you do?",
                "general_feedback": (
                    "Don't confirm it or rule it out, even if her experience sounds like yours. Acknowledge how hard and "
                    "worrying it feels, say she doesn't have to work it out alone, and suggest she tells her midwife or "
                    "health visitor how she's been feeling. Check in again later, and encourage her to go back to them "
                    "if things aren't easing."
                ),
                "safety_critical": False,
                "teaches": "blues-depression-anxiety",
                "answers": [
                    {
                        "text": "Say it sounds worrying, suggest she tells her midwife or health visitor how she's been, and check in again later.",
                        "fraction": 1.0,
                        "feedback": "Yes. You stay with her feelings and help her reach someone who can assess them.",
                    },
                    {
                        "text": "Reassure her it's only the baby blues, because it's so soon after the birth, and suggest she waits to see if it passes.",
                        "fraction": 0.0,
                        "feedback": "Timing is a clue, but saying it's 'only' the blues is still a diagnosis. Help her talk to her midwife or health visitor instead.",
                    },
                    {
                        "text": "Agree that it sounds just like what you went through.",
                        "fraction": 0.0,
                        "feedback": "Even if it sounds familiar, only a professional can assess it. Agreeing would be a diagnosis.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M5 Fathers and perinatal depression",
                "text": "True or false: up to 10% of fathers experience depression in the perinatal period.",
                "general_feedback": (
                    "True. Studies cited in a Scottish Government evidence review (2020) put it at up to 10% of fathers, "
                    "and a father's depression is closely linked with the mother's. Partners can be affected by birth "
                    "trauma too."
                ),
                "safety_critical": False,
                "teaches": "the-bigger-picture",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 1.0,
                        "feedback": "Right. It's worth asking how partners are doing as well.",
                    },
                    {
                        "text": "False",
                        "fraction": 0.0,
                        "feedback": "It's actually true: up to 10% of fathers, according to the 2020 Scottish Government evidence review.",
                    },
                ],
            },
            {
                "type": "multiple_response",
                "name": "M5 Features of perinatal OCD",
                "text": "Which of these statements about perinatal OCD are correct? Choose all that apply.",
                "general_feedback": (
                    "Unwanted, intrusive thoughts are common around pregnancy and birth, often about the baby coming to "
                    "harm. They cause real distress and don't match how the mother actually feels. Compulsions can "
                    "include checking, seeking reassurance and cleaning. OCD is treatable. But a peer supporter can't "
                    "tell these thoughts apart from psychosis or suicidal thinking, so every mention of thoughts of harm "
                    "is talked through with your coordinator the same day, warmly and calmly. That is support, not a "
                    "safeguarding referral: the aim is to help her tell her GP or health visitor herself."
                ),
                "safety_critical": False,
                "teaches": "ocd-and-birth-trauma",
                "answers": [
                    {
                        "text": "Intrusive thoughts are often about the baby coming to harm, by accident or on purpose",
                        "fraction": 0.33333,
                        "feedback": "Yes. This is why parents are often so frightened to talk about them.",
                    },
                    {
                        "text": "The thoughts cause real distress and don't match how the mother actually feels",
                        "fraction": 0.33333,
                        "feedback": "Yes. Clinical sources describe them this way.",
                    },
                    {
                        "text": "Compulsions can include checking, seeking reassurance and cleaning",
                        "fraction": 0.33333,
                        "feedback": "Yes. For example, checking again and again that a baby is breathing.",
                    },
                    {
                        "text": "A trained peer supporter can tell OCD thoughts apart from psychotic thinking",
                        "fraction": -0.5,
                        "feedback": "No. Nobody expects you to, and you shouldn't try. Every mention of thoughts of harm goes to your coordinator.",
                    },
                    {
                        "text": "It only ever starts during pregnancy",
                        "fraction": -0.5,
                        "feedback": "No. It can affect parents in pregnancy and after birth; in one study it was more common after birth.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M5 Better off without her",
                "text": "Over a cup of tea, a mum you support says quietly that lately she thinks her family would be better off without her. What should you do?",
                "general_feedback": (
                    "Thoughts like these are a safety concern, however calmly they are said. Thank her for telling you, "
                    "stay with her and listen without alarm. Be honest that you need to share this so she gets help, and "
                    "follow your organisation's procedure straight away: contact your coordinator today, and if she is "
                    "in immediate danger, call 999. It isn't your job to judge how serious it is."
                ),
                "safety_critical": True,
                "teaches": "the-bigger-picture",
                "answers": [
                    {
                        "text": "Reassure her that lots of new mums feel like this and it usually passes with time.",
                        "fraction": 0.0,
                        "feedback": "This plays down a safety concern. Listen, be honest, and follow your procedure so she gets help today.",
                    },
                    {
                        "text": "Listen carefully, make a note of her words, and raise it at your next supervision, so that you don't overreact.",
                        "fraction": 0.0,
                        "feedback": "Waiting is not safe. A thought of not being here is passed on the same day, following your procedure.",
                    },
                    {
                        "text": "Thank her, stay calm and listen, be honest that you need to share it, and follow your procedure today.",
                        "fraction": 1.0,
                        "feedback": "Yes. You stay warm and honest, and you act the same day, as your procedure says.",
                    },
                    {
                        "text": "Agree to keep it between the two of you, so she keeps talking to you.",
                        "fraction": 0.0,
                        "feedback": "Never promise secrecy about safety. Be kind and honest: you want her to get the right help.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M5 Telling frightening thoughts apart",
                "text": "A peer supporter who has had perinatal OCD themselves can usually tell whether a mum's frightening thoughts about her baby are OCD or something more serious.",
                "general_feedback": (
                    "Nobody in a peer role can tell these thoughts apart, whatever their own experience. Respond with "
                    "warmth and without alarm, and pass any thoughts of harm on to your coordinator, following your "
                    "organisation's procedure, so the right people can help."
                ),
                "safety_critical": True,
                "teaches": "ocd-and-birth-trauma",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "No. Your own experience helps you listen, but it can't tell you what her thoughts mean. Pass it on.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. Peer supporters don't assess thoughts of harm: they listen warmly and pass them on.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M5 Frightening thoughts and a plea for secrecy",
                "text": "A mum confides that she gets up over and over in the night to make sure her baby is still breathing, and that scary pictures in her head have stopped her bathing him. She pleads with you not to tell her health visitor. What should you do?",
                "general_feedback": (
                    "Thank her: saying this takes courage. Let her know many parents have unwanted thoughts and that help "
                    "is available. Be honest that you can't keep it to yourself and that you want to help her get proper "
                    "support. Then tell your coordinator, following your organisation's procedure. Stay warm and calm "
                    "throughout, and don't try to work out what the thoughts mean."
                ),
                "safety_critical": True,
                "teaches": "ocd-and-birth-trauma",
                "answers": [
                    {
                        "text": "Tell her it sounds like OCD, which is harmless, so there's no need to tell anyone.",
                        "fraction": 0.0,
                        "feedback": "This diagnoses her and keeps a concern secret. You can't tell these thoughts apart, so pass it on to your coordinator, warmly and honestly.",
                    },
                    {
                        "text": "Promise not to tell anyone for now, as long as she promises to get in touch with you straight away if things get worse.",
                        "fraction": 0.0,
                        "feedback": "Never promise secrecy. Be honest and kind: you want to help her get support, and that means telling your coordinator.",
                    },
                    {
                        "text": "Tell her to try to stop checking, as it will only make things worse.",
                        "fraction": 0.0,
                        "feedback": "This is clinical advice, and it isn't yours to give. Listen, reassure her help is available, and pass it on.",
                    },
                    {
                        "text": "Thank her, say unwanted thoughts are common and help exists, and be honest that you'll tell your coordinator.",
                        "fraction": 1.0,
                        "feedback": "Yes. You respond without alarm, stay honest, and make sure she gets proper support.",
                    },
                ],
            },
            {
                "type": "matching",
                "name": "M5 After a difficult birth",
                "text": "After a frightening birth, some parents have lasting effects. Match each thing a parent might describe to the kind of reaction it shows. (This helps you understand, not diagnose.)",
                "general_feedback": (
                    "After a traumatic birth, parents may have flashbacks, feel constantly on alert or anxious, or avoid "
                    "anything that reminds them of the birth. Bonding can be harder, and partners who were there can be "
                    "affected too. Listen without asking her to go over the birth in detail, let her know these reactions "
                    "are recognised and help exists, and encourage her to talk to her GP or health visitor."
                ),
                "safety_critical": False,
                "teaches": "ocd-and-birth-trauma",
                "pairs": [
                    {
                        "prompt": "Suddenly feeling as if she's back in the delivery room",
                        "answer": "A flashback",
                    },
                    {
                        "prompt": "Taking the long way round so she never passes the hospital",
                        "answer": "Avoiding reminders of the birth",
                    },
                    {
                        "prompt": "Never feeling able to relax, and jumping at every sound",
                        "answer": "Feeling constantly on alert",
                    },
                ],
                "distractors": [
                    "The baby blues",
                ],
            },
            {
                "type": "short_answer",
                "name": "M5 Routes to help once the baby arrives",
                "text": "Besides the GP, which professional is a usual first contact for a parent's worries once the baby has arrived? (During pregnancy it's often the midwife.)",
                "general_feedback": (
                    "The health visitor. Most parents start with their GP (at any point), their midwife (in pregnancy and "
                    "the early days) or their health visitor (once the baby has arrived). Talking therapies and "
                    "specialist perinatal mental health teams are there too. Services differ between nations and areas, "
                    "so use your organisation's local directory."
                ),
                "safety_critical": False,
                "teaches": "the-bigger-picture",
                "case_sensitive": False,
                "answers": [
                    {
                        "text": "health visitor",
                        "fraction": 1.0,
                        "feedback": "Yes, the health visitor.",
                    },
                    {
                        "text": "*health*visitor*",
                        "fraction": 1.0,
                        "feedback": "Yes, the health visitor.",
                    },
                    {
                        "text": "HV",
                        "fraction": 1.0,
                        "feedback": "Yes, the health visitor (HV).",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M5 Anxiety or OCD, and whether to bother the GP",
                "text": "A mum describes frightening, unwanted thoughts and lots of checking. She asks you to tell her whether it's 'just anxiety' or OCD, because if it's anxiety she won't bother her GP. What do you say?",
                "general_feedback": "Peer supporters don't diagnose, and nobody expects you to. Any mention of thoughts of harm is passed on as your organisation's procedure says, warmly and without alarm. What you can do is help her feel able to talk to her GP, midwife or health visitor.",
                "safety_critical": True,
                "teaches": "ocd-and-birth-trauma",
                "answers": [
                    {
                        "text": "Tell her it sounds like anxiety from what she has said, so it's probably fine to wait and see how things go.",
                        "fraction": 0.0,
                        "feedback": "This is a diagnosis, and it may stop her getting help. You can't tell these apart, and that's fine.",
                    },
                    {
                        "text": "Say it sounds more like OCD, and suggest she looks up exposure therapy online while she waits to be seen.",
                        "fraction": 0.0,
                        "feedback": "This is a diagnosis and treatment advice. Help her talk to a professional instead.",
                    },
                    {
                        "text": "Say you can't tell what it is, nobody expects you to, and her GP, midwife or health visitor can help her.",
                        "fraction": 1.0,
                        "feedback": "Yes. You stay out of diagnosis, and help her towards people who can assess and help.",
                    },
                    {
                        "text": "Share what your own diagnosis was and how it felt, so she can compare it with what she is going through.",
                        "fraction": 0.0,
                        "feedback": "Your story may help later, but comparing invites her to diagnose herself. Help her speak to a professional.",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M6 Crisis and escalation
    # ------------------------------------------------------------------
    {
        "module": "M6",
        "title": "Check your understanding: Severe illness, crisis and escalation",
        "slug": "quiz",
        "pass_mark": 80,
        # Each attempt draws half of each bank, so a retake asks different questions.
        "draw": {"must_pass": 4, "other": 1},
        # Must-pass questions: the key only once passed, a pause between attempts,
        # and questions drawn from banks so that a retake asks different ones.
        "feedback_timing": "after_pass",
        "minutes_between_attempts": 30,
        "questions": [
            {
                "type": "single_choice",
                "name": "M6 Wait and see until tomorrow?",
                "text": "A dad phones you, worried. His partner gave birth six days ago. She has gone two nights without sleep, her speech is very rapid, and she keeps insisting the baby has a special mission to save everyone. He wonders whether to wait and see how she is tomorrow. What do you tell him?",
                "general_feedback": (
                    "These could be signs of postpartum psychosis, which is always a medical emergency and can get worse "
                    "very quickly. Never 'wait and see'. Tell him calmly that she needs urgent medical help now. If he "
                    "thinks anyone is in danger, or he isn't sure, he should call 999. Otherwise he should get her urgent "
                    "medical help straight away by the route for their nation (in Northern Ireland: her GP the same day "
                    "or the GP out-of-hours service, her perinatal team, A&E, or 999; Lifeline is for distress and "
                    "suicidal crisis, not for this). Encourage him to stay with her, and tell your coordinator as soon "
                    "as the call ends."
                ),
                "safety_critical": True,
                "teaches": "postpartum-psychosis",
                "answers": [
                    {
                        "text": "Suggest he lets her sleep tonight, since she has hardly slept since the birth, and rings the GP first thing tomorrow if she's no better.",
                        "fraction": 0.0,
                        "feedback": "Waiting isn't safe. Postpartum psychosis can get worse very quickly, so she needs urgent help now, not tomorrow.",
                    },
                    {
                        "text": "Say calmly that she needs urgent medical help now: 999 if anyone may be in danger or he's unsure, or else their nation's urgent route.",
                        "fraction": 1.0,
                        "feedback": "Yes. You don't need to know what's wrong to know it can't wait.",
                    },
                    {
                        "text": "Give him the Samaritans number so he has someone to talk to tonight.",
                        "fraction": 0.0,
                        "feedback": "Samaritans is a listening service. What she needs is urgent medical help now: 999, or urgent medical help by their nation's route.",
                    },
                    {
                        "text": "Say you'll raise it with your supervisor and get back to him.",
                        "fraction": 0.0,
                        "feedback": "This delays help. Tell him to get urgent medical help now, then tell your coordinator straight after the call.",
                    },
                ],
            },
            {
                "type": "numeric",
                "name": "M6 How common postpartum psychosis is",
                "text": "Postpartum psychosis affects about 1 to 2 in every how many births? Enter a number.",
                "general_feedback": (
                    "About 1 to 2 in every 1,000 births (Health Education England and Mind, 2020). The NHS puts it at "
                    "roughly 1 in 1,000. It is rare but serious, always a medical emergency, and most "
                    "women recover fully with the right care."
                ),
                "safety_critical": False,
                "teaches": "postpartum-psychosis",
                "answers": [
                    {
                        "value": 1000.0,
                        "tolerance": 0.0,
                        "fraction": 1.0,
                        "feedback": "Yes, about 1 to 2 in every 1,000 births.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M6 When postpartum psychosis can start",
                "text": "True or false: postpartum psychosis can only start in the first two weeks after birth.",
                "general_feedback": (
                    "False. It usually starts suddenly within the first two weeks, often within hours or days of the "
                    "birth. Less often it begins several weeks later, and it can start at any time in the first year. "
                    "Half of women who develop it have no history of mental illness, according to one NHS-linked source."
                ),
                "safety_critical": True,
                "teaches": "postpartum-psychosis",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. The first two weeks are most common, but it can start at any time in the first year, so stay alert to sudden changes.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. It's most common early on, but can begin any time in the first year.",
                    },
                ],
            },
            {
                "type": "multiple_response",
                "name": "M6 The three red flags",
                "text": "Which of these are among the three red flags that may mean a mother needs urgent professional assessment? Choose all that apply.",
                "general_feedback": (
                    "The three red flags are: her mental state has changed significantly and recently, or new symptoms "
                    "have come on suddenly; she is newly thinking about, or carrying out, violent self-harm; and she has "
                    "started to say she is incompetent as a mother, or to feel estranged from her baby. You don't need to weigh them up. If you notice any of them, act "
                    "the same day, and call 999 if there is immediate danger."
                ),
                "safety_critical": True,
                "teaches": "red-flags-and-suicide-risk",
                "answers": [
                    {
                        "text": "Her mental state has changed significantly and recently, or new symptoms have come on suddenly",
                        "fraction": 0.33333,
                        "feedback": "Yes, this is a red flag.",
                    },
                    {
                        "text": "She is newly thinking about, or carrying out, violent self-harm",
                        "fraction": 0.33333,
                        "feedback": "Yes, this is a red flag.",
                    },
                    {
                        "text": "She has started saying she is incompetent as a mother, or feels estranged from her baby",
                        "fraction": 0.33333,
                        "feedback": "Yes, this is a red flag.",
                    },
                    {
                        "text": "Feeling tearful in the first week after birth",
                        "fraction": -0.5,
                        "feedback": "No. This is common and often part of the baby blues. If it lasts, gets worse or worries her, encourage her to talk to her midwife, health visitor or GP.",
                    },
                    {
                        "text": "Feeling tired after night feeds",
                        "fraction": -0.5,
                        "feedback": "No. Tiredness is very common with a new baby. It becomes a concern if it comes with very low mood, thoughts of harm or a sudden change.",
                    },
                ],
            },
            {
                "type": "matching",
                "name": "M6 Crisis routes by nation",
                "text": "Match each situation or nation to the right urgent route.",
                "general_feedback": (
                    "Immediate danger to life anywhere in the UK: 999 or A&E. Urgent mental health help, 24 hours: NHS "
                    "111 then option 2 in England (press 2 in Wales); NHS 24 on 111 (Mental Health Hub) in Scotland; "
                    "Lifeline on 0808 808 8000 in Northern Ireland. Always check which nation the parent lives in, and "
                    "use your organisation's local directory first."
                ),
                "safety_critical": True,
                "teaches": "crisis-routes-and-handover",
                "pairs": [
                    {
                        "prompt": "Immediate danger to life, anywhere in the UK",
                        "answer": "999 or A&E",
                    },
                    {
                        "prompt": "Urgent mental health help in England or Wales",
                        "answer": "NHS 111, then 2 for mental health",
                    },
                    {
                        "prompt": "Urgent mental health help in Scotland",
                        "answer": "NHS 24 on 111 (Mental Health Hub)",
                    },
                    {
                        "prompt": "Urgent mental health help in Northern Ireland",
                        "answer": "Lifeline on 0808 808 8000",
                    },
                ],
                "distractors": [
                    "Email your coordinator and wait for a reply",
                    "Bring it to your next supervision session",
                ],
            },
            {
                "type": "ordering",
                "name": "M6 Steps in a crisis",
                "text": "Put these steps for a crisis in the order the course teaches.",
                "general_feedback": (
                    "Safety first: if life is at immediate risk, call 999. Otherwise connect the person with the urgent "
                    "mental health line for their nation. Tell your coordinator straight away, write it up following "
                    "your recording rules, and debrief afterwards. You're never expected to manage a crisis alone."
                ),
                "safety_critical": True,
                "teaches": "crisis-routes-and-handover",
                "items": [
                    "Check for immediate danger to life, and call 999 if there is any",
                    "If life isn't in immediate danger, help them reach the urgent mental health line for their nation",
                    "Tell your coordinator straight away",
                    "Write it up following your organisation's recording rules",
                    "Debrief with your coordinator or supervisor",
                ],
            },
            {
                "type": "single_choice",
                "name": "M6 A plan posted at 2am",
                "text": "In the early hours, a mum posts in the online group you help moderate that she plans to end her life tonight. What should you do?",
                "general_feedback": (
                    "This is an immediate risk to life. Follow your organisation's online crisis protocol straight away, "
                    "including calling 999 and alerting whoever is on call. Reply to her directly and warmly, make sure "
                    "she has the crisis numbers for her nation, and deal with the post under your moderation rules. Tell "
                    "your coordinator and debrief as soon as you can. Never leave it until morning because it came in late."
                ),
                "safety_critical": True,
                "teaches": "red-flags-and-suicide-risk",
                "answers": [
                    {
                        "text": "Remove the post so it doesn't upset others, send her a private message with the Samaritans number, and pick it up with your coordinator in the morning.",
                        "fraction": 0.0,
                        "feedback": "Removing the post doesn't remove the risk. This needs action now, through your crisis protocol and 999.",
                    },
                    {
                        "text": "Send her the Samaritans number and log off.",
                        "fraction": 0.0,
                        "feedback": "Samaritans is a good number to share, but someone at immediate risk needs emergency help arranged. Don't end contact until help is in place.",
                    },
                    {
                        "text": "Follow the online crisis protocol now, including 999 and the on-call contact; reply to her warmly with crisis numbers; then tell your coordinator.",
                        "fraction": 1.0,
                        "feedback": "Yes. Immediate risk to life means acting now, and you don't carry it alone.",
                    },
                    {
                        "text": "Ask other group members to check in on her.",
                        "fraction": 0.0,
                        "feedback": "Other parents shouldn't be asked to carry this. Follow your crisis protocol and call 999.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M6 Indirect talk of suicide",
                "text": "True or false: a remark such as 'they'd be better off without me' can be treated more lightly than a direct statement about suicide.",
                "general_feedback": (
                    "False. Talk of suicide may be direct or indirect, and both need to be taken seriously. Stay calm and "
                    "stay with them, be honest that you can't keep it secret, and follow your crisis protocol, telling "
                    "your coordinator straight away."
                ),
                "safety_critical": True,
                "teaches": "red-flags-and-suicide-risk",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. Indirect remarks can carry just as much risk. Take them seriously and follow your crisis protocol.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. Direct or indirect, you respond calmly and follow your protocol.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M6 Asking directly about suicide",
                "text": "A mum you support says quietly, 'Sometimes I think everyone would be better off without me.' What do you do first?",
                "general_feedback": (
                    "Ask directly, calmly and in plain words, whether she is having thoughts of suicide. A clear question "
                    "shows you can hear the answer, and the answer tells you what help she needs now. Then follow your "
                    "crisis protocol: 999 if her life is in immediate danger, otherwise the urgent line for her nation, "
                    "and tell your coordinator straight away."
                ),
                "safety_critical": True,
                "teaches": "red-flags-and-suicide-risk",
                "answers": [
                    {
                        "text": "Tell her gently that she mustn't think that way, as her family need her.",
                        "fraction": 0.0,
                        "feedback": "Kindly meant, but it can add guilt and close the conversation before you know whether she is safe.",
                    },
                    {
                        "text": "Ask her calmly and plainly whether she is having thoughts of suicide.",
                        "fraction": 1.0,
                        "feedback": "Yes. A direct, calm question tells her she can talk about it, and tells you what help is needed.",
                    },
                    {
                        "text": "Ask, 'You're not going to do anything silly, are you?' so it feels lighter.",
                        "fraction": 0.0,
                        "feedback": "A hint like this invites a 'no'. Ask plainly about suicide instead.",
                    },
                    {
                        "text": "Note her words, and raise them with your coordinator at your next supervision.",
                        "fraction": 0.0,
                        "feedback": "Talk of being better off gone needs a response now: ask her directly, and tell your coordinator straight away.",
                    },
                ],
            },
            {
                "type": "short_answer",
                "name": "M6 Listening line on 116 123",
                "text": "Which free listening service can anyone in the UK and Ireland call, 24 hours a day, on 116 123?",
                "general_feedback": (
                    "Samaritans, on 116 123, free and open 24 hours a day across the UK and Ireland. Shout offers free "
                    "24-hour text support on 85258. These are for someone to talk to; if life is in immediate danger, "
                    "call 999."
                ),
                "safety_critical": False,
                "teaches": "crisis-routes-and-handover",
                "case_sensitive": False,
                "answers": [
                    {
                        "text": "Samaritans",
                        "fraction": 1.0,
                        "feedback": "Yes, Samaritans.",
                    },
                    {
                        "text": "*samaritan*",
                        "fraction": 1.0,
                        "feedback": "Yes, Samaritans.",
                    },
                    {
                        "text": "*samaratan*",
                        "fraction": 1.0,
                        "feedback": "Yes, Samaritans (check the spelling).",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M6 Urgent help at night in Scotland",
                "text": "A mum in Scotland is very distressed late at night. Nobody is in immediate danger. She asks where she can get urgent mental health help now. Which route fits?",
                "general_feedback": "Use the route for the parent's nation. In Scotland, NHS 24 on 111 has a Mental Health Hub. In England and Wales it's NHS 111, option 2; in Northern Ireland, Lifeline on 0808 808 8000. Samaritans (116 123) is there anywhere, and 999 or A&E is for danger to life in every nation.",
                "safety_critical": True,
                "teaches": "crisis-routes-and-handover",
                "answers": [
                    {
                        "text": "NHS 111, then option 2, as in England and Wales",
                        "fraction": 0.0,
                        "feedback": "That's the route in England and Wales. In Scotland it's NHS 24 on 111, the Mental Health Hub.",
                    },
                    {
                        "text": "Lifeline on 0808 808 8000, the crisis line",
                        "fraction": 0.0,
                        "feedback": "Lifeline is Northern Ireland's crisis line. In Scotland it's NHS 24 on 111.",
                    },
                    {
                        "text": "Wait until her GP surgery opens in the morning",
                        "fraction": 0.0,
                        "feedback": "She needs help tonight. In Scotland, NHS 24 on 111 has a Mental Health Hub.",
                    },
                    {
                        "text": "NHS 24 on 111 (the Mental Health Hub)",
                        "fraction": 1.0,
                        "feedback": "Yes. And 999 if anyone's life is in danger, in every nation.",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M7 Baby loss
    # ------------------------------------------------------------------
    {
        "module": "M7",
        "title": "Check your understanding: Baby loss, bereavement and pregnancy after loss",
        "slug": "quiz",
        "pass_mark": 80,
        # Each attempt draws half of each bank, so a retake asks different questions.
        "draw": {"must_pass": 0, "other": 5},
        "questions": [
            {
                "type": "matching",
                "name": "M7 UK definitions of loss",
                "text": "Match each term used in the UK to its definition.",
                "general_feedback": (
                    "Following Sands: a pregnancy that ends before 24 weeks is a miscarriage; when a baby who has died "
                    "is born after 24 completed weeks of pregnancy, it is a stillbirth; and when a baby dies in the first "
                    "28 days of life, it is a neonatal death. The terms help you understand letters and services. They say nothing about how "
                    "big a loss feels, so never rank one loss against another."
                ),
                "safety_critical": False,
                "teaches": "words-definitions-numbers",
                "pairs": [
                    {
                        "prompt": "Miscarriage",
                        "answer": "A pregnancy that ends before 24 weeks",
                    },
                    {
                        "prompt": "Stillbirth",
                        "answer": "A baby who has died and is born after 24 completed weeks of pregnancy",
                    },
                    {
                        "prompt": "Neonatal death",
                        "answer": "A baby who dies within the first 28 days after birth",
                    },
                ],
                "distractors": [
                    "A loss that only counts once the pregnancy has been announced",
                ],
            },
            {
                "type": "numeric",
                "name": "M7 Neonatal period in days",
                "text": "A neonatal death is the death of a baby within how many days of birth? Enter a number.",
                "general_feedback": (
                    "Within the first 28 days after birth. Parents rarely use these labels about their own baby, and "
                    "they don't need to. Follow the words each parent uses."
                ),
                "safety_critical": False,
                "teaches": "words-definitions-numbers",
                "answers": [
                    {
                        "value": 28.0,
                        "tolerance": 0.0,
                        "fraction": 1.0,
                        "feedback": "Yes, 28 days.",
                    },
                ],
            },
            {
                "type": "multiple_response",
                "name": "M7 Words that help a bereaved parent",
                "text": "Which of these are helpful things to say to a bereaved parent? Choose all that apply.",
                "general_feedback": (
                    "Simple, honest words help most: 'I'm so sorry', asking about the baby's name, and inviting the "
                    "parent to talk about their baby. Phrases that start with 'at least', or that explain the loss away, "
                    "are usually meant kindly but make the loss smaller. Even if you have had a loss yourself, every loss "
                    "is different, so the focus belongs on theirs."
                ),
                "safety_critical": False,
                "teaches": "being-alongside-bereaved-parents",
                "answers": [
                    {
                        "text": "'I'm so sorry.'",
                        "fraction": 0.33333,
                        "feedback": "Yes. Simple and honest is often enough.",
                    },
                    {
                        "text": "'Did you give your baby a name?'",
                        "fraction": 0.33333,
                        "feedback": "Yes. Asking about and using the baby's name shows you see them as a real person who mattered.",
                    },
                    {
                        "text": "'Would you like to tell me about them?'",
                        "fraction": 0.33333,
                        "feedback": "Yes. This leaves the parent in control of what they share.",
                    },
                    {
                        "text": "'At least it was early.'",
                        "fraction": -0.5,
                        "feedback": "No. 'At least' phrases make the loss smaller. An early loss can be a devastating bereavement.",
                    },
                    {
                        "text": "'Everything happens for a reason.'",
                        "fraction": -0.5,
                        "feedback": "No. This can feel as though the loss is being explained away.",
                    },
                    {
                        "text": "'I know exactly how you feel.'",
                        "fraction": -0.5,
                        "feedback": "No. Every loss is different, even if you've had one too. Keep the focus on theirs.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M7 'At least you've got this one'",
                "text": "In a postnatal group, a mum mentions her first baby was stillborn last year. Another member says, 'Well, at least you've got this one now.' What would you do?",
                "general_feedback": (
                    "Step in gently and calmly, and acknowledge the baby who died, for example by recognising that she "
                    "may be holding love for this baby and grief for her first. Remind the group, without shaming anyone, "
                    "that you agreed to listen rather than fix. Check in privately with both parents afterwards, and "
                    "mention it to your coordinator or supervisor."
                ),
                "safety_critical": False,
                "teaches": "being-alongside-bereaved-parents",
                "answers": [
                    {
                        "text": "Gently acknowledge the baby who died, remind the group you agreed to listen rather than fix, and check in with both privately.",
                        "fraction": 1.0,
                        "feedback": "Yes. You honour her first baby and look after the whole group without shaming anyone.",
                    },
                    {
                        "text": "Let it pass so that the other member isn't embarrassed.",
                        "fraction": 0.0,
                        "feedback": "Saying nothing can leave the bereaved mum feeling her baby doesn't count. A gentle acknowledgement doesn't have to embarrass anyone.",
                    },
                    {
                        "text": "Tell the other member, there and then in front of everyone, that her comment was hurtful, so the bereaved mum feels defended.",
                        "fraction": 0.0,
                        "feedback": "She probably meant it kindly. A calm reminder to the whole group, and a private word afterwards, works better than shaming.",
                    },
                    {
                        "text": "Agree that it's lovely she has a healthy baby now, to keep things positive.",
                        "fraction": 0.0,
                        "feedback": "This repeats the 'at least' message and makes the loss smaller. Acknowledge the baby who died.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M7 Gap in perinatal services after loss",
                "text": "True or false: a Scottish Government evidence review (2020) found that in Scotland, after a miscarriage or the death of a baby, parents often stopped being eligible for perinatal mental health services, even when their distress was tied to that pregnancy.",
                "general_feedback": (
                    "True. A Scottish Government evidence review (2020) found this gap, and noted that loss can make poor "
                    "mental health more likely in a later pregnancy. The Scottish peer support action plan (2021) names "
                    "bereaved parents as a group who need peer support aimed at them. This is one reason your role matters."
                ),
                "safety_critical": False,
                "teaches": "words-definitions-numbers",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 1.0,
                        "feedback": "Right. Peer support and specialist charities can help fill this gap.",
                    },
                    {
                        "text": "False",
                        "fraction": 0.0,
                        "feedback": "It's actually true. Many bereaved parents fall outside perinatal mental health services, which is why signposting matters.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M7 Support for dads",
                "text": "A father messages to ask whether there's any support 'for dads' after his baby died in the neonatal unit. What would you do?",
                "general_feedback": (
                    "Fathers, partners and non-birthing parents grieve too, and they are often overlooked. Take his "
                    "question seriously and help him find support. Specialist baby loss charities offer bereavement "
                    "support, and several support partners and wider family. Check your organisation's directory first, "
                    "and mention his GP too."
                ),
                "safety_critical": False,
                "teaches": "being-alongside-bereaved-parents",
                "answers": [
                    {
                        "text": "Thank him for getting in touch, and help him find baby loss support that includes fathers, using your directory.",
                        "fraction": 1.0,
                        "feedback": "Yes. His grief matters in its own right.",
                    },
                    {
                        "text": "Explain that the support is mainly set up for mothers, and suggest he focuses on looking after his partner for now.",
                        "fraction": 0.0,
                        "feedback": "This could leave him feeling his grief doesn't count. Partners are often overlooked; help him find support for himself.",
                    },
                    {
                        "text": "Tell him men often prefer to keep busy, so a group may not suit him.",
                        "fraction": 0.0,
                        "feedback": "This is an assumption. He has asked for support, so take that seriously and help him find it.",
                    },
                ],
            },
            {
                "type": "short_answer",
                "name": "M7 Charity for sudden infant death",
                "text": "Which charity supports families whose baby or young child has died suddenly and unexpectedly?",
                "general_feedback": (
                    "The Lullaby Trust. Other specialist baby loss charities, such as Sands and Tommy's, offer information "
                    "and bereavement support. Always check your organisation's directory, because services and contact "
                    "details change."
                ),
                "safety_critical": False,
                "teaches": "being-alongside-bereaved-parents",
                "case_sensitive": False,
                "answers": [
                    {
                        "text": "The Lullaby Trust",
                        "fraction": 1.0,
                        "feedback": "Yes, The Lullaby Trust.",
                    },
                    {
                        "text": "*lullaby*",
                        "fraction": 1.0,
                        "feedback": "Yes, The Lullaby Trust.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M7 Being told to be positive",
                "text": "A mum who is pregnant again after two miscarriages hasn't bought a single thing for the baby, and every scan fills her with panic. People keep telling her to 'stay positive'. What is the most helpful response?",
                "general_feedback": (
                    "Hope and fear often come together in a pregnancy after loss. Being told to 'stay positive' can leave a "
                    "parent feeling she's failing at hope. Make room for both feelings, and think ahead with her about "
                    "hard moments such as scans. If anxiety seems to be taking over her life or keeping her from "
                    "appointments, encourage her to talk to her midwife or GP."
                ),
                "safety_critical": False,
                "teaches": "pregnancy-after-loss",
                "answers": [
                    {
                        "text": "'Try to stay positive. Stress isn't good for the baby.'",
                        "fraction": 0.0,
                        "feedback": "This adds guilt to fear. Her anxiety is an understandable response to what she's been through.",
                    },
                    {
                        "text": "'It makes sense that you're anxious after everything. Is there anything that helps, even a little?'",
                        "fraction": 1.0,
                        "feedback": "Yes. This accepts her feelings and invites her to find what helps.",
                    },
                    {
                        "text": "'Scans are routine, and the team will tell you straight away if anything is wrong. There's really nothing to worry about.'",
                        "fraction": 0.0,
                        "feedback": "An earlier scan may be where she heard bad news. Reassurance like this can feel dismissive.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M7 Asking not to be matched",
                "text": "True or false: if a family's situation feels very close to your own experience, it's fine to ask not to be matched with them.",
                "general_feedback": (
                    "True. You can ask not to be matched with a family whose situation is very close to your own, now or "
                    "at any time. Stepping back for a while shows good judgement; it is not a failure. Use supervision "
                    "and your wellbeing plan, and remember you never carry a family's grief alone."
                ),
                "safety_critical": False,
                "teaches": "pregnancy-after-loss",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 1.0,
                        "feedback": "Right. Looking after yourself is part of supporting others well.",
                    },
                    {
                        "text": "False",
                        "fraction": 0.0,
                        "feedback": "It's actually true. Asking for a different match is good judgement, not a failure.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M7 A mum mentions her son who was stillborn",
                "text": "In a postnatal group, a mum mentions her son, who was stillborn last year. Which response is most helpful?",
                "general_feedback": "Many bereaved parents want their baby to be spoken of. Asking about and using the baby's name, if they want to share it, shows that the baby counts. Phrases that start 'at least' or look for a reason can make the loss feel smaller.",
                "safety_critical": False,
                "teaches": "being-alongside-bereaved-parents",
                "answers": [
                    {
                        "text": "'At least you know you can get pregnant, and there's still time to try again.'",
                        "fraction": 0.0,
                        "feedback": "'At least' phrases make the loss smaller. Acknowledge her son instead.",
                    },
                    {
                        "text": "'I'm so sorry. Everything happens for a reason, even if we can't see it yet.'",
                        "fraction": 0.0,
                        "feedback": "Looking for a reason can feel as though her loss is being explained away.",
                    },
                    {
                        "text": "'Thank you for telling us about him. Would you like to tell me his name?'",
                        "fraction": 1.0,
                        "feedback": "Yes. It acknowledges her son and lets her choose what to share.",
                    },
                    {
                        "text": "'Let's not dwell on sad things today, we're here to focus on the babies we have.'",
                        "fraction": 0.0,
                        "feedback": "This shuts her down and suggests her son doesn't belong in the room.",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M8 Feeding, sleep and crying
    # ------------------------------------------------------------------
    {
        "module": "M8",
        "title": "Check your understanding: Feeding, sleep and crying",
        "slug": "quiz",
        "pass_mark": 80,
        # Each attempt draws half of each bank, so a retake asks different questions.
        "draw": {"must_pass": 3, "other": 2},
        # Must-pass questions: the key only once passed, a pause between attempts,
        # and questions drawn from banks so that a retake asks different ones.
        "feedback_timing": "after_pass",
        "minutes_between_attempts": 30,
        "questions": [
            {
                "type": "multiple_response",
                "name": "M8 Safer sleep key messages",
                "text": "Which of these are safer sleep messages from The Lullaby Trust, for every sleep, day and night? Choose all that apply.",
                "general_feedback": (
                    "The messages apply to every sleep, day or night: lie the baby on their back; use their own clear, "
                    "flat, firm space such as a cot or Moses basket; keep it in the parent's room for at least the first "
                    "6 months; use a firm, flat, waterproof mattress; keep things smoke-free; and don't let the baby "
                    "overheat, leaving face and head uncovered. Never sleep on a sofa or "
                    "armchair with a baby. For night feeds, The Lullaby Trust says to plan ahead: if a parent might fall "
                    "asleep, a bed made ready for the baby is much less risky than a sofa or armchair. Share the messages as they are, say where they come from, and don't add tips "
                    "of your own."
                ),
                "safety_critical": True,
                "teaches": "safer-sleep",
                "answers": [
                    {
                        "text": "Put the baby on their back to sleep",
                        "fraction": 0.25,
                        "feedback": "Yes, for every sleep.",
                    },
                    {
                        "text": "Give the baby their own clear, flat, firm sleep space, such as a cot or Moses basket",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "For at least the first 6 months, have the baby sleep in the same room as the parent",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "Don't let the baby get too hot, and keep their face and head uncovered",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "Put the baby on their front if they seem unsettled",
                        "fraction": -1.0,
                        "feedback": "No. The message is back to sleep, for every sleep. If a parent has questions about a particular situation, point her to The Lullaby Trust and her health visitor.",
                    },
                    {
                        "text": "A sofa is fine for a nap if you're sure you'll stay awake",
                        "fraction": -1.0,
                        "feedback": "No. Never sleep on a sofa or in an armchair with a baby. Tired parents can fall asleep without meaning to.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M8 Falling asleep on the sofa",
                "text": "A mum tells you that during night feeds she often dozes off on the sofa with her baby on her chest, because getting back to bed feels impossible. What should you do?",
                "general_feedback": (
                    "Listen without blame: she's worn out, not careless. Kindly let her know that The Lullaby Trust's advice "
                    "is never to sleep on a sofa or armchair with a baby, and share its information on night feeds: plan "
                    "ahead, and if she might fall asleep, a bed made ready for the baby is much less risky than the sofa "
                    "(unless one of the 'never share a bed' situations applies). Where the baby sleeps is her decision, "
                    "not your advice to give. Talk "
                    "about who might help with nights, encourage her to speak to her health visitor soon, and tell your "
                    "coordinator. If exhaustion comes with very low mood, thoughts of harm or a sudden change, use your "
                    "escalation routes."
                ),
                "safety_critical": True,
                "teaches": "safer-sleep",
                "answers": [
                    {
                        "text": "Listen without blame, share The Lullaby Trust's night-feed information, including making a bed safer, and mention her health visitor.",
                        "fraction": 1.0,
                        "feedback": "Yes. You pass on The Lullaby Trust's message accurately and kindly, including its plan for night feeds, and she's linked to more help. Tell your coordinator afterwards.",
                    },
                    {
                        "text": "Suggest she brings the baby into her bed for night feeds instead, as a bed must surely be safer for them both than the sofa.",
                        "fraction": 0.0,
                        "feedback": "Not your advice to give. The Lullaby Trust does say a bed made ready for the baby is much less risky than a sofa, but where the baby sleeps is her decision. Share The Lullaby Trust's information, including when never to share a bed, and signpost to her health visitor.",
                    },
                    {
                        "text": "Reassure her that lots of parents do it, and it's fine if she's careful.",
                        "fraction": 0.0,
                        "feedback": "This isn't accurate. The advice is never to sleep on a sofa or armchair with a baby. You can share that kindly, without blame.",
                    },
                    {
                        "text": "Tell her firmly she's putting her baby in danger and must stop.",
                        "fraction": 0.0,
                        "feedback": "The message matters, but blame can make a tired parent stop talking to you. Listen first, then share the advice kindly and help her find support.",
                    },
                ],
            },
            {
                "type": "matching",
                "name": "M8 The ICON messages",
                "text": "ICON helps parents cope with a crying baby. Match each letter to its message.",
                "general_feedback": (
                    "I: infant crying is normal, and it will stop. C: comforting methods can help. O: it's OK to walk "
                    "away for a few minutes, as long as the baby is safe. N: never, ever shake a baby. Make sure these "
                    "messages reach fathers, partners and other male carers as well as mums."
                ),
                "safety_critical": True,
                "teaches": "crying-and-coping",
                "pairs": [
                    {
                        "prompt": "I",
                        "answer": "Infant crying is normal, and it will stop",
                    },
                    {"prompt": "C", "answer": "Comforting methods can help"},
                    {
                        "prompt": "O",
                        "answer": "It's OK to walk away for a few minutes, as long as the baby is safe",
                    },
                    {"prompt": "N", "answer": "Never, ever shake a baby"},
                ],
                "distractors": [
                    "Only mums need to hear these messages",
                    "Crying means something is wrong with how the baby is being cared for",
                ],
            },
            {
                "type": "numeric",
                "name": "M8 When crying peaks",
                "text": "According to ICON, crying usually peaks when a baby is around how many weeks old? Enter one number.",
                "general_feedback": (
                    "Crying usually starts to increase from about 2 weeks and peaks at around 6 to 8 weeks. Knowing this "
                    "can help parents feel less alone, and less as if they're doing something wrong."
                ),
                "safety_critical": False,
                "teaches": "crying-and-coping",
                "answers": [
                    {
                        "value": 7.0,
                        "tolerance": 1.0,
                        "fraction": 1.0,
                        "feedback": "Yes, around 6 to 8 weeks.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M8 Dad at the end of his tether",
                "text": "A dad tells you his baby cries for hours each evening and he's close to breaking point. Last night, he says, he put her down hard and walked out of the room. What should you do?",
                "general_feedback": (
                    "Leaving the room was the right instinct; putting her down hard needs attention. Stay calm, keep "
                    "listening and thank him for being honest. If there's any chance the baby has been hurt, she needs to "
                    "be checked by a medical professional straight away, and if she's in immediate danger call 999. Don't "
                    "investigate or promise secrecy. Tell your DSL the same day, write a factual, dated note using his "
                    "words, and make sure he gets support for himself too."
                ),
                "safety_critical": True,
                "teaches": "crying-and-coping",
                "answers": [
                    {
                        "text": "Reassure him that everyone gets frustrated with a crying baby, suggest he puts her down safely and walks away for a few minutes next time, and leave it there.",
                        "fraction": 0.0,
                        "feedback": "Normalising the feelings is good, but putting the baby down hard needs to be passed on. The baby may need checking, and your DSL needs to know today.",
                    },
                    {
                        "text": "Ask him to describe exactly how hard he put her down.",
                        "fraction": 0.0,
                        "feedback": "Questioning him in detail is investigating. Stay calm, make sure the baby is checked if she might be hurt, and tell your DSL.",
                    },
                    {
                        "text": "Stay calm and thank him; if she might be hurt, make sure a medical professional checks her straight away; don't promise secrecy; tell your DSL today.",
                        "fraction": 1.0,
                        "feedback": "Yes. You keep him talking, keep the baby safe and pass the concern on the same day.",
                    },
                    {
                        "text": "Agree to keep it between you if he promises to see his GP.",
                        "fraction": 0.0,
                        "feedback": "Never promise secrecy about a baby's safety. Encourage him to get support, and pass it to your DSL the same day.",
                    },
                ],
            },
            {
                "type": "short_answer",
                "name": "M8 Feeding helpline",
                "text": "Which national helpline, answered by trained peer supporters, can you signpost parents to for breastfeeding support?",
                "general_feedback": (
                    "The National Breastfeeding Helpline, on 0300 100 0212, is run by two charities: the Association "
                    "of Breastfeeding Mothers and the Breastfeeding Network. Opening hours may have changed, so check the directory. "
                    "The parent's midwife or health visitor is also a good first contact for any feeding worry."
                ),
                "safety_critical": False,
                "teaches": "feelings-about-feeding",
                "case_sensitive": False,
                "answers": [
                    {
                        "text": "National Breastfeeding Helpline",
                        "fraction": 1.0,
                        "feedback": "Yes, the National Breastfeeding Helpline.",
                    },
                    {
                        "text": "*breastfeeding*helpline*",
                        "fraction": 1.0,
                        "feedback": "Yes, the National Breastfeeding Helpline.",
                    },
                    {
                        "text": "*breast feeding*help*",
                        "fraction": 1.0,
                        "feedback": "Yes, the National Breastfeeding Helpline.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M8 Feeding choices",
                "text": "True or false: because breastfeeding is on the list of things parents can do for safer sleep, you should encourage every mum you support to breastfeed.",
                "general_feedback": (
                    "False. Your role is the feelings, not the technique or the choice. Government guidance says parents "
                    "should get support to choose the way of feeding that suits them. Listen without judging, "
                    "however a parent feeds her baby, and signpost practical questions to feeding supporters and health "
                    "professionals."
                ),
                "safety_critical": False,
                "teaches": "feelings-about-feeding",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. You don't need a view on which way of feeding is best, and sharing one wouldn't help.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. Support the parent's own choice, without judgement.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M8 Feeling like a failure",
                "text": "A mum who stopped breastfeeding when her baby was three weeks old feels she has 'failed' him, and that other parents at baby group judge her. What is the most helpful response?",
                "general_feedback": (
                    "'I've failed him' is about guilt and grief, not milk. Reflect the feeling, notice any judgement in "
                    "your own spaces and help keep them free of it, and go carefully with your own feeding story. If guilt "
                    "is part of low mood or anxiety that isn't lifting, gently encourage her to talk to her health visitor "
                    "or GP."
                ),
                "safety_critical": False,
                "teaches": "feelings-about-feeding",
                "answers": [
                    {
                        "text": "Reflect the feeling: 'It sounds like you feel you've let him down, and that's weighing on you.'",
                        "fraction": 1.0,
                        "feedback": "Yes. Naming the feeling helps her feel heard, without judging her choice.",
                    },
                    {
                        "text": "Suggest she could try to start breastfeeding again.",
                        "fraction": 0.0,
                        "feedback": "This is advice about feeding, and it may add to her guilt. Listen to the feeling; practical questions belong with feeding supporters and health professionals.",
                    },
                    {
                        "text": "Tell her how you fed your own baby, so that she can see there's more than one way and stop feeling so bad.",
                        "fraction": 0.0,
                        "feedback": "How you fed your baby was right for your situation, but it isn't a model for hers. Keep the focus on her feelings.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M8 A question about a sleep product",
                "text": "True or false: if a parent asks whether a particular sleep product is safe for her baby, you should tell her what worked for you.",
                "general_feedback": (
                    "False. Share the safer sleep messages accurately and say where they come from. Don't add tips of "
                    "your own or describe what you did as if it were advice. For questions about a particular product or "
                    "situation, point her to The Lullaby Trust and her health visitor."
                ),
                "safety_critical": True,
                "teaches": "safer-sleep",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. Your experience isn't safety advice. Point her to The Lullaby Trust and her health visitor.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. Signpost rather than give personal sleep advice.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M8 Crying and a dad near the end of his patience",
                "text": "A dad tells you the evening crying is getting to him and he's worried he might lose his temper. Nothing has happened. Which ICON message fits best right now?",
                "general_feedback": "ICON: Infant crying is normal and will stop; Comforting methods can help; it's OK to walk away for a few minutes once the baby is safe; Never, ever shake a baby. Messages like these need to reach fathers and male carers. If he's struggling, encourage him to get support, and tell your coordinator.",
                "safety_critical": True,
                "teaches": "crying-and-coping",
                "answers": [
                    {
                        "text": "Keep rocking her until she settles, however long it takes, so that she's never left to cry alone.",
                        "fraction": 0.0,
                        "feedback": "Comforting can help, but when he's close to losing his temper, the safest step is to put her down safely and walk away for a few minutes.",
                    },
                    {
                        "text": "It's OK to put the baby down somewhere safe and walk away for a few minutes to calm down.",
                        "fraction": 1.0,
                        "feedback": "Yes. This is ICON's 'OK to walk away' message, and it keeps the baby safe.",
                    },
                    {
                        "text": "Suggest he adds a little baby rice to her evening bottle, as that may help her settle for longer.",
                        "fraction": 0.0,
                        "feedback": "This is feeding advice, which isn't yours to give. Share the ICON messages and signpost to the health visitor.",
                    },
                    {
                        "text": "Tell him it's best to hand the baby to his partner every evening so he doesn't have to cope.",
                        "fraction": 0.0,
                        "feedback": "This doesn't help him in the moment, and his partner may be exhausted too. Share ICON's 'OK to walk away' message.",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M9 Groups and online support
    # ------------------------------------------------------------------
    {
        "module": "M9",
        "title": "Check your understanding: Facilitating groups and online support",
        "slug": "quiz",
        "pass_mark": 80,
        # Each attempt draws half of each bank, so a retake asks different questions.
        "draw": {"must_pass": 2, "other": 3},
        # Must-pass questions: the key only once passed, a pause between attempts,
        # and questions drawn from banks so that a retake asks different ones.
        "feedback_timing": "after_pass",
        "minutes_between_attempts": 30,
        "questions": [
            {
                "type": "multiple_response",
                "name": "M9 What a group agreement covers",
                "text": "Which of these usually belong in a peer support group agreement? Choose all that apply.",
                "general_feedback": (
                    "Most agreements cover confidentiality and its limits, respect, no pressure to talk, being free to "
                    "say something is hard to hear or to step out (letting a facilitator know), offering support rather "
                    "than advice, leaving out graphic detail and, online, cameras being optional."
                ),
                "safety_critical": False,
                "teaches": "setting-up-a-group",
                "answers": [
                    {
                        "text": "Keeping what's shared confidential, and the limits of that when someone's safety is at risk",
                        "fraction": 0.25,
                        "feedback": "Yes. Members need to know facilitators will pass on safety concerns.",
                    },
                    {
                        "text": "No pressure to talk: listening counts as taking part",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "It's fine to step out for a while, as long as you let a facilitator know",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "Offering support and shared experience rather than advice",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "Everyone shares their story at every session",
                        "fraction": -0.5,
                        "feedback": "No. There should be no pressure to talk.",
                    },
                    {
                        "text": "Whatever is said stays in the room, with no exceptions",
                        "fraction": -0.5,
                        "feedback": "No. Facilitators have to pass on anything that suggests someone's safety is at risk, and the agreement should say so.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M9 Who writes the agreement",
                "text": "What is the best way to create a group agreement?",
                "general_feedback": (
                    "An agreement works best when the group writes it together in the first session, in their own words, "
                    "starting from a question such as 'What would help you feel safe to talk here?'. Bring it back when "
                    "new members join, after something has gone wrong, or every few weeks."
                ),
                "safety_critical": False,
                "teaches": "setting-up-a-group",
                "answers": [
                    {
                        "text": "The facilitator hands out a printed list of rules at the start, so everyone knows from the outset what is expected.",
                        "fraction": 0.0,
                        "feedback": "A ready-made list is quicker, but members are more likely to own an agreement they have written together.",
                    },
                    {
                        "text": "The group writes it together in the first session, in its own words, and revisits it as things change.",
                        "fraction": 1.0,
                        "feedback": "Yes. People keep to promises they've helped make.",
                    },
                    {
                        "text": "Wait until a problem comes up, then agree what to do.",
                        "fraction": 0.0,
                        "feedback": "Agreeing ground rules early is part of the first principle, and it makes difficult moments easier to handle.",
                    },
                ],
            },
            {
                "type": "ordering",
                "name": "M9 When a story gets too detailed",
                "text": "A member is describing a difficult birth in vivid detail, and another member looks pale. Put these steps in the order the course suggests.",
                "general_feedback": (
                    "Acknowledge the speaker first so she feels heard, then steer away from the detail towards how it "
                    "feels now. Remind everyone of what you agreed about detail without blaming anyone, offer the speaker "
                    "time one to one afterwards, and quietly check in with anyone who seemed affected."
                ),
                "safety_critical": False,
                "teaches": "holding-the-room",
                "items": [
                    "Acknowledge the speaker and what she went through",
                    "Steer away from the detail, asking how it feels for her now",
                    "Remind the whole group, without blame, of what you agreed about detail",
                    "Offer the speaker time one to one afterwards",
                    "Quietly check in with anyone who seemed affected",
                ],
            },
            {
                "type": "true_false",
                "name": "M9 Carrying on regardless",
                "text": "True or false: if someone in a group becomes very distressed or discloses abuse, you should carry on with the planned activity so the rest of the group isn't disrupted.",
                "general_feedback": (
                    "False. It's fine to pause or gently close the session. One facilitator stays with the group while the "
                    "other supports the person somewhere private. Safety comes before finishing the activity."
                ),
                "safety_critical": False,
                "teaches": "holding-the-room",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. Safety comes first. Pausing is part of holding a safe group.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. Pause, and let one facilitator support the person privately.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M9 A worrying post late at night",
                "text": "Late one evening, a member of the online group you help to moderate posts that she can't go on and has no reason to stay. What should you do?",
                "general_feedback": (
                    "A post like this is a safety concern and can't wait until morning. Follow your organisation's "
                    "moderation and safeguarding procedure at once: reply to her privately and warmly, share where urgent "
                    "help is (999 if she is in immediate danger; the urgent mental health line for her nation, such as "
                    "NHS 111 option 2 in England; Samaritans on 116 123), and contact whoever is on call."
                ),
                "safety_critical": True,
                "teaches": "online-and-remote-support",
                "answers": [
                    {
                        "text": "Leave it until the morning, when your coordinator is at work.",
                        "fraction": 0.0,
                        "feedback": "This can't wait. Follow your procedure now, including the on-call contact and urgent help.",
                    },
                    {
                        "text": "Reply in the thread straight away, sharing the numbers for urgent help and asking everyone in the group to send her their support.",
                        "fraction": 0.0,
                        "feedback": "Kindly meant, but it isn't safe to leave it to the group. Reply privately and follow your procedure.",
                    },
                    {
                        "text": "Act now, as your procedure says: reply to her privately and warmly, share urgent help, and contact whoever is on call.",
                        "fraction": 1.0,
                        "feedback": "Yes. You act at once, kindly and privately, and you don't hold it on your own.",
                    },
                    {
                        "text": "Delete the post quietly so that it doesn't upset other members.",
                        "fraction": 0.0,
                        "feedback": "Deleting it leaves her without help. Respond to her privately and follow your procedure straight away.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M9 Confidentiality has limits",
                "text": "If a group member tells the group that someone at home is hurting her, the confidentiality in your group agreement means it stays within the group.",
                "general_feedback": (
                    "Confidentiality in a group agreement has limits, and it helps to say so when the agreement is made. "
                    "When someone may be at risk of harm, you pass it on to your coordinator, following your "
                    "organisation's safeguarding procedure, and you tell her kindly and honestly that you are doing so."
                ),
                "safety_critical": True,
                "teaches": "holding-the-room",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "No. Confidentiality never covers a risk of harm. Follow your safeguarding procedure.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. Safety comes first: pass it on, following your procedure, and be honest with her.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M9 Only one member, and a disclosure",
                "text": "You're running a café group and just one mum arrives. Soon after sitting down, she tells you her partner has been hitting her. What should you do?",
                "general_feedback": (
                    "Move somewhere private if you can, then follow the safeguarding steps: listen calmly, don't "
                    "investigate, don't promise secrecy, and tell your designated safeguarding lead the same day. If anyone "
                    "is in immediate danger, call 999. You can let her know specialist domestic abuse support exists, and "
                    "how to contact it safely."
                ),
                "safety_critical": True,
                "teaches": "holding-the-room",
                "answers": [
                    {
                        "text": "Find somewhere private, listen calmly without probing or promising secrecy, tell your DSL the same day, and call 999 if anyone is in immediate danger.",
                        "fraction": 1.0,
                        "feedback": "Yes. These are the same safeguarding steps as in M4, wherever the disclosure happens.",
                    },
                    {
                        "text": "Listen kindly, then suggest she waits until the group is bigger next week, when there'll be more people there to support her with it.",
                        "fraction": 0.0,
                        "feedback": "She has chosen to tell you now. Listen, and follow the safeguarding steps today.",
                    },
                    {
                        "text": "Ask her lots of questions so you can give your DSL the full story.",
                        "fraction": 0.0,
                        "feedback": "Probing is investigating, which isn't your role. Listen and record what she chooses to tell you.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M9 A 'natural cure' post",
                "text": "Someone posts in the group's messaging channel that a 'natural cure' works better than medication for postnatal depression, and that antidepressants are dangerous. What should you do?",
                "general_feedback": (
                    "Don't get drawn into a debate about medicines; that isn't the peer role. Follow your moderation "
                    "policy, which may mean removing the post. Send the person a kind private message, post a calm "
                    "reminder that questions about treatment belong with a GP, midwife, health visitor or perinatal team, "
                    "and let your coordinator know."
                ),
                "safety_critical": False,
                "teaches": "online-and-remote-support",
                "answers": [
                    {
                        "text": "Reply under the post, explaining kindly why antidepressants are safe and work for many people, so that nobody reading it stops their treatment.",
                        "fraction": 0.0,
                        "feedback": "This draws you into giving views on medication, which isn't the peer role. Point to professionals instead.",
                    },
                    {
                        "text": "Leave it, as everyone is entitled to an opinion.",
                        "fraction": 0.0,
                        "feedback": "Posts like this could lead someone to stop treatment. Follow your moderation policy.",
                    },
                    {
                        "text": "Publicly tell the poster she's spreading misinformation.",
                        "fraction": 0.0,
                        "feedback": "Public criticism can shame her and unsettle the group. A private message and a calm general reminder work better.",
                    },
                    {
                        "text": "Follow your moderation policy: a kind private message to her, a calm reminder that treatment questions are for professionals, and a word with your coordinator.",
                        "fraction": 1.0,
                        "feedback": "Yes. This protects the group without a debate, and treats the poster kindly.",
                    },
                ],
            },
            {
                "type": "multiple_response",
                "name": "M9 Making online spaces safe",
                "text": "Which of these help keep an online peer support space safe? Choose all that apply.",
                "general_feedback": (
                    "Safe online spaces have a pinned agreement that explains moderation, optional cameras and names, "
                    "reminders about privacy, honest hours saying when moderators are around, and crisis numbers for each "
                    "UK nation pinned where everyone can see them. Use your organisation's accounts, not personal ones."
                ),
                "safety_critical": False,
                "teaches": "online-and-remote-support",
                "answers": [
                    {
                        "text": "Pin the group agreement, including how the group is moderated",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "Make cameras and names optional",
                        "fraction": 0.25,
                        "feedback": "Yes. People decide how much of themselves to show.",
                    },
                    {
                        "text": "Say clearly when moderators are around, and what to do at other times",
                        "fraction": 0.25,
                        "feedback": "Yes. Honest hours keep people safer than implied round-the-clock cover.",
                    },
                    {
                        "text": "Pin the crisis numbers for each UK nation",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "Promise members the group is watched 24 hours a day",
                        "fraction": -0.5,
                        "feedback": "No. Unless that's true, it could leave someone waiting for help that isn't there.",
                    },
                    {
                        "text": "Use your personal social media account so parents can reach you easily",
                        "fraction": -0.5,
                        "feedback": "No. Use your organisation's accounts and keep to agreed hours.",
                    },
                ],
            },
            {
                "type": "matching",
                "name": "M9 Planning for access",
                "text": "Match each part of planning a group to a question worth asking.",
                "general_feedback": (
                    "A group can only help the people who can get to it. Think about the venue, crèche or babies in the "
                    "room, transport and cost, timing and language when you plan."
                ),
                "safety_critical": False,
                "teaches": "setting-up-a-group",
                "pairs": [
                    {
                        "prompt": "Venue",
                        "answer": "Is it private enough to talk, step-free, with somewhere to feed and change a baby?",
                    },
                    {
                        "prompt": "Timing",
                        "answer": "Does it fit around naps, feeds and school runs?",
                    },
                    {
                        "prompt": "Transport and cost",
                        "answer": "Is it on a bus route, is there parking, and does anything cost money?",
                    },
                    {
                        "prompt": "Language",
                        "answer": "Is there plain English, and interpreting or translated information where needed?",
                    },
                ],
                "distractors": [
                    "Is it at a time that suits the facilitators best?",
                ],
            },
            {
                "type": "essay",
                "name": "M9 A pinned welcome post",
                "min_words": 60,
                "max_words": 120,
                "text": (
                    "Write a short pinned welcome post (60-120 words) for a new online peer support group. Include what "
                    "members can expect from the group and what to do if they need help when moderators aren't around."
                ),
                "general_feedback": (
                    "A strong post is warm and plain. It mentions the group agreement (confidentiality and its limits, "
                    "support rather than advice, no pressure to post, cameras and names optional), says honestly when "
                    "moderators are around, and points to crisis numbers for each UK nation for other times, with 999 for "
                    "immediate danger. Your trainer will mark this."
                ),
                "safety_critical": False,
                "teaches": "online-and-remote-support",
                "answers": [],
            },
            {
                "type": "single_choice",
                "name": "M9 A member who doesn't feel safe going home",
                "text": "In a face-to-face group, a member becomes very distressed and says she doesn't feel safe going home tonight. What do you do?",
                "general_feedback": "A group can be paused. One facilitator holds the group while the other talks with her privately and follows the safeguarding procedure. If anyone is in immediate danger, call 999 first.",
                "safety_critical": True,
                "teaches": "holding-the-room",
                "answers": [
                    {
                        "text": "Pause, let your co-facilitator hold the group, and talk with her privately, following your safeguarding procedure.",
                        "fraction": 1.0,
                        "feedback": "Yes. She gets your full attention in private, the group is looked after, and the procedure is followed. Call 999 if anyone is in immediate danger.",
                    },
                    {
                        "text": "Ask her to wait until the end of the session, so that the others aren't upset, then talk it through with her over tea.",
                        "fraction": 0.0,
                        "feedback": "This can't wait. Pause the group, and talk with her privately now.",
                    },
                    {
                        "text": "Encourage the group to share their own advice with her, since they've been through similar things.",
                        "fraction": 0.0,
                        "feedback": "Other members shouldn't carry this, and she may not want them to know. Talk with her privately.",
                    },
                    {
                        "text": "Give her the domestic abuse helpline number, and let her decide for herself whether to call it tonight.",
                        "fraction": 0.0,
                        "feedback": "Specialist help may matter, but you still need to follow your safeguarding procedure today, and call 999 if anyone is in immediate danger.",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M10 Inclusion
    # ------------------------------------------------------------------
    {
        "module": "M10",
        "title": "Check your understanding: Inclusion, accessibility and diverse families",
        "slug": "quiz",
        "pass_mark": 80,
        # Each attempt draws half of each bank, so a retake asks different questions.
        "draw": {"must_pass": 0, "other": 5},
        "questions": [
            {
                "type": "matching",
                "name": "M10 Name the barrier",
                "text": "Match each example to the barrier it describes.",
                "general_feedback": (
                    "Barriers can include language; culture and religion; stigma; distance and transport; cost; "
                    "disability; and immigration status. Noticing who isn't coming, and asking why, is the first step to "
                    "removing them."
                ),
                "safety_critical": False,
                "teaches": "barriers-and-inequality",
                "pairs": [
                    {
                        "prompt": "Worry about any contact with official services",
                        "answer": "Immigration status",
                    },
                    {
                        "prompt": "Fares, childcare for older children and phone data for online sessions",
                        "answer": "Cost",
                    },
                    {
                        "prompt": "Fear of what family or community will think",
                        "answer": "Stigma",
                    },
                    {
                        "prompt": "Long bus journeys and no car in a rural area",
                        "answer": "Geography and transport",
                    },
                ],
                "distractors": [
                    "Parenting style",
                ],
            },
            {
                "type": "single_choice",
                "name": "M10 A husband offers to interpret",
                "text": "You're meeting a newly referred mum whose English is limited. On your first visit, her husband steps in to translate and begins answering for her. What should you do?",
                "general_feedback": (
                    "Thank him warmly, explain that your organisation always uses a professional interpreter so nothing "
                    "gets lost, and arrange one. Making it routine for every family means no one feels singled out. A "
                    "family member may answer for her or leave things out, and if there's any chance of control or "
                    "abuse, she can't speak freely. If you can't get an interpreter, keep the visit short and friendly "
                    "and rebook."
                ),
                "safety_critical": False,
                "teaches": "interpreters-and-communication",
                "answers": [
                    {
                        "text": "Accept his help this time, as he knows her best and she seems comfortable, and book a professional interpreter for next time.",
                        "fraction": 0.0,
                        "feedback": "It can seem kinder, but she may not be able to speak freely, and things may be softened or missed. Use a professional interpreter.",
                    },
                    {
                        "text": "Thank him warmly, explain that your organisation always uses a professional interpreter, and arrange one.",
                        "fraction": 1.0,
                        "feedback": "Yes. This protects her voice and privacy without singling anyone out.",
                    },
                    {
                        "text": "Ask their older child to interpret instead.",
                        "fraction": 0.0,
                        "feedback": "Avoid asking children to interpret. Arrange a professional interpreter.",
                    },
                    {
                        "text": "Carry on in English, speaking slowly.",
                        "fraction": 0.0,
                        "feedback": "She may miss a lot and won't be able to say what she means. A professional interpreter is the fair option.",
                    },
                ],
            },
            {
                "type": "multiple_response",
                "name": "M10 Working well with an interpreter",
                "text": "Which of these are good practice when working with an interpreter? Choose all that apply.",
                "general_feedback": (
                    "Brief the interpreter beforehand, speak to the parent rather than the interpreter, use short "
                    "sentences and plain words with pauses, avoid jargon and sayings, check understanding with open "
                    "questions, and allow more time than usual."
                ),
                "safety_critical": False,
                "teaches": "interpreters-and-communication",
                "answers": [
                    {
                        "text": "Brief the interpreter beforehand on what peer support is",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "Speak to the parent and look at her as you talk",
                        "fraction": 0.25,
                        "feedback": "Yes. The conversation is with her.",
                    },
                    {
                        "text": "Use short sentences and plain words, and pause often",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "Check understanding with open questions",
                        "fraction": 0.25,
                        "feedback": "Yes. Open questions show what has really been understood.",
                    },
                    {
                        "text": "Ask 'Do you understand?' to check",
                        "fraction": -0.5,
                        "feedback": "No. People often say yes to this even when they haven't understood. Open questions work better.",
                    },
                    {
                        "text": "Talk to the interpreter and let them pass on a summary",
                        "fraction": -0.5,
                        "feedback": "No. Speak directly to the parent; trained interpreters pass on everything that's said.",
                    },
                ],
            },
            {
                "type": "short_answer",
                "name": "M10 Which kind of interpreter",
                "text": "Instead of a husband, relative or friend, what kind of interpreter does this course ask you to use? Give one word.",
                "general_feedback": (
                    "A professional interpreter, booked through your organisation's usual route. Trained interpreters "
                    "pass on everything that's said and keep it confidential, and the parent can speak in her own voice."
                ),
                "safety_critical": False,
                "teaches": "interpreters-and-communication",
                "case_sensitive": False,
                "answers": [
                    {
                        "text": "professional",
                        "fraction": 1.0,
                        "feedback": "Yes, a professional interpreter.",
                    },
                    {
                        "text": "*professional*",
                        "fraction": 1.0,
                        "feedback": "Yes, a professional interpreter.",
                    },
                    {
                        "text": "*trained*",
                        "fraction": 1.0,
                        "feedback": "Yes: a trained, professional interpreter.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M10 Unequal outcomes",
                "text": "The MBRRACE-UK report published in 2023 compared how likely women were to die during or after pregnancy. Compared with White women, Black women were:",
                "general_feedback": (
                    "Almost four times as likely, and Asian women twice as likely, according to MBRRACE-UK (2023). These "
                    "figures describe the circumstances and systems around women, not their worth or efforts. Peer support "
                    "that actively reaches out is one small way to help close the gaps."
                ),
                "safety_critical": False,
                "teaches": "barriers-and-inequality",
                "answers": [
                    {
                        "text": "Almost four times as likely",
                        "fraction": 1.0,
                        "feedback": "Yes. It's a stark gap, and a reason to reach out actively.",
                    },
                    {
                        "text": "About twice as likely",
                        "fraction": 0.0,
                        "feedback": "Close, but that's the figure for Asian women. For Black women it was almost four times.",
                    },
                    {
                        "text": "About as likely as any other woman",
                        "fraction": 0.0,
                        "feedback": "No. The report found a large gap: almost four times as likely.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M10 Research on peer support for fathers",
                "text": "True or false: the Scottish Government evidence review (2020) found several peer-reviewed studies showing what works in peer support for fathers.",
                "general_feedback": (
                    "False. The review could not find a single peer-reviewed study of peer support for fathers, so "
                    "services are still learning. If a dad or partner asks whether your group is 'only for mums', take it "
                    "seriously, find out what your organisation offers, and encourage him to see his GP if he's struggling."
                ),
                "safety_critical": False,
                "teaches": "different-families",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. No peer-reviewed studies were found, which is why services are still learning.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. It's a gap in the research, not a sign that fathers don't need support.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M10 A non-birthing mother",
                "text": "A mum whose wife gave birth tells you she's struggling, and that services 'look straight through' her. What is the most helpful approach?",
                "general_feedback": (
                    "Forms, groups and professionals often assume a mum and a dad, and a non-birthing mother may feel "
                    "invisible. Use the words each parent uses for themselves and their family, ask rather than assume, "
                    "and make sure your group welcomes them in practice, not only on paper."
                ),
                "safety_critical": False,
                "teaches": "different-families",
                "answers": [
                    {
                        "text": "Suggest she lets her partner do most of the talking at appointments, as services focus on the parent who gave birth.",
                        "fraction": 0.0,
                        "feedback": "This repeats the experience she's describing. She deserves support in her own right.",
                    },
                    {
                        "text": "Reassure her that services treat every parent the same.",
                        "fraction": 0.0,
                        "feedback": "This dismisses her experience. Listen and ask, rather than reassure.",
                    },
                    {
                        "text": "Listen to what feeling invisible is like for her, use the words she uses for her family, and ask what would help.",
                        "fraction": 1.0,
                        "feedback": "Yes. You see her as a parent in her own right.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M10 A young mum",
                "text": "A mum of 17 tells you that professionals all look down on her, and that she won't go to a group 'full of posh mums'. What would you do?",
                "general_feedback": (
                    "Young parents may have felt looked down on and may expect the same from you. Be warm, straightforward "
                    "and on their side. A group full of older parents may not feel like theirs, so ask what would suit "
                    "them and look for options that fit."
                ),
                "safety_critical": False,
                "teaches": "different-families",
                "answers": [
                    {
                        "text": "Take what she says seriously, be warm and straightforward, and ask what support would suit her.",
                        "fraction": 1.0,
                        "feedback": "Yes. Asking, rather than persuading, shows you're on her side.",
                    },
                    {
                        "text": "Encourage her to give the group a try anyway, as she'll soon fit in once the others get to know her.",
                        "fraction": 0.0,
                        "feedback": "This brushes past her worry. Ask what would suit her and look for options that fit.",
                    },
                    {
                        "text": "Tell her professionals don't really look down on young mums.",
                        "fraction": 0.0,
                        "feedback": "This dismisses her experience and may confirm her fear of not being believed.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M10 Teenage mothers and PND",
                "text": "True or false: the Maternal Mental Health Alliance reports that teenage mothers may be up to twice as likely to have postnatal depression.",
                "general_feedback": (
                    "True, according to the Maternal Mental Health Alliance. When you quote figures like this, give the "
                    "source, and remember they describe circumstances, not the worth of the parents involved."
                ),
                "safety_critical": False,
                "teaches": "barriers-and-inequality",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 1.0,
                        "feedback": "Right. It's one reason to make sure young parents feel welcome.",
                    },
                    {
                        "text": "False",
                        "fraction": 0.0,
                        "feedback": "It's actually true, according to the Maternal Mental Health Alliance.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M10 A dad who says 'it's not about me'",
                "text": "A dad whose partner has postnatal depression says he is struggling too, but 'it's not about me'. What is a good response?",
                "general_feedback": "Postnatal depression can affect fathers and partners too, and up to 1 in 10 fathers experience perinatal depression. His wellbeing matters in its own right. Listen, and help him find support for himself.",
                "safety_critical": False,
                "teaches": "different-families",
                "answers": [
                    {
                        "text": "Agree that his partner needs to come first for now, and suggest he focuses on staying strong for her and the baby.",
                        "fraction": 0.0,
                        "feedback": "This can leave him feeling he has no right to struggle. Partners need support in their own right.",
                    },
                    {
                        "text": "Tell him dads don't really get postnatal depression, so it's probably just tiredness and stress.",
                        "fraction": 0.0,
                        "feedback": "This isn't accurate: postnatal depression can affect fathers and partners too. And it isn't yours to say what it is.",
                    },
                    {
                        "text": "Say his wellbeing matters too, listen, and help him find support for himself, for example through his GP.",
                        "fraction": 1.0,
                        "feedback": "Yes. You take him seriously and help him find support for himself.",
                    },
                    {
                        "text": "Give him some leaflets for his partner, since the best way to help him is to help her get better.",
                        "fraction": 0.0,
                        "feedback": "Well meant, but it turns him away. He asked about himself: listen and help him find support.",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # M11 Looking after yourself
    # ------------------------------------------------------------------
    {
        "module": "M11",
        "title": "Check your understanding: Looking after yourself",
        "slug": "quiz",
        "pass_mark": 80,
        # Each attempt draws half of each bank, so a retake asks different questions.
        "draw": {"must_pass": 2, "other": 4},
        # Must-pass questions: the key only once passed, a pause between attempts,
        # and questions drawn from banks so that a retake asks different ones.
        "feedback_timing": "after_pass",
        "minutes_between_attempts": 30,
        "questions": [
            {
                "type": "multiple_response",
                "name": "M11 Early warning signs",
                "text": "Which of these could be early warning signs that you're getting stretched? Choose all that apply.",
                "general_feedback": (
                    "Early warning signs differ from person to person, but might include sleeping badly or replaying "
                    "conversations, thinking about families when you're off duty, checking forums late at night 'in case "
                    "someone needs me', feeling irritable, flat or tearful, dreading sessions you used to enjoy, and "
                    "feeling guilty when you can't fix things. If you spot them, tell your supervisor or coordinator."
                ),
                "safety_critical": False,
                "teaches": "triggers-and-warning-signs",
                "answers": [
                    {
                        "text": "Lying awake replaying conversations",
                        "fraction": 0.33333,
                        "feedback": "Yes. This is a common early sign.",
                    },
                    {
                        "text": "Looking at the forum late each night, just in case someone needs you",
                        "fraction": 0.33333,
                        "feedback": "Yes. It's a sign the work is following you home.",
                    },
                    {
                        "text": "Dreading sessions you used to enjoy",
                        "fraction": 0.33333,
                        "feedback": "Yes. This is worth taking to supervision.",
                    },
                    {
                        "text": "Taking your planned day off",
                        "fraction": -0.5,
                        "feedback": "No. Rest is part of looking after yourself, not a warning sign.",
                    },
                    {
                        "text": "Looking forward to supervision",
                        "fraction": -0.5,
                        "feedback": "No. Valuing supervision is a good sign.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M11 After a session close to home",
                "text": "You've supported a mum whose experience sounded very like something from your own life, and that night you can't sleep for thinking about it. What would help most?",
                "general_feedback": (
                    "This kind of reaction is understandable and doesn't mean you're not ready. Talk it through with your "
                    "supervisor or coordinator soon, rather than waiting for your next planned session. Use the calming "
                    "things in your wellbeing plan, and think with your supervisor about whether you need a break from "
                    "this family or this kind of situation for a while."
                ),
                "safety_critical": False,
                "teaches": "triggers-and-warning-signs",
                "answers": [
                    {
                        "text": "Use your wellbeing plan tonight, and keep it to yourself until your next planned supervision in a few weeks, when there's time.",
                        "fraction": 0.0,
                        "feedback": "Waiting can let it build. You can ask to talk sooner; that's what support is there for.",
                    },
                    {
                        "text": "Talk to your supervisor or coordinator soon, use your wellbeing plan, and think together about whether you need a break.",
                        "fraction": 1.0,
                        "feedback": "Yes. Getting support early is good practice, not a sign of weakness.",
                    },
                    {
                        "text": "Decide that being affected means you're not cut out for peer support.",
                        "fraction": 0.0,
                        "feedback": "Being triggered is part of the work for people with lived experience. It's a signal to look after yourself, not a sign you're unsuitable.",
                    },
                ],
            },
            {
                "type": "multiple_response",
                "name": "M11 What goes in a wellbeing plan",
                "text": "Which of these belong in a personal wellbeing plan? Choose all that apply.",
                "general_feedback": (
                    "A wellbeing plan is short, practical and yours: what keeps you well, your early warning signs, "
                    "situations you find harder, what helps when you're struggling, who you'll tell, your limits, and "
                    "where to turn if things get serious. You decide what goes in it and who, if anyone, sees it."
                ),
                "safety_critical": False,
                "teaches": "wellbeing-plan",
                "answers": [
                    {
                        "text": "What keeps me well day to day",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "My early warning signs",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "Who I'll tell if I'm struggling",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "My limits, such as my hours and how many families I can take on",
                        "fraction": 0.25,
                        "feedback": "Yes.",
                    },
                    {
                        "text": "A full written account of my own illness for my coordinator to read",
                        "fraction": -0.5,
                        "feedback": "No. Your plan is for you, and you never need to share your own story to use it.",
                    },
                    {
                        "text": "A target number of families to support, however I'm feeling",
                        "fraction": -0.5,
                        "feedback": "No. Your limits should be able to bend when you need them to.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M11 Readiness and time limits",
                "text": "True or false: there is a fixed amount of time that must pass after illness before someone is ready to be a peer supporter.",
                "general_feedback": (
                    "False. Services' rules have varied widely. Most people agree there's no set timetable for "
                    "recovery, and fixed limits can be unfair. Readiness is individual and can change. Lighter-touch "
                    "roles, like lending a hand at a coffee morning, are a good way to build up or ease back in."
                ),
                "safety_critical": False,
                "teaches": "wellbeing-plan",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. Readiness is individual; there is no fixed timetable.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. Readiness is judged individually, and it can change.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M11 Supervision that skips wellbeing",
                "text": "In every supervision session you have, the talk is about figures and activities, and no one ever asks how you're doing. What would you do?",
                "general_feedback": (
                    "It's reasonable to ask for time on your wellbeing and the emotional side of the work, for example ten "
                    "minutes each session. If that still doesn't happen, talk to your coordinator about other options, such "
                    "as peer supervision or support from a partner organisation. The fifth principle says peer support "
                    "should benefit peer supporters too."
                ),
                "safety_critical": False,
                "teaches": "supervision-and-reflection",
                "answers": [
                    {
                        "text": "Accept it, since supervision is really for talking about the families you support rather than about you.",
                        "fraction": 0.0,
                        "feedback": "Wellbeing should be a priority in supervision. It's fine to ask for it.",
                    },
                    {
                        "text": "Stop going to supervision, as it isn't helping.",
                        "fraction": 0.0,
                        "feedback": "Supervision matters for you and for the families you support. Ask for what you need instead.",
                    },
                    {
                        "text": "Ask for regular time on how you're doing, and if it doesn't happen, talk to your coordinator.",
                        "fraction": 1.0,
                        "feedback": "Yes. Asking for what you need is part of using supervision well.",
                    },
                ],
            },
            {
                "type": "ordering",
                "name": "M11 Four reflective questions",
                "text": "Put these reflective questions in the order the course suggests using them after a session.",
                "general_feedback": (
                    "Start with what happened, then what you thought and felt, then what went well and what you'd do "
                    "differently, and finally what you'll take forward or bring to supervision. Your reflections are "
                    "yours: write as much or as little as is useful."
                ),
                "safety_critical": False,
                "teaches": "supervision-and-reflection",
                "items": [
                    "What happened?",
                    "What did I think and feel?",
                    "What went well, and what would I do differently?",
                    "What will I take forward, or bring to supervision?",
                ],
            },
            {
                "type": "single_choice",
                "name": "M11 A message at eleven at night",
                "text": "At 11pm, a mum you support messages you to say she is frightened she might hurt herself. Your role doesn't include support out of hours. What should you do?",
                "general_feedback": (
                    "Even out of hours, a message like this needs a reply that points to urgent help: 999 if she is in "
                    "immediate danger, the urgent mental health line for her nation (such as NHS 111 option 2 in England) "
                    "or Samaritans on 116 123. Then follow your organisation's procedure for telling your coordinator. "
                    "Keeping to your hours protects you, but it never means leaving a safety message unanswered."
                ),
                "safety_critical": True,
                "teaches": "wellbeing-plan",
                "answers": [
                    {
                        "text": "Reply pointing her to urgent help (999 if she is in immediate danger, the urgent mental health line or Samaritans), then tell your coordinator.",
                        "fraction": 1.0,
                        "feedback": "Yes. You make sure she knows where help is now, and you don't hold it on your own.",
                    },
                    {
                        "text": "Leave it until your working hours, to keep to your boundaries.",
                        "fraction": 0.0,
                        "feedback": "Boundaries matter, but a safety message always gets a reply that points to urgent help.",
                    },
                    {
                        "text": "Stay up messaging her yourself for as long as she needs, so that she isn't on her own tonight, and tell your coordinator in the morning.",
                        "fraction": 0.0,
                        "feedback": "Caring, but it leaves you holding a crisis alone. Point her to urgent help and follow your procedure.",
                    },
                    {
                        "text": "Ask another mum in your group to check on her tonight.",
                        "fraction": 0.0,
                        "feedback": "This breaks her confidence and puts another parent in a hard place. Point her to urgent help.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M11 When your own low mood comes back",
                "text": "For two weeks you have slept badly, dreaded your sessions and started to feel the way you did when you were unwell. What should you do?",
                "general_feedback": (
                    "Noticing your own warning signs is part of the role, not a failure. Tell your coordinator or "
                    "supervisor now rather than waiting, step back for a while if you need to, and get support for "
                    "yourself, for example from your GP. Stepping back protects you and the parents you support."
                ),
                "safety_critical": True,
                "teaches": "triggers-and-warning-signs",
                "answers": [
                    {
                        "text": "Keep going as normal so that you don't let the parents down.",
                        "fraction": 0.0,
                        "feedback": "Pushing on alone puts you and the parents at risk. Tell someone now.",
                    },
                    {
                        "text": "Wait for your next supervision, which is in two months.",
                        "fraction": 0.0,
                        "feedback": "Two months is too long to wait. Tell your coordinator or supervisor now.",
                    },
                    {
                        "text": "Talk it through with one of the mums you support, since she understands what it's like, and keep going as normal meanwhile.",
                        "fraction": 0.0,
                        "feedback": "That turns the relationship round. Get support from your coordinator, supervisor or GP.",
                    },
                    {
                        "text": "Tell your coordinator or supervisor now, step back for a while if you need to, and get support, for example from your GP.",
                        "fraction": 1.0,
                        "feedback": "Yes. You act on your warning signs early and without shame.",
                    },
                ],
            },
            {
                "type": "true_false",
                "name": "M11 Saving things for supervision",
                "text": "True or false: a safeguarding concern can be saved for your next supervision session.",
                "general_feedback": (
                    "False. Don't save urgent things. Safeguarding concerns and crises go to your coordinator or "
                    "safeguarding lead straight away, and 999 comes first if anyone is in immediate danger. Supervision is "
                    "for reflecting afterwards."
                ),
                "safety_critical": True,
                "teaches": "supervision-and-reflection",
                "answers": [
                    {
                        "text": "True",
                        "fraction": 0.0,
                        "feedback": "Not quite. Safeguarding concerns go to your safeguarding lead the same day, not to your next session.",
                    },
                    {
                        "text": "False",
                        "fraction": 1.0,
                        "feedback": "Right. Urgent concerns are passed on straight away.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "name": "M11 Dual supervision",
                "text": "A 2020 thought piece on peer workers in NHS perinatal services recommends 'dual supervision'. What does that mean?",
                "general_feedback": (
                    "Dual supervision means supervision from the NHS and from a peer or voluntary sector organisation. "
                    "Peer workers and clinicians wanted supervision to put wellbeing first, and peer workers particularly "
                    "valued time with others in the same perinatal role."
                ),
                "safety_critical": False,
                "teaches": "supervision-and-reflection",
                "answers": [
                    {
                        "text": "Two supervision sessions every week",
                        "fraction": 0.0,
                        "feedback": "Not quite. It's about two sources of supervision, not how often it happens.",
                    },
                    {
                        "text": "Supervision from the NHS and from a peer or voluntary sector organisation",
                        "fraction": 1.0,
                        "feedback": "Yes. Each brings something different.",
                    },
                    {
                        "text": "Supervising a newer volunteer while being supervised by your coordinator yourself",
                        "fraction": 0.0,
                        "feedback": "Not quite. Dual supervision means support from both the NHS and a peer or voluntary sector organisation.",
                    },
                ],
            },
            {
                "type": "matching",
                "name": "M11 Who to turn to",
                "text": "Match each situation to a good place to turn.",
                "general_feedback": (
                    "Tell your supervisor or coordinator if you notice signs of burnout. Speak to your GP if you're "
                    "worried about your own mental health, just as you'd encourage a parent to. Samaritans and Shout are "
                    "there for you too, at any hour. Other peer supporters understand the work in a way friends and family "
                    "may not."
                ),
                "safety_critical": False,
                "teaches": "wellbeing-plan",
                "pairs": [
                    {
                        "prompt": "You're noticing signs of burnout",
                        "answer": "Your supervisor or coordinator",
                    },
                    {
                        "prompt": "You're worried about your own mental health",
                        "answer": "Your GP",
                    },
                    {
                        "prompt": "You need someone outside your organisation to talk to, at any hour",
                        "answer": "Samaritans on 116 123, or Shout by texting 85258",
                    },
                    {
                        "prompt": "You'd like to share ideas and feel less alone in the role",
                        "answer": "Other peer supporters, such as a buddy or reflective group",
                    },
                ],
                "distractors": [
                    "The parents you support",
                ],
            },
            {
                "type": "single_choice",
                "name": "M11 Your coordinator can't be reached",
                "text": "It's evening. A mum has just told you something that worries you about her safety, and your coordinator isn't answering. What do you do?",
                "general_feedback": "Your organisation should have a back-up route for when your coordinator can't be reached, such as an on-call contact. In an emergency, contact the emergency services first and your safeguarding lead afterwards. You are not expected to hold it alone, or to sort it out yourself.",
                "safety_critical": True,
                "teaches": "supervision-and-reflection",
                "answers": [
                    {
                        "text": "Leave a voicemail, note what she said, and wait for your coordinator to call you back tomorrow, as they know the family best.",
                        "fraction": 0.0,
                        "feedback": "A safety worry can't wait for tomorrow. Use your organisation's back-up route now.",
                    },
                    {
                        "text": "Post in your peer supporters' group chat to ask what the others would do, without naming her.",
                        "fraction": 0.0,
                        "feedback": "Others may mean well, but this shares her information and delays help. Use the back-up route.",
                    },
                    {
                        "text": "Use your organisation's back-up route, such as the on-call contact, and call 999 if anyone is in immediate danger.",
                        "fraction": 1.0,
                        "feedback": "Yes. Back-up routes exist for exactly this, and 999 comes first if anyone is in danger.",
                    },
                    {
                        "text": "Decide it can probably wait, since you've done your part by listening carefully to her.",
                        "fraction": 0.0,
                        "feedback": "Listening matters, but a safety worry must be passed on today. Use the back-up route.",
                    },
                ],
            },
        ],
    },
]
