"""More demo branching scenarios, written for Alongside in our own words.

Three inclusion scenarios for M10 (a parent's faith and culture, a care-experienced
parent's fear of her baby being removed, a parent with no recourse to public funds),
and equivalent alternatives for the distressing assessed scenarios in M4, M5, M6 and
M9, so that a trainee for whom one is too close to home can certify without it.

Choices are written in varied order with similar lengths; the learner sees them
shuffled. In safety-critical scenarios any delay in telling someone is rated unsafe
and ticked as delaying escalation.
"""


def _c(text, goto, rating, points, feedback, *, delays=False):
    choice = {
        "text": text,
        "goto": goto,
        "rating": rating,
        "points": points,
        "feedback": feedback,
    }
    if delays:
        choice["delays_escalation"] = True
    return choice


MORE_BRANCHING = [
    # ------------------------------------------------------------------
    # M10: faith and culture in how distress is understood (Wales)
    # ------------------------------------------------------------------
    {
        "module": "M10",
        "title": "'Is my faith not strong enough?'",
        "slug": "scenario-faith-and-family",
        "summary": "A mum whose family see her low mood as a spiritual test wonders whether her faith is to blame, and then says her family would be better off without her.",
        "content_note": "A parent mentions feeling her family would be better off without her (a thought of suicide). She has no plan, and nothing is described in detail.",
        "content_tags": ["suicide", "low mood"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "safety_critical": True,
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "A quiet word after the group",
                "text": (
                    "After your group in Cardiff, Farah stays behind. Her baby is five weeks old. She has been low and "
                    "tearful for weeks. Her family say it's a spiritual test that prayer will see her through, and that "
                    "seeing a doctor would bring shame on them. 'Maybe my faith just isn't strong enough,' she says."
                ),
                "choices": [
                    _c(
                        "Agree that prayer may well be all she needs for now, so there's no need to see a doctor yet.",
                        "end-unsupported",
                        "unsafe",
                        0,
                        "Respecting her faith matters, but weeks of low mood need her GP's help too. Faith and medical help can sit side by side; one needn't replace the other.",
                    ),
                    _c(
                        "Ask what her faith means to her, and say that struggling after a birth isn't a failing of faith.",
                        "better-off",
                        "best",
                        2,
                        "Yes. You show respect for what matters to her, and you gently take away the blame she's putting on herself.",
                    ),
                    _c(
                        "Explain that low mood after a birth is an illness, and has nothing to do with faith or spirits.",
                        "better-off",
                        "acceptable",
                        1,
                        "True that help is available, but telling her that her family's understanding is wrong may leave her caught between you and them. Start from what it means to her.",
                    ),
                ],
            },
            {
                "key": "better-off",
                "title": "'Better off without me'",
                "text": "Farah looks at the floor. 'Sometimes I think they'd all be better off without me,' she says.",
                "choices": [
                    _c(
                        "Stay calm, and ask her plainly whether she is having thoughts of ending her life.",
                        "no-plan",
                        "best",
                        2,
                        "Yes. Asking directly and calmly tells her she can talk about it with you, and it tells you what help she needs now.",
                    ),
                    _c(
                        "Tell her gently she mustn't think like that, because her baby needs her so much.",
                        "end-unsupported",
                        "unsafe",
                        0,
                        "Meant with love, but it can add guilt and close the conversation before you know whether she is safe. Ask her directly instead.",
                    ),
                    _c(
                        "Move on to something lighter for now, and come back to it next week when she's calmer.",
                        "end-unsupported",
                        "unsafe",
                        0,
                        "Talk of being better off gone needs a response now, not next week. Ask her directly about suicide and follow your crisis protocol.",
                        delays=True,
                    ),
                ],
            },
            {
                "key": "no-plan",
                "title": "'Please don't tell anyone'",
                "text": (
                    "Farah says she has thought about it but has no plan, and the thoughts frighten her. She begs you not "
                    "to tell her GP, because her family would be ashamed."
                ),
                "choices": [
                    _c(
                        "Promise to keep it just between you both, so that her family never need find out.",
                        "end-unsupported",
                        "unsafe",
                        0,
                        "You can't promise secrecy when someone has thoughts of suicide. It would leave her alone with them, and leave you holding them too.",
                    ),
                    _c(
                        "Suggest she brings someone she trusts from her faith community along with her when she sees her GP.",
                        "after",
                        "acceptable",
                        1,
                        "Company could help, and it respects her faith. But first be honest that you can't keep this to yourself, and help her plan to get help today.",
                    ),
                    _c(
                        "Be honest that you can't keep this to yourself, and offer to help her plan how to tell her GP today.",
                        "after",
                        "best",
                        2,
                        "Yes. You are honest and kind, and helping her find the words makes it far more likely she will get help in time.",
                    ),
                ],
            },
            {
                "key": "after",
                "title": "After she leaves",
                "text": "Farah has agreed to ring her GP this afternoon, and knows the numbers to call if things get worse tonight.",
                "choices": [
                    _c(
                        "Make a careful note, and talk it over at your next supervision, as she said she has no plan.",
                        "end-told-late",
                        "unsafe",
                        0,
                        "No plan is good to know, but talk of suicide goes to your coordinator straight away, as your crisis protocol says, not at supervision.",
                        delays=True,
                    ),
                    _c(
                        "Tell your coordinator straight away, as your crisis protocol says, and note her own words.",
                        "end-good",
                        "best",
                        2,
                        "Yes. Your coordinator can check she has been seen, and you don't hold this on your own.",
                    ),
                ],
            },
            {
                "key": "end-good",
                "title": "Help alongside her faith",
                "text": (
                    "Farah's GP sees her that day and arranges support. Her faith leader, she tells you later, said that looking "
                    "after her health is part of her faith. She keeps coming to the group."
                ),
                "end": True,
                "debrief": (
                    "You began from what her faith means to her rather than arguing with her family's view. Stigma about "
                    "mental health can be strong in some communities, and support built only on Western ideas of illness "
                    "may not fit (Scottish Government evidence review, 2020). Faith and medical help can sit side by side. "
                    "When she said her family would be better off without her, you asked her directly about suicide, calmly "
                    "and in plain words, you didn't promise secrecy, you helped her plan to tell her GP that day, and you "
                    "told your coordinator straight away. In Wales the urgent mental health line is NHS 111, press 2; "
                    "Samaritans is on 116 123; call 999 if anyone is in immediate danger."
                ),
            },
            {
                "key": "end-told-late",
                "title": "Nobody else knows yet",
                "text": "Farah does ring her GP, but nobody in your organisation knows what she told you, and you carry it alone for weeks.",
                "end": True,
                "debrief": (
                    "You responded well to Farah herself. But when someone talks about suicide, your coordinator needs to "
                    "know straight away, even when she has no plan, so that someone can check she was seen and so that you "
                    "have support too. Try the scenario again."
                ),
            },
            {
                "key": "end-unsupported",
                "title": "Farah stays silent",
                "text": "Farah thanks you and goes home. She doesn't tell anyone else how she feels, and misses the next two groups.",
                "end": True,
                "debrief": (
                    "It's natural to want to respect a family's beliefs, to soothe, or to give someone space. But weeks of "
                    "low mood need her GP's help alongside her faith, and talk of being 'better off without me' needs a "
                    "calm, direct question about suicide, honesty that you can't keep it secret, help to tell her GP the "
                    "same day, and a call to your coordinator straight away. Please try the scenario again, and talk to "
                    "your trainer if it has stirred anything up."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M10: a care-experienced parent's fear of removal
    # ------------------------------------------------------------------
    {
        "module": "M10",
        "title": "'They'll take her off me'",
        "slug": "scenario-care-experienced-fear",
        "summary": "A pregnant woman who grew up in care has stopped going to her midwife because she fears her baby will be taken away.",
        "content_note": "A parent who grew up in foster care talks about her fear that her baby will be taken into care. Nothing is described in detail.",
        "content_tags": ["child protection"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "Missed appointments",
                "text": (
                    "Kayleigh is 30 weeks pregnant and grew up in foster care. At the drop-in she tells you she has missed "
                    "her last two midwife appointments. 'The minute they read my notes they'll have social services on me,' "
                    "she says. 'They'll take her off me, like they took me off my mum.'"
                ),
                "choices": [
                    _c(
                        "Tell her that lots of mums who grew up in care keep their babies, so she needn't worry.",
                        "will-you-tell",
                        "acceptable",
                        1,
                        "Kindly meant, but you can't know what will happen, and it skips past a fear that makes sense to her. Listen to it first.",
                    ),
                    _c(
                        "Promise her nothing like that will happen to her baby while you're there supporting her.",
                        "end-trust-lost",
                        "unsafe",
                        0,
                        "You can't promise what other services will decide. A promise like this can break her trust in you, and in help, later on.",
                    ),
                    _c(
                        "Say her fear makes sense after what she's been through, and ask what worries her most.",
                        "will-you-tell",
                        "best",
                        2,
                        "Yes. You take her fear seriously without guessing what will happen, and she can tell you what lies behind it.",
                    ),
                ],
            },
            {
                "key": "will-you-tell",
                "title": "'Will you tell them?'",
                "text": "Kayleigh asks whether you'll report her for missing her appointments.",
                "choices": [
                    _c(
                        "Explain honestly what stays private, and when you'd have to share, as your organisation's policy says.",
                        "midwife",
                        "best",
                        2,
                        "Yes. Being clear about the limits of confidentiality, before she tells you more, is what builds real trust.",
                    ),
                    _c(
                        "Tell her you never share anything with anyone at all, so she can tell you absolutely anything.",
                        "end-trust-lost",
                        "unsafe",
                        0,
                        "This isn't true, and she may tell you something you would have to pass on. Explain the limits honestly now.",
                    ),
                    _c(
                        "Say you're on her side, and change the subject to how she's feeling about the birth.",
                        "midwife",
                        "acceptable",
                        1,
                        "Warm, but she asked a straight question. A clear, honest answer about confidentiality is kinder in the long run.",
                    ),
                ],
            },
            {
                "key": "midwife",
                "title": "Back in touch",
                "text": "Kayleigh says she knows she ought to see the midwife, but she can't face walking in on her own.",
                "choices": [
                    _c(
                        "Tell her what her rights would be if children's social care ever did get involved.",
                        "after",
                        "not_yours",
                        0,
                        "Not your advice to give. Legal rights are for a specialist adviser. Your part is to help her get back to her midwife.",
                    ),
                    _c(
                        "Ask if she'd like help to contact her midwife: planning what to say, or who could come.",
                        "after",
                        "best",
                        2,
                        "Yes. Practical help to reconnect with care, on her terms, is well within the peer role.",
                    ),
                    _c(
                        "Tell her kindly but firmly that she really must go to all her appointments, for the baby's sake.",
                        "after",
                        "acceptable",
                        1,
                        "True, but 'for the baby's sake' can land as blame. Helping her find a way to go will do more.",
                    ),
                ],
            },
            {
                "key": "after",
                "title": "After the drop-in",
                "text": "Kayleigh has gone home, and says she'll think about ringing the midwife.",
                "choices": [
                    _c(
                        "Keep it to yourself for now, as she has trusted you with it, and see how she is at next week's drop-in.",
                        "end-good",
                        "acceptable",
                        1,
                        "Respecting her trust matters, but your coordinator should know, as she has missed care in pregnancy and may need more support.",
                    ),
                    _c(
                        "Tell your coordinator about the conversation, and note it as your organisation asks.",
                        "end-good",
                        "best",
                        2,
                        "Yes. Your coordinator can help you plan support with her, and can decide whether anything more is needed.",
                    ),
                ],
            },
            {
                "key": "end-good",
                "title": "Kayleigh goes back",
                "text": (
                    "Kayleigh rings her midwife with you sitting beside her, and goes to her next appointment. She tells "
                    "you the midwife was kinder than she expected."
                ),
                "end": True,
                "debrief": (
                    "A parent who grew up in care may carry a real and understandable fear of services. You listened to "
                    "that fear without promising what you couldn't, were honest about confidentiality before she told you "
                    "more, kept legal questions for specialist advisers, helped her reconnect with her midwife on her own "
                    "terms and told your coordinator. Missing care in pregnancy matters, and so does making it easier to "
                    "go back."
                ),
            },
            {
                "key": "end-trust-lost",
                "title": "A promise that breaks",
                "text": (
                    "Weeks later her midwife arranges extra support for her. Kayleigh feels you lied to her, stops "
                    "replying to your messages and misses more appointments."
                ),
                "end": True,
                "debrief": (
                    "Wanting to ease her fear is kind. But promises about what other services will do, or that nothing will "
                    "ever be shared, are ones you can't keep, and a broken promise can confirm the very fear she started "
                    "with. The safer route is to listen, be honest about confidentiality from the start, help her "
                    "reconnect with her midwife, and tell your coordinator. Try the scenario again."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M10: a parent with no recourse to public funds (England)
    # ------------------------------------------------------------------
    {
        "module": "M10",
        "title": "'I can't claim anything'",
        "slug": "scenario-no-recourse-to-public-funds",
        "summary": "A mum whose visa gives her no recourse to public funds is low, short of money and afraid that seeing a GP could cost her or affect her visa.",
        "content_note": "A parent talks about money worries, immigration status and low mood. Nothing is described in detail.",
        "content_tags": ["low mood", "poverty"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "A home visit with an interpreter",
                "text": (
                    "You visit Ana, whose baby is four months old, with a professional interpreter on speakerphone. Ana "
                    "says she has been low for weeks and hardly sleeps. Money is very tight, and her visa says she has no "
                    "recourse to public funds, so she can't claim benefits."
                ),
                "choices": [
                    _c(
                        "Tell her that, as she can't claim anything, there's sadly not much your service can do.",
                        "end-turned-away",
                        "unsafe",
                        0,
                        "Peer support doesn't depend on her benefits, and this could leave her feeling there's no help anywhere. She has told you she's low: that matters most.",
                    ),
                    _c(
                        "Tell her about the local food bank straight away, since money sounds like the most urgent worry.",
                        "gp-worry",
                        "acceptable",
                        1,
                        "Practical help matters, but she has also told you she's low. Listening first shows you've heard all of it.",
                    ),
                    _c(
                        "Listen, reflect how much she's carrying, and ask her what feels hardest right now.",
                        "gp-worry",
                        "best",
                        2,
                        "Yes. She sets the priorities, and you hear about her mood as well as the money.",
                    ),
                ],
            },
            {
                "key": "gp-worry",
                "title": "'Will it cost me?'",
                "text": "Ana says she's afraid that seeing a GP will cost money she doesn't have, or cause trouble with her visa.",
                "choices": [
                    _c(
                        "Reassure her that seeing a GP is always free, and could never make any difference to her visa.",
                        "gp-visit",
                        "not_yours",
                        0,
                        "Not your advice to give. The rules on charges and immigration are complicated, and a wrong answer could harm her. A specialist adviser can answer.",
                    ),
                    _c(
                        "Say that's a question for a specialist adviser, and offer to find one with your coordinator.",
                        "gp-visit",
                        "best",
                        2,
                        "Yes. You take the worry seriously, stay in your role, and help her get a reliable answer.",
                    ),
                    _c(
                        "Suggest she asks friends who have the same kind of visa, as they'll know how it works.",
                        "gp-visit",
                        "acceptable",
                        1,
                        "Friends can be a comfort, but their situation may differ from hers. A specialist adviser can give her a reliable answer.",
                    ),
                ],
            },
            {
                "key": "gp-visit",
                "title": "Who will interpret?",
                "text": "Ana says she might see the GP, and her husband could interpret for her there.",
                "choices": [
                    _c(
                        "Say that's fine if she's comfortable with it, and encourage her to book an appointment.",
                        "after",
                        "acceptable",
                        1,
                        "Encouraging her to go is right. But with her husband interpreting she may not feel free to say how low she is.",
                    ),
                    _c(
                        "Encourage her to go, and tell her she can ask the surgery to book a professional interpreter.",
                        "after",
                        "best",
                        2,
                        "Yes. A professional interpreter means she can speak freely, and family members don't carry her words.",
                    ),
                ],
            },
            {
                "key": "after",
                "title": "After the visit",
                "text": "You and the interpreter have said goodbye to Ana.",
                "choices": [
                    _c(
                        "Tell your coordinator, who can look for specialist advice and local help for her.",
                        "end-good",
                        "best",
                        2,
                        "Yes. Your coordinator is likely to know which local organisations give advice on immigration status and money.",
                    ),
                    _c(
                        "Search advice websites yourself tonight, and send her a long list of links to read.",
                        "end-good",
                        "acceptable",
                        1,
                        "Generous, but a long list is hard to use when you're low, and you may not know which sites are sound. Your coordinator can help.",
                    ),
                ],
            },
            {
                "key": "end-good",
                "title": "A way in",
                "text": (
                    "Your coordinator finds a local advice service, and Ana sees her GP with a professional interpreter. "
                    "She starts coming to a group where another mum speaks her language."
                ),
                "end": True,
                "debrief": (
                    "Immigration status, cost and language are real barriers to getting help. You listened first, kept "
                    "questions about charges, benefits and visas for specialist advisers instead of guessing, made sure "
                    "she could use a professional interpreter rather than her husband, and told your coordinator so that "
                    "she could get sound advice. Peer support never depends on someone's immigration status."
                ),
            },
            {
                "key": "end-turned-away",
                "title": "Ana stops answering",
                "text": "Ana thanks you politely, but doesn't answer when your organisation rings to arrange another visit.",
                "end": True,
                "debrief": (
                    "It can feel honest to say what a service can't do. But peer support is for her, whatever her visa, "
                    "and she told you she has been low for weeks. The safer route is to listen first, keep questions about "
                    "charges and visas for specialist advisers, help her see her GP with a professional interpreter, and "
                    "tell your coordinator. Try the scenario again."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M4 alternative: a child left alone (no domestic abuse)
    # ------------------------------------------------------------------
    {
        "module": "M4",
        "title": "A worry about a child left alone",
        "slug": "scenario-child-left-alone",
        "alternative_to": "scenario-worry-after-visit",
        "summary": "On a home visit, an exhausted mum says she left her four-year-old alone in the flat, and asks you to keep it secret.",
        "content_note": "A parent mentions leaving her young child alone at home for a short time. Nobody is hurt, and there is no abuse or violence.",
        "content_tags": ["child protection"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "safety_critical": True,
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "Over a cup of tea",
                "text": (
                    "On a home visit, Tasha tells you the baby screamed for hours last night, so she walked him round the "
                    "block to settle him, leaving her four-year-old asleep in the flat. 'Only twenty minutes,' she says. "
                    "'Please don't tell anyone. I'm not a bad mum.'"
                ),
                "choices": [
                    _c(
                        "Promise it'll stay between the two of you, as she's so obviously a loving mum.",
                        "end-not-passed-on",
                        "unsafe",
                        0,
                        "Wanting to keep her trust is understandable, but you can't promise secrecy about a child's safety.",
                    ),
                    _c(
                        "Stay calm, thank her for telling you, and let her say what's been happening.",
                        "wont-say",
                        "best",
                        2,
                        "Yes. Your calm helps her keep talking, and you listen without probing or judging.",
                    ),
                    _c(
                        "Tell her straight away that you'll have to pass on what she has just told you.",
                        "wont-say",
                        "acceptable",
                        1,
                        "Honest, and this does need passing on. But saying it before you've listened can feel abrupt and make her close down.",
                    ),
                ],
            },
            {
                "key": "wont-say",
                "title": "'You won't say anything?'",
                "text": "Tasha looks frightened. 'You won't say anything, will you?'",
                "choices": [
                    _c(
                        "Ask her some careful, gentle questions about how often she leaves him alone, and for how long each time.",
                        "end-risk-raised",
                        "unsafe",
                        0,
                        "You want to understand, but questioning her is investigating, which isn't your role. Your safeguarding lead will decide what's needed.",
                    ),
                    _c(
                        "Say you'll see what you can do, and gently move on to how she's managing at night.",
                        "before-you-leave",
                        "acceptable",
                        1,
                        "You haven't promised secrecy, which is good, but a vague answer may feel like a let-down later. A clear, kind explanation is better.",
                    ),
                    _c(
                        "Explain kindly that you can't keep this between you, as it's about a child's safety, and who you'll tell.",
                        "before-you-leave",
                        "best",
                        2,
                        "Yes. Honest, clear and kind: that protects her children and your relationship with her.",
                    ),
                ],
            },
            {
                "key": "before-you-leave",
                "title": "Before you leave",
                "text": "Tasha seems calmer. Both children are at home with her and safe right now. Your visit is nearly over.",
                "choices": [
                    _c(
                        "Ask what would make the nights easier, and say your organisation may help find support.",
                        "in-the-car",
                        "best",
                        2,
                        "Yes. She is struggling, and support with the nights makes it less likely to happen again.",
                    ),
                    _c(
                        "Warn her firmly that she could lose her children if she ever does it again.",
                        "end-risk-raised",
                        "unsafe",
                        0,
                        "Frightening her isn't your role, and you can't say what would happen. It may stop her asking for help when she most needs it.",
                    ),
                    _c(
                        "Say you'd like to keep visiting, and check that next week's time still suits her.",
                        "in-the-car",
                        "acceptable",
                        1,
                        "Keeping in touch matters. It would also help to talk about what could make the nights easier.",
                    ),
                ],
            },
            {
                "key": "in-the-car",
                "title": "Back in the car",
                "text": "You're back in your car. It's late morning.",
                "choices": [
                    _c(
                        "Call your safeguarding lead today, and write your note up at the weekend.",
                        "end-good",
                        "acceptable",
                        1,
                        "The same-day call matters most. Write your note as soon as you can, while her words are fresh.",
                    ),
                    _c(
                        "As the children are safe now, wait to see whether it happens again before telling anyone.",
                        "end-not-passed-on",
                        "unsafe",
                        0,
                        "Waiting leaves Tasha and her children without help. A concern about a child goes to your safeguarding lead the same day.",
                        delays=True,
                    ),
                    _c(
                        "Write a short, factual note in her own words, and call your safeguarding lead today.",
                        "end-good",
                        "best",
                        2,
                        "Yes. A prompt, factual note and a same-day call are what's needed.",
                    ),
                ],
            },
            {
                "key": "end-good",
                "title": "Help with the nights",
                "text": (
                    "Your safeguarding lead thanks you and decides what happens next. Tasha is offered help with the "
                    "nights, and you keep visiting."
                ),
                "end": True,
                "debrief": (
                    "You stayed calm, didn't investigate or frighten her, and were honest that you couldn't keep this "
                    "secret. You recorded what she said in her own words and told your safeguarding lead the same day. "
                    "Your lead, not you, decides whether anyone else needs to know. If a child is ever in immediate danger, "
                    "call 999 first and tell your safeguarding lead afterwards."
                ),
            },
            {
                "key": "end-not-passed-on",
                "title": "A worry nobody else knows",
                "text": "Nobody whose job it is to help hears about it. At your next visit Tasha looks even more exhausted.",
                "end": True,
                "debrief": (
                    "It's hard to tell someone you can't keep their secret. But a concern about a child's safety can't be "
                    "kept or left to wait. Listen calmly, explain gently that you'll need to pass it on, then record it and "
                    "tell your safeguarding lead the same day. Try the scenario again."
                ),
            },
            {
                "key": "end-risk-raised",
                "title": "A well-meant step that backfires",
                "text": "Tasha goes quiet and cancels your next visit. Your safeguarding lead talks it through with you kindly.",
                "end": True,
                "debrief": (
                    "You clearly wanted to help. But questioning a parent is investigating, and warnings about losing her "
                    "children can frighten her away from help. Your part is to listen, be honest that you'll pass it on, "
                    "record it and tell your safeguarding lead the same day. Try the scenario again."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M5 alternative: anxiety that won't switch off (no thoughts of harm)
    # ------------------------------------------------------------------
    {
        "module": "M5",
        "title": "Worries that won't switch off",
        "slug": "scenario-worries-wont-switch-off",
        "alternative_to": "scenario-checking-at-night",
        "summary": "A mum describes constant worry and panic and asks you not to tell her health visitor, who she fears will think she can't cope.",
        "content_note": "A parent describes anxiety and panic. There are no thoughts of harm, and nothing is described in detail.",
        "content_tags": ["anxiety"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "safety_critical": True,
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "A phone call",
                "text": (
                    "On a phone call, Lauren tells you that since her daughter was born five weeks ago she can't stop "
                    "worrying that something terrible will happen. Her heart races at night, she's barely eating and she "
                    "hasn't left the flat in a week. 'Please don't tell my health visitor,' she says. 'She'll think I "
                    "can't cope.'"
                ),
                "choices": [
                    _c(
                        "Tell her you're sure it's only tiredness, and that it will ease once she's sleeping better.",
                        "wont-tell",
                        "acceptable",
                        1,
                        "Warm, but you can't know that, and it may stop her getting help. Thanking her and saying help exists may do more.",
                    ),
                    _c(
                        "Thank her for telling you, and say many parents feel like this and help is available.",
                        "wont-tell",
                        "best",
                        2,
                        "Yes. You respond warmly and without alarm, and she knows she isn't alone.",
                    ),
                    _c(
                        "Tell her it sounds like an anxiety disorder, and that breathing exercises should sort it.",
                        "end-kept-quiet",
                        "unsafe",
                        0,
                        "This diagnoses her and offers a treatment, neither of which is your role. Her GP or health visitor can assess her.",
                    ),
                ],
            },
            {
                "key": "wont-tell",
                "title": "'So you won't tell anyone?'",
                "text": "Lauren asks again: 'So you won't tell anyone?'",
                "choices": [
                    _c(
                        "Be honest that you'll talk it through with your coordinator, and say it's to help her get support.",
                        "what-to-say",
                        "best",
                        2,
                        "Yes. Honest and warm. Talking it through with your coordinator is support for you both, not a report about her.",
                    ),
                    _c(
                        "Promise it stays between you, as long as she tells you if things get worse.",
                        "end-kept-quiet",
                        "unsafe",
                        0,
                        "Never promise secrecy. It leaves her without help and you holding it alone.",
                    ),
                    _c(
                        "Say you'll need to mention it to someone, but don't say why, who to, or what it might lead to.",
                        "what-to-say",
                        "acceptable",
                        1,
                        "Honest, which is good, but explaining why and who would ease her fear.",
                    ),
                ],
            },
            {
                "key": "what-to-say",
                "title": "Finding the words",
                "text": "Lauren says she might talk to her GP, if only she knew what to say.",
                "choices": [
                    _c(
                        "Suggest she reads up on anxiety online first, so she can explain it all to the GP.",
                        "after-the-call",
                        "acceptable",
                        1,
                        "Seeing the GP is right, but a label might steer her or the GP. Her own words are enough.",
                    ),
                    _c(
                        "Offer to help her plan what to say to her GP, and agree when you'll next talk.",
                        "after-the-call",
                        "best",
                        2,
                        "Lovely. Practical help like this is well within the peer role.",
                    ),
                ],
            },
            {
                "key": "after-the-call",
                "title": "After the call",
                "text": "The call ends. Lauren has agreed to ring her GP in the morning.",
                "choices": [
                    _c(
                        "Email your coordinator tonight, so they can pick it up when they're back next week.",
                        "end-kept-quiet",
                        "unsafe",
                        0,
                        "A parent who is barely eating and not leaving home needs her support talked through the same day, not next week.",
                        delays=True,
                    ),
                    _c(
                        "Talk it through with your coordinator today, and note Lauren's own words.",
                        "end-good",
                        "best",
                        2,
                        "Yes. Your coordinator can make sure she's followed up, and you have support too.",
                    ),
                ],
            },
            {
                "key": "end-good",
                "title": "A first step",
                "text": "Lauren sees her GP, who arranges support. She says it helped to have the words written down.",
                "end": True,
                "debrief": (
                    "You stayed warm and calm, didn't label or treat what she described, and were honest that you'd talk it "
                    "through with your coordinator: supervision and support, not a safeguarding referral. You helped her "
                    "plan what to say to her GP. Anxiety is common around pregnancy and birth, and help is available. If "
                    "anyone is ever in immediate danger, call 999."
                ),
            },
            {
                "key": "end-kept-quiet",
                "title": "Nothing changes",
                "text": "Lauren feels relieved for a while, but nothing changes, and nobody else knows how she is.",
                "end": True,
                "debrief": (
                    "It's natural to want to reassure someone. But naming a condition or a fix is not your role, and "
                    "promising secrecy or waiting a week leaves her without help. Thank her, be honest, help her plan what "
                    "to say to her GP, and talk it through with your coordinator the same day. Try the scenario again."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M6 alternative: a mum physically very unwell after the birth (Scotland)
    # ------------------------------------------------------------------
    {
        "module": "M6",
        "title": "A message ten days after the birth",
        "slug": "scenario-unwell-after-birth",
        "alternative_to": "scenario-partner-call",
        "summary": "A mum messages that she feels very unwell ten days after a caesarean and wonders whether to wait until tomorrow.",
        "content_note": "A parent feels physically very unwell after a caesarean. Nobody dies, and nothing is described in detail.",
        "content_tags": ["physical illness"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "safety_critical": True,
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "A message in the evening",
                "text": (
                    "Claire, who lives in Scotland, messages you ten days after a caesarean. She's hot and shivery, her "
                    "scar is red and sore, and she feels 'really rough'. 'I don't want to make a fuss,' she writes. "
                    "'Should I just see how I am tomorrow?'"
                ),
                "choices": [
                    _c(
                        "Ask how long she has felt like this, and what she has eaten, before you suggest anything.",
                        "end-help-delayed",
                        "unsafe",
                        0,
                        "Working out what's wrong isn't your job, and it holds her up. Feeling this unwell after a birth needs medical advice tonight.",
                        delays=True,
                    ),
                    _c(
                        "Say calmly that feeling this unwell after a birth needs medical advice tonight, not tomorrow.",
                        "who-to-call",
                        "best",
                        2,
                        "Yes. You don't need to know what's wrong to know she needs advice now.",
                    ),
                    _c(
                        "Suggest an early night and plenty of fluids, and ring the GP in the morning if she's no better.",
                        "end-help-delayed",
                        "unsafe",
                        0,
                        "This is health advice and a delay. A new mum who feels this unwell needs medical advice now.",
                        delays=True,
                    ),
                ],
            },
            {
                "key": "who-to-call",
                "title": "'Who do I call?'",
                "text": "Claire asks who she should call at this time of night.",
                "choices": [
                    _c(
                        "Her maternity unit or NHS 24 on 111 now, or 999 if she gets much worse or feels faint.",
                        "before-she-goes",
                        "best",
                        2,
                        "Yes. She knows who to call tonight in Scotland, and when to call 999 instead.",
                    ),
                    _c(
                        "Give her the Breathing Space number, so she has someone kind to talk to tonight.",
                        "end-help-delayed",
                        "unsafe",
                        0,
                        "Breathing Space is a listening line. She needs medical advice now.",
                    ),
                    _c(
                        "Tell her to ring her GP surgery, and to keep trying until somebody picks up.",
                        "before-she-goes",
                        "acceptable",
                        1,
                        "Her GP is right in the day, but the surgery is likely closed tonight. The maternity unit or NHS 24 on 111 can help now.",
                    ),
                ],
            },
            {
                "key": "before-she-goes",
                "title": "Before she rings",
                "text": "Claire says she'll ring now.",
                "choices": [
                    _c(
                        "Say goodbye quickly and warmly, so that nothing at all holds her up from phoning them.",
                        "after",
                        "acceptable",
                        1,
                        "Not holding her up is sensible, but a few seconds to check she isn't alone and knows when to call 999 make it safer.",
                    ),
                    _c(
                        "Check who is with her, and that she'll call 999 if she feels faint or worse.",
                        "after",
                        "best",
                        2,
                        "Yes. A clear plan if things change helps her act.",
                    ),
                ],
            },
            {
                "key": "after",
                "title": "After the messages",
                "text": "Claire has gone to make the call.",
                "choices": [
                    _c(
                        "Tell your coordinator straight away, save the messages, and ask for a debrief.",
                        "end-good",
                        "best",
                        2,
                        "Yes. Your coordinator needs to know now, and a debrief is a normal part of a worrying evening.",
                    ),
                    _c(
                        "Save the messages, and mention them to your coordinator at your next catch-up.",
                        "end-told-late",
                        "unsafe",
                        0,
                        "Your coordinator should know straight away, not at a catch-up, so they can follow up.",
                        delays=True,
                    ),
                ],
            },
            {
                "key": "end-good",
                "title": "Seen that night",
                "text": "Claire is seen at the maternity unit that night and treated. Your coordinator thanks you and you talk it through the next day.",
                "end": True,
                "debrief": (
                    "Assessing a parent or a baby isn't your job. When a new parent or baby seems physically unwell, "
                    "encourage urgent medical advice (the midwife or maternity unit, the GP in the day, or the NHS 111 "
                    "service for her nation: NHS 24 on 111 in Scotland), and 999 in an emergency. You didn't let her wait "
                    "and see, made a plan if things got worse, and told your coordinator straight away."
                ),
            },
            {
                "key": "end-told-late",
                "title": "Nobody else knows",
                "text": "Claire gets help that night, but your coordinator doesn't hear about it for days.",
                "end": True,
                "debrief": (
                    "You helped Claire get advice in time, which mattered most. But your coordinator needs to know as soon "
                    "as you can tell them, so they can follow up and offer you a debrief. Try the scenario again."
                ),
            },
            {
                "key": "end-help-delayed",
                "title": "Help comes later",
                "text": "Claire waits. By morning she is much more unwell, and needs emergency care. She gets it, later than she could have.",
                "end": True,
                "debrief": (
                    "Not wanting to make a fuss is common, and it's natural to ask questions or suggest rest. But a new "
                    "parent who feels very unwell needs medical advice now: the maternity unit or NHS 24 on 111 in "
                    "Scotland, and 999 in an emergency. Then tell your coordinator straight away. Try the scenario again."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # M9 alternative: a family row told in too much detail (no birth story)
    # ------------------------------------------------------------------
    {
        "module": "M9",
        "title": "A family row in the group",
        "slug": "scenario-family-row-detail",
        "alternative_to": "scenario-too-much-detail",
        "summary": "A group member starts describing a painful row with her mother in great detail while another member looks upset.",
        "content_note": "A group member starts to describe an argument with her mother. There is no violence, and the scenario doesn't include the detail.",
        "content_tags": ["family conflict"],
        "pass_rule": {"no_unsafe": True, "min_points": 7},
        "start": "start",
        "nodes": [
            {
                "key": "start",
                "title": "A story gathering pace",
                "text": (
                    "Ten minutes into a group you're co-facilitating, Nadia starts describing a row with her mother about "
                    "the baby, word for word, getting more upset as she goes. Across the circle, Jess has gone quiet and "
                    "is twisting her hands."
                ),
                "choices": [
                    _c(
                        "Let Nadia carry on right to the end: she needs to get it out, and the others will cope with hearing it.",
                        "end-room-unsafe",
                        "unsafe",
                        0,
                        "Nadia needs to be heard, but Jess is clearly struggling. Holding the room means looking after everyone in it.",
                    ),
                    _c(
                        "Wait until Nadia has finished, then remind everyone of the agreement on detail.",
                        "jess",
                        "acceptable",
                        1,
                        "The reminder is right, but watching faces means stepping in sooner when someone is finding it hard.",
                    ),
                    _c(
                        "Step in gently: thank Nadia, say how painful it sounds, and ask how she feels now.",
                        "jess",
                        "best",
                        2,
                        "Yes. Nadia feels heard, and the talk moves from the detail to how she is.",
                    ),
                ],
            },
            {
                "key": "jess",
                "title": "Jess is still upset",
                "text": "Nadia pauses. Jess is still looking down and her eyes are wet.",
                "choices": [
                    _c(
                        "Carry on with the planned activity so the group isn't disrupted, and check on Jess quietly at the end.",
                        "closing",
                        "acceptable",
                        1,
                        "Checking on Jess matters, but she needs support now, and one of you can step out with her.",
                    ),
                    _c(
                        "Remind the group what you agreed about detail, while your co-facilitator checks on Jess.",
                        "closing",
                        "best",
                        2,
                        "Yes. The reminder is for everyone, and Jess gets support without being put on the spot.",
                    ),
                ],
            },
            {
                "key": "closing",
                "title": "As the session ends",
                "text": "The session is ending. Nadia is lingering by the door.",
                "choices": [
                    _c(
                        "Offer Nadia time one to one to say more, and check Jess is OK before she leaves.",
                        "debrief",
                        "best",
                        2,
                        "Yes. Nadia's story deserves a better space, and Jess is looked after.",
                    ),
                    _c(
                        "Thank everyone for coming, and close the session as usual so that it finishes on time for all.",
                        "debrief",
                        "acceptable",
                        1,
                        "A warm close is good, but Nadia may need somewhere to finish, and Jess may still be shaken.",
                    ),
                ],
            },
            {
                "key": "debrief",
                "title": "Just the two of you",
                "text": "Everyone has gone. You and your co-facilitator are stacking the chairs.",
                "choices": [
                    _c(
                        "Take ten minutes together: what went well, what was hard, and anything to pass on.",
                        "end-good",
                        "best",
                        2,
                        "Yes. A short debrief looks after you both and catches anything to pass on.",
                    ),
                    _c(
                        "Head home, and write it all up in your reflective log later tonight.",
                        "end-good",
                        "acceptable",
                        1,
                        "Reflecting is good, but a quick debrief together helps you both and checks for anything to pass on.",
                    ),
                ],
            },
            {
                "key": "end-good",
                "title": "Everyone stays in the room",
                "text": "Nadia takes up the offer of a one-to-one chat. Jess tells your co-facilitator she's glad someone noticed, and comes back next week.",
                "end": True,
                "debrief": (
                    "You honoured Nadia's story while steering away from the detail, and kept the room safe for Jess. You "
                    "reminded everyone of the group agreement without blame, offered Nadia a better space, and debriefed "
                    "with your co-facilitator. If anything suggested someone might not be safe, you would pause and follow "
                    "the safeguarding and crisis steps."
                ),
            },
            {
                "key": "end-room-unsafe",
                "title": "Jess slips away",
                "text": "Nadia finishes. By then Jess has quietly left, and she doesn't come to the next session.",
                "end": True,
                "debrief": (
                    "It's hard to interrupt someone who is upset. But a group only feels safe if everyone can stay in the "
                    "room. Step in gently, acknowledge her, ask how she feels now, remind the group of the agreement, have "
                    "your co-facilitator check on anyone affected, and offer time one to one. Try the scenario again."
                ),
            },
        ],
    },
]
