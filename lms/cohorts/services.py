"""Everything that changes cohorts, invites, surveys, check-ins and notifications."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from alongside.csvsafe import csv_read
from alongside.fields import single_line
from courses.models import ModulePage, ProgrammePage
from lms.models import Cohort, Enrolment, Organisation, User
from lms.services import cohort_join

from .models import (
    EMAIL_KINDS,
    EMAILED_ELSEWHERE,
    CheckInMoment,
    CohortInvite,
    ConfidenceItem,
    ConfidenceResponse,
    ModuleSchedule,
    Notification,
    NotificationKind,
    NotificationPreference,
    WellbeingCheckIn,
)
from .selectors import emails_off

UNSUBSCRIBE_SALT = "cohorts.unsubscribe"

# EmailValidator allows up to 320 characters, the email columns hold 254: longer
# addresses are refused here rather than by PostgreSQL (a 500).
EMAIL_MAX_LENGTH = 254


def email_validate(email: str) -> None:
    validate_email(email)
    if len(email) > EMAIL_MAX_LENGTH:
        raise ValidationError(_("That email address is too long."))


class CohortError(ValidationError):
    """Something a trainer or trainee asked for that cannot be done, kindly said."""


# --- cohorts, dates and invites -------------------------------------------------


@transaction.atomic
def cohort_create(
    *,
    trainer: User,
    organisation: Organisation,
    programme: ProgrammePage,
    name: str,
    start_date: datetime.date,
) -> Cohort:
    """A trainer starts a cohort, and trains it."""
    name = name.strip()
    if not name:
        raise CohortError(_("Give the cohort a name."))
    if Cohort.objects.filter(organisation=organisation, name__iexact=name).exists():
        raise CohortError(_("Your organisation already has a cohort with that name."))
    cohort = Cohort.objects.create(
        organisation=organisation,
        programme=programme,
        name=name,
        start_date=start_date,
    )
    cohort.trainers.add(trainer)
    organisation.members.add(trainer)
    return cohort


@transaction.atomic
def module_dates_set(
    *,
    cohort: Cohort,
    module: ModulePage,
    starts_on: datetime.date | None,
    due_on: datetime.date | None,
) -> ModuleSchedule | None:
    """Set (or clear) when a cohort starts and should finish a module."""
    if starts_on and due_on and due_on < starts_on:
        raise CohortError(
            _("“%s” is due before it starts. Check the dates.") % module.title
        )
    if starts_on is None and due_on is None:
        ModuleSchedule.objects.filter(cohort=cohort, module=module).delete()
        return None
    schedule, _created = ModuleSchedule.objects.update_or_create(
        cohort=cohort,
        module=module,
        defaults={"starts_on": starts_on, "due_on": due_on},
    )
    return schedule


def invites_create(
    *, cohort: Cohort, invited_by: User, people: list[tuple[str, str]]
) -> tuple[list[CohortInvite], list[str]]:
    """Invite people (email, name) by email; returns the new invites and skipped."""
    created, skipped = [], []
    for email, full_name in people:
        email = email.strip().lower()
        try:
            email_validate(email)
        except ValidationError:
            skipped.append(email)
            continue
        already = Enrolment.objects.filter(
            cohort=cohort, user__email__iexact=email
        ).exists()
        if already:
            skipped.append(email)
            continue
        try:
            with transaction.atomic():
                invite = CohortInvite.objects.create(
                    cohort=cohort,
                    email=email,
                    full_name=full_name.strip()[:150],
                    invited_by=invited_by,
                )
        except IntegrityError:
            skipped.append(email)
            continue
        created.append(invite)
    if created:
        from .tasks import invite_send_task

        ids = [i.pk for i in created]
        transaction.on_commit(
            lambda: [invite_send_task.delay(invite_id=pk) for pk in ids]
        )
    return created, skipped


@dataclass
class InvitePreview:
    """What a CSV upload would do: people to invite, and problems by line."""

    people: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    row_errors: list[tuple[int, str]] = field(default_factory=list)
    neutralised: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and not self.row_errors and bool(self.people)

    @property
    def as_lines(self) -> str:
        """The people as the invite form's lines, for the confirm button."""
        return "\n".join(
            f"{email}, {name}" if name else email for email, name in self.people
        )


def invites_preview(*, cohort: Cohort, upload) -> InvitePreview:
    """Read a CSV of people to invite, writing nothing (see alongside.csvsafe)."""
    result = csv_read(upload, required=["email"], optional=["name"], max_rows=500)
    preview = InvitePreview(
        errors=list(result.errors),
        row_errors=list(result.row_errors),
        neutralised=result.neutralised_count,
    )
    if result.errors:
        return preview
    enrolled = {
        e.lower()
        for e in Enrolment.objects.filter(cohort=cohort).values_list(
            "user__email", flat=True
        )
    }
    invited = {
        e.lower()
        for e in CohortInvite.objects.filter(cohort=cohort).values_list(
            "email", flat=True
        )
    }
    seen: set[str] = set()
    for row in result.rows:
        if not row.ok:
            continue
        email = row.values["email"].strip().lower()
        try:
            email_validate(email)
        except ValidationError:
            preview.row_errors.append(
                (row.line, _("“%s” is not an email address.") % email[:80])
            )
            continue
        if email in enrolled or email in invited or email in seen:
            preview.skipped.append(email)
            continue
        seen.add(email)
        preview.people.append((email, row.values.get("name", "").replace("\n", " ")))
    return preview


def invite_link(invite: CohortInvite) -> str:
    return settings.SITE_URL + reverse("cohorts:invite_accept", args=[invite.token])


def invite_send(*, invite_id: int) -> bool:
    """Email one invite (idempotent: a sent invite is not sent again)."""
    from lms.tasks import email_send_task

    invite = (
        CohortInvite.objects.filter(pk=invite_id, sent_at__isnull=True)
        .select_related("cohort__programme", "cohort__organisation")
        .first()
    )
    if invite is None:
        return False
    cohort = invite.cohort
    body = _(
        "Hello%(name)s,\n\n%(org)s has invited you to join “%(cohort)s”, training "
        "for %(programme)s on Alongside.\n\nTo accept, open this link and sign in "
        "or create an account with this email address:\n\n%(link)s\n\n"
        "If you were not expecting this, you can ignore this email.\n\n"
        "The Alongside team"
    ) % {
        "name": f" {invite.full_name}" if invite.full_name else "",
        "org": cohort.organisation.name,
        "cohort": cohort.name,
        "programme": cohort.programme.title,
        "link": invite_link(invite),
    }
    updated = CohortInvite.objects.filter(pk=invite.pk, sent_at__isnull=True).update(
        sent_at=timezone.now()
    )
    if updated:
        email_send_task.delay(
            subject=_("You are invited to join %s") % cohort.name,
            body=body,
            to=[invite.email],
        )
    return bool(updated)


@transaction.atomic
def invite_accept(*, invite: CohortInvite, user: User) -> Enrolment:
    """The invited person joins the cohort (the invite is theirs alone)."""
    if user.email_confirmed_at is None:
        # Anyone can sign up with an address; only its confirmed owner is invited.
        raise CohortError(
            _("Open the link we emailed you to finish creating your account first.")
        )
    if user.email.lower() != invite.email.lower():
        raise CohortError(
            _(
                "This invitation was sent to a different email address. Sign in "
                "with the address it was sent to, or ask your trainer for a new one."
            )
        )
    if invite.accepted_at is not None:
        raise CohortError(_("This invitation has already been used."))
    enrolment = cohort_join(user=user, cohort=invite.cohort)
    invite.accepted_at = timezone.now()
    invite.accepted_by = user
    invite.save(update_fields=["accepted_at", "accepted_by"])
    return enrolment


# --- the confidence survey ------------------------------------------------------


@transaction.atomic
def confidence_answer(
    *, user: User, programme: ProgrammePage, stage: str, ratings: dict[int, int]
) -> int:
    """Save a trainee's ratings for one stage; a stage is answered once."""
    items = {
        i.pk: i
        for i in ConfidenceItem.objects.filter(programme=programme, is_active=True)
    }
    if not Enrolment.objects.filter(user=user, programme=programme).exists():
        raise CohortError(_("You are not enrolled on this programme."))
    missing = [pk for pk in items if pk not in ratings]
    if missing:
        raise CohortError(_("Please choose an answer for every statement."))
    if any(not 1 <= r <= 5 for r in ratings.values()):
        raise CohortError(_("Choose an answer from the list."))
    saved = 0
    for pk, rating in ratings.items():
        if pk not in items:
            continue
        _obj, created = ConfidenceResponse.objects.get_or_create(
            user=user, item_id=pk, stage=stage, defaults={"rating": rating}
        )
        saved += int(created)
    return saved


# --- wellbeing check-ins ---------------------------------------------------------


@transaction.atomic
def check_in_record(
    *,
    user: User,
    module: ModulePage,
    moment: str,
    feeling: int | None,
    wants_contact: bool,
) -> WellbeingCheckIn:
    """Keep a private check-in; if asked, tell the trainee's supervisors (only that)."""
    if moment not in CheckInMoment.values:
        raise CohortError(_("Something went wrong. Please try again."))
    if feeling is not None and not 1 <= feeling <= 5:
        raise CohortError(_("Choose an answer from the list, or leave it blank."))
    check_in = WellbeingCheckIn.objects.create(
        user=user,
        module=module,
        moment=moment,
        feeling=feeling,
        wants_contact=wants_contact,
    )
    if wants_contact:
        from .tasks import check_in_contact_task

        pk = check_in.pk
        transaction.on_commit(lambda: check_in_contact_task.delay(check_in_id=pk))
    return check_in


def check_in_contact(*, check_in_id: int) -> int:
    """Tell the trainee's supervisors they would like contact; never the answer."""
    check_in = (
        WellbeingCheckIn.objects.filter(
            pk=check_in_id, wants_contact=True, supervisors_told_at__isnull=True
        )
        .select_related("user")
        .first()
    )
    if check_in is None:
        return 0
    trainee = check_in.user
    supervisor_ids = set(
        User.objects.filter(
            cohorts_supervising__enrolments__user=trainee, is_active=True
        ).values_list("pk", flat=True)
    )
    for supervisor_id in supervisor_ids:
        notification_send(
            user_id=supervisor_id,
            kind=NotificationKind.CHECK_IN,
            title=_("%s would like someone to get in touch") % trainee.full_name,
            body=_(
                "%(name)s asked for someone to get in touch with them. Please "
                "contact them at %(email)s when you can."
            )
            % {"name": trainee.full_name, "email": trainee.email},
            url="",
            key=f"check-in-{check_in.pk}-{supervisor_id}",
        )
    WellbeingCheckIn.objects.filter(pk=check_in.pk).update(
        supervisors_told_at=timezone.now()
    )
    return len(supervisor_ids)


# --- notifications ---------------------------------------------------------------


def unsubscribe_token(*, user_id: int, kind: str) -> str:
    return signing.dumps({"u": user_id, "k": kind}, salt=UNSUBSCRIBE_SALT)


def unsubscribe_read(token: str) -> tuple[int, str] | None:
    """(user id, kind) from a signed unsubscribe token, or None if tampered with."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("k") not in EMAIL_KINDS:
        return None
    if not isinstance(data.get("u"), int):
        return None
    return data["u"], data["k"]


def unsubscribe_url(*, user_id: int, kind: str) -> str:
    token = unsubscribe_token(user_id=user_id, kind=kind)
    return settings.SITE_URL + reverse("cohorts:unsubscribe", args=[token])


@transaction.atomic
def email_preferences_set(*, user_id: int, off: set[str]) -> NotificationPreference:
    """Choose which kinds of email a person gets no more."""
    pref, _created = NotificationPreference.objects.select_for_update().get_or_create(
        user_id=user_id
    )
    pref.emails_off = sorted(k for k in off if k in EMAIL_KINDS)
    pref.save(update_fields=["emails_off", "updated_at"])
    return pref


def email_unsubscribe(*, user_id: int, kind: str) -> None:
    """Stop one kind of email for a person."""
    email_preferences_set(user_id=user_id, off=emails_off(user_id) | {kind})


def notification_send(
    *, user_id: int, kind: str, title: str, body: str, url: str, key: str
) -> Notification | None:
    """Add an in-app notification (once per key) and email it if the person wants."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return None
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                user=user, kind=kind, title=title, body=body, url=url, key=key
            )
    except IntegrityError:
        return None  # already sent: tasks retry safely
    if (
        kind in EMAIL_KINDS
        and kind not in EMAILED_ELSEWHERE
        and kind not in emails_off(user_id)
    ):
        from .tasks import notification_email_task

        link = settings.SITE_URL + url if url.startswith("/") else url
        text = _(
            "Hello %(name)s,\n\n%(body)s\n\n%(link)s\n\nThe Alongside team\n\n"
            "To stop these emails, open: %(unsubscribe)s"
        ) % {
            "name": user.get_short_name(),
            "body": body,
            "link": link,
            "unsubscribe": unsubscribe_url(user_id=user_id, kind=kind),
        }
        transaction.on_commit(
            lambda: notification_email_task.delay(
                notification_id=notification.pk,
                subject=title,
                body=text,
                to=[user.email],
            )
        )
    return notification


def notification_email(
    *, notification_id: int, subject: str, body: str, to: list[str]
) -> bool:
    """Email a notification once, and record when it was really sent."""
    if not Notification.objects.filter(
        pk=notification_id, emailed_at__isnull=True
    ).exists():
        return False  # sent already: tasks retry safely
    EmailMessage(
        subject=single_line(subject),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
    ).send()
    Notification.objects.filter(pk=notification_id).update(emailed_at=timezone.now())
    return True


def notifications_mark_read(*, user: User, ids: list[int] | None = None) -> int:
    """Mark a person's notifications read (all of them when no ids are given)."""
    qs = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    return qs.update(read_at=timezone.now())
