"""Expiry reminders, attendance certificates from live sessions, gradebook facts."""

import datetime
from decimal import Decimal

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from alongside import extensions, signals
from certificates import services
from certificates.models import Certificate, ExpiryReminder, LedgerEntry
from lms.factories import OrganisationFactory

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(enrolled, trainer, programme):
    make_rules(programme, requirement("reflections", entries=1))
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="r"
    )
    return certificate


def _expire_in(certificate, days):
    certificate.expires_on = timezone.localdate() + datetime.timedelta(days=days)
    certificate.save()


def test_reminders_once_per_window(certificate, django_capture_on_commit_callbacks):
    received = []

    def receiver(sender, signal, **kwargs):
        received.append(kwargs)

    signals.certificate_expiring.connect(receiver)
    try:
        _expire_in(certificate, 55)
        with django_capture_on_commit_callbacks(execute=True):
            assert services.expiry_reminders_send() == 1
            assert services.expiry_reminders_send() == 0  # the daily run again
        _expire_in(certificate, 29)
        with django_capture_on_commit_callbacks(execute=True):
            assert services.expiry_reminders_send() == 1
        _expire_in(certificate, 6)
        with django_capture_on_commit_callbacks(execute=True):
            assert services.expiry_reminders_send() == 1
            assert services.expiry_reminders_send() == 0
    finally:
        signals.certificate_expiring.disconnect(receiver)
    assert [r["days_left"] for r in received] == [55, 29, 6]
    assert {r["certificate_id"] for r in received} == {certificate.pk}
    assert len(mail.outbox) == 3
    assert "expires on" in mail.outbox[0].subject
    assert sorted(ExpiryReminder.objects.values_list("days_before", flat=True)) == [
        7,
        30,
        60,
    ]


def test_reminder_emails_follow_the_holders_choice(
    certificate, django_capture_on_commit_callbacks
):
    from lms.cohorts.models import Notification
    from lms.cohorts.services import email_preferences_set

    email_preferences_set(user_id=certificate.user_id, off={"expiring"})
    _expire_in(certificate, 20)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.expiry_reminders_send() == 1
    assert mail.outbox == []  # no email, as they chose
    assert Notification.objects.filter(
        user_id=certificate.user_id, kind="expiring"
    ).exists()  # but still reminded in-app
    email_preferences_set(user_id=certificate.user_id, off=set())
    _expire_in(certificate, 5)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.expiry_reminders_send() == 1
    (email,) = mail.outbox
    assert "/unsubscribe/" in email.body


def test_no_reminders_for_revoked_or_far_off(certificate, trainer):
    _expire_in(certificate, 200)
    assert services.expiry_reminders_send() == 0
    _expire_in(certificate, 10)
    services.certificate_revoke(certificate=certificate, actor=trainer, reason="x")
    assert services.expiry_reminders_send() == 0


def test_reminder_task_is_scheduled():
    entry = settings.CELERY_BEAT_SCHEDULE["certificate-expiry-reminders"]
    assert entry["task"] == "certificates.tasks.certificate_expiry_reminders_task"


def test_attendance_certificates_once_per_attendee(
    client, trainee, other_trainee, django_capture_on_commit_callbacks
):
    organisation = OrganisationFactory(name="Northfield NHS Foundation Trust")
    arguments = {
        "session_id": 42,
        "attendee_ids": [trainee.pk, other_trainee.pk],
        "title": "Working alongside peer workers",
        "held_on": datetime.date(2026, 11, 20),
        "minutes": 45,
        "organisation_id": organisation.pk,
    }
    with django_capture_on_commit_callbacks(execute=True):
        signals.awareness_session_ended.send(sender=None, **arguments)
        signals.awareness_session_ended.send(sender=None, **arguments)  # repeated
    certificates = Certificate.objects.filter(kind="attendance")
    assert certificates.count() == 2
    assert len(mail.outbox) == 2
    certificate = certificates.get(user=trainee)
    assert certificate.programme is None
    assert certificate.duration_minutes == 45
    assert certificate.learning_hours == Decimal("0.8")
    assert certificate.held_on == datetime.date(2026, 11, 20)
    html = client.get(
        reverse("certificates:verify", args=[certificate.token])
    ).content.decode()
    assert "This certificate is valid" in html
    assert "Certificate of attendance" in html
    assert "on 20 November 2026, for 45 minutes" in html
    assert "Northfield NHS Foundation Trust" in html
    # The badge's achievement link says what attendance stands for.
    from certificates.credentials import credential_json

    achievement_id = credential_json(certificate)["credentialSubject"]["achievement"][
        "id"
    ]
    described = client.get(achievement_id.removeprefix(settings.SITE_URL))
    assert described.status_code == 200
    assert described.json()["name"] == certificate.title


def test_learner_facts(certificate, enrolled, other_trainee, supervisor, programme):
    LedgerEntry.objects.create(
        trainee=enrolled,
        supervisor=supervisor,
        programme=programme,
        kind="practice",
        date=timezone.localdate(),
        hours=Decimal("2.5"),
        activity="group",
        status="countersigned",
    )
    LedgerEntry.objects.create(
        trainee=enrolled,
        supervisor=supervisor,
        programme=programme,
        kind="practice",
        date=timezone.localdate(),
        hours=Decimal("4"),
        activity="group",
    )
    facts = extensions.learner_facts()
    ids = [enrolled.pk, other_trainee.pk]
    assert facts["certificate"](ids, programme) == {
        enrolled.pk: "Valid",
        other_trainee.pk: "",
    }
    assert facts["practice_hours"](ids, programme) == {
        enrolled.pk: Decimal("2.5"),
        other_trainee.pk: Decimal(0),
    }


def test_every_model_with_personal_data_is_registered():
    from django.apps import apps

    registered = {entry.model for entry in extensions.personal_data_registry()}
    for model in apps.get_app_config("certificates").get_models():
        has_person = any(
            getattr(field, "related_model", None) is not None
            and field.related_model._meta.label == settings.AUTH_USER_MODEL
            for field in model._meta.get_fields()
        )
        if has_person:
            assert model in registered, model


def test_my_certificates_page(client, certificate, enrolled, other_trainee):
    client.force_login(enrolled)
    html = client.get(reverse("certificates:mine")).content.decode()
    assert certificate.number in html
    # The badge downloads on its page, not the bare token people cannot use.
    assert reverse("certificates:credential", args=[certificate.token]) not in html
    page = reverse("certificates:certificate", args=[certificate.pk])
    assert f'href="{page}#download"' in html
    client.force_login(other_trainee)
    assert (
        certificate.number
        not in client.get(reverse("certificates:mine")).content.decode()
    )
    client.logout()
    assert client.get(reverse("certificates:mine")).status_code == 302
