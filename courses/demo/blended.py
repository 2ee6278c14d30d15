"""The blended layer for modules 2 (listening) and 3 (boundaries), in our own words.

Facilitator guides for two live skills sessions, a short lived-experience piece
(text only: no audio recording exists, and the lesson says so), and a printable
reflective workbook. The guides and the workbook are seeded as documents (HTML
pages that print cleanly) and offered as downloads in the lessons.
"""

# Declared facilitated time, counted in the module's and the certificate's hours.
LIVE_SESSION_MINUTES = {"M2": 90, "M3": 90}

_PAGE = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: Arial, sans-serif; line-height: 1.5; max-width: 42rem; margin: 2rem auto;
       padding: 0 1rem; color: #1d1d1d; }}
h1 {{ font-size: 1.6rem; }} h2 {{ font-size: 1.25rem; margin-top: 2rem; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #555; padding: .4rem; text-align: left; vertical-align: top; }}
.write {{ border: 1px solid #555; min-height: 6rem; margin: .5rem 0 1rem; }}
.note {{ background: #f3f2f1; padding: .75rem; }}
@media print {{ body {{ margin: 0; max-width: none; }} h2 {{ break-after: avoid; }}
  .write {{ break-inside: avoid; }} }}
</style>
</head>
<body>
{body}
</body>
</html>
"""

DEMO_NOTE = (
    '<p class="note"><strong>Demo content: not for real use until your organisation '
    "has reviewed it.</strong> Written for Alongside from the curriculum brief.</p>"
)


def _page(title: str, body: str) -> str:
    return _PAGE.format(title=title, body=f"<h1>{title}</h1>{DEMO_NOTE}{body}")


LISTENING_GUIDE = _page(
    "Facilitator guide: listening triads (live session, 90 minutes)",
    """
<h2>What the session is for</h2>
<p>Trainees practise the listening skills from module 2 (open questions, reflecting,
summarising and staying with silence) and get kind, specific feedback. Nobody is asked to
talk about their own illness, birth or loss.</p>
<h2>Before the session</h2>
<ul>
<li>Two facilitators for up to twelve trainees, so one of you is free to check on anyone
who steps out.</li>
<li>Send the topic list below a week ahead, so people can choose something comfortable.</li>
<li>Print one observer checklist per trainee per round.</li>
</ul>
<h2>Plan</h2>
<table>
<tr><th>Minutes</th><th>What happens</th></tr>
<tr><td>0 to 10</td><td>Welcome, a short content note, the group agreement (what is said
stays in the room, anyone may pause or step out, no advice-giving in practice).</td></tr>
<tr><td>10 to 20</td><td>Facilitators model a five-minute conversation badly, then well.
Ask the group what they noticed.</td></tr>
<tr><td>20 to 75</td><td>Three rounds of 15 minutes in groups of three: a speaker, a
listener and an observer. Each round is 7 minutes of talking, 5 minutes of feedback
(listener first, then speaker, then observer) and 3 minutes to swap.</td></tr>
<tr><td>75 to 90</td><td>Whole-group debrief: one thing each person will keep doing, and
a check-out of how everyone is feeling. Say where support is if anything was stirred
up.</td></tr>
</table>
<h2>Topics for the speaker</h2>
<p>The speaker chooses a real but everyday topic: a change they are weighing up, a busy
week, learning something new, or a time they felt really listened to. They never need to
talk about their own mental health, pregnancy, birth or loss, and they can stop at any
time.</p>
<h2>Observer checklist</h2>
<table>
<tr><th>Did the listener…</th><th>Seen?</th><th>An example in the speaker's words</th></tr>
<tr><td>Use open questions (what, how, tell me more)?</td><td></td><td></td></tr>
<tr><td>Reflect a feeling back, in the speaker's own words?</td><td></td><td></td></tr>
<tr><td>Summarise before moving on?</td><td></td><td></td></tr>
<tr><td>Allow silence without filling it?</td><td></td><td></td></tr>
<tr><td>Hold back advice, fixing or their own story?</td><td></td><td></td></tr>
<tr><td>Check what the speaker wanted from the conversation?</td><td></td><td></td></tr>
</table>
<p>Feedback is about what you saw and heard, never about the speaker's topic.</p>
<h2>If someone becomes upset</h2>
<p>Pause the triad. The second facilitator offers a quiet space and checks in. Nobody has
to explain. Follow your organisation's trainee wellbeing protocol, and remind everyone at
the end how to reach their trainer or coordinator.</p>
""",
)

BOUNDARIES_GUIDE = _page(
    "Facilitator guide: boundaries in practice (live session, 90 minutes)",
    """
<h2>What the session is for</h2>
<p>Trainees practise saying what is and isn't part of the peer role, warmly and clearly,
using the situations from module 3: a question about medication, a request to keep a
secret, a friend request on social media, and being asked to do a job that belongs to
someone else.</p>
<h2>Plan</h2>
<table>
<tr><th>Minutes</th><th>What happens</th></tr>
<tr><td>0 to 10</td><td>Welcome, content note and group agreement.</td></tr>
<tr><td>10 to 25</td><td>In pairs: list what a peer supporter does and doesn't do, then
compare with the module's list.</td></tr>
<tr><td>25 to 75</td><td>Three rounds of 15 minutes in threes (parent, peer supporter,
observer), each with one situation card. The person playing the parent follows the card
and never uses their own story.</td></tr>
<tr><td>75 to 90</td><td>Debrief: the words that worked, what felt hard, and who to go to
when a boundary is tested. Check out.</td></tr>
</table>
<h2>Situation cards</h2>
<ol>
<li>“You've been on these tablets. Should I stop mine while I'm breastfeeding?”</li>
<li>“I'll tell you something, but you have to promise not to tell anyone.”</li>
<li>“Can I add you on Facebook? It'd be easier than the work phone.”</li>
<li>A ward colleague asks you to sit with a mother while they do the medicines round.</li>
</ol>
<h2>Observer checklist</h2>
<table>
<tr><th>Did the peer supporter…</th><th>Seen?</th><th>The words they used</th></tr>
<tr><td>Listen to the worry before saying what they can't do?</td><td></td><td></td></tr>
<tr><td>Say clearly what is outside the role, without apologising it away?</td><td></td><td></td></tr>
<tr><td>Offer what they can do instead (a person, a service, help to prepare)?</td><td></td><td></td></tr>
<tr><td>Avoid promising secrecy, giving medical advice or sharing too much?</td><td></td><td></td></tr>
<tr><td>Keep the relationship warm?</td><td></td><td></td></tr>
</table>
""",
)

WORKBOOK = _page(
    "Reflective workbook: listening and boundaries",
    """
<p>For you alone. Print it or save it, and write as much or as little as you like. Nobody
marks it, and you never need to write about your own illness, birth or loss.</p>
<h2>1. Being listened to</h2>
<p>Think of a time you felt really listened to. What did the other person do, or not
do?</p><div class="write"></div>
<h2>2. My listening habits</h2>
<p>When someone is upset, what do you tend to do first: reassure, advise, share your own
story, or stay with them? What would you like to do more of?</p><div class="write"></div>
<h2>3. After the triads</h2>
<p>One piece of feedback you received, and one thing you will practise this week.</p>
<div class="write"></div>
<h2>4. Where my role stops</h2>
<p>Which request would you find hardest to say no to? Write the words you could use.</p>
<div class="write"></div>
<h2>5. Sharing my story</h2>
<p>What parts of your experience would you be comfortable sharing with a parent, and what
would you keep for yourself? There is no right answer, and it can change over time.</p>
<div class="write"></div>
<h2>6. Support for me</h2>
<p>Who will you talk to if a conversation stays with you? Write down your coordinator's
or supervisor's name and how to reach them.</p><div class="write"></div>
""",
)

DOCUMENTS = {
    "listening-guide": ("Facilitator guide: listening triads", LISTENING_GUIDE),
    "boundaries-guide": ("Facilitator guide: boundaries in practice", BOUNDARIES_GUIDE),
    "workbook": ("Reflective workbook: listening and boundaries", WORKBOOK),
}

# The lived-experience piece, shown as text in module 2. A composite written for
# Alongside: not one person's words, and not recorded.
LIVED_EXPERIENCE = (
    "<h2>A parent's story: ‘She just let me talk’</h2>"
    "<p><em>A short piece written for Alongside as a composite of common experiences, not "
    "one person's words. It is text only: there is no audio recording of it. If your "
    "organisation records a parent reading a piece like this, add the recording with its "
    "transcript.</em></p>"
    "<p>“When my son was about two months old I went to a group because my health visitor "
    "kept mentioning it. I nearly didn't go in. I was sure everyone would be coping better "
    "than me.</p>"
    "<p>“One of the volunteers sat with me and asked how things were. I said ‘fine’, like I "
    "said to everyone. She didn't rush on. She said, ‘Fine can cover a lot,’ and waited. "
    "I ended up telling her I hadn't slept properly in weeks and felt like I was watching "
    "my life through glass.</p>"
    "<p>“She didn't tell me what to do. She said back to me what I'd said, in my words, and "
    "it sounded different hearing it. Later she told me, briefly, that she'd felt a bit "
    "like that after her daughter, and that talking to her GP had helped. Then she turned "
    "it back to me. She asked if I'd like help working out what to say to the doctor.</p>"
    "<p>“I think if she'd jumped in with advice or a long story of her own I'd have closed "
    "up. It was the waiting, and hearing my own words back, that made it feel safe.”</p>"
)
