"""Background tasks: each takes plain values and calls a service."""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage

from alongside.fields import single_line


@shared_task(
    acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5
)
def email_send_task(*, subject: str, body: str, to: list[str]) -> int:
    """Send one plain-text email (the subject on one line, as headers must be)."""
    return EmailMessage(
        subject=single_line(subject),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
    ).send()


@shared_task
def unconfirmed_signups_remove_task() -> int:
    """Daily: remove sign-ups never confirmed (lms.security.signup)."""
    from .security.signup import unconfirmed_signups_remove

    return unconfirmed_signups_remove()
