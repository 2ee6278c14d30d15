"""Honest hours: the demo's lesson, module and certificate hours are measured from
what a learner does, and modules 2 and 3 have their blended layer."""

from decimal import Decimal

import pytest
from wagtail.documents import get_document_model

from assessments.demo.hours import activity_minutes
from certificates.models import AccreditationRules
from courses import demo as curriculum
from courses.demo.blended import LIVE_SESSION_MINUTES
from courses.demo.hours import lesson_minutes, with_measured_minutes
from courses.models import LessonPage, ModulePage, ProgrammePage
from lms.demo import demo_seed
from tests.courses.test_demo_content_review import _as_admin


def test_a_lesson_counts_its_words_and_reflections():
    lesson = {
        "body": [
            ("rich_text", "<p>" + "word " * 360 + "</p>"),
            ("signpost", {"names": ["not counted " * 500]}),
            ("reflection_prompt", {"prompt": "What helps?"}),
        ]
    }

    # 362 words at 180 a minute is 3 minutes, and a reflection adds 5.
    assert lesson_minutes(lesson) == 3 + 5


def test_modules_add_their_quiz_scenarios_and_live_session():
    activities = activity_minutes()
    measured = {
        m["code"]: m
        for m in with_measured_minutes(curriculum.MODULES, activity_minutes=activities)
    }

    m2 = measured["M2"]
    assert m2["estimated_minutes"] == (
        sum(lesson["estimated_minutes"] for lesson in m2["lessons"])
        + activities["M2"]
        + LIVE_SESSION_MINUTES["M2"]
    )
    assert LIVE_SESSION_MINUTES == {"M2": 90, "M3": 90}
    # The plain data is not changed: measuring is a copy.
    assert curriculum.MODULES[1]["estimated_minutes"] == 180


@pytest.mark.django_db
def test_the_seeded_hours_add_up_and_the_blended_layer_is_there(client):
    demo_seed()
    programme = ProgrammePage.objects.get()
    modules = ModulePage.objects.descendant_of(programme)
    total = sum(m.estimated_minutes for m in modules)
    rules = AccreditationRules.objects.get(programme=programme)

    # The certificate says what a learner does, plus 20 hours of supervised practice.
    assert rules.learning_hours == (
        Decimal(total) / Decimal(60) + Decimal(20)
    ).quantize(Decimal("0.1"))
    assert rules.learning_hours < 40
    for module in modules:
        lessons = LessonPage.objects.child_of(module)
        assert module.estimated_minutes > sum(x.estimated_minutes for x in lessons)

    listening = _as_admin(client, LessonPage.objects.get(slug="active-listening"))
    assert "A parent's story: ‘She just let me talk’" in listening
    assert "there is no audio recording of it" in listening
    assert "Reflective workbook: listening and boundaries" in listening
    assert "Facilitator guide: listening triads" in listening
    boundaries = _as_admin(
        client, LessonPage.objects.get(slug="ground-rules-and-boundaries")
    )
    assert "Facilitator guide: boundaries in practice" in boundaries
    # No lesson in modules 2 or 3 claims a recording.
    for code in ("M2", "M3"):
        for lesson in LessonPage.objects.descendant_of(modules.get(code=code)):
            assert "audio" not in [block.block_type for block in lesson.body]

    Document = get_document_model()
    guide = Document.objects.get(title="Facilitator guide: listening triads")
    html = guide.file.read().decode()
    assert "Observer checklist" in html and "@media print" in html
    response = client.get(guide.url)
    assert response.status_code == 200
