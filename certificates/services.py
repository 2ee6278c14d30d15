"""Writes: the ledger, sign-off, issuing certificates and their lifecycle."""

import datetime
import logging
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from alongside import extensions, signals
from alongside.fields import single_line
from courses.models import ProgrammePage
from lms.models import Organisation, User

from . import selectors
from .models import (
    AccreditationRules,
    Certificate,
    CertificateEvent,
    CpdReflection,
    ExpiryReminder,
    LedgerEntry,
    LedgerEvent,
    TrainerSignOff,
    add_months,
    certificate_number_new,
    verification_token_new,
)

logger = logging.getLogger(__name__)

REMINDER_WINDOWS = (60, 30, 7)


# The ledger


def _snapshot(entry: LedgerEntry) -> dict:
    # Private notes stay out of the audit trail, which supervisors can read.
    return {
        "kind": entry.kind,
        "date": entry.date.isoformat(),
        "hours": str(entry.hours),
        "activity": entry.activity,
        "covered_wellbeing": entry.covered_wellbeing,
        "supervisor_id": entry.supervisor_id,
        "status": entry.status,
    }


def _request_countersign(entry: LedgerEntry, event: LedgerEvent) -> None:
    """Ask the supervisor, once for each time the entry is made or changed (`event`)."""
    entry_id, supervisor_id, user_id = entry.pk, entry.supervisor_id, entry.trainee_id
    transaction.on_commit(
        lambda: signals.countersign_requested.send(
            sender=LedgerEntry,
            entry_id=entry_id,
            supervisor_id=supervisor_id,
            user_id=user_id,
            request_id=event.pk,
        )
    )


def _check_supervisor(*, trainee: User, supervisor: User) -> None:
    if supervisor.pk == trainee.pk:
        raise ValidationError(
            {"supervisor": _("You cannot countersign your own entries.")}
        )
    if not selectors.ledger_supervisor_candidates(user=trainee).filter(
        pk=supervisor.pk
    ):
        raise ValidationError(
            {"supervisor": _("Choose one of the supervisors of your cohort.")}
        )


@transaction.atomic
def ledger_entry_create(
    *,
    trainee: User,
    programme: ProgrammePage,
    kind: str,
    date: datetime.date,
    hours: Decimal,
    supervisor: User,
    activity: str = "",
    covered_wellbeing: bool = False,
    notes: str = "",
) -> LedgerEntry:
    """Record practice or a supervision session and ask the supervisor to sign it."""
    _check_supervisor(trainee=trainee, supervisor=supervisor)
    entry = LedgerEntry.objects.create(
        trainee=trainee,
        programme=programme,
        kind=kind,
        date=date,
        hours=hours,
        activity=activity,
        covered_wellbeing=covered_wellbeing,
        notes=notes,
        supervisor=supervisor,
    )
    created = LedgerEvent.objects.create(
        entry=entry,
        actor=trainee,
        action=LedgerEvent.Action.CREATED,
        snapshot=_snapshot(entry),
    )
    _request_countersign(entry, created)
    return entry


@transaction.atomic
def ledger_entry_update(*, entry: LedgerEntry, actor: User, **fields) -> LedgerEntry:
    """Change an entry that is not yet countersigned; it goes back to the supervisor."""
    entry = LedgerEntry.objects.select_for_update().get(pk=entry.pk)
    if actor.pk != entry.trainee_id:
        raise PermissionDenied
    if not entry.is_editable:
        raise ValidationError(_("A countersigned entry cannot be changed."))
    if "supervisor" in fields:
        _check_supervisor(trainee=actor, supervisor=fields["supervisor"])
    for name, value in fields.items():
        setattr(entry, name, value)
    entry.status = LedgerEntry.Status.AWAITING
    entry.decided_at = None
    entry.save()
    edited = LedgerEvent.objects.create(
        entry=entry,
        actor=actor,
        action=LedgerEvent.Action.EDITED,
        snapshot=_snapshot(entry),
    )
    _request_countersign(entry, edited)
    return entry


LEDGER_ENTRY_CHANGED = "entry_changed"


def _decide(
    *,
    entry: LedgerEntry,
    supervisor: User,
    status: str,
    comment: str,
    seen: str | None,
):
    entry = LedgerEntry.objects.select_for_update().get(pk=entry.pk)
    if supervisor.pk == entry.trainee_id or supervisor.pk != entry.supervisor_id:
        raise PermissionDenied
    if entry.status != LedgerEntry.Status.AWAITING:
        raise ValidationError(_("This entry has already been dealt with."))
    if seen is not None and seen != selectors.ledger_entry_fingerprint(entry):
        # The trainee changed it after the supervisor opened it: a countersignature
        # vouches for what was shown, so they must look at the entry as it is now.
        raise ValidationError(
            _("This entry changed; look again."), code=LEDGER_ENTRY_CHANGED
        )
    entry.status = status
    entry.supervisor_comment = comment
    entry.decided_at = timezone.now()
    entry.save(update_fields=["status", "supervisor_comment", "decided_at"])
    event = LedgerEvent.objects.create(
        entry=entry,
        actor=supervisor,
        action=status,
        comment=comment,
        snapshot=_snapshot(entry),
    )
    _announce_decision(entry, supervisor=supervisor, event=event)
    return entry


def _announce_decision(entry: LedgerEntry, *, supervisor: User, event) -> None:
    """Tell the trainee (after commit) what their supervisor decided."""
    what = _("%(kind)s on %(date)s") % {
        "kind": entry.get_kind_display().lower(),
        "date": f"{entry.date.day} {entry.date:%B %Y}",
    }
    name = supervisor.full_name or _("Your supervisor")
    if entry.status == LedgerEntry.Status.COUNTERSIGNED:
        title = _("%(name)s countersigned your %(what)s") % {"name": name, "what": what}
        body = _("It now counts towards your certificate.")
    else:
        title = _("%(name)s returned your %(what)s") % {"name": name, "what": what}
        body = _(
            "They left a comment about what needs changing. Open the entry to read "
            "it, put it right and send it back."
        )
    message = {
        "user_id": entry.trainee_id,
        "title": title,
        "body": body,
        "url": reverse("certificates:ledger_edit", args=[entry.pk]),
        "key": f"ledger-decision-{event.pk}",
    }
    transaction.on_commit(
        lambda: signals.ledger_entry_decided.send(sender=LedgerEntry, **message)
    )


@transaction.atomic
def ledger_entry_countersign(
    *,
    entry: LedgerEntry,
    supervisor: User,
    comment: str = "",
    seen: str | None = None,
) -> LedgerEntry:
    """The named supervisor confirms the entry; accreditation is checked again.

    ``seen`` is the fingerprint of the entry as the supervisor was shown it; if the
    entry has changed since, nothing is countersigned.
    """
    entry = _decide(
        entry=entry,
        supervisor=supervisor,
        status=LedgerEntry.Status.COUNTERSIGNED,
        comment=comment,
        seen=seen,
    )
    accreditation_check_later(user_id=entry.trainee_id, programme_id=entry.programme_id)
    return entry


@transaction.atomic
def ledger_entry_return(
    *, entry: LedgerEntry, supervisor: User, comment: str, seen: str | None = None
) -> LedgerEntry:
    """The named supervisor sends the entry back with a comment."""
    if not comment.strip():
        raise ValidationError(
            {"comment": _("Say what needs changing, so they can put it right.")}
        )
    return _decide(
        entry=entry,
        supervisor=supervisor,
        status=LedgerEntry.Status.RETURNED,
        comment=comment.strip(),
        seen=seen,
    )


# How long a supervisor has to take back a countersignature or a return.
LEDGER_UNDO_WINDOW = datetime.timedelta(minutes=15)


@transaction.atomic
def ledger_decision_undo(*, entry: LedgerEntry, supervisor: User) -> LedgerEntry:
    """The supervisor takes back their countersignature or return, shortly after:
    the entry waits for them again, and the audit trail keeps both events."""
    entry = LedgerEntry.objects.select_for_update().get(pk=entry.pk)
    if supervisor.pk == entry.trainee_id or supervisor.pk != entry.supervisor_id:
        raise PermissionDenied
    undoable = selectors.ledger_decision_undoable(entry=entry, supervisor=supervisor)
    if not undoable:
        raise ValidationError(
            _(
                "This decision can no longer be undone: it is more than "
                "%(minutes)d minutes old, or the entry has changed since."
            )
            % {"minutes": LEDGER_UNDO_WINDOW.seconds // 60}
        )
    was = entry.status
    entry.status = LedgerEntry.Status.AWAITING
    entry.supervisor_comment = ""
    entry.decided_at = None
    entry.save(update_fields=["status", "supervisor_comment", "decided_at"])
    event = LedgerEvent.objects.create(
        entry=entry,
        actor=supervisor,
        action=LedgerEvent.Action.UNDONE,
        snapshot=_snapshot(entry),
    )
    name = supervisor.full_name or _("Your supervisor")
    what = _("%(kind)s on %(date)s") % {
        "kind": entry.get_kind_display().lower(),
        "date": f"{entry.date.day} {entry.date:%B %Y}",
    }
    message = {
        "user_id": entry.trainee_id,
        "title": _("%(name)s took back their decision on your %(what)s")
        % {"name": name, "what": what},
        "body": _("It is waiting for them again; you do not need to do anything.")
        if was == LedgerEntry.Status.COUNTERSIGNED
        else _("It is waiting for them again: ignore their earlier comment."),
        "url": reverse("certificates:ledger_edit", args=[entry.pk]),
        "key": f"ledger-decision-{event.pk}",
    }
    transaction.on_commit(
        lambda: signals.ledger_entry_decided.send(sender=LedgerEntry, **message)
    )
    return entry


@transaction.atomic
def ledger_entry_withdraw(*, entry: LedgerEntry, actor: User) -> LedgerEntry:
    """The trainee takes back an entry not yet countersigned. It stays in their
    history as withdrawn, and no longer waits for the supervisor."""
    entry = LedgerEntry.objects.select_for_update().get(pk=entry.pk)
    if actor.pk != entry.trainee_id:
        raise PermissionDenied
    if not entry.is_editable:
        raise ValidationError(
            _("A countersigned or withdrawn entry cannot be withdrawn.")
        )
    entry.status = LedgerEntry.Status.WITHDRAWN
    entry.decided_at = timezone.now()
    entry.save(update_fields=["status", "decided_at"])
    LedgerEvent.objects.create(
        entry=entry,
        actor=actor,
        action=LedgerEvent.Action.WITHDRAWN,
        snapshot=_snapshot(entry),
    )
    return entry


# Sign-off and issuing


@transaction.atomic
def sign_off_record(
    *, trainee: User, programme: ProgrammePage, trainer: User, note: str = ""
) -> TrainerSignOff:
    """A trainer's final sign-off (once); accreditation is checked again."""
    if trainer.pk == trainee.pk:
        raise PermissionDenied
    sign_off, _created = TrainerSignOff.objects.get_or_create(
        trainee=trainee,
        programme=programme,
        defaults={"trainer": trainer, "note": note},
    )
    accreditation_check_later(user_id=trainee.pk, programme_id=programme.pk)
    return sign_off


def accreditation_check_later(*, user_id: int, programme_id: int) -> None:
    """Queue a check (after commit) that issues the certificate if everything is met."""
    from .tasks import certificate_issue_task

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
    from .pdf import certificate_pdf

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


# Lifecycle


def _record(certificate: Certificate, action: str, actor, reason: str) -> None:
    CertificateEvent.objects.create(
        certificate=certificate, action=action, actor=actor, reason=reason
    )


def _require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": _("Give a reason: it is kept in the history.")}
        )
    return reason


def _locked(certificate: Certificate) -> Certificate:
    return Certificate.objects.select_for_update().get(pk=certificate.pk)


@transaction.atomic
def certificate_suspend(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Suspend a valid certificate for now, with a reason."""
    reason = _require_reason(reason)
    certificate = _locked(certificate)
    if certificate.status != Certificate.Status.VALID:
        raise ValidationError(_("Only a valid certificate can be suspended."))
    certificate.status, certificate.status_reason = Certificate.Status.SUSPENDED, reason
    certificate.status_changed_at = timezone.now()
    certificate.save(update_fields=["status", "status_reason", "status_changed_at"])
    _record(certificate, CertificateEvent.Action.SUSPENDED, actor, reason)
    return certificate


@transaction.atomic
def certificate_reinstate(
    *, certificate: Certificate, actor, reason: str
) -> Certificate:
    """Lift a suspension."""
    reason = _require_reason(reason)
    certificate = _locked(certificate)
    if certificate.status != Certificate.Status.SUSPENDED:
        raise ValidationError(_("Only a suspended certificate can be reinstated."))
    certificate.status, certificate.status_reason = Certificate.Status.VALID, ""
    certificate.status_changed_at = timezone.now()
    certificate.save(update_fields=["status", "status_reason", "status_changed_at"])
    _record(certificate, CertificateEvent.Action.REINSTATED, actor, reason)
    return certificate


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Revoke for good. The certificate is kept, with its reason and history."""
    reason = _require_reason(reason)
    certificate = _locked(certificate)
    if certificate.status == Certificate.Status.REVOKED:
        raise ValidationError(_("This certificate is already revoked."))
    certificate.status, certificate.status_reason = Certificate.Status.REVOKED, reason
    certificate.status_changed_at = timezone.now()
    certificate.save(update_fields=["status", "status_reason", "status_changed_at"])
    _record(certificate, CertificateEvent.Action.REVOKED, actor, reason)
    return certificate


@transaction.atomic
def certificate_reissue(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Re-issue with the holder's current name from their profile; the number stays.

    Nobody types the name: a change of name is made on the person's profile (by
    them, or by an admin), so the certificate can only ever carry a name the holder's
    account holds.
    """
    reason = _require_reason(reason)
    certificate = _locked(certificate)
    if certificate.status == Certificate.Status.REVOKED:
        raise ValidationError(_("A revoked certificate cannot be re-issued."))
    if certificate.user is not None:
        certificate.name = certificate.user.name_for_certificate
    certificate.emailed_at = None
    certificate.save(update_fields=["name", "emailed_at"])
    _record(certificate, CertificateEvent.Action.REISSUED, actor, reason)
    certificate_email_later(certificate_id=certificate.pk)
    return certificate


def _extend(certificate: Certificate, *, months: int, actor, reason: str) -> None:
    """Move the expiry on: from the current expiry if it is still ahead, else today."""
    start = max(timezone.localdate(), certificate.expires_on or timezone.localdate())
    certificate.expires_on = add_months(start, months)
    certificate.save(update_fields=["expires_on"])
    _record(certificate, CertificateEvent.Action.RENEWED, actor, reason)


@transaction.atomic
def certificate_renew(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Renew by hand, once per renewal that is due (see selectors.renewal_refusal):
    after a refresher completion not yet used for a renewal, or (for a programme
    without a refresher) from 60 days before expiry. Renewals never stack."""
    reason = _require_reason(reason)
    certificate = _locked(certificate)
    rules = (
        selectors.rules_for(certificate.programme) if certificate.programme else None
    )
    refusal = selectors.renewal_refusal(certificate, rules)
    if refusal:
        raise ValidationError(refusal)
    _extend(certificate, months=rules.validity_months, actor=actor, reason=reason)
    return certificate


def certificate_refresher_check(*, user_id: int, programme_id: int) -> bool:
    """Renew the person's certificate if they have just finished the programme's
    refresher (once per completion; before or after expiry). True if renewed."""
    rules = (
        AccreditationRules.objects.filter(programme_id=programme_id)
        .select_related("refresher")
        .first()
    )
    if rules is None or rules.refresher is None or not rules.validity_months:
        return False
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update()
            .filter(
                user_id=user_id,
                programme_id=programme_id,
                kind=Certificate.Kind.PROGRAMME,
                status=Certificate.Status.VALID,  # expired ones renew too
            )
            .first()
        )
        if certificate is None or not selectors.refresher_done_since(
            user=certificate.user,
            module=rules.refresher,
            since=selectors.certificate_last_renewed(certificate),
        ):
            return False
        _extend(
            certificate,
            months=rules.validity_months,
            actor=None,
            reason=_("Completed the refresher “%s”.") % rules.refresher.title,
        )
        # The PDF shows the new expiry date: send the holder the renewed one.
        certificate.emailed_at = None
        certificate.save(update_fields=["emailed_at"])
        certificate_email_later(certificate_id=certificate.pk)
    return True


def certificate_email_later(*, certificate_id: int) -> None:
    """Queue the certificate's email (after commit); it is sent once at most."""
    from .tasks import certificate_email_task

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


# Expiry reminders


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


# Certificates for the short staff-awareness course: attendance and completion


def _organisation_with_branding(organisation_id: int | None):
    organisation = (
        Organisation.objects.filter(pk=organisation_id)
        .select_related("certificate_branding")
        .first()
    )
    branding = (
        getattr(organisation, "certificate_branding", None) if organisation else None
    )
    return organisation, branding


def _short_course_certificate_issue(
    *,
    user: User,
    kind: str,
    key: dict,
    title: str,
    description: str,
    criteria: str,
    day: datetime.date,
    minutes: int,
    organisation,
    branding,
    extra: dict | None = None,
) -> Certificate | None:
    """Issue one certificate for a short course, once: None if it already exists.

    One per person per course, however they completed it: someone who already has
    a certificate for the course (of completion or attendance) gets no second one.
    """
    course_id = key.get("course_id") or (extra or {}).get("course_id")
    if (
        course_id
        and Certificate.objects.filter(
            user=user,
            course_id=course_id,
            kind__in=[Certificate.Kind.ATTENDANCE, Certificate.Kind.COMPLETION],
        ).exists()
    ):
        return None
    with transaction.atomic():
        try:
            with transaction.atomic():
                certificate, created = Certificate.objects.get_or_create(
                    kind=kind,
                    user=user,
                    **key,
                    defaults={
                        "number": certificate_number_new(),
                        "token": verification_token_new(),
                        "name": user.name_for_certificate,
                        "title": title,
                        "description": description,
                        "criteria": criteria,
                        "achievement_type": "Course",
                        "organisation": organisation,
                        "organisation_name": (
                            organisation.name if organisation else "Alongside"
                        ),
                        "signatory_name": branding.signatory_name if branding else "",
                        "signatory_role": branding.signatory_role if branding else "",
                        "learning_hours": (Decimal(minutes) / Decimal(60)).quantize(
                            Decimal("0.1")
                        ),
                        "issued_on": day,
                        "held_on": day,
                        "duration_minutes": minutes,
                        **(extra or {}),
                    },
                )
        except IntegrityError:
            return None
        if not created:
            return None
        _record(certificate, CertificateEvent.Action.ISSUED, None, "")
        _announce_issue(certificate)
        certificate_email_later(certificate_id=certificate.pk)
        return certificate


def attendance_certificates_issue(
    *,
    session_id: int,
    attendee_ids: list[int],
    title: str,
    held_on: datetime.date,
    minutes: int,
    organisation_id: int | None,
    course_id: int | None = None,
) -> list[int]:
    """One attendance certificate per attendee of a live session, idempotently.

    Returns the ids of the certificates created now (none on a repeat).
    """
    organisation, branding = _organisation_with_branding(organisation_id)
    created_ids = []
    for user in User.objects.filter(pk__in=attendee_ids):
        certificate = _short_course_certificate_issue(
            user=user,
            kind=Certificate.Kind.ATTENDANCE,
            key={"session_id": session_id},
            extra={"course_id": course_id},
            title=title,
            description=_(
                "Attended a live staff-awareness session on "
                "working alongside perinatal peer supporters."
            ),
            criteria=_("Attendance at the whole live session."),
            day=held_on,
            minutes=minutes,
            organisation=organisation,
            branding=branding,
        )
        if certificate is not None:
            created_ids.append(certificate.pk)
    return created_ids


def completion_certificate_issue(
    *,
    user_id: int,
    course_id: int,
    title: str,
    completed_on: datetime.date,
    minutes: int,
    organisation_id: int | None,
) -> int | None:
    """A certificate of completion for someone who took a short course on their
    own, once per person and course. Returns its id, or None if it already existed
    (or the person has gone)."""
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return None
    organisation, branding = _organisation_with_branding(organisation_id)
    certificate = _short_course_certificate_issue(
        user=user,
        kind=Certificate.Kind.COMPLETION,
        key={"course_id": course_id},
        title=title,
        description=_(
            "Completed the self-paced staff-awareness course on working "
            "alongside perinatal peer supporters."
        ),
        criteria=_(
            "Every section of the course, for at least four fifths of its planned "
            "time, and a passed knowledge check."
        ),
        day=completed_on,
        minutes=minutes,
        organisation=organisation,
        branding=branding,
    )
    return certificate.pk if certificate else None


# NMC revalidation CPD ----------------------------------------------------------


@transaction.atomic
def cpd_reflection_save(
    *, user: User, source: str, record_id: int, **fields
) -> CpdReflection:
    """Save the person's own reflective account on one of their CPD entries."""
    reflection, _created = CpdReflection.objects.select_for_update().get_or_create(
        user=user, source=source, record_id=record_id
    )
    for name, value in fields.items():
        setattr(reflection, name, value.strip() if isinstance(value, str) else value)
    reflection.save()
    return reflection
