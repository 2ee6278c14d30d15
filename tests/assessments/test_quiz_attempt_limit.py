"""Three attempts at a quiz, then a conversation: the curriculum's rule.

A quiz allows 3 attempts unless its author says otherwise (blank: no limit). After
the last, the learner is told kindly to talk to their trainer, by name; only a
trainer of that learner's cohort can allow another, from the marking area, and
that is recorded and audited.
"""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from assessments import services
from assessments.models import QuizAttempt, QuizAttemptAllowance, QuizPage
from lms.factories import CohortFactory, OrganisationFactory
from lms.models import AuditEvent
from lms.roles import Role
from lms.services import enrolment_create
from tests.assessments.helpers import (
    attempt_answers,
    attempt_url,
    messages_on,
    quiz_create,
    result_url,
)
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

QUEUE = "/admin/marking/"


def _allow_url(attempt) -> str:
    return reverse("lms_allow_attempt", args=[attempt.pk])


@pytest.fixture
def auto_marked(questions):
    return [q for kind, q in questions.items() if kind != "essay"]


@pytest.fixture
def learner(client, trainee, cohort):
    enrolment_create(user=trainee, programme=cohort.programme, cohort=cohort)
    client.force_login(trainee)
    return trainee


@pytest.fixture
def limited_quiz(quiz_module, auto_marked):
    # The quiz as the curriculum has it: the default limit, not one a test chose.
    return quiz_create(
        quiz_module, auto_marked, attempts_allowed=QuizPage().attempts_allowed
    )


def _fail(client, quiz, questions) -> QuizAttempt:
    response = client.post(quiz.url + "start/")
    assert response.status_code == 302, "could not start an attempt"
    attempt = QuizAttempt.objects.filter(quiz=quiz).order_by("-pk").first()
    data = attempt_answers(attempt, questions, wrong=questions)
    client.post(
        attempt_url(quiz, attempt),
        {**data, "action": "submit", "revision": attempt.revision},
    )
    attempt.refresh_from_db()
    assert attempt.passed is False
    return attempt


def _use_every_attempt(client, quiz, questions) -> QuizAttempt:
    last = None
    for _n in range(3):
        last = _fail(client, quiz, questions)
    return last


def test_a_new_quiz_allows_three_attempts_and_blank_means_no_limit():
    assert QuizPage().attempts_allowed == 3
    unlimited = QuizPage(title="Awareness check", attempts_allowed=None)
    unlimited.full_clean(exclude=["path", "depth", "slug", "content_type"])
    with pytest.raises(ValidationError):
        QuizPage(title="Q", attempts_allowed=0).full_clean(
            exclude=["path", "depth", "slug", "content_type"]
        )


def test_an_author_sets_or_clears_the_limit_in_the_admin(client, trainer, quiz_module):
    client.force_login(trainer)
    add = reverse(
        "wagtailadmin_pages:add",
        args=["assessments", "quizpage", quiz_module.pk],
    )

    form = client.get(add).content.decode()

    assert 'name="attempts_allowed"' in form
    assert 'value="3"' in form  # offered as the default
    assert "Leave blank for no limit." in form


def test_after_the_third_attempt_the_learner_is_sent_kindly_to_their_trainer(
    client, learner, trainer, limited_quiz, auto_marked
):
    last = _use_every_attempt(client, limited_quiz, auto_marked)

    refused = client.post(limited_quiz.url + "start/", follow=True)
    landing = client.get(limited_quiz.url).content.decode()
    result = client.get(result_url(limited_quiz, last)).content.decode()

    assert "You have used all your attempts. Please talk to your trainer." in (
        messages_on(refused)
    )
    assert QuizAttempt.objects.filter(user=learner, quiz=limited_quiz).count() == 3
    for html in (landing, result):
        assert "data-attempts-used-up" in html
        assert "Please talk to your trainer, Tara Trainer," in html
        assert "they can allow you another attempt" in html
        assert f'href="{reverse("lms:support")}">get support</a>' in html
        assert "Start the quiz" not in html and "Try again" not in html


def test_the_cohorts_trainer_allows_a_fourth_attempt_recorded_and_audited(
    client,
    learner,
    trainer,
    limited_quiz,
    auto_marked,
    django_capture_on_commit_callbacks,
):
    last = _use_every_attempt(client, limited_quiz, auto_marked)
    client.force_login(trainer)

    queue = client.get(QUEUE).content.decode()
    confirm = client.get(_allow_url(last))
    with django_capture_on_commit_callbacks(execute=True):
        allowed = client.post(_allow_url(last), follow=True)

    assert _allow_url(last) in queue
    assert "Tess Trainee" in queue
    assert confirm.status_code == 200
    page = confirm.content.decode()
    assert "Allow Tess Trainee another attempt" in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert 'method="post"' in page
    assert "Tess Trainee can now have another attempt" in " ".join(messages_on(allowed))
    (allowance,) = QuizAttemptAllowance.objects.all()
    assert (allowance.user, allowance.quiz_id, allowance.granted_by) == (
        learner,
        limited_quiz.pk,
        trainer,
    )
    assert allowance.granted_at is not None
    (logged,) = AuditEvent.objects.filter(action=AuditEvent.Action.ATTEMPT_ALLOWED)
    assert (logged.actor, logged.subject) == (trainer, learner)
    assert logged.detail["quiz"] == limited_quiz.title
    assert _allow_url(last) not in client.get(QUEUE).content.decode()

    # The learner can start a fourth attempt, and only one.
    client.force_login(learner)
    assert "You can have 4 attempts." in client.get(limited_quiz.url).content.decode()
    _fail(client, limited_quiz, auto_marked)
    refused = client.post(limited_quiz.url + "start/")
    assert refused.status_code == 302
    assert QuizAttempt.objects.filter(user=learner, quiz=limited_quiz).count() == 4


def test_nothing_to_allow_before_the_attempts_are_used_up(
    client, learner, trainer, limited_quiz, auto_marked
):
    first = _fail(client, limited_quiz, auto_marked)
    client.force_login(trainer)

    response = client.post(_allow_url(first))

    assert response.status_code == 409
    assert "nothing to allow" in response.content.decode()
    assert not QuizAttemptAllowance.objects.exists()


def test_a_quiz_with_no_limit_never_runs_out(client, learner, quiz_module, auto_marked):
    quiz = quiz_create(quiz_module, auto_marked, attempts_allowed=None)
    for _n in range(4):
        _fail(client, quiz, auto_marked)

    html = client.get(quiz.url).content.decode()

    assert "You can try as many times as you need." in html
    assert "Start the quiz" in html


# --- who may allow another attempt ---------------------------------------------------


@pytest.fixture
def used_up(client, learner, limited_quiz, auto_marked):
    last = _use_every_attempt(client, limited_quiz, auto_marked)
    client.logout()
    return last


def _refused(response) -> bool:
    """Refused: sent away from the admin, forbidden or not found."""
    return response.status_code in (302, 403, 404)


def test_another_organisations_trainer_cannot_allow_an_attempt(
    client, used_up, programme_tree
):
    other = CohortFactory(
        organisation=OrganisationFactory(), programme=programme_tree[0]
    )
    other_trainer = make_user(Role.TRAINER, full_name="Omar Othertrainer")
    other.trainers.add(other_trainer)
    client.force_login(other_trainer)

    assert client.get(_allow_url(used_up)).status_code == 404
    assert client.post(_allow_url(used_up)).status_code == 404
    assert _allow_url(used_up) not in client.get(QUEUE).content.decode()
    assert not QuizAttemptAllowance.objects.exists()


def test_a_supervisor_cannot_allow_an_attempt(client, used_up, supervisor):
    client.force_login(supervisor)  # supervises the trainee's cohort

    assert _refused(client.get(_allow_url(used_up)))
    assert _refused(client.post(_allow_url(used_up)))
    assert not QuizAttemptAllowance.objects.exists()


def test_the_trainee_cannot_allow_themself_an_attempt(client, used_up, learner):
    client.force_login(learner)

    assert _refused(client.post(_allow_url(used_up)))
    assert not QuizAttemptAllowance.objects.exists()
    with pytest.raises(services.AssessmentError):
        services.attempt_allow_another(
            quiz=used_up.quiz, learner=learner, granted_by=learner
        )
    assert not QuizAttemptAllowance.objects.exists()


def test_anonymous_people_are_sent_to_sign_in(client, used_up):
    response = client.post(_allow_url(used_up))

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert not QuizAttemptAllowance.objects.exists()


def test_allowing_needs_the_csrf_token(used_up, trainer):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(trainer)

    assert strict.post(_allow_url(used_up)).status_code == 403
    assert not QuizAttemptAllowance.objects.exists()
