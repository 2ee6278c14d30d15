"""Demo scenario exercises, written for Alongside from the curriculum brief's scenario ideas."""

from .scenarios_more import MORE_BRANCHING

BRANCHING = [
    # ------------------------------------------------------------------
    # M3: a question about medication
    # ------------------------------------------------------------------
    {
        "module": "M3",
        "title": "A question about medication",
        "slug": "scenario-medication-question",
        "summary": "A breastfeeding mum asks whether she should stop her antidepressant, and you stay in the peer role while helping her get an answer.",
        "content_note": "Mentions a parent's antidepressant medication and low mood. Nothing is described in detail.",
        "content_tags": [],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "safety_critical": True,
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "A worry over a cup of tea",
                "text": (
                    "You're chatting with Priya at a drop-in. She's breastfeeding her ten-week-old and has read that her "
                    "antidepressant might pass into her milk. She's thinking of stopping it this week. 'I don't want to "
                    "waste the GP's time,' she says. 'What would you do?'"
                ),
                "choices": [
                    {
                        "text": "Tell her straight away that you can't advise on medicines and she'll need to ask her GP.",
                        "goto": "asks-again",
                        "feedback": "The boundary is right, but leading with it can feel like a brush-off. Listening to the worry first usually makes the signposting land better.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Say it sounds as though this has been on her mind a lot, and ask what she read that worried her.",
                        "goto": "asks-again",
                        "feedback": "A good start. Listening first helps Priya feel heard and shows you take her worry seriously, before you talk about who can answer it.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Reassure her that lots of mums come off their tablets without problems, so trying a week off is probably fine.",
                        "goto": "end-advice-given",
                        "feedback": "This is medication advice, even though it's meant kindly. Stopping or changing a medicine is a decision for Priya and her prescriber, never for a peer supporter.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                ],
            },
            {
                "key": "asks-again",
                "title": "'But should I stop?'",
                "text": (
                    "Priya explains that she feels guilty either way: guilty about the baby if she carries on, and "
                    "frightened of feeling low again if she stops. She looks at you and asks again, 'But honestly, should I?'"
                ),
                "choices": [
                    {
                        "text": "Be honest that you can't give a view on medicines either way, and that her GP or prescriber is the right person to ask.",
                        "goto": "freezes-on-phone",
                        "feedback": "Yes. You're clear and kind, you don't offer even a reassuring opinion, and you help her see that asking isn't 'wasting' anyone's time.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Suggest she mentions it to her health visitor when she's next at the baby clinic, in a fortnight or so.",
                        "goto": "end-told-too-late",
                        "feedback": "Pointing her to a professional is right, but she's thinking of stopping this week, so a fortnight is too late. She needs to speak to her GP or prescriber before she changes anything.",
                        "rating": "unsafe",
                        "delays_escalation": True,
                        "points": 0,
                    },
                    {
                        "text": "Tell her that, since she's feeling better, stopping is probably the safest thing for the baby.",
                        "goto": "end-advice-given",
                        "feedback": "This gives medication advice, and it could leave Priya unwell without the support she needs. Only her prescriber can help her weigh this up.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                ],
            },
            {
                "key": "freezes-on-phone",
                "title": "Finding the words",
                "text": (
                    "Priya agrees she should ask, but says she always freezes on the phone to the surgery and ends up "
                    "saying everything is fine."
                ),
                "choices": [
                    {
                        "text": "Offer to help her jot down her question and a couple of sentences to say, and ask when she might ring.",
                        "goto": "afterwards",
                        "feedback": "Lovely. Helping her plan what to say is well within the peer role, and it makes it much more likely she'll get a proper answer.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Tell her warmly that you're sure she'll be absolutely fine once she gets through to someone at the surgery.",
                        "goto": "afterwards",
                        "feedback": "Warm and encouraging, but it leaves her on her own with the part she finds hardest. A little practical planning together could help more.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                ],
            },
            {
                "key": "afterwards",
                "title": "After the drop-in",
                "text": "The drop-in is packing up and Priya has gone home with her notes.",
                "choices": [
                    {
                        "text": "Make a careful note, and bring it to your next supervision in a few weeks, when there's time to talk.",
                        "goto": "end-told-too-late",
                        "feedback": "Reflecting on it is good, but she plans to stop her medicine this week. Your coordinator needs to know today, so support can be offered in time.",
                        "rating": "unsafe",
                        "delays_escalation": True,
                        "points": 0,
                    },
                    {
                        "text": "Let your coordinator know about the conversation today, and note it as your organisation asks.",
                        "goto": "end-good",
                        "feedback": "Yes. A parent thinking about stopping medication needs clinical help, so your coordinator should know, and a brief note keeps things clear.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "end-good",
                "title": "Priya makes the call",
                "text": (
                    "Priya rings the surgery the next morning with her notes in front of her. She gets an appointment to "
                    "talk it through, and tells you at the next drop-in that she's glad she asked."
                ),
                "end": True,
                "debrief": (
                    "You stayed warm and stayed in the peer role. You listened to the worry underneath the question, "
                    "didn't offer a view on her medicine either way, not even a reassuring one, and helped her feel able "
                    "to ask the person who could answer it: her GP or prescriber. Helping her plan what to say, and "
                    "telling your coordinator, made it more likely she would get the right answer in time. If a question "
                    "about medicine ever comes with signs that someone is becoming very unwell, use the crisis routes in M6."
                ),
            },
            {
                "key": "end-told-too-late",
                "title": "Help that came too late",
                "text": "Priya stops her tablets before anyone who could help her hears about it. A few weeks later she tells you she's feeling much lower.",
                "end": True,
                "debrief": "A plan to stop a medicine this week can't wait for a clinic in a fortnight or for supervision in a few weeks. Stay in the peer role and don't give a view on the medicine, but encourage her to speak to her GP or prescriber before she changes anything, and tell your coordinator the same day. Try the scenario again.",
            },
            {
                "key": "end-advice-given",
                "title": "A decision made without her prescriber",
                "text": (
                    "Priya takes your words as a green light and stops her tablets. A few weeks later she tells you she's "
                    "feeling much lower, and she hasn't spoken to anyone about it."
                ),
                "end": True,
                "debrief": (
                    "It's very natural to want to reassure someone who is worried, and this is a common way to slip out "
                    "of the peer role. But any view on whether to start, stop or change a medicine is medical advice, "
                    "and it can leave a parent unwell. The safer route is to listen to the worry, say honestly that "
                    "medicines aren't something you can advise on, and encourage her to talk to her GP or prescriber, "
                    "helping her plan what to say if that feels hard. Then tell your coordinator. Try this scenario again "
                    "and see how that feels."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M4: a worry after a home visit
    # ------------------------------------------------------------------
    {
        "module": "M4",
        "title": "A worry after a home visit",
        "slug": "scenario-worry-after-visit",
        "summary": "On a home visit, a mum describes controlling behaviour by her partner and asks you to keep it secret.",
        "content_note": "This scenario involves controlling behaviour by a partner (coercive control). No violence is described.",
        "content_tags": ["domestic abuse"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "safety_critical": True,
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "While the kettle boils",
                "text": (
                    "You're on a home visit with Jo and her three-month-old. While the kettle boils she mentions that her "
                    "partner goes through her phone, keeps hold of all the money and 'isn't keen' on her going to groups. "
                    "Then she adds quickly, 'Forget I said that. Please don't tell anyone.'"
                ),
                "choices": [
                    {
                        "text": "Tell her straight away that you'll have to report what she has just said to you.",
                        "goto": "please-dont-tell",
                        "feedback": "Honest, and you're right that this needs passing on. But saying it before you've listened may feel abrupt and could make her close down. Listen first, then explain.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Promise it will stay between the two of you, so she keeps trusting you.",
                        "goto": "end-not-passed-on",
                        "feedback": "Wanting to keep her trust is understandable, but you can't promise secrecy. This is about her safety, and a promise now leaves you with nowhere good to go.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                    {
                        "text": "Stay calm, thank her for telling you, and let her talk at her own pace.",
                        "goto": "please-dont-tell",
                        "feedback": "Yes. Your calm helps Jo feel safe, and listening without probing lets her share what she chooses.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "please-dont-tell",
                "title": "'You won't say anything?'",
                "text": "Jo looks worried. 'You won't say anything, will you?' she asks.",
                "choices": [
                    {
                        "text": "Explain kindly that you can't keep this between you, as it's about her safety, and say who you'll tell.",
                        "goto": "before-you-leave",
                        "feedback": "Yes. Being honest, kindly and clearly, protects both Jo's safety and your relationship with her.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Say you'll 'see what you can do', and gently move the conversation on to the baby.",
                        "goto": "before-you-leave",
                        "feedback": "You haven't promised secrecy, which is good, but a vague answer may leave her feeling let down later. A clear, gentle explanation is kinder in the long run.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Ask her a few careful, gentle questions to find out exactly what he does and whether he has ever hurt her.",
                        "goto": "end-risk-raised",
                        "feedback": "You want to understand, but probing is investigating, which isn't your role. It can add pressure and risk. Your safeguarding lead will decide what's needed.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                ],
            },
            {
                "key": "before-you-leave",
                "title": "Before you leave",
                "text": (
                    "Jo seems a little calmer. Her partner is at work, and nothing suggests anyone is in immediate danger. "
                    "Your visit is nearly over."
                ),
                "choices": [
                    {
                        "text": "Say you'd love to keep visiting, and check the next visit time still suits her.",
                        "goto": "back-in-the-car",
                        "feedback": "Keeping in touch matters, and it tells her she hasn't scared you off. It would also help to let her know that specialist support exists.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Tell her specialist support exists, and that you'll ask your safeguarding lead how to share it safely.",
                        "goto": "back-in-the-car",
                        "feedback": "Yes. She knows help exists, and you're taking care that sharing it doesn't put her at more risk.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Leave a domestic abuse leaflet on the kitchen table, so that she has the numbers to hand later.",
                        "goto": "end-risk-raised",
                        "feedback": "A kind thought, but her partner checks her phone and could find the leaflet. Your safeguarding lead can advise how to share details safely.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                ],
            },
            {
                "key": "back-in-the-car",
                "title": "Back in the car",
                "text": "You're back in your car. It's early afternoon.",
                "choices": [
                    {
                        "text": "Call your designated safeguarding lead today, and write your note at the weekend.",
                        "goto": "end-good",
                        "feedback": "The same-day call is the most important part, well done. Try to write your note as soon as you can, while the details and her words are fresh.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Write a short, factual note of what Jo said, in her own words, and call your safeguarding lead today.",
                        "goto": "end-good",
                        "feedback": "Yes. A prompt, factual record and a same-day report are exactly what's needed.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "As she isn't in immediate danger, wait and see whether she tells you any more at your next visit.",
                        "goto": "end-not-passed-on",
                        "feedback": "Waiting leaves Jo without the help your organisation can offer. Concerns like this go to your safeguarding lead the same day.",
                        "rating": "unsafe",
                        "delays_escalation": True,
                        "points": 0,
                    },
                ],
            },
            {
                "key": "end-good",
                "title": "The right people know",
                "text": (
                    "Your safeguarding lead thanks you and talks through what happens next. She advises how to let Jo "
                    "know, safely, about the domestic abuse helpline for her nation, and you keep visiting as planned."
                ),
                "end": True,
                "debrief": (
                    "You listened calmly, didn't investigate, and were honest that you couldn't keep this secret. Then you "
                    "recorded what Jo said in her own words and told your safeguarding lead the same day. Controlling "
                    "behaviour like this can be coercive control, which often begins or gets worse in pregnancy, and there "
                    "may be no physical violence at all. Specialist support, such as the domestic abuse helpline for her "
                    "nation (England, Wales, Scotland and Northern Ireland each have one, listed in the signposting "
                    "directory), can help, but your safeguarding lead should advise on how to share it safely. If "
                    "anyone is ever in immediate danger, call 999 first and tell your safeguarding lead afterwards. Take "
                    "anything that stays with you to supervision."
                ),
            },
            {
                "key": "end-not-passed-on",
                "title": "A worry that stays with you",
                "text": (
                    "Jo's words stay with you, but nobody whose job it is to help has heard them. At your next visit she "
                    "seems quieter and says little."
                ),
                "end": True,
                "debrief": (
                    "It's hard to tell someone you can't keep their secret, and wanting to protect her trust is a kind "
                    "instinct. But with a safety concern, keeping quiet or waiting can leave a parent without help. The "
                    "safer route is to listen calmly, explain gently that you can't keep it just between you because it's "
                    "about her safety, then record what she said and tell your designated safeguarding lead the same day. "
                    "Telling her this honestly at the start protects your relationship too. Try the scenario again."
                ),
            },
            {
                "key": "end-risk-raised",
                "title": "A well-meant step with a risk attached",
                "text": (
                    "When you describe the visit to your safeguarding lead, she goes through it with you gently. With "
                    "controlling behaviour, some well-meant steps can make things riskier for the person living with it."
                ),
                "end": True,
                "debrief": (
                    "You clearly wanted to help Jo, and that matters. But your part is to notice, listen and pass concerns "
                    "on, not to investigate or act alone. Asking detailed questions can add pressure, and information left "
                    "where a controlling partner might find it can raise the risk. The safer route is to listen calmly, "
                    "avoid probing, be honest that you'll need to pass it on, then record it and tell your designated "
                    "safeguarding lead the same day. They can advise how to share specialist support safely. Try the "
                    "scenario again."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M5: checking through the night
    # ------------------------------------------------------------------
    {
        "module": "M5",
        "title": "Checking through the night",
        "slug": "scenario-checking-at-night",
        "summary": "A mum describes unwanted frightening thoughts and repeated checking, and asks you not to tell her health visitor.",
        "content_note": "A parent mentions unwanted, frightening thoughts about harm coming to her baby. The thoughts are not described.",
        "content_tags": ["intrusive thoughts", "infant harm"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "safety_critical": True,
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "A phone call",
                "text": (
                    "On a phone call, Sam tells you she gets up again and again each night to check her seven-week-old is "
                    "breathing. She has stopped bathing him because frightening pictures keep popping into her head. 'I'd "
                    "never do anything,' she says quietly. 'But please don't tell my health visitor. They'll take him away.'"
                ),
                "choices": [
                    {
                        "text": "Thank her for telling you, say it took courage, and that many parents have unwanted thoughts like these.",
                        "goto": "wont-tell",
                        "feedback": "Yes. You respond warmly and without alarm, which helps her keep talking.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Tell her you're sure she's a lovely mum who would never, ever hurt him, so there's nothing to worry about.",
                        "goto": "wont-tell",
                        "feedback": "Warm and well meant, but you can't know what lies behind the thoughts, and reassurance can close the conversation down. Thanking her and saying she's not alone may help more.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Tell her it sounds like classic OCD, that the thoughts are harmless, and that there's no need to tell anyone.",
                        "goto": "end-kept-quiet",
                        "feedback": "This diagnoses her and keeps a concern secret. A peer supporter can't tell OCD thoughts apart from other kinds of thinking, so every mention of thoughts of harm is passed on, warmly and calmly.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                ],
            },
            {
                "key": "wont-tell",
                "title": "'So you won't tell anyone?'",
                "text": "Sam goes quiet for a moment. 'So you won't tell anyone?' she asks.",
                "choices": [
                    {
                        "text": "Tell her you'll need to mention it to your coordinator, but don't say why, or what is likely to happen next.",
                        "goto": "what-to-say",
                        "feedback": "You're being honest, which is good. Explaining that you want to help her get proper support, and that services are there to help her get well, could ease her fear.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Promise you won't say anything, as long as she tells you if things get worse.",
                        "goto": "end-kept-quiet",
                        "feedback": "Never promise secrecy. It leaves Sam without proper support, and leaves you holding something you shouldn't hold alone.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                    {
                        "text": "Be honest you'll talk it through with your coordinator, name her fear gently, and say help is there.",
                        "goto": "what-to-say",
                        "feedback": "Yes. Honesty and warmth together. Naming her fear shows you've heard it without making promises you can't keep.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "what-to-say",
                "title": "Finding a way to ask for help",
                "text": "Sam says she might be able to talk to her GP, if only she knew what to say.",
                "choices": [
                    {
                        "text": "Suggest she reads up about OCD online before she goes, so that she can explain it all to the GP herself.",
                        "goto": "after-the-call",
                        "feedback": "Encouraging her to see the GP is right, but a label could steer her (or the GP) in the wrong direction. Her own words are enough; assessing is the GP's job.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Offer to help her plan what to say to her GP or health visitor, and agree when you'll next talk.",
                        "goto": "after-the-call",
                        "feedback": "Lovely. Practical help like this is well within the peer role.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "after-the-call",
                "title": "After the call",
                "text": "The call ends. Sam has agreed to ring her GP in the morning.",
                "choices": [
                    {
                        "text": "Email your coordinator a full account tonight, so they can pick it up when they're back next week.",
                        "goto": "end-kept-quiet",
                        "feedback": "Writing it down is good, but a parent's thoughts of harm need talking through with your coordinator the same day, not next week.",
                        "rating": "unsafe",
                        "delays_escalation": True,
                        "points": 0,
                    },
                    {
                        "text": "Decide it's probably OCD rather than a safety issue, and keep it to yourself.",
                        "goto": "end-kept-quiet",
                        "feedback": "You can't tell these thoughts apart, and nobody expects you to. That's exactly why they're always passed on.",
                        "rating": "unsafe",
                        "delays_escalation": True,
                        "points": 0,
                    },
                    {
                        "text": "Tell your coordinator today, as your organisation's procedure says, and note Sam's own words.",
                        "goto": "end-good",
                        "feedback": "Yes. Any mention of thoughts of harm goes to your coordinator the same day.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "end-good",
                "title": "Support in place",
                "text": (
                    "Your coordinator thanks you and follows up. Sam sees her GP, who arranges support. When you next "
                    "speak, she says it was a relief to finally say it out loud."
                ),
                "end": True,
                "debrief": (
                    "You stayed warm and calm, didn't label what Sam was going through, and were honest that you couldn't "
                    "keep it to yourself. Unwanted, frightening thoughts are common around pregnancy and birth, and help "
                    "is available. But a peer supporter can't tell these thoughts apart from psychosis or suicidal "
                    "thinking, so every mention of thoughts of harm is talked through with your coordinator the same "
                    "day, and you support the parent to tell her GP, midwife or health visitor herself. Talking it "
                    "through is supervision and support, not a safeguarding referral: professionals hear about "
                    "unwanted thoughts often, and your coordinator decides whether anything more is needed. If anyone "
                    "is ever in immediate danger, call 999. Maternal OCD, OCD-UK, the PANDAS Foundation and Mind "
                    "Infoline are in your directory if she would like more support. Take the conversation to "
                    "supervision if it stays with you."
                ),
            },
            {
                "key": "end-kept-quiet",
                "title": "Carrying it alone",
                "text": (
                    "Sam feels relieved for a while, but nothing changes. She keeps checking through the night, and you "
                    "are left holding a worry that nobody else knows about."
                ),
                "end": True,
                "debrief": (
                    "When a parent is frightened of losing her baby, it's natural to want to reassure her and protect her "
                    "trust. But deciding what her thoughts mean is a diagnosis, and promising secrecy leaves her without "
                    "proper support. The safer route is to thank her, say calmly that many parents have unwanted thoughts "
                    "and help exists, be honest that you can't keep it to yourself, and tell your coordinator the same day. "
                    "Then help her plan what to say to her GP or health visitor. Try the scenario again."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M6: a call six days after the birth
    # ------------------------------------------------------------------
    {
        "module": "M6",
        "title": "A phone call six days after the birth",
        "slug": "scenario-partner-call",
        "summary": "A worried partner describes sudden changes in his wife after the birth and asks whether to wait until tomorrow.",
        "content_note": "A partner describes possible signs of postpartum psychosis. Nobody is harmed, and nothing is described in graphic detail.",
        "content_tags": ["psychosis"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "safety_critical": True,
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "Dan rings",
                "text": (
                    "Dan rings you. His partner Leah gave birth six days ago. They live in England. For two nights she "
                    "hasn't slept, her speech is racing, and she keeps telling him their baby is here to put the whole "
                    "world right. 'She's not herself,' he says. 'Should we just see how she is tomorrow?'"
                ),
                "choices": [
                    {
                        "text": "Calmly tell him these could be signs of something serious, and that Leah needs urgent medical help now.",
                        "goto": "which-number",
                        "feedback": "Yes. You don't need to know what's wrong to know that sudden changes like these after birth need urgent help now.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Ask him some more questions about how long this has been going on before you say what to do.",
                        "goto": "end-help-delayed",
                        "feedback": "Understanding more feels careful, but every minute counts here. Sudden changes like these soon after birth need urgent medical help now, before anything else.",
                        "rating": "unsafe",
                        "delays_escalation": True,
                        "points": 0,
                    },
                    {
                        "text": "Suggest she tries to get a good night's sleep, and that he rings the GP in the morning if she's no better.",
                        "goto": "end-help-delayed",
                        "feedback": "Waiting isn't safe. These could be signs of postpartum psychosis, which can get worse very quickly and is always a medical emergency.",
                        "rating": "unsafe",
                        "delays_escalation": True,
                        "points": 0,
                    },
                ],
            },
            {
                "key": "which-number",
                "title": "'Who do I call?'",
                "text": (
                    "Dan says Leah isn't trying to hurt anyone, but he's scared and doesn't know who to ring."
                ),
                "choices": [
                    {
                        "text": "Tell him to ring 999 now, and to stay with Leah and the baby until help arrives.",
                        "goto": "before-he-goes",
                        "feedback": "Calling 999 is never wrong when you're unsure: the rule is 'if in doubt, call 999'. Giving him the urgent line for England as well, and when to use each, can help him act with confidence.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Tell him to call NHS 111, option 2, now, or 999 if anyone may be in danger or he isn't sure.",
                        "goto": "before-he-goes",
                        "feedback": "Yes. He knows the urgent route for England and exactly when to use 999 instead.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Give him the Samaritans number, so that he has someone kind to talk to tonight while Leah gets some rest.",
                        "goto": "end-help-delayed",
                        "feedback": "Samaritans is a listening service, and Dan may well need support. But Leah needs urgent medical help now: 999, or NHS 111 option 2 in England.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                ],
            },
            {
                "key": "before-he-goes",
                "title": "Before he goes",
                "text": "Dan says he'll ring straight away.",
                "choices": [
                    {
                        "text": "Wish him luck and end the call quickly, so that nothing at all holds him up from ringing straight away.",
                        "goto": "after-the-call",
                        "feedback": "Not holding him up is sensible. A few seconds to check he knows exactly what he's doing, and to encourage him to stay with Leah, would make it safer.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Check he knows what he'll do next, encourage him to stay with Leah, and to call 999 if things change.",
                        "goto": "after-the-call",
                        "feedback": "Yes. A clear next step and a plan if things change help a frightened partner act.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "after-the-call",
                "title": "After the call",
                "text": "The call has ended.",
                "choices": [
                    {
                        "text": "Tell your coordinator straight away, write a factual note of the call, and ask for a debrief.",
                        "goto": "end-good",
                        "feedback": "Yes. Your coordinator needs to know as soon as the call ends, and a debrief is a normal part of a crisis, not a sign you didn't cope.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Write up careful notes of the call tonight, and tell your coordinator about it at your next catch-up.",
                        "goto": "end-told-late",
                        "feedback": "Careful notes are good, but after a call like this your coordinator needs to know straight away, not at a catch-up. You deserve a debrief too.",
                        "rating": "unsafe",
                        "delays_escalation": True,
                        "points": 0,
                    },
                ],
            },
            {
                "key": "end-good",
                "title": "Help that night",
                "text": (
                    "Dan calls NHS 111 and Leah is seen urgently that night. Your coordinator thanks you for acting quickly, "
                    "and you talk the call through together the next day."
                ),
                "end": True,
                "debrief": (
                    "You recognised that sudden changes soon after birth (no sleep, racing speech, unusual beliefs) could be "
                    "postpartum psychosis, which is always a medical emergency, and you didn't let anyone 'wait and see'. "
                    "You gave the right route for England (NHS 111, option 2) and made clear that 999 is the answer if anyone "
                    "is in danger or he's unsure. In Wales it's NHS 111 then press 2; in Scotland NHS 24 on 111; in Northern "
                    "Ireland her GP the same day or the GP out-of-hours service, her perinatal team, A&E, or 999 (Lifeline "
                    "is for distress and suicidal crisis, not for suspected psychosis). Then you told your coordinator and asked for a debrief. Most women "
                    "recover fully with the right care, and Action on Postpartum Psychosis offers peer support afterwards."
                ),
            },
            {
                "key": "end-told-late",
                "title": "Nobody else knows",
                "text": "Leah gets help that night, but your coordinator doesn't hear about the call for days, and you carry it on your own.",
                "end": True,
                "debrief": "You helped Dan get Leah urgent help, which mattered most. But a crisis call is never something to hold until a catch-up: your coordinator needs to know as soon as the call ends, so they can follow up, check your notes and offer you a debrief. Try the scenario again.",
            },
            {
                "key": "end-help-delayed",
                "title": "Help comes later",
                "text": (
                    "Dan waits. By the next morning Leah is much more unwell, and the family need emergency help. She gets "
                    "it, but later than she could have."
                ),
                "end": True,
                "debrief": (
                    "Wanting to calm a worried partner is a kind instinct, and these conversations are frightening. But "
                    "postpartum psychosis can get worse very quickly, and it always needs urgent medical help, never "
                    "'wait and see' or a listening line on its own. The safe route is to tell him calmly that she needs "
                    "help now: 999 if anyone may be in danger or he isn't sure, otherwise the urgent line for their nation "
                    "(NHS 111 option 2 in England). Then tell your coordinator straight away. Please try the scenario again, "
                    "and talk it through with your trainer if it has stirred anything up."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M7: a remark in the postnatal group
    # ------------------------------------------------------------------
    {
        "module": "M7",
        "title": "A remark in the postnatal group",
        "slug": "scenario-group-remark",
        "summary": "A mum mentions her stillborn first baby in a group, and another member responds with an 'at least' remark.",
        "content_note": "A parent mentions that her first baby was stillborn. Nothing is described in detail.",
        "content_tags": ["stillbirth", "bereavement"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "'At least…'",
                "text": (
                    "In your postnatal group, Amira mentions that her first baby, Noor, was stillborn last year. Before "
                    "anyone else speaks, another member, Kate, says kindly, 'Well, at least you've got this one now.' "
                    "Amira looks down at her lap."
                ),
                "choices": [
                    {
                        "text": "Say, 'Let's make sure we're really listening to each other,' and move the group on.",
                        "goto": "the-group",
                        "feedback": "This protects the space, which is good. Acknowledging Noor first would let Amira know her baby counts.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Agree with Kate that it's lovely Amira has a healthy baby now, to keep things positive.",
                        "goto": "end-loss-minimised",
                        "feedback": "This repeats the 'at least' message and makes Amira's loss smaller, even though it's meant kindly.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                    {
                        "text": "Step in gently: use Noor's name, and say Amira may be holding love for this baby and grief for her first.",
                        "goto": "the-group",
                        "feedback": "Yes. Using Noor's name shows you see her as a real baby who mattered, and you make room for both feelings.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "the-group",
                "title": "An awkward moment",
                "text": "Amira nods. Kate has gone a little pink and looks embarrassed.",
                "choices": [
                    {
                        "text": "Say nothing more about it in front of the others, to spare Kate's feelings and to keep the peace.",
                        "goto": "after-the-session",
                        "feedback": "Sparing Kate is kind, but a light, general reminder of your group agreement helps everyone know how to respond next time.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Remind the whole group, without singling anyone out, that you agreed to listen rather than fix.",
                        "goto": "after-the-session",
                        "feedback": "Yes. A calm reminder to everyone looks after the group without shaming Kate, who almost certainly meant well.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "after-the-session",
                "title": "As people leave",
                "text": "The session is ending and people are packing up.",
                "choices": [
                    {
                        "text": "Check in privately with both Amira and Kate, and tell your coordinator or supervisor what happened.",
                        "goto": "anywhere-else",
                        "feedback": "Yes. Both may be feeling raw, and your coordinator or supervisor should know.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Check in privately with Amira before she goes, and leave Kate to head off home as usual with the others.",
                        "goto": "anywhere-else",
                        "feedback": "Checking in with Amira is the priority, well done. Kate may be feeling awful too, and a quick word with her helps the group stay safe for everyone.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                ],
            },
            {
                "key": "anywhere-else",
                "title": "'Is there anywhere else?'",
                "text": (
                    "Talking with you afterwards, Amira says she's never met anyone who really 'gets it', and asks whether "
                    "there's anywhere else she could go for support."
                ),
                "choices": [
                    {
                        "text": "Tell her about baby loss charities such as Sands and Tommy's, alongside her midwife, health visitor or GP.",
                        "goto": "end-good",
                        "feedback": "Yes. Specialist organisations offer bereavement support you can't, and checking your directory means the details are current.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Suggest she talks to her GP about it, as they will know what support there is for her locally.",
                        "goto": "end-good",
                        "feedback": "Her GP is a good contact, but she's asking for people who 'get it'. Specialist baby loss charities could offer exactly that.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                ],
            },
            {
                "key": "end-good",
                "title": "Noor is remembered",
                "text": (
                    "Amira thanks you for saying Noor's name. She contacts a baby loss charity that week, and keeps "
                    "coming to the group. Kate makes a point of sitting with her next time."
                ),
                "end": True,
                "debrief": (
                    "You stepped in gently, acknowledged Noor by name, and made room for Amira's love for this baby and grief "
                    "for her first. You reminded the group of its agreement without shaming anyone, checked in with both "
                    "parents, and told your coordinator or supervisor. 'At least' phrases are usually meant kindly but make "
                    "a loss smaller. Specialist charities such as Sands and Tommy's offer bereavement support; check your "
                    "organisation's directory for current details. If a bereaved parent ever says she can't go on, follow "
                    "your crisis protocol straight away."
                ),
            },
            {
                "key": "end-loss-minimised",
                "title": "Amira goes quiet",
                "text": (
                    "Amira says little for the rest of the session, and she doesn't come back the following week."
                ),
                "end": True,
                "debrief": (
                    "Wanting to keep a group upbeat is understandable, and phrases like 'at least' are everywhere in "
                    "everyday life. But to a bereaved parent they can sound as if her baby doesn't count. The safer route "
                    "is to step in gently, use the baby's name, acknowledge that she may be holding love and grief together, "
                    "and remind the group that you agreed to listen rather than fix. Then check in privately with both "
                    "parents and tell your coordinator or supervisor. Try the scenario again."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M7 alternative: the same skills, without a baby's death
    # ------------------------------------------------------------------
    {
        "module": "M7",
        "title": "Another remark in the postnatal group",
        "slug": "scenario-group-remark-birth",
        "alternative_to": "scenario-group-remark",
        "summary": "A mum mentions a frightening birth in a group, and another member responds with an 'at least' remark.",
        "content_note": "A parent mentions that her baby's birth was an emergency and frightening. Nothing is described in detail, and nobody dies.",
        "content_tags": ["birth trauma"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "'At least…'",
                "text": (
                    "In your postnatal group, Rosie says quietly that her son Leo's birth was an emergency, and that for a "
                    "while she was frightened she might lose him. Before anyone else speaks, another member, Jess, says "
                    "brightly, 'Well, at least you both came out of it fine!' Rosie looks down at her lap."
                ),
                "choices": [
                    {
                        "text": "Say, 'Let's make sure we're really listening to each other,' and move the group gently on to the next person.",
                        "goto": "the-group",
                        "feedback": "This protects the space, which is good. Acknowledging what Rosie said first would let her know her fear counts.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Step in gently: say it sounds as if it was really frightening, and that it's OK if it still feels big.",
                        "goto": "the-group",
                        "feedback": "Yes. You take her fear seriously, and make room for it alongside her relief that Leo is well.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Agree with Jess that the main thing is they're both healthy now, to keep the mood positive.",
                        "goto": "end-fear-minimised",
                        "feedback": "This repeats the 'at least' message and makes what Rosie went through smaller, even though it's meant kindly.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                ],
            },
            {
                "key": "the-group",
                "title": "An awkward moment",
                "text": "Rosie nods. Jess has gone a little pink and looks embarrassed.",
                "choices": [
                    {
                        "text": "Remind the whole group, without singling anyone out, that you agreed to listen rather than fix.",
                        "goto": "after-the-session",
                        "feedback": "Yes. A calm reminder to everyone looks after the group without shaming Jess, who almost certainly meant well.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Say nothing more about it in front of the others, to spare Jess's feelings and to keep the peace.",
                        "goto": "after-the-session",
                        "feedback": "Sparing Jess is kind, but a light, general reminder of your group agreement helps everyone know how to respond next time.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                ],
            },
            {
                "key": "after-the-session",
                "title": "As people leave",
                "text": "The session is ending and people are packing up.",
                "choices": [
                    {
                        "text": "Check in privately with Rosie before she goes, and leave Jess to head off home as usual with the others.",
                        "goto": "anywhere-else",
                        "feedback": "Checking in with Rosie is the priority, well done. Jess may be feeling awful too, and a quick word with her helps the group stay safe for everyone.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Check in privately with both Rosie and Jess, and tell your coordinator or supervisor what happened.",
                        "goto": "anywhere-else",
                        "feedback": "Yes. Both may be feeling raw, and your coordinator or supervisor should know.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "anywhere-else",
                "title": "'Is there anywhere I could go?'",
                "text": (
                    "Talking with you afterwards, Rosie says the birth keeps coming back to her, and she takes the long way "
                    "round so she doesn't pass the hospital. She asks whether there's anywhere she could get support."
                ),
                "choices": [
                    {
                        "text": "Give her the Birth Trauma Association's details, and leave it to her to decide whether to get in touch.",
                        "goto": "end-good",
                        "feedback": "Specialist support is a good thing to share. What she describes is also worth telling her GP, midwife or health visitor, so encourage that too.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Encourage her to tell her GP, midwife or health visitor how she's been, and mention the Birth Trauma Association.",
                        "goto": "end-good",
                        "feedback": "Yes. You don't need to know what it is: professionals can assess and help, and a specialist charity offers support from people who understand.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "end-good",
                "title": "Rosie feels heard",
                "text": (
                    "Rosie thanks you for taking it seriously. She talks to her health visitor the following week, and "
                    "keeps coming to the group. Jess makes a point of sitting with her next time."
                ),
                "end": True,
                "debrief": (
                    "You stepped in gently, took Rosie's fear seriously, and made room for it alongside her relief. You "
                    "reminded the group of its agreement without shaming anyone, checked in with both parents, and told your "
                    "coordinator or supervisor. 'At least' phrases are usually meant kindly, but they can make a hard "
                    "experience smaller. The Birth Trauma Association describes flashbacks, feeling constantly on alert, "
                    "anxiety and avoiding reminders after a difficult birth, and says partners who saw the birth can be "
                    "affected too. You don't diagnose: you help her talk to her GP, midwife or health visitor, and check your "
                    "organisation's directory for specialist support."
                ),
            },
            {
                "key": "end-fear-minimised",
                "title": "Rosie goes quiet",
                "text": (
                    "Rosie says little for the rest of the session, and she doesn't come back the following week."
                ),
                "end": True,
                "debrief": (
                    "Wanting to keep a group upbeat is understandable, and phrases like 'at least' are everywhere in "
                    "everyday life. But to a parent who was frightened for her baby's life, they can sound as if what she "
                    "went through doesn't count. The safer route is to step in gently, acknowledge the fear, and remind the "
                    "group that you agreed to listen rather than fix. Then check in privately with both parents and tell "
                    "your coordinator or supervisor. You can take the scenario again whenever you're ready."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M8: night feeds on the sofa
    # ------------------------------------------------------------------
    {
        "module": "M8",
        "title": "Night feeds on the sofa",
        "slug": "scenario-sofa-night-feeds",
        "summary": "An exhausted mum mentions dozing off on the sofa with her baby during night feeds.",
        "content_note": "Mentions the risks of sleeping with a baby on a sofa and, briefly, sudden infant death. No detail is given.",
        "content_tags": ["sudden infant death", "exhaustion"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        # A baby sleeping on a sofa is a risk to life: a delay in telling the
        # coordinator is unsafe here, as in M3 to M6.
        "safety_critical": True,
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "'We're both fine'",
                "text": (
                    "On a home visit, Gemma tells you that during night feeds she often nods off on the sofa with her "
                    "six-week-old on her chest, because getting back to bed feels impossible. She laughs: 'We're both fine, "
                    "though.'"
                ),
                "choices": [
                    {
                        "text": "Tell her straight away, and firmly, that she mustn't ever do that again with the baby.",
                        "goto": "the-message",
                        "feedback": "The message is important, but said like this it can feel like a telling-off, and she may stop confiding in you. Listen first, then share it kindly.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Listen without blame, reflect how exhausted she sounds, and ask what the nights are like.",
                        "goto": "the-message",
                        "feedback": "Yes. She's worn out, not careless. Listening first makes it easier for her to hear the safety message.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Laugh along: lots of parents do it, and it's fine as long as she's really careful about it.",
                        "goto": "end-unsafe-sleep",
                        "feedback": "This isn't accurate. The safer sleep advice is never to sleep on a sofa or in an armchair with a baby.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                ],
            },
            {
                "key": "the-message",
                "title": "The nights are a blur",
                "text": "Gemma says the nights are a blur and she just can't keep her eyes open.",
                "choices": [
                    {
                        "text": "Tell her the health visitor can talk to her about sleep, without mentioning the sofa yourself.",
                        "goto": "the-nights",
                        "feedback": "Signposting is right, but this key safety message is worth sharing now, kindly and accurately.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Share The Lullaby Trust's information on night feeds, including making a bed safer than the sofa.",
                        "goto": "the-nights",
                        "feedback": "Yes. You share the message accurately and say where it comes from: never sleep on a sofa or armchair with a baby; plan night feeds; if she might fall asleep, a bed made ready for the baby is much less risky; and the times never to share a bed. You don't add advice of your own.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Suggest she takes the baby into her bed instead, as that must surely be safer than the sofa.",
                        "goto": "the-nights",
                        "feedback": "Not your advice to give. The Lullaby Trust does say a bed made ready for the baby is much less risky than a sofa, but where her baby sleeps is Gemma's decision, and there are times The Lullaby Trust says never to share a bed. Share its information and point her to her health visitor, rather than suggesting what to do.",
                        "rating": "not_yours",
                        "points": 0,
                    },
                ],
            },
            {
                "key": "the-nights",
                "title": "Getting through the nights",
                "text": "Gemma takes the leaflet and says she doesn't know how she'll manage the nights.",
                "choices": [
                    {
                        "text": "Talk about who might help with nights, and encourage her to see her health visitor soon about how she's coping.",
                        "goto": "after-the-visit",
                        "feedback": "Yes. The exhaustion itself needs attention, and her health visitor can help with her own situation.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Give her The Lullaby Trust's helpline number, and leave the rest to them and to her health visitor.",
                        "goto": "after-the-visit",
                        "feedback": "Useful information, but her exhaustion needs attention too. Thinking together about who could help, and encouraging her to see her health visitor, would support her more.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                ],
            },
            {
                "key": "after-the-visit",
                "title": "After the visit",
                "text": "You've said goodbye to Gemma.",
                "choices": [
                    {
                        "text": "Tell your coordinator, who may want to follow it up, and note what you talked about.",
                        "goto": "end-good",
                        "feedback": "Yes. Your coordinator can decide whether anything more is needed.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Make a note, and bring it to your next supervision so that you can talk it through properly then.",
                        "goto": "end-told-late",
                        "feedback": "Good to reflect on it, but a baby sleeping on a sofa is a risk to life: your coordinator should hear about it today, not at your next supervision.",
                        "rating": "unsafe",
                        "delays_escalation": True,
                        "points": 0,
                    },
                ],
            },
            {
                "key": "end-good",
                "title": "Help with the nights",
                "text": (
                    "Gemma talks to her health visitor, and her mum starts coming over two nights a week. At your next visit "
                    "she says the nights feel a little more manageable."
                ),
                "end": True,
                "debrief": (
                    "You listened without blame, then shared The Lullaby Trust's message accurately: never sleep on a sofa "
                    "or armchair with a baby; plan night feeds; and if she might fall asleep, a bed made ready for the baby "
                    "is much less risky than the sofa, except in the situations where The Lullaby Trust says never to share "
                    "a bed (smoking, alcohol, drugs or drowsy-making medication, extreme tiredness, or a baby born premature "
                    "or small). You didn't add tips of your own. You took her exhaustion seriously, encouraged "
                    "her to see her health visitor and told your coordinator. The Lullaby Trust's helpline is 0808 802 6869 "
                    "(check the hours in your directory). If exhaustion ever comes with very low mood, thoughts of harm or a "
                    "sudden change in how someone is behaving, use the escalation routes from M4 and M6."
                ),
            },
            {
                "key": "end-told-late",
                "title": "Nobody else knows yet",
                "text": (
                    "Gemma has the Lullaby Trust's information, but weeks pass before your coordinator hears about the "
                    "nights on the sofa, and nobody has followed up."
                ),
                "end": True,
                "debrief": (
                    "You listened well and shared the safer sleep message accurately. But a baby sleeping on a sofa is a "
                    "risk to life, and an exhausted parent may need more help than one visit can give. Tell your "
                    "coordinator the same day, so that they can decide whether anything more is needed. Try the scenario "
                    "again."
                ),
            },
            {
                "key": "end-unsafe-sleep",
                "title": "A risk that stays",
                "text": (
                    "Gemma leaves the visit reassured, and carries on as before. Nobody has shared the safer sleep messages "
                    "with her, and her exhaustion hasn't been picked up."
                ),
                "end": True,
                "debrief": (
                    "It's kind to want to ease a tired parent's worry, and sleep advice from friends and family is often "
                    "mixed. But your role is to pass on the agreed safer sleep messages accurately, not to reassure or add "
                    "your own tips. The safer route is to listen without blame, kindly share The Lullaby Trust's advice "
                    "(never sleep on a sofa or armchair with a baby, and its plan for night feeds, including making a bed "
                    "safer), encourage her to talk to her health visitor about "
                    "sleep and coping, and tell your coordinator. Try the scenario again."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M9: too much detail in the group
    # ------------------------------------------------------------------
    {
        "module": "M9",
        "title": "Too much detail in the group",
        "slug": "scenario-too-much-detail",
        "summary": "A group member starts describing a difficult birth in vivid detail while another member looks distressed.",
        "content_note": "A group member starts to describe a difficult birth. The scenario doesn't include any of the detail.",
        "content_tags": ["birth trauma", "distress"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "A story gathering pace",
                "text": (
                    "Ten minutes into a group you're co-facilitating, Beth starts telling everyone about her emergency "
                    "caesarean, going into vivid detail. Across the circle, Lou has turned pale and is looking fixedly at the floor."
                ),
                "choices": [
                    {
                        "text": "Wait until Beth has finished, then remind everyone about the agreement on detail.",
                        "goto": "lou",
                        "feedback": "The reminder is right, but watching faces as well as words means stepping in sooner when someone is struggling to listen.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Gently step in: thank Beth, acknowledge how frightening it sounds, and ask how it feels for her now.",
                        "goto": "lou",
                        "feedback": "Yes. Beth feels heard, and the conversation moves away from the detail without shutting her down.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Let Beth carry on right to the end. She needs to get it out, and the others will cope with hearing it.",
                        "goto": "end-room-unsafe",
                        "feedback": "Beth does need to be heard, but Lou is clearly struggling. Holding the room means looking after everyone in it.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                ],
            },
            {
                "key": "lou",
                "title": "Lou is still struggling",
                "text": "Beth pauses. Lou is still looking down, and her breathing is fast.",
                "choices": [
                    {
                        "text": "Kindly remind the group what you agreed about detail, while your co-facilitator quietly checks on Lou.",
                        "goto": "closing",
                        "feedback": "Yes. The reminder is for everyone, and Lou gets support without being put on the spot.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Carry on with the planned activity so that the group isn't disrupted, and check on Lou quietly at the end.",
                        "goto": "closing",
                        "feedback": "Checking on Lou matters, but she needs support now. Safety comes before finishing the activity, and co-facilitating means one of you can step out with her.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                ],
            },
            {
                "key": "closing",
                "title": "As the session ends",
                "text": "The session is ending. Beth is lingering by the door.",
                "choices": [
                    {
                        "text": "Offer Beth some time one to one, where she can say more, and check that Lou is OK before she leaves.",
                        "goto": "debrief",
                        "feedback": "Yes. Beth's story matters and deserves a better space, and Lou is looked after.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Thank everyone for coming, and close the session as usual so that it finishes on time for everyone.",
                        "goto": "debrief",
                        "feedback": "A warm close is good, but Beth may need somewhere to finish what she started, and Lou may still be shaken.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                ],
            },
            {
                "key": "debrief",
                "title": "Just the two of you",
                "text": "Everyone has gone. You and your co-facilitator are stacking the chairs.",
                "choices": [
                    {
                        "text": "Head home, and write it all up in your reflective log later on, once you've both had a proper rest tonight.",
                        "goto": "end-good",
                        "feedback": "Reflecting is good, but a quick debrief together helps you both and checks whether anything needs passing on.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Take ten minutes together: what went well, what was hard, anything to pass on, and how you both feel.",
                        "goto": "end-good",
                        "feedback": "Yes. A short debrief after every session looks after you both and catches anything that needs passing on.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "end-good",
                "title": "Everyone stays in the room",
                "text": (
                    "Beth takes up the offer of a one-to-one chat. Lou tells your co-facilitator she's glad someone noticed, "
                    "and comes back the following week."
                ),
                "end": True,
                "debrief": (
                    "You honoured Beth's story while steering away from the detail, and kept the room safe for Lou. You "
                    "reminded everyone of the group agreement without blaming anyone, offered Beth a better space to say "
                    "more, and debriefed with your co-facilitator. If anything Beth said suggested she or her baby might "
                    "not be safe, you would pause the group and follow the safeguarding and crisis steps. Take anything "
                    "that stays with you to supervision."
                ),
            },
            {
                "key": "end-room-unsafe",
                "title": "Lou slips away",
                "text": (
                    "Beth finishes her story. By then Lou has quietly left the room, and she doesn't come to the next session."
                ),
                "end": True,
                "debrief": (
                    "It's hard to interrupt someone who is sharing something painful, and wanting Beth to be heard is a kind "
                    "instinct. But a group only feels safe if everyone can stay in the room. The safer route is to step in "
                    "gently: acknowledge Beth, ask how it feels for her now, remind the group of what you agreed about "
                    "detail, have your co-facilitator check in with anyone affected, and offer Beth time one to one "
                    "afterwards. Try the scenario again."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M10: a dad supported for his own mental health
    # ------------------------------------------------------------------
    {
        "module": "M10",
        "title": "A dad who is struggling too",
        "slug": "scenario-dad-struggling-too",
        "summary": "A dad whose partner has postnatal depression rings to ask whether your support is 'only for mums'.",
        "content_note": "A father talks about feeling low while his partner has postnatal depression. Nothing is described in detail.",
        "content_tags": ["low mood"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "'Is it only for mums?'",
                "text": (
                    "Marcus rings the peer support line. His partner, Chloe, has postnatal depression and is getting help "
                    "from her GP. A little awkwardly, he asks whether your groups are 'only for mums'. He isn't sleeping, "
                    "he's snapping at everyone, and he says he feels he's 'failing them both'."
                ),
                "choices": [
                    {
                        "text": "Reassure him that the groups are open to dads too, and give him the dates and times of the next few sessions.",
                        "goto": "not-told-anyone",
                        "feedback": "Useful to know, but he has just told you he's struggling. Listening first lets him know that matters.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Tell him the service is really for mums, and suggest he concentrates on supporting Chloe for now.",
                        "goto": "end-turned-away",
                        "feedback": "This could leave him feeling his struggles don't count. Partners need support in their own right.",
                        "rating": "unsafe",
                        "points": 0,
                    },
                    {
                        "text": "Thank him for ringing, say dads and partners can struggle too, and ask what things have been like for him.",
                        "goto": "not-told-anyone",
                        "feedback": "Yes. You take him seriously, and let him tell you about his own experience.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "not-told-anyone",
                "title": "'I haven't told anyone'",
                "text": (
                    "Marcus says he hasn't told anyone, not even Chloe, because she has enough on her plate. At work he "
                    "says he's 'fine'. He has been feeling low for weeks."
                ),
                "choices": [
                    {
                        "text": "Tell him it sounds as though he has postnatal depression too, and that he should ask his GP for some tablets.",
                        "goto": "anything-for-me",
                        "feedback": "You can't diagnose, and medicines aren't yours to suggest. Encourage him to tell his GP how he's been, and leave the rest to them.",
                        "rating": "not_yours",
                        "points": 0,
                    },
                    {
                        "text": "Say postnatal depression can affect dads and partners too, and encourage him to tell his GP how he's been.",
                        "goto": "anything-for-me",
                        "feedback": "Yes. You share what's known without diagnosing, and point him to someone who can assess and help.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Tell him lots of new dads feel low and tired, and that things often settle as the baby gets older.",
                        "goto": "anything-for-me",
                        "feedback": "Knowing he isn't alone can help, but 'it'll settle' may stop him getting help he needs. Encourage him to talk to his GP.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                ],
            },
            {
                "key": "anything-for-me",
                "title": "'Is there anything for me?'",
                "text": "He asks whether there's any support for him, not just for Chloe.",
                "choices": [
                    {
                        "text": "Suggest he searches online for support for dads, as there's plenty out there now if he has a look.",
                        "goto": "after-the-call",
                        "feedback": "He may find something, but he has asked you. Looking in your organisation's directory together means the details are current and local.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                    {
                        "text": "Look in your organisation's directory with him, and ask whether he'd like a group or to talk one to one.",
                        "goto": "after-the-call",
                        "feedback": "Yes. He chooses what suits him, from support you know is current.",
                        "rating": "best",
                        "points": 2,
                    },
                ],
            },
            {
                "key": "after-the-call",
                "title": "After the call",
                "text": "The call ends. Marcus says he'll think about speaking to his GP.",
                "choices": [
                    {
                        "text": "Make a note as your organisation asks, and tell your coordinator, so that someone can check in with him.",
                        "goto": "end-good",
                        "feedback": "Yes. Your coordinator can make sure he isn't left on his own with it, and you have support too.",
                        "rating": "best",
                        "points": 2,
                    },
                    {
                        "text": "Keep the call to yourself, since he doesn't want Chloe to know, and leave it to him to ring back.",
                        "goto": "end-good",
                        "feedback": "Respecting his wish about Chloe is right, but your coordinator should still know, so that he has a way back in.",
                        "rating": "acceptable",
                        "points": 1,
                    },
                ],
            },
            {
                "key": "end-good",
                "title": "Marcus comes along",
                "text": (
                    "A fortnight later Marcus comes to a session. He has seen his GP, and he has started to talk to Chloe "
                    "about how he's been."
                ),
                "end": True,
                "debrief": (
                    "You took Marcus seriously as someone who needs support in his own right. Up to 1 in 10 fathers "
                    "experience perinatal depression, and a father's depression is closely linked with his partner's. "
                    "The NHS says postnatal depression can affect fathers and partners. You didn't diagnose: you "
                    "encouraged him to talk to his GP, helped him choose support from your directory, and told your "
                    "coordinator. Scotland's perinatal action plan says support for men should be expanded, and a review "
                    "found no peer-reviewed research on peer support for fathers, so what you notice matters. If a dad "
                    "ever talks about "
                    "not wanting to be here, follow your crisis protocol straight away, as you would for a mum."
                ),
            },
            {
                "key": "end-turned-away",
                "title": "Marcus hangs up",
                "text": "Marcus says, 'Right, fair enough,' and ends the call. He doesn't ring again.",
                "end": True,
                "debrief": (
                    "Services are often set up around mothers, and it can seem kind to point a dad back to supporting his "
                    "partner. But postnatal depression can affect fathers and partners too, and a dad who finally asks for "
                    "help may not ask twice. Thank him, listen to what it's like for him, encourage him to talk to his GP, "
                    "and help him find support from your directory. You can take the scenario again whenever you're ready."
                ),
            },
        ],
    },
]

BRANCHING += MORE_BRANCHING

FREE_TEXT = [
    # ------------------------------------------------------------------
    # M1: "Are you a counsellor, then?"
    # ------------------------------------------------------------------
    {
        "module": "M1",
        "title": '"Are you a counsellor, then?"',
        "slug": "written-are-you-a-counsellor",
        "prompt": (
            "You've just run your first peer support group. As people leave, a new member hangs back and asks you "
            "quietly whether you're a counsellor, and whether you can tell her if what she's feeling is postnatal "
            "depression. She lives in England. Write what you would say and do next, in 100-250 words."
        ),
        "model_answer": (
            "Key issue: she is asking for a diagnosis and may be struggling. The peer supporter should answer warmly "
            "and honestly, without diagnosing.\n\n"
            "Example: 'I'm really glad you asked. I'm not a counsellor. I'm a peer supporter, which means I've had my "
            "own difficult time around having a baby and I'm further along now. [Sharing this is the trainee's "
            "choice; 'I've been where you might be' is enough.] So I can't tell you whether it's "
            "postnatal depression, but I'd really like to hear what's been going on for you.' Then listen, using open "
            "questions and reflecting what she says ('It sounds like you've been carrying this on your own'). If she "
            "wants to know more, explain that her GP, midwife or health visitor can talk it through with her properly, "
            "and offer to help her think about what she'd like to say. Let her know the group is there for her whether "
            "or not she has a diagnosis.\n\n"
            "Check for risk: if she mentions not wanting to be alive or thoughts of harm, follow the crisis and "
            "safeguarding steps (999 if immediate danger; otherwise NHS 111 option 2 in England) and tell the "
            "coordinator straight away.\n\n"
            "Afterwards: note the conversation as the organisation asks, mention it to the coordinator if there are any "
            "concerns, and reflect on it in supervision or a debrief with the co-facilitator."
        ),
        "content_note": "",
        "pass_points": 7,
        "rubric": {
            "name": "Peer support response rubric: M1 are you a counsellor?",
            "criteria": [
                {
                    "name": "Recognising the key issue",
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Doesn't notice that she is asking for a diagnosis, or that she may be struggling.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Notices the request for a diagnosis, but not the distress that may sit behind it.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Recognises both the request for a diagnosis and that she may be struggling, and stays alert to any sign of risk.",
                        },
                    ],
                },
                {
                    "name": "Listening and empathy",
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Answers the question only, or responds in a way that could feel dismissive.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Responds warmly but moves quickly to signposting without inviting her to talk.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Responds warmly and hopefully, uses open questions or reflections, and makes clear she is welcome with or without a diagnosis.",
                        },
                    ],
                },
                {
                    "name": "Staying in the peer role",
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Suggests whether it is or isn't postnatal depression, or offers medical advice.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Avoids diagnosing but doesn't explain the role clearly, or leans on personal comparison.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Explains honestly what a peer supporter is and isn't, without diagnosing or comparing her experience with their own.",
                        },
                    ],
                },
                {
                    "name": "Signposting and escalation",
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Gives no route to further help.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Suggests seeing a professional, but vaguely, or without offering to help her take that step.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Points to her GP, midwife or health visitor, offers to help her plan what to say, and knows the urgent routes for England if risk emerges.",
                        },
                    ],
                },
                {
                    "name": "Recording and self-care",
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Mentions neither recording nor telling anyone, nor their own debrief.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Mentions either a note or telling the coordinator, or their own debrief, but not both.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Notes the conversation as the organisation asks, tells the coordinator of any concern, and mentions a debrief or supervision.",
                        },
                    ],
                },
            ],
        },
        "demo_answer": (
            "I'd smile and say I'm glad she asked. I'd explain that I'm not a counsellor. I'm a peer supporter, so I've "
            "been through a hard time myself after having a baby, and I'm here to listen rather than to treat anyone. "
            "That means I can't tell her whether it's postnatal depression, because only a doctor or midwife can "
            "properly say.\n\n"
            "Then I'd ask if she has a few minutes, and say something like 'It sounds like something's been worrying "
            "you. What's it been like?' I'd mostly listen and try to reflect back what she tells me. I'd let her know "
            "she doesn't need a diagnosis to come to the group.\n\n"
            "If she seemed to want more help, I'd suggest talking to her GP or health visitor and offer to help her "
            "think about what to say, maybe writing a few things down. If she said anything about not wanting to be "
            "here, I'd follow our crisis protocol and tell my coordinator straight away.\n\n"
            "After she left, I'd write a short note for my coordinator."
        ),
    },
    # ------------------------------------------------------------------
    # M3: late-night messages and a friend request
    # ------------------------------------------------------------------
    {
        "module": "M3",
        "title": "Late-night messages and a friend request",
        "slug": "written-late-night-messages",
        "prompt": (
            "For the last fortnight, Hannah, a mum you support one to one, has been messaging you most nights after "
            "11pm. This morning you also find a friend request from her on your personal social media. She lives in "
            "Scotland. Write what you would do and say next, in 100-250 words."
        ),
        "model_answer": (
            "Key issues: two boundaries are being tested (personal social media, and contact outside agreed hours), and "
            "the late-night messages may mean Hannah is finding nights hard and doesn't know where to turn.\n\n"
            "Reply the next day, within agreed hours and from the organisation's account or phone: thank her warmly for "
            "being in touch, explain kindly that you don't connect with anyone you support on personal social media, and "
            "remind her when you are available. Ask gently how the nights have been ('I noticed your messages were late, "
            "how are the nights for you?'), and listen.\n\n"
            "Make sure she knows where to turn out of hours in Scotland: NHS 24 on 111 for urgent mental health help, "
            "Breathing Space on 0800 83 85 87 (check the hours), Samaritans on 116 123 or Shout by texting 85258, and 999 "
            "if life is in immediate danger. If any message suggested she or her baby might not be safe, follow the "
            "crisis protocol straight away rather than waiting.\n\n"
            "Don't accept the request or reply late at night 'just this once'; that's boundary drift. Revisit the ground "
            "rules with her. Talk it through with the coordinator, note what was agreed, and take it to supervision, "
            "including how it has felt to be contacted late."
        ),
        "content_note": "",
        "pass_points": 7,
        "rubric": {
            "name": "Peer support response rubric: M3 late-night messages",
            "criteria": [
                {
                    "name": "Recognising the key issue",
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Sees only a nuisance, or doesn't see a boundary issue at all.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Recognises the boundary issues but not that late messages may mean Hannah is struggling at night.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Recognises both boundary issues and that late-night contact may be a sign she is finding nights hard.",
                        },
                    ],
                },
                {
                    "name": "Listening and empathy",
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Response is cold, blaming or likely to feel like a rejection.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Kind in tone but doesn't invite Hannah to say how she's doing.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Thanks her warmly, explains the boundary without blame, and asks gently how the nights are.",
                        },
                    ],
                },
                {
                    "name": "Staying in the peer role",
                    # Safety-critical: 0 here means "Not yet competent", whatever the total.
                    "must_meet": True,
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Accepts the friend request or plans to keep replying late at night.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Declines the request but is unclear about contact hours, or replies from a personal account.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Declines personal social media, replies within agreed hours using the organisation's channels, and revisits the ground rules.",
                        },
                    ],
                },
                {
                    "name": "Signposting and escalation",
                    # Safety-critical: 0 here means "Not yet competent", whatever the total.
                    "must_meet": True,
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Gives no out-of-hours options and doesn't involve the coordinator.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Gives some out-of-hours options or involves the coordinator, but not both, or uses routes for the wrong nation.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Gives out-of-hours options for Scotland (for example NHS 24 on 111, Breathing Space, Samaritans, Shout, 999 in an emergency), acts on any sign of risk, and talks it through with the coordinator.",
                        },
                    ],
                },
                {
                    "name": "Recording and self-care",
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Mentions neither recording nor their own wellbeing.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Mentions either a note of what was agreed or supervision, but not both.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Notes what was agreed as the organisation asks and takes the situation, including its effect on them, to supervision.",
                        },
                    ],
                },
            ],
        },
        "demo_answer": (
            "I wouldn't reply to the messages at night or accept the friend request. The next morning I'd message Hannah "
            "from my work phone. I'd say thank you for getting in touch and that I'm always glad to hear from her, but "
            "that I don't connect with the people I support on my personal social media, so I won't be accepting the "
            "request. I'd remind her that I'm around Monday to Friday in the daytime and will reply then.\n\n"
            "I'd also ask how the nights have been, because messaging so late makes me wonder if she's finding them hard. "
            "I'd make sure she has numbers for when I'm not there, like Samaritans on 116 123 and Shout on 85258, and 999 "
            "in an emergency.\n\n"
            "I'd tell my coordinator what's been happening and ask if we need to go over our ground rules again with "
            "Hannah at our next meeting. If anything in her messages made me worried about her safety, I'd tell my "
            "coordinator straight away instead of waiting. I'd write down what we agreed."
        ),
    },
    # ------------------------------------------------------------------
    # M6: a question about medication before the birth
    # ------------------------------------------------------------------
    {
        "module": "M6",
        "title": "Frightened of becoming unwell after the birth",
        "slug": "written-worried-before-the-birth",
        "prompt": (
            "Mel, a mum you support, has bipolar disorder and is 36 weeks pregnant. She lives in Wales. She tells you "
            "she's frightened of becoming unwell after the birth, and asks for your view on what she should do about "
            "her medication. Write what you would say and do next, in 100-250 words."
        ),
        "model_answer": (
            "Key issues: Mel is asking for medication advice, which is outside the peer role, and she has a higher risk "
            "of becoming very unwell after the birth (bipolar disorder is a known risk factor for postpartum psychosis). "
            "She needs a plan made with her clinical team, soon.\n\n"
            "Respond warmly: acknowledge how understandable her fear is and that it's a sign of how much she is "
            "thinking ahead. Don't give a view on her medication, not even a reassuring one. Encourage her to raise it as "
            "soon as possible with her perinatal mental health team, midwife or GP, who can plan with her for the birth "
            "and afterwards. Offer to help her write down her questions, and ask who she'd like to involve.\n\n"
            "Make sure Mel and the people around her know what to do if she becomes unwell after the birth: postpartum "
            "psychosis is always an emergency. In Wales, that means NHS 111 and press 2 for urgent mental health help, "
            "her perinatal team or GP as an emergency, and 999 or A&E if anyone is in immediate danger or they're unsure.\n\n"
            "Tell the coordinator, and record the conversation factually as the organisation asks. Reflect on it in "
            "supervision or a debrief, especially if it stirs up memories."
        ),
        "content_note": "Mentions bipolar disorder, medication in pregnancy and the fear of becoming very unwell after birth. No crisis is described.",
        "pass_points": 8,
        "rubric": {
            "name": "Peer support response rubric: M6 frightened before the birth",
            "criteria": [
                {
                    "name": "Recognising the key issue",
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Treats this as a general worry and doesn't notice the medication question or the raised risk after birth.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Notices the medication question but not that Mel has a higher risk of becoming very unwell after the birth.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Recognises both the medication question and the raised risk after birth, and that Mel needs a plan with her clinical team soon.",
                        },
                    ],
                },
                {
                    "name": "Listening and empathy",
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Dismisses her fear, or responds with alarm.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Acknowledges her fear briefly, then moves straight to what she should do.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Acknowledges her fear warmly and calmly, uses hopeful language, and involves her in deciding next steps.",
                        },
                    ],
                },
                {
                    "name": "Staying in the peer role",
                    # Safety-critical: 0 here means "Not yet competent", whatever the total.
                    "must_meet": True,
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Gives any view on her medication, including a reassuring one.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Avoids advice but suggests she researches it herself, or shares what they did with their own medication.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Is honest that medication isn't something they can advise on, and helps her prepare questions for the professionals who can.",
                        },
                    ],
                },
                {
                    "name": "Signposting and escalation",
                    # Safety-critical: 0 here means "Not yet competent", whatever the total.
                    "must_meet": True,
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Gives no route, or suggests waiting to see how she is after the birth.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Signposts to her perinatal team, midwife or GP, but gives no emergency route, or gives routes for the wrong nation.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Encourages her to contact her perinatal team, midwife or GP soon, and makes sure she knows the urgent routes in Wales (NHS 111 press 2, 999 or A&E in an emergency) if she becomes unwell.",
                        },
                    ],
                },
                {
                    "name": "Recording and self-care",
                    "levels": [
                        {
                            "label": "Not yet",
                            "points": 0,
                            "descriptor": "Doesn't mention telling the coordinator, recording, or a debrief.",
                        },
                        {
                            "label": "Developing",
                            "points": 1,
                            "descriptor": "Tells the coordinator or records it, but doesn't mention their own debrief or supervision.",
                        },
                        {
                            "label": "Secure",
                            "points": 2,
                            "descriptor": "Tells the coordinator, records the conversation factually, and mentions a debrief or supervision.",
                        },
                    ],
                },
            ],
        },
        "demo_answer": (
            "First I'd tell Mel it makes complete sense to feel frightened, and that it's good she's thinking about it "
            "now rather than keeping it to herself. I'd ask what she's most worried about and listen.\n\n"
            "I'd be honest that I can't give any advice about her medication, because that has to come from the people "
            "who know her and her treatment. I'd encourage her to speak to her perinatal mental health team or her "
            "midwife this week, as there isn't long until the birth, so they can make a plan with her for afterwards. I'd "
            "offer to help her write her questions down before the appointment.\n\n"
            "I'd also make sure she and her partner know that if she starts becoming unwell after the baby comes, they "
            "shouldn't wait. They should call 999 or go to A&E if anyone's in danger, or ring NHS 111 and press 2.\n\n"
            "After our chat I'd let my coordinator know and write up a short note of what we discussed."
        ),
    },
]
