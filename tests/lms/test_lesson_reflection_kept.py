"""A reflection started in a lesson's own prompt is kept, and only its writer sees it.

Journey (no browser needed): a trainee starts answering the lesson's prompt, presses
"Take a break" (a button of that form), and the next day the lesson shows the draft
again, to them alone; another day they type more and press "I've finished this
lesson", which keeps the words as well. Pressing "Take a break" with nothing typed
saves nothing.
"""

import json

import pytest
from django.urls import reverse

from lms.models import LessonCompletion, ReflectiveEntry
from lms.services import enrolment_create
from tests.assessments.helpers import messages_on

pytestmark = pytest.mark.django_db

PROMPT = "What helps you rest?"
HALF = "A walk before the school run, and"


@pytest.fixture
def lesson(programme_tree):
    lesson = programme_tree[2][0][1][0]
    lesson.body = json.dumps(
        [
            {"type": "rich_text", "value": "<p>Rest matters.</p>"},
            {"type": "reflection_prompt", "value": {"prompt": PROMPT, "guidance": ""}},
        ]
    )
    lesson.save_revision().publish()
    return lesson


def _post(client, url, lesson, **extra):
    data = {
        "prompt": PROMPT,
        "lesson": lesson.pk,
        "title": "",
        "from_lesson": "1",
        "body": HALF,
    }
    return client.post(url, {**data, **extra})


def test_a_lesson_reflection_survives_a_break_and_is_shown_to_its_writer_only(
    client, trainee, other_trainee, programme_tree, lesson
):
    for person in (trainee, other_trainee):
        enrolment_create(user=person, programme=programme_tree[0])
    client.force_login(trainee)
    page = client.get(lesson.url).content.decode()
    assert 'id="reflection-form-2"' in page
    assert 'form="reflection-form-2" name="action" value="break"' in page
    assert 'form="reflection-form-2" name="action" value="support"' in page

    left = _post(client, reverse("lms:reflection_create"), lesson, action="break")

    assert left["Location"].startswith(reverse("lms:take_a_break"))
    entry = ReflectiveEntry.objects.get(owner=trainee)
    assert entry.is_draft and entry.body == HALF and entry.title == lesson.title
    calm = client.get(left["Location"])
    assert "Your draft is saved (7 words)" in " ".join(messages_on(calm))
    assert "Your place is saved." in calm.content.decode()
    again = client.get(lesson.url).content.decode()
    assert HALF in again
    assert reverse("lms:reflection_edit", args=[entry.pk]) in again

    client.force_login(other_trainee)
    assert HALF not in client.get(lesson.url).content.decode()


def test_finishing_the_lesson_keeps_what_was_typed(
    trainee_client, trainee, enrolment, lesson
):
    response = _post(
        trainee_client,
        reverse("lms:lesson_complete", args=[lesson.pk]),
        lesson,
        action="complete",
    )

    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=trainee, lesson=lesson).exists()
    entry = ReflectiveEntry.objects.get(owner=trainee)
    assert entry.is_draft and entry.body == HALF and entry.prompt == PROMPT
    shown = " ".join(messages_on(trainee_client.get(response["Location"])))
    assert "Your draft is saved (7 words)" in shown


def test_a_break_with_nothing_written_saves_nothing(
    trainee_client, trainee, enrolment, lesson
):
    left = _post(
        trainee_client,
        reverse("lms:reflection_create"),
        lesson,
        body="",
        action="break",
    )
    assert left["Location"].startswith(reverse("lms:take_a_break"))
    assert not ReflectiveEntry.objects.filter(owner=trainee).exists()
    calm = trainee_client.get(left["Location"])
    assert "Nothing was written" not in " ".join(messages_on(calm))


def test_finishing_a_lesson_with_unsavable_text_still_finishes_it(
    trainee_client, trainee, enrolment, lesson
):
    response = _post(
        trainee_client,
        reverse("lms:lesson_complete", args=[lesson.pk]),
        lesson,
        body="null \x00 byte",
    )
    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=trainee, lesson=lesson).exists()
    assert not ReflectiveEntry.objects.filter(owner=trainee).exists()
