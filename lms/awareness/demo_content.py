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
    "Give at least three benefits that mothers and clinicians report.",
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
        "minutes": 7,
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
        "minutes": 7,
        "content": (
            "<p>Parents who have had peer support often say they felt less alone, "
            "less ashamed and more able to talk honestly with their clinical team. "
            "Seeing someone who has recovered gives hope in a way that "
            "reassurance from a professional sometimes cannot.</p>"
            "<p>Clinicians working with peer workers report that parents engage "
            "better with care, that peer workers notice things parents had not "
            "felt able to say, and that the team understands parents' experience "
            "better.</p>"
            "<p>If the peer worker joining your team would like to, she may say a "
            "few words about why she does this work. That is her choice.</p>"
        ),
        "notes": (
            "Only invite the peer worker to speak if she has offered beforehand. "
            "Never ask her to tell her story on the spot."
        ),
    },
    {
        "title": "What peer workers do, and what they don't",
        "minutes": 8,
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
        ),
        "notes": (
            "Invite one or two examples from the room of tasks that might drift "
            "into the role. Peer workers have told us that being used as extra "
            "staff is the quickest way to feel belittled."
        ),
    },
    {
        "title": "Working together day to day",
        "minutes": 8,
        "content": (
            "<h3>Referrals</h3><p>Offer peer support widely. Avoid deciding that a "
            "mother is “too poorly”: many say peer support helped most when they "
            "were most unwell. If you are unsure, talk to the peer worker.</p>"
            "<h3>Handovers</h3><p>Include the peer worker in handover when she "
            "arrives and before she leaves. Tell her about admissions, discharges "
            "and changes in risk, so she never learns of a discharge from the "
            "parent.</p>"
            "<h3>Access</h3><p>She needs an email account, a calendar and access "
            "to the notes she needs to work safely, from her first week.</p>"
            "<h3>Safeguarding</h3><p>She follows the same safeguarding route as "
            "everyone else and knows who to go to. Make sure that route is "
            "explained on day one.</p>"
            "<h3>In the team</h3><p>Invite her to MDT meetings and care planning "
            "where the parent agrees, and value what she brings.</p>"
        ),
        "notes": (
            "This is the most practical section: ask the team to agree one thing "
            "they will change, such as adding the peer worker to the discharge "
            "email list."
        ),
    },
    {
        "title": "Supporting the peer worker",
        "minutes": 6,
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
            "parents from minority ethnic communities, LGBTQ+ parents, and those "
            "who find services hard to reach. Ask the peer worker how the team "
            "can help make that happen.</p>"
        ),
        "notes": "Keep this short; check there is time for the questions.",
    },
    {
        "title": "Quick check and questions",
        "minutes": 3,
        "content": (
            "<p>Take a moment to answer the short knowledge check, then think about "
            "one thing you will do differently when working with a peer worker.</p>"
        ),
        "notes": (
            "Run the knowledge check aloud with a show of hands, or ask people to "
            "answer on their phones later. End by asking each person for one "
            "thing they will do differently."
        ),
    },
]

CHECK = [
    {
        "question": "Which of these is part of a peer worker's role?",
        "options": [
            ("Covering as a healthcare assistant when the ward is short", False),
            ("Listening and sharing her own experience when it helps", True),
            ("Giving advice about medication", False),
        ],
        "explanation": (
            "Peer workers offer support grounded in lived experience. They are not "
            "extra clinical or support staff."
        ),
    },
    {
        "question": "What should a good handover to a peer worker include?",
        "options": [
            ("Admissions, discharges and changes in risk", True),
            ("Only the parent's diagnosis", False),
            ("Nothing: peer workers find out from parents", False),
        ],
        "explanation": (
            "Tell the peer worker about admissions, discharges and risk, when she "
            "arrives and before she leaves."
        ),
    },
    {
        "question": "A mother is very unwell. Should she be offered peer support?",
        "options": [
            ("No, wait until she is better", False),
            ("Yes, offer it, and talk to the peer worker if unsure", True),
        ],
        "explanation": (
            "Avoid gatekeeping: many mothers say peer support helped most when "
            "they were most unwell."
        ),
    },
    {
        "question": "Why do clinical scales such as HoNOS not suit peer support?",
        "options": [
            ("They measure symptoms, not connection and hope", True),
            ("They take too long to fill in", False),
            ("Peer support should never be measured", False),
        ],
        "explanation": (
            "Goal-based outcomes agreed with the parent, and qualitative feedback, "
            "fit peer support better."
        ),
    },
    {
        "question": (
            "Which of these is one of the five Perinatal Peer Support Principles?"
        ),
        "options": [
            ("Led by the care coordinator", False),
            (
                "Complements rather than replicates clinical mental health services",
                True,
            ),
            ("Focused on diagnosis and treatment", False),
        ],
        "explanation": (
            "Peer support sits beside clinical care rather than copying it. The five "
            "principles are: safe and nurturing; accessible and inclusive; "
            "complements rather than replicates clinical mental health services; "
            "meaningful involvement of people with lived experience, and peer "
            "leadership; and benefits everyone involved, including peer supporters."
        ),
    },
]
