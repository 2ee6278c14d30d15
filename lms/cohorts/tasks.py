"""Background tasks: each takes ids, calls a service, and is safe to run twice."""

import datetime

from celery import shared_task
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.models import Enrolment

from . import services
from .models import ModuleSchedule, NotificationKind
from .selectors import INACTIVE_DAYS, gradebook, programme_structure

RETRY = {
    "acks_late": True,
    "autoretry_for": (OSError,),
    "retry_backoff": True,
    "max_retries": 5,
}
DUE_SOON_DAYS = 3


@shared_task(**RETRY)
def invite_send_task(*, invite_id: int) -> bool:
    """Email one cohort invite."""
    return services.invite_send(invite_id=invite_id)


@shared_task(**RETRY)
def notification_email_task(
    *, notification_id: int, subject: str, body: str, to: list[str]
) -> bool:
    """Email one notification, and mark it emailed once it has gone."""
    return services.notification_email(
        notification_id=notification_id, subject=subject, body=body, to=to
    )


@shared_task(**RETRY)
def check_in_contact_task(*, check_in_id: int) -> int:
    """Tell a trainee's supervisors they would like someone to get in touch."""
    return services.check_in_contact(check_in_id=check_in_id)


@shared_task(**RETRY)
def work_marked_notify_task(*, user_id: int, title: str, url: str, key: str) -> bool:
    """Tell a trainee their written work was marked (in-app, and email if wanted)."""
    return bool(
        services.notification_send(
            user_id=user_id,
            kind=NotificationKind.WORK_MARKED,
            title=_("Your work on “%s” has been marked") % title,
            body=_("A trainer has marked your work. Their comments are waiting."),
            url=url,
            key=key,
        )
    )


@shared_task(**RETRY)
def ledger_decision_notify_task(
    *, user_id: int, title: str, body: str, url: str, key: str
) -> bool:
    """Tell a trainee their supervisor countersigned or returned an entry (in-app,
    and email if they want emails about their work being checked)."""
    return bool(
        services.notification_send(
            user_id=user_id,
            kind=NotificationKind.WORK_MARKED,
            title=title,
            body=body,
            url=url,
            key=key,
        )
    )


@shared_task(**RETRY)
def certificate_issued_notify_task(*, certificate_id: int, user_id: int) -> bool:
    """In-app note of a new certificate (the certificates app emails the PDF)."""
    return bool(
        services.notification_send(
            user_id=user_id,
            kind=NotificationKind.CERTIFICATE_ISSUED,
            title=_("Congratulations: your certificate has been issued"),
            body=_("You can download and share it from My learning."),
            url=reverse("lms:dashboard"),
            key=f"certificate-{certificate_id}",
        )
    )


@shared_task(**RETRY)
def certificate_expiring_notify_task(
    *, certificate_id: int, user_id: int, days_left: int
) -> bool:
    """In-app reminder that a certificate is due for renewal."""
    return bool(
        services.notification_send(
            user_id=user_id,
            kind=NotificationKind.EXPIRING,
            title=_("Your certificate is due for renewal in %d days") % days_left,
            body=_("Renewing keeps your accreditation up to date."),
            url=reverse("lms:dashboard"),
            key=f"expiring-{certificate_id}-{days_left}",
        )
    )


@shared_task(**RETRY)
def countersign_requested_notify_task(
    *, entry_id: int, supervisor_id: int, user_id: int, request_id: int | None = None
) -> bool:
    """Tell a supervisor something is waiting for their countersignature: once for
    each time the entry is made or changed (a retried task sends nothing more)."""
    from lms.models import User

    trainee = User.objects.filter(pk=user_id).first()
    name = trainee.full_name if trainee else _("A trainee")
    return bool(
        services.notification_send(
            user_id=supervisor_id,
            kind=NotificationKind.COUNTERSIGN,
            title=_("%s asked you to countersign an entry") % name,
            body=_("A practice or supervision entry is waiting for you to check."),
            url=reverse("lms:dashboard"),
            key=f"countersign-{entry_id}-{supervisor_id}-{request_id or 0}",
        )
    )


@shared_task(acks_late=True)
def inactive_nudges_task() -> int:
    """A gentle nudge for trainees away for a fortnight (once per spell away)."""
    cutoff = timezone.now() - datetime.timedelta(days=INACTIVE_DAYS)
    sent = 0
    enrolments = (
        Enrolment.objects.filter(cohort__isnull=False, user__is_active=True)
        .filter(
            Q(last_active_at__lt=cutoff)
            | Q(last_active_at__isnull=True, enrolled_at__lt=cutoff)
        )
        .select_related("programme")
    )
    for enrolment in enrolments.iterator():
        since = enrolment.last_active_at or enrolment.enrolled_at
        if services.notification_send(
            user_id=enrolment.user_id,
            kind=NotificationKind.INACTIVE,
            title=_("We have saved your place in %s") % enrolment.programme.title,
            body=_(
                "It has been a little while. There is no rush: pick up where you "
                "left off whenever suits you, and take breaks when you need them."
            ),
            url=reverse("lms:dashboard"),
            key=f"inactive-{enrolment.pk}-{since:%Y%m%d}",
        ):
            sent += 1
    return sent


@shared_task(acks_late=True)
def due_date_reminders_task() -> int:
    """Remind trainees of modules due in the next few days that they have not done."""
    today = timezone.localdate()
    horizon = today + datetime.timedelta(days=DUE_SOON_DAYS)
    sent = 0
    schedules = ModuleSchedule.objects.filter(
        due_on__gte=today, due_on__lte=horizon
    ).select_related("cohort__programme", "module")
    by_cohort: dict[int, list[ModuleSchedule]] = {}
    for schedule in schedules:
        by_cohort.setdefault(schedule.cohort_id, []).append(schedule)
    for items in by_cohort.values():
        cohort = items[0].cohort
        ids = list(
            Enrolment.objects.filter(cohort=cohort).values_list("user_id", flat=True)
        )
        book = gradebook(
            programme=cohort.programme,
            user_ids=ids,
            schedules={s.module_id: s for s in items},
            structure=programme_structure(cohort.programme),
        )
        index = {m.pk: n for n, m in enumerate(book.modules)}
        for schedule in items:
            if schedule.module_id not in index:
                continue
            for row in book.rows:
                if row.cells[index[schedule.module_id]].complete:
                    continue
                if services.notification_send(
                    user_id=row.user_id,
                    kind=NotificationKind.DUE_DATE,
                    title=_("“%(module)s” is due on %(date)s")
                    % {
                        "module": schedule.module.title,
                        "date": schedule.due_on.strftime("%-d %B"),
                    },
                    body=_(
                        "Your trainer suggested finishing this module by then. If "
                        "that is hard right now, let them know: it is fine to ask."
                    ),
                    url=schedule.module.url or "",
                    key=f"due-{schedule.pk}-{schedule.due_on}-{row.user_id}",
                ):
                    sent += 1
    return sent
