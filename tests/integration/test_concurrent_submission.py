"""Fifty simultaneous submissions of one attempt: exactly one is marked (PostgreSQL)."""

import threading

import pytest
from django.db import connection

from assessments import services
from assessments.models import QuestionCategory, QuizAttempt
from assessments.seed import question_create
from lms.services import enrolment_create
from tests.assessments.helpers import attempt_answers, querydict, quiz_create
from tests.conftest import build_programme, make_user

# Real transactions, so every thread sees the others' commits. The serialised
# rollback brings back what migrations made (the root page and locale) after flushing.
pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

THREADS = 50


@pytest.fixture
def open_attempt(transactional_db, home):
    programme, _course, [(module, _lessons)] = build_programme(
        home, modules=1, lessons=1
    )
    category = QuestionCategory.objects.create(name="Concurrency")
    questions = [
        question_create(
            data={
                "type": "true_false",
                "name": "Psychosis",
                "text": "Postpartum psychosis is a medical emergency.",
                "answers": [
                    {"text": "True", "fraction": 1.0, "feedback": ""},
                    {"text": "False", "fraction": 0.0, "feedback": ""},
                ],
            },
            category=category,
            lessons={},
        ),
        question_create(
            data={
                "type": "essay",
                "name": "Approach",
                "text": "Describe your approach.",
                "answers": [],
            },
            category=category,
            lessons={},
        ),
    ]
    quiz = quiz_create(module, questions[:1])
    essay_quiz = quiz_create(module, questions, slug="with-essay")
    learner = make_user(role=None)
    enrolment_create(user=learner, programme=programme)
    return learner, quiz, essay_quiz, questions


def _race(attempt_id: int, data) -> tuple[list, list]:
    barrier = threading.Barrier(THREADS)
    succeeded, conflicts, other = [], [], []
    lock = threading.Lock()

    def submit():
        try:
            attempt = QuizAttempt.objects.get(pk=attempt_id)
            barrier.wait(timeout=60)
            services.attempt_submit(
                attempt=attempt, revision=attempt.revision, data=data
            )
            with lock:
                succeeded.append(threading.get_ident())
        except services.ConflictError:
            with lock:
                conflicts.append(threading.get_ident())
        except Exception as error:  # noqa: BLE001 - reported by the assertions
            with lock:
                other.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a submission hung"
    assert other == [], "only conflicts are acceptable failures"
    return succeeded, conflicts


def test_fifty_simultaneous_submissions_mark_the_attempt_once(open_attempt):
    learner, quiz, _essay_quiz, questions = open_attempt
    assert connection.vendor == "postgresql", "run with DATABASE_URL=postgres://..."
    attempt = services.attempt_start(user=learner, quiz=quiz)
    data = querydict(attempt_answers(attempt, questions[:1]))

    succeeded, conflicts = _race(attempt.pk, data)

    assert len(succeeded) == 1
    assert len(conflicts) == THREADS - 1
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.GRADED
    assert attempt.revision == 1
    assert (attempt.score_percent, attempt.passed) == (100.0, True)
    assert QuizAttempt.objects.filter(user=learner).count() == 1


def test_fifty_simultaneous_submissions_with_an_essay_wait_once(open_attempt):
    learner, _quiz, essay_quiz, questions = open_attempt
    assert connection.vendor == "postgresql", "run with DATABASE_URL=postgres://..."
    attempt = services.attempt_start(user=learner, quiz=essay_quiz)
    data = querydict(attempt_answers(attempt, questions))

    succeeded, conflicts = _race(attempt.pk, data)

    assert (len(succeeded), len(conflicts)) == (1, THREADS - 1)
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.AWAITING_MARKING
    assert attempt.revision == 1
    assert attempt.passed is None
    assert attempt.results[str(questions[1].pk)]["pending"] is True
