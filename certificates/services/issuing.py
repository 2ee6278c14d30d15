"""Checking the accreditation rules and issuing a programme's certificate."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from alongside import extensions, signals
from alongside.fields import single_line
from courses.models import ProgrammePage
from lms.models import Organisation, User

from .. import selectors
from ..models import (
    AccreditationRules,
    Certificate,
    CertificateEvent,
    add_months,
    certificate_number_new,
    verification_token_new,
)

logger = logging.getLogger(__name__)


def accreditation_check_later(*, user_id: int, programme_id: int) -> None:
    """Queue a check (after commit) that issues the certificate if everything is met."""
    from ..tasks import certificate_issue_task

    transaction.on_commit(
        lambda: certificate_issue_task.delay(user_id=user_id, programme_id=programme_id)
    )


def _certificate_facts(
    *, user: User, programme: ProgrammePage, rules: AccreditationRules | None
) -> dict:
    if rules is None:
        raise ValidationError(_("This programme has no accreditation rules yet."))
    organisation: Organisation = rules.issuing_organisation
    branding = getattr(organisation, "certificate_branding", None)
    today = timezone.localdate()
    return {
        "kind": Certificate.Kind.PROGRAMME,
        "number": certificate_number_new(),
        "token": verification_token_new(),
        "name": user.name_for_certificate,
        "title": rules.title,
        "description": rules.description,
        "criteria": rules.criteria,
        "achievement_type": rules.achievement_type,
        "content_version": str(programme.latest_revision_id or ""),
        "organisation": organisation,
        "organisation_name": organisation.name,
        "signatory_name": branding.signatory_name if branding else "",
        "signatory_role": branding.signatory_role if branding else "",
        "learning_hours": rules.learning_hours,
        "issued_on": today,
        "expires_on": (
            add_months(today, rules.validity_months) if rules.validity_months else None
        ),
    }


@transaction.atomic
def certificate_issue(
    *,
    user: User,
    programme: ProgrammePage,
    issued_by: User | None = None,
    reason: str = "",
) -> tuple[Certificate, bool]:
    """Issue the person's certificate for a programme, once: (certificate, created).

    Without `issued_by` every requirement must be met. A trainer issuing by hand gives
    a reason. Retries, double clicks and concurrent workers all land on the one row the
    unique constraint allows.
    """
    existing = selectors.certificate_for(user=user, programme=programme)
    if existing is not None:
        return existing, False
    rules = selectors.rules_for(programme)
    if issued_by is None:
        progress = selectors.accreditation_progress(user, programme, rules)
        if progress is None or not progress.is_complete:
            raise ValidationError(_("Not every requirement is met yet."))
    elif not reason.strip():
        raise ValidationError({"reason": _("Say why you are issuing this by hand.")})
    facts = _certificate_facts(user=user, programme=programme, rules=rules)
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                user=user,
                programme=programme,
                issued_by=issued_by,
                issue_reason=reason.strip(),
                **facts,
            )
    except IntegrityError:
        # Someone else issued it a moment ago: theirs is the one.
        return Certificate.objects.get(
            user=user, programme=programme, kind=Certificate.Kind.PROGRAMME
        ), False
    CertificateEvent.objects.create(
        certificate=certificate,
        action=CertificateEvent.Action.ISSUED,
        actor=issued_by,
        reason=reason.strip(),
    )
    _announce_issue(certificate)
    return certificate, True


def _announce_issue(certificate: Certificate) -> None:
    certificate_id, user_id = certificate.pk, certificate.user_id
    transaction.on_commit(
        lambda: signals.certificate_issued.send(
            sender=Certificate, certificate_id=certificate_id, user_id=user_id
        )
    )


def verification_url(certificate: Certificate) -> str:
    return settings.SITE_URL + reverse("certificates:verify", args=[certificate.token])


def certificate_email_send(*, certificate_id: int) -> bool:
    """Email the holder their certificate with the PDF, exactly once; True if sent."""
    from ..pdf import certificate_pdf

    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update(of=("self",))
            .select_related("user", "organisation__certificate_branding__logo")
            .get(pk=certificate_id)
        )
        if certificate.emailed_at is not None or certificate.user is None:
            return False
        if not extensions.email_wanted(certificate.user_id, "certificate_issued"):
            return False  # they chose not to get it; it waits on their dashboard
        user = certificate.user
        message = EmailMessage(
            subject=single_line(_("Your certificate: %s") % certificate.title),
            body=_(
                "Hello %(name)s,\n\nCongratulations: here is your certificate for "
                "“%(title)s”. It is attached as a PDF.\n\nCertificate number: "
                "%(number)s\n\nAnyone can check it is genuine here, without an "
                "account:\n%(url)s\n\nThe Alongside team\n\n%(stop)s"
            )
            % {
                "name": user.get_short_name(),
                "title": certificate.title,
                "number": certificate.number,
                "url": verification_url(certificate),
                "stop": extensions.email_unsubscribe_line(
                    user.pk, "certificate_issued"
                ),
            },
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
        )
        message.attach(
            f"certificate-{certificate.number}.pdf",
            certificate_pdf(certificate),
            "application/pdf",
        )
        # Marked sent in the same transaction as sending: a worker killed before the
        # commit leaves it unmarked, and the retried task sends it.
        message.send()
        certificate.emailed_at = timezone.now()
        certificate.save(update_fields=["emailed_at"])
        return True


def certificate_email_later(*, certificate_id: int) -> None:
    """Queue the certificate's email (after commit); it is sent once at most."""
    from ..tasks import certificate_email_task

    transaction.on_commit(
        lambda: certificate_email_task.delay(certificate_id=certificate_id)
    )


def cohort_issue_eligible(*, cohort, actor) -> int:
    """Queue issuing for every trainee of a cohort; returns how many were queued."""
    queued = 0
    for user_id in selectors.cohort_trainees(cohort).values_list("pk", flat=True):
        accreditation_check_later(user_id=user_id, programme_id=cohort.programme_id)
        queued += 1
    return queued
