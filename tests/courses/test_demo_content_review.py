"""The content review's must-fix items, read from the pages people actually see."""

import re

import pytest
from django.urls import reverse
from django.utils.html import strip_tags
from wagtail.admin.admin_url_finder import AdminURLFinder

from assessments.demo.scenarios import BRANCHING
from assessments.models import QuizPage
from assessments.selectors import quiz_question_pool
from courses.models import LessonPage, ModulePage, ProgrammePage, Signpost
from lms.awareness.selectors import course_default
from lms.models import User

pytestmark = pytest.mark.django_db

REAL_PRINCIPLES = [
    "Safe and nurturing",
    "Accessible and inclusive",
    "Complements rather than replicates clinical mental health services",
    "Meaningful involvement of people with lived experience, and peer leadership",
    "Benefits everyone involved, including peer supporters",
]
INVENTED = ["Led by the parent", "Grounded in experience", "Hopeful and strengths"]


def _text(response) -> str:
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    main = re.search(r"<main\b.*?</main>", html, re.S)
    return " ".join(strip_tags(main.group(0) if main else html).split())


def _lesson(slug) -> LessonPage:
    return LessonPage.objects.get(slug=slug)


def _as_admin(client, page) -> str:
    """The lesson as it renders (the admin's draft view of the live page)."""
    client.force_login(User.objects.get(email="admin@example.org"))
    return _text(client.get(f"/admin/pages/{page.pk}/view_draft/"))


# --- items 1 and 2: the awareness course teaches the real principles


def _the_awareness_course_teaches_the_five_real_principles(seeded, client):
    course = course_default()
    client.force_login(User.objects.get(email="ward.staff14@example.org"))

    section = _text(client.get(reverse("awareness:section", args=[course.pk, 2])))
    check = _text(client.get(reverse("awareness:check", args=[course.pk])))

    for title in REAL_PRINCIPLES:
        assert title in section, title
    for made_up in INVENTED:
        assert made_up not in section
        assert made_up not in check
    assert "Complements rather than replicates" in check


def _one_step_removed_is_the_third_principle_not_a_mothers_quote(seeded, client):
    course = course_default()
    client.force_login(User.objects.get(email="ward.staff14@example.org"))

    section = _text(client.get(reverse("awareness:section", args=[course.pk, 2])))
    notes = " ".join(s["notes"] for s in course_sections_data())

    assert "One mother described" not in section
    assert "third principle" in section
    assert "one step removed from clinical services" in section
    assert "quote" not in notes


def course_sections_data():
    from lms.awareness.demo_content import SECTIONS

    return SECTIONS


# --- item 3: safer sleep


def _the_safer_sleep_lesson_gives_the_lullaby_trusts_night_feed_message(seeded, client):
    text = _as_admin(client, _lesson("safer-sleep"))

    assert (
        "a bed made ready for the baby is much less risky than a sofa or armchair"
        in (text)
    )
    assert "The Lullaby Trust" in text
    assert "premature" in text and "extremely tired" in text


def _bringing_the_baby_into_bed_is_not_your_advice_to_give_not_unsafe(seeded):
    sofa = next(s for s in BRANCHING if s["module"] == "M8")
    bed = [
        c
        for n in sofa["nodes"]
        for c in n.get("choices", [])
        if "into her bed" in c["text"]
    ]
    best = [
        c for n in sofa["nodes"] for c in n.get("choices", []) if c["rating"] == "best"
    ]
    quiz = (
        QuizPage.objects.live().descendant_of(ModulePage.objects.get(code="M8")).first()
    )
    fixed, draws, by_id = quiz_question_pool(quiz)
    question = next(
        q for q in by_id.values() if q.name == "M8 Falling asleep on the sofa"
    )
    feedback = {o.value["text"]: o.value["feedback"] for o in question.options}

    assert [c["rating"] for c in bed] == ["not_yours"]
    assert any("Lullaby Trust" in c["text"] and "bed" in c["text"] for c in best)
    assert any(
        text.startswith("Suggest she brings the baby into her bed")
        and fb.startswith("Not your advice to give")
        for text, fb in feedback.items()
    )


# --- item 6: a domestic abuse line for every nation


def _every_nation_has_a_free_24_hour_domestic_abuse_line(seeded):
    lines = {s.phone: s for s in Signpost.objects.filter(category="domestic_abuse")}

    assert lines["0808 80 10 800"].nations == ["wales"]
    assert lines["0800 027 1234"].nations == ["scotland"]
    assert lines["0808 802 1414"].nations == ["northern_ireland"]
    for phone in ("0808 80 10 800", "0800 027 1234", "0808 802 1414"):
        assert not lines[phone].is_crisis
        assert "24 hours" in lines[phone].hours and "Free" in lines[phone].hours
        assert lines[phone].website.startswith("https://")


def _the_disclosure_lesson_is_nation_neutral_and_lists_every_line(seeded, client):
    text = _as_admin(client, _lesson("responding-to-disclosure"))

    assert "the domestic abuse helpline for her nation" in text
    for phone in ("0808 2000 247", "0808 80 10 800", "0800 027 1234", "0808 802 1414"):
        assert phone in text


# --- item 7: no review claim without a review


def _learners_see_no_review_claim_and_trainers_see_not_yet_reviewed(seeded, client):
    module = ModulePage.objects.get(code="M6")
    client.force_login(User.objects.get(email="trainee@example.org"))
    learner_view = _text(client.get(module.url))
    client.force_login(User.objects.get(email="trainer@example.org"))
    trainer_view = _text(client.get(module.url))

    assert "reviewed" not in learner_view.lower()
    assert "not yet been reviewed" in trainer_view
    assert "Content last reviewed" not in trainer_view


def _the_demo_programme_says_it_is_not_for_real_use_yet(seeded, client):
    programme = ProgrammePage.objects.get()
    client.force_login(User.objects.get(email="trainee@example.org"))

    text = _text(client.get(programme.url))

    assert (
        "Demo content: not for real use until your organisation has reviewed it" in text
    )


def _the_review_report_lists_every_demo_module_and_no_entry_is_checked(seeded, client):
    admin = User.objects.get(email="admin@example.org")
    client.force_login(admin)

    report = _text(client.get(reverse("courses_review_due")))
    directory = _text(
        client.get(
            AdminURLFinder(admin)
            .get_edit_url(Signpost.objects.first())
            .rsplit("edit/", 1)[0]
        )
    )

    for module in ModulePage.objects.all():
        assert module.title in report
    assert all(entry.needs_checking for entry in Signpost.objects.all())
    assert "Not checked yet" in directory
    assert "Alongside content team" not in directory


# --- item 8: suspected postpartum psychosis in Northern Ireland


def _northern_ireland_is_sent_to_urgent_medical_help_not_lifeline(seeded, client):
    text = _as_admin(client, _lesson("postpartum-psychosis"))

    assert "In Northern Ireland, the route is her GP the same day" in text
    assert "Lifeline on 0808 808 8000 in Northern Ireland" not in text
    assert "Lifeline is for distress and suicidal crisis" in text


# One seeded demo per group of checks: seeding the whole demo is slow.


def test_awareness_course_principles_items_1_and_2(seeded, client):
    _the_awareness_course_teaches_the_five_real_principles(seeded, client)
    _one_step_removed_is_the_third_principle_not_a_mothers_quote(seeded, client)


def test_lessons_on_sleep_abuse_and_psychosis_items_3_6_8(seeded, client):
    _the_safer_sleep_lesson_gives_the_lullaby_trusts_night_feed_message(seeded, client)
    _bringing_the_baby_into_bed_is_not_your_advice_to_give_not_unsafe(seeded)
    _every_nation_has_a_free_24_hour_domestic_abuse_line(seeded)
    _the_disclosure_lesson_is_nation_neutral_and_lists_every_line(seeded, client)
    _northern_ireland_is_sent_to_urgent_medical_help_not_lifeline(seeded, client)


def test_no_review_claim_without_a_review_item_7(seeded, client):
    _learners_see_no_review_claim_and_trainers_see_not_yet_reviewed(seeded, client)
    _the_demo_programme_says_it_is_not_for_real_use_yet(seeded, client)
    _the_review_report_lists_every_demo_module_and_no_entry_is_checked(seeded, client)
