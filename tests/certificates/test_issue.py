"""Issuing: automatic when every rule is met, by hand with a reason, exactly once."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from alongside import signals
from certificates import services
from certificates.models import (
    Certificate,
    certificate_number_is_well_formed,
)
from certificates.tasks import certificate_issue_task
from lms.models import ReflectiveEntry

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db


@pytest.fixture
def rules(programme):
    return make_rules(programme, requirement("reflections", entries=1))


def test_not_issued_until_every_rule_is_met(enrolled, programme, rules):
    assert (
        certificate_issue_task(user_id=enrolled.pk, programme_id=programme.pk) is None
    )
    assert not Certificate.objects.exists()
    with pytest.raises(ValidationError):
        services.certificate_issue(user=enrolled, programme=programme)


def test_issued_once_with_email_and_signal(
    enrolled, programme, rules, django_capture_on_commit_callbacks
):
    programme.save_revision().publish()
    enrolled.certificate_name = "Tess Ann Trainee"
    enrolled.save()
    ReflectiveEntry.objects.create(owner=enrolled, body="x")
    received = []

    def receiver(sender, signal, **kwargs):
        received.append(kwargs)

    signals.certificate_issued.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            first = certificate_issue_task(
                user_id=enrolled.pk, programme_id=programme.pk
            )
            for _ in range(3):  # retries and double clicks
                assert (
                    certificate_issue_task(
                        user_id=enrolled.pk, programme_id=programme.pk
                    )
                    == first
                )
    finally:
        signals.certificate_issued.disconnect(receiver)
    certificate = Certificate.objects.get()
    assert received == [{"certificate_id": certificate.pk, "user_id": enrolled.pk}]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [enrolled.email]
    assert certificate.number in message.body
    assert f"/verify/{certificate.token}/" in message.body
    name, content, mimetype = message.attachments[0]
    assert mimetype == "application/pdf" and content.startswith(b"%PDF")
    # What the certificate keeps from the day it was issued
    assert certificate.name == "Tess Ann Trainee"
    assert certificate.title == programme.title
    assert certificate.organisation_name == "Brighter Days Peer Support"
    assert certificate.signatory_name == "Ruth Adeyemi"
    assert certificate.learning_hours == 40
    programme.refresh_from_db()
    assert certificate.content_version == str(programme.latest_revision_id)
    assert (certificate.expires_on.year - certificate.issued_on.year) == 2
    assert certificate_number_is_well_formed(certificate.number)
    assert len(certificate.token) >= 22  # at least 128 bits
    assert certificate.token not in certificate.number
    assert list(certificate.events.values_list("action", flat=True)) == ["issued"]


def test_trainer_issues_by_hand_with_a_reason(enrolled, trainer, programme, rules):
    with pytest.raises(ValidationError):
        services.certificate_issue(
            user=enrolled, programme=programme, issued_by=trainer, reason=" "
        )
    certificate, created = services.certificate_issue(
        user=enrolled,
        programme=programme,
        issued_by=trainer,
        reason="Completed the programme on paper before Alongside.",
    )
    assert created and certificate.issued_by == trainer
    assert certificate.events.get().reason.startswith("Completed the programme")
    again, created = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="again"
    )
    assert again == certificate and not created


def test_database_refuses_a_second_certificate(enrolled, trainer, programme, rules):
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="r"
    )
    with pytest.raises(IntegrityError):
        Certificate.objects.create(
            kind="programme",
            user=enrolled,
            programme=programme,
            number="AL-0000-0000-0",
            token="another",
            name="x",
            title="x",
            organisation_name="x",
            issued_on=certificate.issued_on,
        )


def test_email_is_sent_once_even_if_asked_twice(enrolled, trainer, programme, rules):
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="r"
    )
    assert services.certificate_email_send(certificate_id=certificate.pk) is True
    assert services.certificate_email_send(certificate_id=certificate.pk) is False
    assert len(mail.outbox) == 1


def test_no_certificate_email_for_someone_who_turned_it_off(
    enrolled, trainer, programme, rules
):
    from lms.cohorts.services import email_preferences_set

    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="r"
    )
    email_preferences_set(user_id=enrolled.pk, off={"certificate_issued"})
    assert services.certificate_email_send(certificate_id=certificate.pk) is False
    assert mail.outbox == []
    email_preferences_set(user_id=enrolled.pk, off=set())
    assert services.certificate_email_send(certificate_id=certificate.pk) is True
    assert "/unsubscribe/" in mail.outbox[0].body


def test_check_characters_catch_typos():
    from certificates.models import certificate_number_new

    number = certificate_number_new()
    assert certificate_number_is_well_formed(number)
    body = number[3:7]
    swapped = body[1] + body[0] + body[2:]
    if swapped != body:
        assert not certificate_number_is_well_formed(number.replace(body, swapped, 1))
    changed = ("1" if body[0] != "1" else "2") + body[1:]
    assert not certificate_number_is_well_formed(number.replace(body, changed, 1))
    assert not certificate_number_is_well_formed("AL-AAAA")
    assert not certificate_number_is_well_formed("garbage")


def test_issuing_task_uses_few_queries(
    enrolled, programme, rules, django_assert_max_num_queries
):
    """Throughput at scale depends on this: checking, issuing and emailing one
    certificate stays within a small, fixed number of queries."""
    ReflectiveEntry.objects.create(owner=enrolled, body="x")
    with django_assert_max_num_queries(20):  # 17 today, savepoints included
        certificate_issue_task(user_id=enrolled.pk, programme_id=programme.pk)
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1
