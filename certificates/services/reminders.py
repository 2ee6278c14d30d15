"""Reminders before a certificate expires, each sent once."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from alongside import extensions, signals

from .. import selectors
from ..models import (
    Certificate,
    ExpiryReminder,
)

REMINDER_WINDOWS = (60, 30, 7)


def expiry_reminders_send(*, today: datetime.date | None = None) -> int:
    """Remind holders 60, 30 and 7 days before expiry, once per window."""
    today = today or timezone.localdate()
    sent = 0
    for days in REMINDER_WINDOWS:
        # The narrowest window a certificate falls in is the one it is reminded for.
        narrower = [d for d in REMINDER_WINDOWS if d < days]
        start = today + datetime.timedelta(days=(max(narrower) + 1) if narrower else 0)
        end = today + datetime.timedelta(days=days)
        for certificate in selectors.expiring_between(start, end):
            if _reminder_claim(certificate, days):
                sent += 1
    return sent


@transaction.atomic
def _reminder_claim(certificate: Certificate, days: int) -> bool:
    _reminder, created = ExpiryReminder.objects.get_or_create(
        certificate=certificate, expires_on=certificate.expires_on, days_before=days
    )
    if not created:
        return False
    days_left = (certificate.expires_on - timezone.localdate()).days
    cert_id, user_id = certificate.pk, certificate.user_id
    transaction.on_commit(
        lambda: signals.certificate_expiring.send(
            sender=Certificate,
            certificate_id=cert_id,
            user_id=user_id,
            days_left=days_left,
        )
    )
    if not extensions.email_wanted(user_id, "expiring"):
        return True  # reminded in-app only, as they chose
    from lms.tasks import email_send_task

    subject = _("Your certificate expires on %s") % certificate.expires_on.strftime(
        "%-d %B %Y"
    )
    body = _(
        "Hello %(name)s,\n\nYour certificate “%(title)s” (%(number)s) expires on "
        "%(date)s. Your trainer can tell you about the refresher that renews it.\n\n"
        "The Alongside team\n\n%(stop)s"
    ) % {
        "stop": extensions.email_unsubscribe_line(user_id, "expiring"),
        "name": certificate.user.get_short_name(),
        "title": certificate.title,
        "number": certificate.number,
        "date": certificate.expires_on.strftime("%-d %B %Y"),
    }
    to = [certificate.user.email]
    transaction.on_commit(
        lambda: email_send_task.delay(subject=subject, body=body, to=to)
    )
    return True
