"""The awareness course earns its 45 minutes: referral, information sharing and
handover, the "find out casually" vignette, a printable team agreement, and a
source for every claim."""

import re

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from lms.awareness import demo_content as content
from lms.awareness.selectors import course_default
from lms.demo import demo_seed
from lms.models import User

UNSOURCED = [
    "Peer workers have told us",
    "helped most when they were most unwell",
    "notice things parents had not felt able to say",
    "Parents who have had peer support often say",
]


def _section(title):
    return next(s for s in content.SECTIONS if s["title"] == title)


def test_the_sections_still_make_45_minutes():
    assert sum(s["minutes"] for s in content.SECTIONS) == 45


def test_no_claim_without_a_source():
    text = " ".join(s["content"] + " " + s["notes"] for s in content.SECTIONS)
    for phrase in UNSOURCED:
        assert phrase not in text, phrase
    # Every section after the welcome says where its claims come from.
    for section in content.SECTIONS[1:-1]:
        assert "Source" in section["content"], section["title"]


def test_referral_information_sharing_and_handover_are_taught():
    section = _section("Referral, information sharing and handover")["content"]

    for heading in (
        "Referring to the peer worker",
        "Sharing information",
        "Handover",
    ):
        assert heading in section
    assert "not its eyes and ears" in section
    assert "Always passed on:" in section and "safeguarding" in section
    assert "“too poorly”" in section


def test_the_vignette_has_questions_and_a_prompt_for_the_live_mode():
    vignette = _section("A request to “find out casually”")

    assert "find out casually" in vignette["content"]
    assert "Questions to talk about" in vignette["content"]
    assert vignette["notes"].startswith("Live mode:")


def test_the_team_agreement_is_printable_and_covers_the_basics():
    agreement = _section("Our team agreement, and questions")["content"]

    assert "Print this page" in agreement
    for part in (
        "Referral.",
        "Handover.",
        "Admissions and discharges.",
        "Information sharing.",
        "Access.",
        "Supervision.",
        "Contacts.",
    ):
        assert part in agreement, part


def test_the_right_answer_is_never_the_longest_nor_always_first():
    firsts = 0
    for question in content.CHECK:
        lengths = {text: len(text) for text, _ok in question["options"]}
        (right,) = [text for text, ok in question["options"] if ok]
        firsts += question["options"][0][1]
        assert lengths[right] < max(lengths.values()), question["question"]
    assert firsts <= len(content.CHECK) // 2


@pytest.mark.django_db
def test_the_vignette_and_agreement_render_for_staff(client):
    demo_seed()
    course = course_default()
    client.force_login(User.objects.get(email="ward.staff14@example.org"))
    titles = [s["title"] for s in content.SECTIONS]

    pages = {}
    for title in (
        "A request to “find out casually”",
        "Our team agreement, and questions",
    ):
        number = titles.index(title) + 1
        response = client.get(reverse("awareness:section", args=[course.pk, number]))
        assert response.status_code == 200
        html = response.content.decode()
        main = re.search(r"<main\b.*?</main>", html, re.S).group(0)
        pages[title] = " ".join(strip_tags(main).split())

    assert "find out casually" in pages["A request to “find out casually”"]
    assert (
        "Working with our peer worker: team agreement"
        in pages["Our team agreement, and questions"]
    )
