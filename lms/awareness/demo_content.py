"""The demo course "Working alongside peer workers", written for NHS perinatal teams."""

TITLE = "Working alongside peer workers"
SLUG = "working-alongside-peer-workers"
SUMMARY = (
    "A 45-minute introduction for everyone in a perinatal mental health team: what "
    "peer workers do, how to work well together, and how to support them."
)
INTRO = (
    "<p><strong>Demo content: not for real use until your organisation has "
    "reviewed it.</strong> It has not been checked by a clinician or by peer "
    "workers yet.</p>"
    "<p>Peer workers are parents who have lived through perinatal mental illness "
    "themselves, trained to support others. This short course helps you work "
    "alongside them from their first day. Take it on your own, or with your team at "
    "the end of a meeting.</p>"
)
OUTCOMES = [
    "Describe what perinatal peer support is and how it differs from clinical and "
    "support-worker roles.",
    "Name the five principles of peer support.",
    "Give at least three benefits that clinicians and peer workers report.",
    "Explain how to refer, share information and hand over to a peer worker.",
    "Describe what a peer worker needs from the team.",
]

SECTIONS = [
    {
        "title": "Welcome, and a note about today",
        "minutes": 3,
        "content": (
            "<p>This session is about a colleague joining your team in a role you "
            "may not have worked with before: the perinatal peer worker.</p>"
            "<p>We will talk about lived experience of mental illness around "
            "pregnancy and birth. Some of us carry our own experience of that. "
            "You are welcome to step out at any point, and to come back when "
            "you are ready.</p>"
        ),
        "notes": (
            "Say the purpose in one sentence. Give the content note slowly and make "
            "it clear that stepping out needs no explanation. If the new peer worker "
            "is in the room, welcome her by name, but do not ask her to speak yet."
        ),
    },
    {
        "title": "What peer support is",
        "minutes": 6,
        "content": (
            "<p>A peer worker offers support grounded in her own experience of "
            "perinatal mental illness and recovery. She is not there to assess, "
            "diagnose or treat. She is there to be alongside: to listen, to share "
            "what helped her when that is useful, and to help a parent find their "
            "own way forward.</p>"
            "<h3>The five Perinatal Peer Support Principles</h3>"
            "<p>In 2019 the Maternal Mental Health Alliance published five "
            "principles for perinatal peer support, shaped by people with lived "
            "experience together with Mind and the McPin Foundation. The short "
            "notes after each title are our own summary.</p><ol>"
            "<li><b>Safe and nurturing</b>: built on trust, empathy and not "
            "judging, with boundaries agreed early. The peer worker chooses how "
            "much of her own story to share.</li>"
            "<li><b>Accessible and inclusive</b>: the service works to reach the "
            "families it is meant for, and links with other projects so parents "
            "have a choice.</li>"
            "<li><b>Complements rather than replicates clinical mental health "
            "services</b>: peer support sits beside your care, not in place of "
            "it, and the outcomes are agreed with the parent.</li>"
            "<li><b>Meaningful involvement of people with lived experience, and "
            "peer leadership</b>: people who have been there help lead how peer "
            "support is designed and run.</li>"
            "<li><b>Benefits everyone involved, including peer supporters</b>: "
            "peer workers get training, debriefs, supervision and support for "
            "their own wellbeing.</li></ol>"
            "<p>Support can be one-to-one, in groups, online or at informal café "
            "groups. The third principle puts the balance well: good peer "
            "support stays one step removed from clinical services, while "
            "keeping closely connected to them.</p>"
            "<p><small>Sources: Maternal Mental Health Alliance, Perinatal Peer "
            "Support Principles, 2019; HEE and Mind thought piece, 2020.</small></p>"
        ),
        "notes": (
            "Ask: who has worked with a peer worker before? Keep the five "
            "principles on screen while you talk. The idea in the third "
            "principle, one step removed from clinical services but closely "
            "connected to them, is worth pausing on: ask what it would look "
            "like in this team."
        ),
    },
    {
        "title": "Why it matters",
        "minutes": 5,
        "content": (
            "<p>Clinicians and peer workers describe several benefits where peer "
            "support is reliably available: it gives mothers hope, because they meet "
            "someone who has been there and got better; it can help reluctant mothers "
            "engage with treatment; it eases isolation, stigma and self-stigma; and "
            "it helps staff keep care compassionate. (Source: HEE and Mind thought "
            "piece, 2020.)</p>"
            "<p>The research base is still small. A Scottish Government evidence "
            "review found that many informal peer groups have little formal "
            "evaluation, and found no published research on peer support for "
            "fathers. (Source: Scottish Government evidence review, 2020.)</p>"
            "<p>If the peer worker joining your team would like to, she may say a "
            "few words about why she does this work. That is her choice.</p>"
        ),
        "notes": (
            "Only invite the peer worker to speak if she has offered beforehand. "
            "Never ask her to tell her story on the spot. Discussion (2 minutes): "
            "which of these benefits have you seen, or would you hope to see, here?"
        ),
    },
    {
        "title": "What peer workers do, and what they don't",
        "minutes": 6,
        "content": (
            "<h3>In the role</h3><ul>"
            "<li>Listening and being alongside, including on the ward and at "
            "appointments a parent finds daunting.</li>"
            "<li>Sharing her own experience when she judges it will help.</li>"
            "<li>Running or co-running peer groups.</li>"
            "<li>Helping parents prepare questions for their clinical team.</li>"
            "<li>Signposting to community groups and services.</li></ul>"
            "<h3>Not the role</h3><ul>"
            "<li>A healthcare assistant or an extra pair of hands on a busy "
            "shift.</li>"
            "<li>An occupational therapy assistant running activities.</li>"
            "<li>The team's default lead for service-user involvement.</li>"
            "<li>Giving clinical advice, or acting as a chaperone.</li></ul>"
            "<p>What she shares of her own story, and when, is her professional "
            "judgement. Please do not tell a peer worker what she may or may not "
            "share; talk it through in supervision instead.</p>"
            "<h3>What she has been trained in</h3>"
            "<p>There is no single national standard for peer worker training, so "
            "ask what hers covered. The Perinatal Peer Support Principles say "
            "training should include listening, facilitation, boundaries, "
            "safeguarding, when to share confidential information, maternal mental "
            "health conditions, and where to signpost in a crisis. Peer workers "
            "trained on Alongside's Foundation programme have covered each of these, "
            "with assessed safeguarding and crisis scenarios.</p>"
            "<p><small>Sources: HEE and Mind thought piece, 2020 (roles, sharing her "
            "story, training); Maternal Mental Health Alliance, Perinatal Peer "
            "Support Principles, 2019.</small></p>"
        ),
        "notes": (
            "Invite one or two examples from the room of tasks that might drift "
            "into the role. The thought piece describes peer workers who felt "
            "belittled when used as extra staff, or when told which parts of their "
            "story they could not share."
        ),
    },
    {
        "title": "Referral, information sharing and handover",
        "minutes": 8,
        "content": (
            "<h3>Referring to the peer worker</h3>"
            "<p>Offer peer support widely, and let the mother choose. Some staff "
            "have kept mothers from peer support because they judged them “too "
            "poorly”; the thought piece names this as a barrier. If a mother is "
            "very unwell, decide together with her and the peer worker, and adapt "
            "how contact happens: shorter, at a quieter time, or in a group "
            "rather than one to one.</p>"
            "<p>Agree a simple route: who can refer, that the mother has agreed, "
            "and what the peer worker needs to know to work safely (for example "
            "current risks, and anything the mother has asked not to talk "
            "about).</p>"
            "<h3>Sharing information</h3>"
            "<p>A peer worker is part of the team, not its eyes and ears. Agree, and "
            "tell each mother at the start, what the peer worker will pass on and "
            "what stays between them:</p><ul>"
            "<li><strong>Always passed on:</strong> any risk to the mother, the baby "
            "or anyone else, and any safeguarding concern, through the same route "
            "as everyone else.</li>"
            "<li><strong>Otherwise hers to share:</strong> what a mother tells the "
            "peer worker about her feelings and experiences, unless the mother "
            "wants it passed on.</li></ul>"
            "<p>Write in shared notes what the team needs to know, in plain words "
            "the mother could read.</p>"
            "<h3>Handover</h3>"
            "<p>When she arrives: who is here, how people are, and any immediate "
            "risks or concerns. When she leaves: a chance to raise her own concerns, "
            "for patients' safety and for her own wellbeing. Tell her about "
            "admissions and discharges, so that she never learns of a discharge "
            "from the mother, and so that support can carry on in the community "
            "where possible.</p>"
            "<h3>Being part of the team</h3>"
            "<p>She needs an email account, a shared calendar and access to the "
            "notes she needs, from her first week. Invite her to MDT meetings and "
            "care planning where the mother agrees. She follows the same "
            "safeguarding route as everyone else; explain it on day one.</p>"
            "<p><small>Sources: HEE and Mind thought piece, 2020 (“too poorly” as a "
            "barrier, handovers on arrival and departure, discharges, email, "
            "calendars, notes and care planning). The information-sharing "
            "agreement is our suggestion: agree your own with your information "
            "governance lead.</small></p>"
        ),
        "notes": (
            "This is the most practical section. Ask the team to agree one thing "
            "they will change, such as adding the peer worker to the discharge "
            "email list. Discussion (3 minutes): what would you need to know about "
            "a mother before introducing her to the peer worker, and what would "
            "you not need to know?"
        ),
    },
    {
        "title": "A request to “find out casually”",
        "minutes": 6,
        "content": (
            "<p><em>A short scenario for discussion.</em></p>"
            "<p>At the end of a ward round, a consultant catches the peer worker in "
            "the corridor. “You get on well with Jas,” he says. “Could you find out "
            "casually whether she's actually taking her medication? She won't tell "
            "us straight.”</p>"
            "<h3>Questions to talk about</h3><ul>"
            "<li>What might happen to Jas's trust in the peer worker, and in the "
            "team, if she found out?</li>"
            "<li>Why is this outside the peer role?</li>"
            "<li>What could the consultant do instead?</li>"
            "<li>How could the peer worker say no, kindly, and still help?</li></ul>"
            "<h3>Some points to draw out</h3>"
            "<p>Gathering information for the team without the mother knowing "
            "turns the peer worker into a monitor, and can break the trust that "
            "makes peer support work. Medication is a clinical matter. The peer "
            "worker can encourage Jas to talk honestly with her team, or help her "
            "prepare what she wants to say, and she will always pass on a risk. "
            "The consultant can ask Jas directly, or invite the peer worker to a "
            "conversation Jas has agreed to.</p>"
            "<p><small>Sources: scenario from Alongside's curriculum brief (NHS "
            "pathway); the peer role's limits on clinical advice from the HEE and "
            "Mind thought piece, 2020.</small></p>"
        ),
        "notes": (
            "Live mode: read the scenario aloud, then give groups of three or four "
            "people two minutes on the questions before taking answers. Ask the "
            "peer worker, only if she is happy to, how she would answer the "
            "consultant. Close by agreeing how the team will ask for a peer "
            "worker's help in future."
        ),
    },
    {
        "title": "Supporting the peer worker",
        "minutes": 5,
        "content": (
            "<p>A peer worker is a colleague, not a patient. Some peer workers were "
            "once cared for by services like yours, and that can feel awkward at "
            "first. Treat her as you would any new colleague.</p>"
            "<ul><li>Do not make assumptions about how long ago she was unwell, or "
            "about how well she is now.</li>"
            "<li>She should have dual supervision: line management in the team, "
            "and peer supervision from someone who understands the role.</li>"
            "<li>Check in about wellbeing as you would with anyone, and know the "
            "team's usual support routes.</li>"
            "<li>Talk about development and training, as you would for any role.</li>"
            "</ul><p>It helps managers to see peer support in action: sit in on a "
            "group, with permission, or go to a peer support event.</p>"
            "<p><small>Source: HEE and Mind thought piece, 2020.</small></p>"
        ),
        "notes": (
            "The power imbalance matters here. Acknowledge it openly; it helps the "
            "team trust the peer worker's judgement."
        ),
    },
    {
        "title": "Measuring what matters, and inclusion",
        "minutes": 3,
        "content": (
            "<p>Clinical scales such as HoNOS measure symptoms and functioning. "
            "They do not fit peer support, which is about connection and hope. "
            "Goal-based outcomes, agreed with the parent and only if she wants "
            "them, and parents' own words work better.</p>"
            "<p>Peer support should be open to every family: fathers and partners, "
            "parents from minority ethnic communities, LGBT+ parents, and those "
            "who find services hard to reach. Stigma can be strong in some "
            "communities. As a team you can offer peer support to partners too, "
            "and keep a simple record of who is offered it and who takes it up.</p>"
            "<p><small>Sources: HEE and Mind thought piece, 2020 (measures); "
            "Scottish Government evidence review, 2020 (fathers, minority ethnic "
            "communities and stigma).</small></p>"
        ),
        "notes": "Keep this short; check there is time for the agreement.",
    },
    {
        "title": "Our team agreement, and questions",
        "minutes": 3,
        "content": (
            "<p>Print this page, fill it in together, and keep it where the team "
            "will see it. Review it after three months.</p>"
            "<h3>Working with our peer worker: team agreement</h3>"
            "<p><strong>Team:</strong> ____________ <strong>Peer worker:</strong> "
            "____________ <strong>Date:</strong> ____________</p><ol>"
            "<li><strong>Referral.</strong> Who can refer: ____________. We offer "
            "peer support to every mother and partner and let them choose. If a "
            "mother is very unwell we decide with her and the peer worker.</li>"
            "<li><strong>Handover.</strong> The peer worker gets a handover when she "
            "arrives and when she leaves, from: ____________.</li>"
            "<li><strong>Admissions and discharges.</strong> We tell the peer worker "
            "by: ____________ (for example the discharge email list).</li>"
            "<li><strong>Information sharing.</strong> She always passes on risk and "
            "safeguarding concerns, by: ____________. Otherwise what a mother tells "
            "her is the mother's to share. We explain this to each mother at the "
            "start.</li>"
            "<li><strong>Access.</strong> Email, calendar and notes set up by: "
            "____________.</li>"
            "<li><strong>Supervision.</strong> Line manager: ____________. Peer "
            "supervisor: ____________.</li>"
            "<li><strong>Out-of-role requests.</strong> We ask the mother, not the "
            "peer worker, for clinical information.</li>"
            "<li><strong>Contacts.</strong> Safeguarding lead: ____________. "
            "Peer support coordinator: ____________.</li></ol>"
            "<p>Then answer the short knowledge check, and think of one thing you "
            "will do differently.</p>"
        ),
        "notes": (
            "Run the knowledge check aloud with a show of hands, or ask people to "
            "answer on their phones later. Fill in the agreement together, or give "
            "it to the team lead to finish. End by asking each person for one "
            "thing they will do differently."
        ),
    },
]

CHECK = [
    {
        "question": "Which of these is part of a peer worker's role?",
        "options": [
            ("Covering as a healthcare assistant when the ward is short", False),
            ("Listening, and sharing her own experience when it helps", True),
            ("Explaining to a mother how her medication works", False),
        ],
        "explanation": (
            "Peer workers offer support grounded in lived experience. They are not "
            "extra clinical or support staff (HEE and Mind thought piece, 2020)."
        ),
    },
    {
        "question": "What should a handover to a peer worker on arrival include?",
        "options": [
            ("Who is here, how they are, and any immediate risks", True),
            ("Only each mother's diagnosis and her current medication", False),
            ("Nothing: peer workers are best finding out from mothers", False),
        ],
        "explanation": (
            "On arrival: who is here, how they are and any immediate risks. On "
            "leaving: a chance to raise her own concerns (HEE and Mind thought "
            "piece, 2020)."
        ),
    },
    {
        "question": "A mother is very unwell. What should happen about peer support?",
        "options": [
            ("Wait until she is better before anyone mentions it", False),
            ("Decide with her and the peer worker; adapt the contact", True),
            ("Refer her anyway, with the usual length and type of contact", False),
        ],
        "explanation": (
            "Avoid keeping mothers from peer support as “too poorly”, a barrier the "
            "HEE and Mind thought piece (2020) describes. Decide with the mother and "
            "the peer worker, and adapt the form, length and timing of contact."
        ),
    },
    {
        "question": "A consultant asks the peer worker to “find out casually” "
        "whether a "
        "mother takes her medication. What is the best response?",
        "options": [
            ("Agree, as long as she doesn't say who asked", False),
            ("Suggest the consultant asks the mother directly", True),
            ("Agree, but only to write it in the notes afterwards", False),
        ],
        "explanation": (
            "Gathering information without the mother knowing makes the peer worker "
            "a monitor and can break trust. Clinical questions are for the clinical "
            "team to ask; the peer worker always passes on risk."
        ),
    },
    {
        "question": (
            "Which of these is one of the five Perinatal Peer Support Principles?"
        ),
        "options": [
            ("Led by the care coordinator and the clinical team", False),
            ("Complements rather than replicates clinical services", True),
            ("Focused on assessment, diagnosis and on treatment plans", False),
        ],
        "explanation": (
            "Peer support sits beside clinical care rather than copying it. The five "
            "principles are: safe and nurturing; accessible and inclusive; "
            "complements rather than replicates clinical mental health services; "
            "meaningful involvement of people with lived experience, and peer "
            "leadership; and benefits everyone involved, including peer supporters "
            "(Maternal Mental Health Alliance, 2019)."
        ),
    },
]
