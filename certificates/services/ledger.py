"""The practice and supervision ledger: entries, countersigning, returning and undo."""

import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from alongside import signals
from courses.models import ProgrammePage
from lms.models import User

from .. import selectors
from ..models import (
    LedgerEntry,
    LedgerEvent,
    TrainerSignOff,
)
from .issuing import accreditation_check_later


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
