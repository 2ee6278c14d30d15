"""The content review's "should fix" items (1B, 1C), read from the rendered lessons."""

import pytest
from django.urls import reverse

from assessments.demo.scenarios import BRANCHING
from assessments.models import QuizPage
from assessments.selectors import quiz_question_pool
from courses.demo.signposting import ENTRIES
from courses.models import ModulePage, Signpost
from tests.courses.test_demo_content_review import _as_admin, _lesson

pytestmark = pytest.mark.django_db


MISSING_SERVICES = [
    "Maternal OCD",
    "OCD-UK",
    "Birth Trauma Association",
    "Make Birth Better",
    "Miscarriage Association",
    "ARC (Antenatal Results and Choices)",
    "The Ectopic Pregnancy Trust",
    "Cry-sis",
    "Fathers Network Scotland",
    "Dads Rock",
    "DadPad",
    "Home-Start",
]
# Every number in the directory, exactly as the brief or the review's verified
# list gives it: a new entry may not bring a number of its own.
SOURCED_NUMBERS = {
    "999",
    "111",
    "0808 808 8000",
    "116 123",
    "85258",
    "0800 83 85 87",
    "0808 2000 247",
    "0808 80 10 800",
    "0800 027 1234",
    "0808 802 1414",
    "0300 100 0212",
    "0808 802 6869",
    "0808 196 1776",
    "0300 330 0700",
    "0300 123 3393",
    "",
}


def _quiz_question(code, name):
    quiz = QuizPage.objects.live().descendant_of(ModulePage.objects.get(code=code))
    _fixed, _draws, by_id = quiz_question_pool(quiz.first())
    return next(q for q in by_id.values() if q.name == name)


def test_the_lessons_carry_the_should_fix_items(seeded, client):
    # The modules a clinician or health visitor must check are flagged clinical,
    # so their next edit goes through the Clinical review workflow.
    clinical = ModulePage.objects.filter(is_clinical=True)
    assert set(clinical.values_list("code", flat=True)) == {"M5", "M6", "M8"}

    ocd = _as_admin(client, _lesson("ocd-and-birth-trauma"))
    assert "not a safeguarding referral" in ocd
    assert "with her knowledge" in ocd

    suicide = _as_admin(client, _lesson("red-flags-and-suicide-risk"))
    assert "Ask directly." in suicide
    # The third red flag keeps its clinical wording: new and persistent.
    assert "new and persistent expressions of being incompetent as a mother" in (
        suicide
    )
    assert "‘Are you having thoughts of suicide?’" in suicide
    # Physical red flags for babies and new parents, with the route.
    assert "When a baby or a new parent seems physically unwell" in suicide
    assert "floppy" in suicide and "bleeding heavily" in suicide

    disclosure = _as_admin(client, _lesson("responding-to-disclosure"))
    assert "ask for the police or an ambulance, whichever is needed" in disclosure
    assert "tell your DSL straight away, before the end of the visit" in disclosure
    assert "children’s social care" in disclosure

    frameworks = _as_admin(client, _lesson("what-safeguarding-means"))
    for name in (
        "Working Together to Safeguard Children (2023)",
        "Wales Safeguarding Procedures",
        "National Guidance for Child Protection in Scotland (2021)",
        "Co-operating to Safeguard Children and Young People in Northern Ireland",
        "Domestic Abuse Act 2021",
    ):
        assert name in frameworks, name
    # The adult-at-risk test reads as one sentence with "they are".
    assert "have needs for care and support" in frameworks

    barriers = _as_admin(client, _lesson("barriers-and-inequality"))
    assert "published in 2023 (covering deaths in 2019 to 2021)" in barriers
    assert "1.3 million women a year (a figure from its campaign materials" in barriers
    loss = _as_admin(client, _lesson("words-definitions-numbers"))
    assert "in 2021 (the latest year in our sources)" in loss

    online = _as_admin(client, _lesson("online-and-remote-support"))
    assert "If you don't know who the person is or where they are" in online

    # One spelling of OK throughout (the review found one "okay").
    groups = _as_admin(client, _lesson("setting-up-a-group"))
    assert "what is OK in a group" in groups
    assert "okay" not in groups.lower()
    # Reflections say the same thing about privacy in every module.
    feeding = _as_admin(client, _lesson("feelings-about-feeding"))
    assert "Optional and private: only you can read what you write here" in feeding
    assert "Optional and private; it is not marked." not in feeding


def test_asking_directly_about_suicide_is_a_must_pass_question(seeded):
    flags = _quiz_question("M6", "M6 The three red flags")
    assert flags.is_safety_critical
    assert any(
        "keeps saying, that she is incompetent as a mother" in o.value["text"]
        and float(o.value["fraction"]) > 0
        for o in flags.options
    )

    question = _quiz_question("M6", "M6 Asking directly about suicide")
    options = [o.value for o in question.options]
    right = [o["text"] for o in options if float(o["fraction"]) == 1]

    assert question.is_safety_critical
    assert right == [
        "Ask her calmly and plainly whether she is having thoughts of suicide."
    ]
    assert len(right[0]) < max(len(o["text"]) for o in options)


def test_the_bruise_question_wants_the_dsl_straight_away(seeded):
    question = _quiz_question("M4", "M4 A bruise on a young baby")
    marks = {o.value["text"]: float(o.value["fraction"]) for o in question.options}
    right = "Note what you saw and what mum said, and tell your DSL straight away"
    later = "Note what you saw and what mum said, and report it to your DSL by the end"

    assert [m for t, m in marks.items() if t.startswith(right)] == [1]
    assert [m for t, m in marks.items() if t.startswith(later)] == [0]


def test_the_directory_has_the_missing_services_unverified(seeded, client):
    names = set(Signpost.objects.values_list("name", flat=True))
    # Shout's own instruction, as the support page shows it to everyone.
    support = client.get(reverse("lms:support")).content.decode()
    assert "Text SHOUT to 85258" in support

    for name in MISSING_SERVICES:
        assert name in names, name
        assert Signpost.objects.get(name=name).needs_checking
    assert {e["phone"] for e in ENTRIES} <= SOURCED_NUMBERS
    # The brief gives no NSPCC number, so none is invented; Scotland's route is
    # the local authority's social work service.
    nspcc = Signpost.objects.get(name="NSPCC Helpline")
    assert nspcc.phone == "" and nspcc.needs_checking
    assert "in Scotland, the local authority's social work service" in nspcc.purpose
    mind = Signpost.objects.get(name="Mind Infoline")
    assert mind.nations == ["england", "wales"]


def test_the_sofa_scenario_is_safety_critical_and_a_delay_is_unsafe():
    sofa = next(s for s in BRANCHING if s["slug"] == "scenario-sofa-night-feeds")
    delays = [
        c
        for n in sofa["nodes"]
        for c in n.get("choices", [])
        if c.get("delays_escalation")
    ]

    assert sofa["safety_critical"]
    assert delays and {c["rating"] for c in delays} == {"unsafe"}


def test_a_new_quiz_has_the_briefs_pass_mark():
    assert QuizPage().pass_mark == 80
