"""A trainee's quiz answers survive breaks, support and second thoughts.

Journeys: a trainee answers a whole quiz on the bus, presses "Take a break" (or "Get
support") and comes back the next day to every answer; with JavaScript, answers are
saved as they are given; an over-long essay is refused, never cut; a nearly empty
quiz, or a 6-word answer to a 100–250-word task, asks "Submit anyway?" first.
"""

import json
import re

import pytest
from django.urls import reverse

from assessments.models import QuizAttempt
from lms.services import enrolment_create
from tests.assessments.helpers import (
    attempt_answers,
    attempt_url,
    main_html,
    messages_on,
    quiz_create,
    result_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def essay(questions):
    question = questions["essay"]
    question.min_words, question.max_words = 100, 250
    question.save()
    return question


@pytest.fixture
def every_type(questions, essay):
    return list(questions.values())


@pytest.fixture
def quiz(quiz_module, every_type):
    return quiz_create(quiz_module, every_type)


@pytest.fixture
def learner(client, enrolled_trainee):
    client.force_login(enrolled_trainee)
    return enrolled_trainee


def _start(client, quiz) -> QuizAttempt:
    assert client.post(quiz.url + "start/").status_code == 302
    return QuizAttempt.objects.filter(quiz=quiz).order_by("-pk").first()


def _long_essay(words: int = 150) -> str:
    return " ".join(["listening"] * words)


def _all_answers(attempt, questions, essay) -> dict:
    data = attempt_answers(attempt, questions)
    data[f"q-{essay.pk}"] = _long_essay()
    return data


def test_take_a_break_keeps_a_whole_quiz_until_the_next_day(
    client, learner, quiz, every_type, essay
):
    attempt = _start(client, quiz)
    page = client.get(attempt_url(quiz, attempt))
    html = page.content.decode()
    # Without JavaScript, "Take a break" and "Get support" are the form's own buttons.
    assert 'id="quiz-answers"' in html
    assert re.search(r'form="quiz-answers" name="action" value="break"', html)
    assert re.search(r'form="quiz-answers" name="action" value="support"', html)

    answers = _all_answers(attempt, every_type, essay)
    left = client.post(
        attempt_url(quiz, attempt),
        {**answers, "action": "break", "revision": attempt.revision},
    )

    assert left.status_code == 302
    assert left["Location"].startswith(reverse("lms:take_a_break"))
    calm = client.get(left["Location"])
    assert calm.status_code == 200
    total = len(every_type)
    assert f"Your {total} answers are saved" in " ".join(messages_on(calm))
    assert f'href="{attempt_url(quiz, attempt)}"' in calm.content.decode()

    # The next day: the quiz page offers the attempt again, with every answer.
    attempt.refresh_from_db()
    assert attempt.is_open and len(attempt.responses) == total
    back = client.get(attempt_url(quiz, attempt)).content.decode()
    assert _long_essay() in back
    assert 'value="Samaritans"' in back
    submitted = client.post(
        attempt_url(quiz, attempt),
        {**answers, "action": "submit", "revision": attempt.revision},
    )
    assert submitted["Location"] == result_url(quiz, attempt)


def test_get_support_saves_first_and_says_what_was_saved(
    client, learner, quiz, every_type, essay
):
    attempt = _start(client, quiz)
    some = {
        key: value
        for key, value in _all_answers(attempt, every_type, essay).items()
        if key in (f"q-{essay.pk}", f"q-{every_type[0].pk}")
    }
    response = client.post(
        attempt_url(quiz, attempt),
        {**some, "action": "support", "revision": attempt.revision},
    )
    assert response["Location"] == reverse("lms:support")
    support = client.get(response["Location"])
    assert "Your 2 answers are saved" in " ".join(messages_on(support))
    attempt.refresh_from_db()
    assert set(attempt.responses) == {str(essay.pk), str(every_type[0].pk)}


def test_with_javascript_each_answer_is_saved_as_it_is_given(
    client, learner, quiz, every_type, essay
):
    attempt = _start(client, quiz)
    first = {
        f"q-{every_type[0].pk}": attempt_answers(attempt, every_type)[
            f"q-{every_type[0].pk}"
        ]
    }
    saved = client.post(
        attempt_url(quiz, attempt),
        {**first, "action": "autosave", "revision": attempt.revision},
    )
    assert saved.status_code == 200
    body = json.loads(saved.content)
    assert body == {
        "revision": attempt.revision + 1,
        "message": "Your 1 answer is saved. You can come back to it at any time.",
    }
    # The page's script carries the new revision into the next save.
    again = client.post(
        attempt_url(quiz, attempt),
        {**first, "action": "autosave", "revision": attempt.revision},
    )
    assert again.status_code == 409
    assert "Reload" in json.loads(again.content)["message"]
    attempt.refresh_from_db()
    assert len(attempt.responses) == 1


def test_an_over_long_essay_is_refused_never_cut(
    client, learner, quiz, every_type, essay
):
    attempt = _start(client, quiz)
    too_long = "word " * 4500  # 22,500 characters
    response = client.post(
        attempt_url(quiz, attempt),
        {f"q-{essay.pk}": too_long, "action": "save", "revision": attempt.revision},
    )

    assert response.status_code == 400
    html = main_html(response)
    assert "the most it can hold is 20,000" in html
    assert too_long.strip() in html, "what was typed is shown again, whole"
    attempt.refresh_from_db()
    assert attempt.responses == {} and attempt.revision == 0


def test_a_break_with_an_over_long_essay_keeps_everything_and_says_how_much(
    client, learner, quiz, every_type, essay
):
    """Without JavaScript, "Take a break" on a quiz whose essay is too long still
    gives the break, keeps every answer whole, and says on return what to cut."""
    attempt = _start(client, quiz)
    essay_number = every_type.index(essay) + 1
    too_long = "word " * 4499 + "words"  # 22,500 characters; the most is 20,000
    answers = {**_all_answers(attempt, every_type, essay), f"q-{essay.pk}": too_long}

    left = client.post(
        attempt_url(quiz, attempt),
        {**answers, "action": "break", "revision": attempt.revision},
    )

    assert left.status_code == 302
    assert left["Location"].startswith(reverse("lms:take_a_break"))
    said = " ".join(messages_on(client.get(left["Location"])))
    assert f"Your {len(every_type)} answers are saved" in said
    assert "Please shorten it by 2,500 characters before you submit" in said
    attempt.refresh_from_db()
    assert attempt.is_open and len(attempt.responses) == len(every_type)
    assert attempt.responses[str(essay.pk)] == too_long, "kept whole, never cut"

    # The next day: every answer is there, and the essay's length is pointed out.
    back = client.get(attempt_url(quiz, attempt))
    assert back.status_code == 200
    html = main_html(back)
    assert too_long in html
    assert 'value="Samaritans"' in html
    assert (
        f"Question {essay_number}: your answer is 22,500 characters long; the most "
        "it can hold is 20,000. Please shorten it by 2,500 characters" in html
    )
    assert "Your answers are saved, every word of them" in html

    # Submitting what was kept (even after "Submit anyway?") is refused, not cut.
    refused = client.post(
        attempt_url(quiz, attempt),
        {"action": "submit", "revision": attempt.revision, "confirmed": "yes"},
    )
    assert refused.status_code == 400
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.responses[str(essay.pk)] == too_long

    # Shortened, it submits.
    fine = client.post(
        attempt_url(quiz, attempt),
        {
            **answers,
            f"q-{essay.pk}": _long_essay(),
            "action": "submit",
            "revision": attempt.revision,
        },
    )
    assert fine["Location"] == result_url(quiz, attempt)


def test_a_nearly_empty_quiz_asks_before_submitting(
    client, learner, quiz, every_type, essay
):
    attempt = _start(client, quiz)
    answers = attempt_answers(attempt, every_type)
    two = {
        f"q-{every_type[0].pk}": answers[f"q-{every_type[0].pk}"],
        f"q-{essay.pk}": "I would listen first, then ask.",
    }
    asked = client.post(
        attempt_url(quiz, attempt),
        {**two, "action": "submit", "revision": attempt.revision},
    )

    assert asked.status_code == 200
    html = main_html(asked)
    assert f"You have answered 2 of {len(every_type)} questions" in html
    assert "Your answer has 6 words; the task asks for 100 to 250 words." in html
    assert "Not answered yet." in html
    attempt.refresh_from_db()
    assert attempt.is_open and len(attempt.responses) == 2, "saved, not submitted"

    # "Go back to my answers" shows them again; "Submit anyway" submits them.
    assert (
        "I would listen first, then ask."
        in client.get(attempt_url(quiz, attempt)).content.decode()
    )
    confirmed = client.post(
        attempt_url(quiz, attempt),
        {"action": "submit", "revision": attempt.revision, "confirmed": "yes"},
    )
    assert confirmed["Location"] == result_url(quiz, attempt)
    attempt.refresh_from_db()
    assert not attempt.is_open and len(attempt.responses) == 2


def test_a_complete_quiz_submits_without_asking(
    client, learner, quiz, every_type, essay
):
    attempt = _start(client, quiz)
    response = client.post(
        attempt_url(quiz, attempt),
        {
            **_all_answers(attempt, every_type, essay),
            "action": "submit",
            "revision": attempt.revision,
        },
    )
    assert response["Location"] == result_url(quiz, attempt)


def test_nobody_else_can_save_into_or_submit_an_attempt(
    client, learner, quiz, every_type, essay, other_trainee, programme_tree
):
    """Another trainee on the same programme gets a 404, and nothing changes."""
    attempt = _start(client, quiz)
    enrolment_create(user=other_trainee, programme=programme_tree[0])
    client.force_login(other_trainee)
    for action in ("break", "support", "autosave", "submit"):
        response = client.post(
            attempt_url(quiz, attempt),
            {
                f"q-{essay.pk}": "Someone else's words",
                "action": action,
                "revision": attempt.revision,
                "confirmed": "yes",
            },
        )
        assert response.status_code == 404, action
    attempt.refresh_from_db()
    assert attempt.responses == {} and attempt.is_open
