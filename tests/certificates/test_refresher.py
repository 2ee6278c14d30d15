"""Renewal by refresher: passing the programme's refresher module again extends the
certificate, keeps its number, and happens once per completion."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from assessments import services as assessment_services
from assessments.models import QuestionCategory
from certificates import services
from certificates.models import CertificateEvent, add_months
from lms.models import LessonCompletion
from tests.assessments.helpers import (
    attempt_answers,
    querydict,
    quiz_create,
    single_choice,
)

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db


@pytest.fixture
def refresher(programme_tree):
    """The second module is the refresher, with one quiz."""
    module, lessons = programme_tree[2][1]
    category = QuestionCategory.objects.create(name="Refresher")
    question = single_choice(category, "Who to call")
    quiz = quiz_create(module, [question], slug="refresher-quiz", pass_mark=100)
    return module, lessons, quiz, question


@pytest.fixture
def rules(programme, refresher):
    return make_rules(
        programme, requirement("modules_passed", modules=[]), refresher=refresher[0]
    )


def _finish_first_module(user, programme_tree):
    for lesson in programme_tree[2][0][1]:
        LessonCompletion.objects.create(
            user=user, lesson=lesson, lesson_path=lesson.path
        )


def _do_refresher(user, refresher, capture, *, right=True):
    module, lessons, quiz, question = refresher
    for lesson in lessons:
        LessonCompletion.objects.get_or_create(
            user=user, lesson=lesson, defaults={"lesson_path": lesson.path}
        )
    attempt = assessment_services.attempt_start(user=user, quiz=quiz)
    data = attempt_answers(attempt, [question], wrong=() if right else [question])
    with capture(execute=True):
        attempt = assessment_services.attempt_submit(
            attempt=attempt, revision=attempt.revision, data=querydict(data)
        )
    return attempt


def _issue(user, programme, trainer):
    certificate, _ = services.certificate_issue(
        user=user, programme=programme, issued_by=trainer, reason="By hand"
    )
    return certificate


def test_the_refresher_does_not_count_toward_the_first_certificate(
    enrolled, programme, programme_tree, rules
):
    from certificates.selectors import accreditation_progress

    _finish_first_module(enrolled, programme_tree)
    progress = accreditation_progress(enrolled, programme)
    assert progress.is_complete, [r.detail for r in progress.unmet]


def test_passing_the_refresher_renews_once_and_keeps_the_number(
    enrolled,
    programme,
    trainer,
    rules,
    refresher,
    django_capture_on_commit_callbacks,
):
    certificate = _issue(enrolled, programme, trainer)
    first_expiry = certificate.expires_on
    mail.outbox.clear()

    _do_refresher(enrolled, refresher, django_capture_on_commit_callbacks)

    certificate.refresh_from_db()
    assert certificate.expires_on == add_months(first_expiry, 24)
    renewal = certificate.events.get(action=CertificateEvent.Action.RENEWED)
    assert "refresher" in renewal.reason
    assert renewal.actor is None
    (email,) = mail.outbox  # the renewed PDF, with its new expiry date
    assert certificate.number in email.body
    # The same pass, reported again (a retried task), renews nothing more.
    assert (
        services.certificate_refresher_check(
            user_id=enrolled.pk, programme_id=programme.pk
        )
        is False
    )
    certificate.refresh_from_db()
    assert certificate.expires_on == add_months(first_expiry, 24)


def test_failing_the_refresher_quiz_renews_nothing(
    enrolled,
    programme,
    trainer,
    rules,
    refresher,
    django_capture_on_commit_callbacks,
):
    certificate = _issue(enrolled, programme, trainer)
    _do_refresher(enrolled, refresher, django_capture_on_commit_callbacks, right=False)
    certificate.refresh_from_db()
    assert not certificate.events.filter(action="renewed").exists()


def test_an_expired_certificate_renews_from_today(
    enrolled,
    programme,
    trainer,
    rules,
    refresher,
    django_capture_on_commit_callbacks,
):
    certificate = _issue(enrolled, programme, trainer)
    certificate.expires_on = timezone.localdate() - datetime.timedelta(days=30)
    certificate.save()
    assert certificate.state == "expired"

    _do_refresher(enrolled, refresher, django_capture_on_commit_callbacks)

    certificate.refresh_from_db()
    assert certificate.state == "valid"
    assert certificate.expires_on == add_months(timezone.localdate(), 24)


def test_a_pass_from_before_the_certificate_does_not_renew_it(
    enrolled,
    programme,
    trainer,
    rules,
    refresher,
    django_capture_on_commit_callbacks,
):
    _do_refresher(enrolled, refresher, django_capture_on_commit_callbacks)
    certificate = _issue(enrolled, programme, trainer)
    assert (
        services.certificate_refresher_check(
            user_id=enrolled.pk, programme_id=programme.pk
        )
        is False
    )
    certificate.refresh_from_db()
    assert list(certificate.events.values_list("action", flat=True)) == ["issued"]


def test_a_revoked_certificate_is_not_renewed(
    enrolled,
    programme,
    trainer,
    rules,
    refresher,
    django_capture_on_commit_callbacks,
):
    certificate = _issue(enrolled, programme, trainer)
    services.certificate_revoke(certificate=certificate, actor=trainer, reason="x")
    _do_refresher(enrolled, refresher, django_capture_on_commit_callbacks)
    certificate.refresh_from_db()
    assert certificate.state == "revoked"
    assert not certificate.events.filter(action="renewed").exists()


def test_the_admin_refuses_a_refresher_that_cannot_renew(
    programme, programme_tree, rules
):
    rules.validity_months = None
    with pytest.raises(ValidationError) as error:
        rules.full_clean()
    assert "never expires" in str(error.value)
    rules.validity_months = 24
    rules.refresher = programme_tree[2][0][0]  # a module with no quiz
    with pytest.raises(ValidationError) as error:
        rules.full_clean()
    assert "at least one published quiz" in str(error.value)


def test_the_dashboard_points_holders_to_the_refresher_when_renewal_is_near(
    client, enrolled, programme, trainer, rules, refresher
):
    certificate = _issue(enrolled, programme, trainer)
    client.force_login(enrolled)
    far = client.get(reverse("lms:dashboard")).content.decode()
    certificate.expires_on = timezone.localdate() + datetime.timedelta(days=40)
    certificate.save()
    near = client.get(reverse("lms:dashboard")).content.decode()
    assert refresher[0].url not in far
    assert "Renew your certificate" in near
    assert refresher[0].url in near
