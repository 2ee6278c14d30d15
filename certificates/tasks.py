"""Background tasks: each takes ids, calls a service, and is safe to run twice."""

import datetime

from celery import shared_task
from django.core.exceptions import ValidationError

from courses.models import ProgrammePage
from lms.models import User

from . import services


@shared_task(
    acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5
)
def certificate_issue_task(
    *,
    user_id: int,
    programme_id: int,
    issued_by_id: int | None = None,
    reason: str = "",
) -> int | None:
    """Issue (if every requirement is met, or by a trainer's hand) and email once."""
    user = User.objects.filter(pk=user_id).first()
    programme = ProgrammePage.objects.filter(pk=programme_id).first()
    if user is None or programme is None:
        return None
    issued_by = User.objects.filter(pk=issued_by_id).first() if issued_by_id else None
    try:
        certificate, _created = services.certificate_issue(
            user=user, programme=programme, issued_by=issued_by, reason=reason
        )
    except ValidationError:
        return None  # not every requirement is met yet: nothing to do
    services.certificate_email_send(certificate_id=certificate.pk)
    return certificate.pk


@shared_task(
    acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5
)
def certificate_refresher_task(*, user_id: int, programme_id: int) -> bool:
    """Renew a certificate when its holder has just finished the refresher."""
    return services.certificate_refresher_check(
        user_id=user_id, programme_id=programme_id
    )


@shared_task(
    acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5
)
def certificate_email_task(*, certificate_id: int) -> bool:
    """Email a certificate to its holder, unless it has been already."""
    return services.certificate_email_send(certificate_id=certificate_id)


@shared_task(acks_late=True)
def attendance_certificates_issue_task(
    *,
    session_id: int,
    attendee_ids: list[int],
    title: str,
    held_on: str,
    minutes: int,
    organisation_id: int | None = None,
    course_id: int | None = None,
) -> list[int]:
    """Attendance certificates for everyone marked present at a live session."""
    return services.attendance_certificates_issue(
        session_id=session_id,
        course_id=course_id,
        attendee_ids=attendee_ids,
        title=title,
        held_on=datetime.date.fromisoformat(held_on),
        minutes=minutes,
        organisation_id=organisation_id,
    )


@shared_task(acks_late=True)
def completion_certificate_issue_task(
    *,
    user_id: int,
    course_id: int,
    title: str,
    completed_on: str,
    minutes: int,
    organisation_id: int | None = None,
) -> int | None:
    """A certificate of completion for someone who took a short course alone."""
    return services.completion_certificate_issue(
        user_id=user_id,
        course_id=course_id,
        title=title,
        completed_on=datetime.date.fromisoformat(completed_on),
        minutes=minutes,
        organisation_id=organisation_id,
    )


@shared_task(acks_late=True)
def certificate_expiry_reminders_task() -> int:
    """Daily: remind holders whose certificates expire in 60, 30 or 7 days."""
    return services.expiry_reminders_send()
