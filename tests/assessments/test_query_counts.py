"""The quiz attempt page costs the same number of queries however big things get."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from assessments import services
from assessments.models import QuestionCategory, QuizAttempt
from lms.services import enrolment_create
from tests.assessments.helpers import attempt_url, quiz_create, single_choice
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def _page_queries(client, user, quiz) -> int:
    """Queries for the learner's attempt page, once caches are warm."""
    client.force_login(user)
    attempt = services.attempt_start(user=user, quiz=quiz)
    url = attempt_url(quiz, attempt)
    assert client.get(url).status_code == 200  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('class="alongside-question"') == len(
        attempt.questions
    )
    return len(queries.captured_queries)


def _learner(programme):
    user = make_user()
    enrolment_create(user=user, programme=programme)
    return user


def test_bank_size_does_not_change_the_attempt_pages_queries(
    client, programme_tree, questions
):
    programme, _course, [(first, _l1), (second, _l2)] = programme_tree
    small = QuestionCategory.objects.create(name="Small bank")
    large = QuestionCategory.objects.create(name="Large bank")
    for n in range(10):
        single_choice(small, f"Small {n}")
    for n in range(300):
        single_choice(large, f"Large {n}")
    fixed = list(questions.values())
    small_quiz = quiz_create(first, fixed, draws=[(small, 5)], slug="small")
    large_quiz = quiz_create(second, fixed, draws=[(large, 5)], slug="large")

    with_small_bank = _page_queries(client, _learner(programme), small_quiz)
    with_large_bank = _page_queries(client, _learner(programme), large_quiz)

    assert with_small_bank == with_large_bank


def test_past_attempts_do_not_change_the_attempt_pages_queries(
    client, programme_tree, questions, quiz_module
):
    programme = programme_tree[0]
    fixed = [q for kind, q in questions.items() if kind != "essay"]
    quiz = quiz_create(quiz_module, fixed)
    newcomer = _learner(programme)
    regular = _learner(programme)
    for user, past in ((newcomer, 1), (regular, 20)):
        for _attempt in range(past):
            attempt = services.attempt_start(user=user, quiz=quiz)
            services.attempt_submit(
                attempt=attempt, revision=attempt.revision, data=QueryDict()
            )
    assert QuizAttempt.objects.filter(user=regular).count() == 20

    one_past = _page_queries(client, newcomer, quiz)
    twenty_past = _page_queries(client, regular, quiz)

    assert one_past == twenty_past


def test_more_questions_on_the_page_do_not_mean_more_queries(
    client, programme_tree, category
):
    programme, _course, [(first, _l1), (second, _l2)] = programme_tree
    bank = [single_choice(category, f"Question {n:02d}") for n in range(30)]
    short_quiz = quiz_create(first, bank[:3], slug="short")
    long_quiz = quiz_create(second, bank, slug="long")

    three = _page_queries(client, _learner(programme), short_quiz)
    thirty = _page_queries(client, _learner(programme), long_quiz)

    assert three == thirty
