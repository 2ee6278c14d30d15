"""Lesson pages are served from cached navigation and rendered bodies, and an editor's
change shows at once."""

import json
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses.factories import lesson_body
from lms.models import Enrolment
from lms.services import enrolment_create

pytestmark = pytest.mark.django_db


def _publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_a_republished_body_shows_at_once(trainee_client, enrolment, programme_tree):
    lesson = programme_tree[2][0][1][1]
    assert "Listening well takes practice." in trainee_client.get(lesson.url).text

    _publish(lesson, body=lesson_body("Silence can be kind."))

    content = trainee_client.get(lesson.url).text
    assert "Silence can be kind." in content
    assert "Listening well takes practice." not in content


def test_a_renamed_or_unpublished_neighbour_shows_at_once(
    trainee_client, enrolment, programme_tree
):
    first, middle, last = programme_tree[2][0][1]
    assert "Lesson 1.3" in trainee_client.get(middle.url).text

    _publish(last, title="Holding space")
    assert "Holding space" in trainee_client.get(middle.url).text

    first.unpublish()
    content = trainee_client.get(middle.url).text
    assert "Lesson 1 of 2" in content
    assert "Lesson 1.1" not in content


def test_each_reader_gets_a_reflection_form_that_works_for_them(
    trainee, other_trainee, programme_tree
):
    """The body is cached, but the reflection form (with its CSRF token) is each
    reader's own: posting it with CSRF checks on succeeds for both."""
    lesson = programme_tree[2][0][1][0]
    body = json.loads(lesson_body())
    body.append(
        {
            "type": "reflection_prompt",
            "value": {"prompt": "What did you notice?", "guidance": ""},
        }
    )
    _publish(lesson, body=json.dumps(body))
    for reader in (trainee, other_trainee):
        enrolment_create(user=reader, programme=programme_tree[0])
        client = Client(enforce_csrf_checks=True)
        client.force_login(reader)
        content = client.get(lesson.url).text
        form = content[content.index('action="/reflections/new/"') :]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
        assert f'name="lesson" value="{lesson.pk}"' in form
        response = client.post(
            "/reflections/new/",
            {
                "csrfmiddlewaretoken": token,
                "prompt": "What did you notice?",
                "lesson": lesson.pk,
                "title": lesson.title,
                "body": "That I rushed.",
            },
        )
        assert response.status_code == 302
        assert reader.reflective_entries.filter(body="That I rushed.").exists()


def test_reading_the_same_lesson_again_soon_does_not_write(
    trainee_client, enrolment, programme_tree
):
    first, second, _third = programme_tree[2][0][1]
    trainee_client.get(first.url)
    visited = Enrolment.objects.get(pk=enrolment.pk).last_active_at

    with CaptureQueriesContext(connection) as again:
        trainee_client.get(first.url)
    assert not [q for q in again.captured_queries if q["sql"].startswith("UPDATE")]
    assert Enrolment.objects.get(pk=enrolment.pk).last_active_at == visited

    trainee_client.get(second.url)
    moved = Enrolment.objects.get(pk=enrolment.pk)
    assert moved.last_lesson_id == second.pk
    assert moved.last_active_at > visited
