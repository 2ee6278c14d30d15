"""Starting a quiz reads its questions from a cache that stands until the question
bank or the quiz changes: a whole team can start at once cheaply, and a trainer's edit
reaches the very next attempt."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from assessments.models import QuestionCategory, QuizAttempt, QuizQuestionSlot
from lms.services import enrolment_create
from tests.assessments.helpers import attempt_url, quiz_create, single_choice
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def _start(client, programme, quiz) -> QuizAttempt:
    """A new learner on the programme presses "Start"; their attempt."""
    user = make_user()
    enrolment_create(user=user, programme=programme)
    client.force_login(user)
    response = client.post(quiz.url + "start/")
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get(user=user, quiz=quiz)
    assert response["Location"] == attempt_url(quiz, attempt)
    return attempt


def _start_queries(client, programme, quiz) -> int:
    _start(client, programme, quiz)  # warms the caches, as the first of a team does
    user = make_user()
    enrolment_create(user=user, programme=programme)
    client.force_login(user)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(quiz.url + "start/")
    assert response.status_code == 302
    assert QuizAttempt.objects.filter(user=user, quiz=quiz).count() == 1
    return len(
        [q for q in queries.captured_queries if "SAVEPOINT" not in q["sql"].upper()]
    )


def test_starting_costs_the_same_queries_however_big_the_bank_and_quiz(
    client, programme_tree, questions
):
    programme, _course, [(first, _l1), (second, _l2)] = programme_tree
    small = QuestionCategory.objects.create(name="Small bank")
    large = QuestionCategory.objects.create(name="Large bank")
    single_choice(small, "Small 1")
    for n in range(200):
        single_choice(large, f"Large {n}")
    small_quiz = quiz_create(first, [], draws=[(small, 1)], slug="small")
    # Every kind of question fixed, and twenty drawn from a big category.
    large_quiz = quiz_create(
        second, list(questions.values()), draws=[(large, 20)], slug="large"
    )

    small_start = _start_queries(client, programme, small_quiz)
    large_start = _start_queries(client, programme, large_quiz)

    assert small_start == large_start
    # The session and the user, the enrolment, the learner's attempts, the new
    # attempt, and the session's sign-out stamp: none for the quiz's questions.
    assert large_start <= 6


def test_a_new_option_reaches_the_next_attempt(client, programme_tree, category):
    programme, _course, [(module, _lessons), _second] = programme_tree
    question = single_choice(category, "Listening first", others=1)
    quiz = quiz_create(module, [question])
    before = _start(client, programme, quiz)
    assert len(before.questions[0]["frozen"]["order"]) == 2

    question.options.append(
        ("option", {"text": "Ask what would help", "fraction": 0.0, "feedback": ""})
    )
    question.save()
    after = _start(client, programme, quiz)

    assert len(after.questions[0]["frozen"]["order"]) == 3
    assert (
        "Ask what would help" in client.get(attempt_url(quiz, after)).content.decode()
    )


def test_a_question_added_to_the_category_can_be_drawn_next(
    client, programme_tree, category
):
    programme, _course, [(module, _lessons), _second] = programme_tree
    first = single_choice(category, "Boundaries")
    quiz = quiz_create(module, [], draws=[(category, 2)])
    before = _start(client, programme, quiz)
    assert [item["id"] for item in before.questions] == [first.pk]

    second = single_choice(category, "Signposting")
    after = _start(client, programme, quiz)

    assert sorted(item["id"] for item in after.questions) == [first.pk, second.pk]


def test_a_question_moved_out_of_the_category_is_no_longer_drawn(
    client, programme_tree, category
):
    programme, _course, [(module, _lessons), _second] = programme_tree
    staying = single_choice(category, "Boundaries")
    moving = single_choice(category, "Feeding")
    quiz = quiz_create(module, [], draws=[(category, 2)])
    assert len(_start(client, programme, quiz).questions) == 2

    moving.category = QuestionCategory.objects.create(name="Feeding and sleep")
    moving.save()
    after = _start(client, programme, quiz)

    assert [item["id"] for item in after.questions] == [staying.pk]


def test_a_fixed_question_added_to_the_quiz_is_in_the_next_attempt(
    client, programme_tree, category
):
    programme, _course, [(module, _lessons), _second] = programme_tree
    first = single_choice(category, "Boundaries")
    quiz = quiz_create(module, [first])
    assert len(_start(client, programme, quiz).questions) == 1

    second = single_choice(category, "Self-care")
    QuizQuestionSlot.objects.create(quiz=quiz, question=second, sort_order=1)
    after = _start(client, programme, quiz)

    assert [item["id"] for item in after.questions] == [first.pk, second.pk]


def test_a_quiz_private_to_a_group_is_refused_to_others(
    client, programme_tree, category
):
    programme, _course, [(module, _lessons), _second] = programme_tree
    quiz = quiz_create(module, [single_choice(category, "Boundaries")])
    _start(client, programme, quiz)  # caches warm, as on a busy day
    restriction = PageViewRestriction.objects.create(
        page=quiz, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Pilot cohort only"))

    user = make_user()
    enrolment_create(user=user, programme=programme)
    client.force_login(user)
    refused = client.post(quiz.url + "start/")

    # Wagtail sends people who may not see a private page to sign in as someone else.
    assert refused.status_code == 302
    assert "/attempts/" not in refused["Location"]
    assert not QuizAttempt.objects.filter(user=user).exists()


def test_warm_caches_still_refuse_the_unenrolled_and_the_signed_out(
    client, programme_tree, category
):
    programme, _course, [(module, _lessons), _second] = programme_tree
    quiz = quiz_create(module, [single_choice(category, "Boundaries")])
    _start(client, programme, quiz)  # the gate's module and programme now cached

    stranger = make_user()  # signed in, but not on this programme
    client.force_login(stranger)
    refused = client.post(quiz.url + "start/", follow=True)
    assert refused.redirect_chain[0][0] == programme.url
    assert not QuizAttempt.objects.filter(user=stranger).exists()

    client.logout()
    signed_out = client.post(quiz.url + "start/")
    assert signed_out.status_code == 302
    assert "/attempts/" not in signed_out["Location"]
    assert QuizAttempt.objects.count() == 1
