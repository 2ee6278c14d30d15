"""A blank attempt cannot harvest the key of a must-pass question (review M1).

The review submitted a blank attempt, read every right answer off the result page
and passed the next attempt at once. With a quiz's own rules (answers once passed,
by default; or after the last attempt), nothing of a must-pass question's key shows
while attempts remain.
"""

import pytest
from django.utils.html import escape

from assessments.models import FeedbackTiming, QuestionCategory, QuizAttempt
from tests.assessments.helpers import quiz_create, result_url, single_choice

pytestmark = pytest.mark.django_db

RIGHT = "Stay with them and call the crisis team now"


def _must_pass_quiz(world, **rules):
    category = QuestionCategory.objects.create(name="Keeping people safe")
    question = single_choice(
        category,
        "A parent says they want to end their life",
        right=RIGHT,
        safety_critical=True,
    )
    assert question.is_safety_critical
    return quiz_create(world.module, [question], slug="safety-check", **rules)


def _blank_attempt(client, quiz) -> str:
    """Start, submit with nothing answered (confirming), and read the result page."""
    client.post(quiz.url + "start/")
    attempt = QuizAttempt.objects.filter(quiz=quiz).order_by("-number").first()
    url = quiz.url + f"attempts/{attempt.pk}/"
    client.post(url, {"action": "submit", "revision": attempt.revision})
    attempt.refresh_from_db()
    if attempt.is_open:  # asked "Submit your answers?" first
        client.post(
            url, {"action": "submit", "revision": attempt.revision, "confirmed": "yes"}
        )
        attempt.refresh_from_db()
    assert not attempt.is_open and attempt.passed is False
    return client.get(result_url(quiz, attempt)).content.decode()


def test_a_blank_attempt_reveals_no_right_answer_by_default(client, world):
    quiz = _must_pass_quiz(world)  # the quiz's default rules
    client.force_login(world.user("trainee"))
    html = _blank_attempt(client, quiz)
    assert escape(RIGHT) not in html
    assert "A right answer" not in html


def test_nor_while_attempts_remain_under_after_the_last_attempt(client, world):
    quiz = _must_pass_quiz(
        world, feedback_timing=FeedbackTiming.AFTER_LAST_ATTEMPT, attempts_allowed=2
    )
    client.force_login(world.user("trainee"))
    first = _blank_attempt(client, quiz)
    assert escape(RIGHT) not in first, "one attempt is left"
    # The last attempt used up: now the answers are there to learn from, which
    # shows the check above would see a key on the page.
    last = _blank_attempt(client, quiz)
    assert escape(RIGHT) in last
