"""Safety answers cannot be harvested from the demo's quizzes (issue 13, item 7).

The demo trainee sends a blank attempt at the safeguarding quiz (module 4, with
must-pass questions): the result page gives no right answer away and says when they
can try again; trying at once is refused; the next day's retake asks different
questions; once passed, the answers are there to learn from. And the result page
shows each question once, folded, with the ones not right marked.
"""

import datetime
import re

import pytest
from django.utils import timezone
from django.utils.html import escape

from assessments.models import FeedbackTiming, QuizAttempt, QuizPage
from assessments.selectors import quiz_question_pool
from courses.models import ModulePage
from lms.models import ContentNoteChoice, User
from tests.assessments.helpers import attempt_answers, messages_on
from tests.assessments.test_no_answer_leak import assert_no_answer_signals
from tests.e2e.helpers import complete_modules

pytestmark = pytest.mark.django_db

WAIT_SENTENCE = (
    "The right answers are shown once you pass, so that each try is your own."
)
SAFETY_SENTENCE = (
    "One or more questions about keeping people safe were not answered correctly."
)


def _pool(quiz) -> list:
    fixed, draws, by_id = quiz_question_pool(quiz)
    return [by_id[pk] for pk in [*fixed, *(pk for _n, pool in draws for pk in pool)]]


def _right_texts(question) -> list[str]:
    """The words of every right answer, as a page giving the key would show them."""
    kind = question.kind
    if kind in ("single_choice", "multiple_response"):
        return [
            c.value["text"] for c in question.options if float(c.value["fraction"]) > 0
        ]
    if kind == "matching":
        return [c.value["answer"] for c in question.pairs]
    return []


def _open_module(trainee, code):
    module = ModulePage.objects.get(code=code)
    ContentNoteChoice.objects.get_or_create(
        user=trainee, module=module, choice=ContentNoteChoice.Choice.CONTINUE
    )
    return QuizPage.objects.live().child_of(module).get()


def _submit(client, quiz, attempt, data=None):
    url = quiz.url + f"attempts/{attempt.pk}/"
    response = client.post(
        url, {"action": "submit", "revision": attempt.revision, **(data or {})}
    )
    if response.status_code == 200:
        # Unanswered questions or a short essay: the answers are saved and the
        # learner is asked first (test_quiz_saving.py); they submit anyway.
        assert "Submit your answers?" in response.content.decode()
        attempt.refresh_from_db()
        response = client.post(
            url,
            {"action": "submit", "revision": attempt.revision, "confirmed": "yes"},
        )
    assert response.status_code == 302, response.content.decode()[:500]
    return client.get(response["Location"])


def _start(client, quiz, user):
    response = client.post(quiz.url + "start/", follow=True)
    latest = QuizAttempt.objects.filter(quiz=quiz, user=user).order_by("-number")
    return response, latest.first()


def test_demo_quizzes_with_must_pass_questions_keep_their_key(seeded):
    checked = 0
    for quiz in QuizPage.objects.live():
        pool = _pool(quiz)
        if not any(question.is_safety_critical for question in pool):
            continue
        checked += 1
        assert quiz.feedback_timing == FeedbackTiming.AFTER_PASSING, quiz.title
        assert quiz.minutes_between_attempts >= 30, quiz.title
        fixed, draws, _by_id = quiz_question_pool(quiz)
        assert draws, f"{quiz.title} asks every question every time"
        for count, bank in draws:
            size = len([pk for pk in bank if pk not in fixed])
            assert size >= count, quiz.title
        must_pass_count, must_pass_bank = draws[0]
        assert must_pass_count < len(must_pass_bank), f"{quiz.title}: no choice"
    assert checked == 7


# Half an hour from now: today, or tomorrow's date when run just before midnight.
WAIT_30 = r"You can try again at \d\d:\d\d (today|on \w+ \d{1,2} \w+) \(in 30 minutes\)"


def test_a_blank_attempt_reveals_nothing_and_the_retake_waits_and_differs(
    client, seeded
):
    trainee = User.objects.get(email="trainee@example.org")
    complete_modules(trainee, "M1", "M2", "M3")
    quiz = _open_module(trainee, "M4")
    pool = _pool(quiz)
    client.force_login(trainee)

    # Monday, 10:00: a blank attempt, just to see the key.
    _started, first = _start(client, quiz, trainee)
    result = _submit(client, quiz, first)
    html = result.content.decode()
    first.refresh_from_db()
    assert first.passed is False and first.safety_failed
    score = f"Not passed yet ({first.score_percent}%)"  # their own score, no key
    assert score in html
    assert WAIT_SENTENCE in html
    assert "A right answer" not in html
    for question in pool:
        for text in _right_texts(question):
            assert escape(text) not in html, f"the key shows: {text}"
    assert_no_answer_signals(
        html, pool, allowed_phrases=[WAIT_SENTENCE, SAFETY_SENTENCE, score]
    )
    assert "Try again" not in html
    assert re.search(WAIT_30, html)

    # Straight back to the start button: refused, with when they can retry.
    refused, latest = _start(client, quiz, trainee)
    assert latest == first
    assert re.search(
        WAIT_30,
        " ".join(messages_on(refused)),
    )
    assert re.search(r"You can try again at \d\d:\d\d", refused.content.decode())

    # Tuesday: they try again, and the quiz asks different questions.
    QuizAttempt.objects.filter(pk=first.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=1)
    )
    _page, second = _start(client, quiz, trainee)
    assert second.number == 2
    asked_first = {item["id"] for item in first.questions}
    asked_second = {item["id"] for item in second.questions}
    assert asked_second != asked_first, "a retake asks different questions"

    # This time they have read the lessons and pass: the key is theirs to keep.
    answers = attempt_answers(second, pool)
    passed_page = _submit(client, quiz, second, answers).content.decode()
    second.refresh_from_db()
    assert second.passed is True
    assert "A right answer" in passed_page
    asked = [q for q in pool if q.pk in asked_second]
    assert any(
        escape(text) in passed_page for q in asked for text in _right_texts(q)
    ), "once passed, the right answers are shown"
    again = client.get(quiz.url + f"attempts/{first.pk}/result/").content.decode()
    assert "A right answer" in again


def test_each_question_shows_once_folded_with_the_ones_not_right_marked(client, seeded):
    """Foundations (no must-pass questions) shows answers straight away."""
    trainee = User.objects.get(email="trainee@example.org")
    quiz = _open_module(trainee, "M1")
    assert quiz.feedback_timing == FeedbackTiming.IMMEDIATELY
    client.force_login(trainee)
    _page, attempt = _start(client, quiz, trainee)
    pool = {q.pk: q for q in _pool(quiz)}
    asked = [pool[item["id"]] for item in attempt.questions]
    wrong = [q for q in asked if q.kind in ("single_choice", "multiple_response")]
    html = _submit(
        client, quiz, attempt, attempt_answers(attempt, asked, wrong=wrong)
    ).content.decode()

    details = re.findall(r"<details[^>]*alongside-review[^>]*>", html)
    assert len(details) == len(asked), "one folded block per question"
    assert not any(" open" in tag for tag in details), "folded until opened"
    assert html.count("Look again") == len(wrong)
    for question in wrong:
        for child in question.options:
            feedback = child.value.get("feedback")
            if feedback:
                assert html.count(escape(feedback)) <= 1, "each feedback shown once"
