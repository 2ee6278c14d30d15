"""The practice ledger, for trainees and for their supervisors."""

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from courses.models import ProgrammePage
from lms.models import Enrolment, Organisation, User
from lms.roles import Role
from lms.selectors import user_has_role

from ..models import (
    Certificate,
    LedgerEntry,
    LedgerEvent,
)


def ledger_for_trainee(*, user) -> QuerySet[LedgerEntry]:
    """The trainee's own ledger entries, newest first."""
    return LedgerEntry.objects.filter(trainee=user).select_related(
        "supervisor", "programme"
    )


def ledger_entry_for_trainee(*, user, pk: int) -> LedgerEntry | None:
    """One of the trainee's own entries, never someone else's."""
    return (
        LedgerEntry.objects.filter(trainee=user, pk=pk)
        .select_related("supervisor", "programme")
        .first()
    )


def ledger_awaiting_countersign(*, supervisor) -> QuerySet[LedgerEntry]:
    """Entries naming this supervisor that wait for them, oldest first."""
    return (
        LedgerEntry.objects.filter(
            supervisor=supervisor, status=LedgerEntry.Status.AWAITING
        )
        .exclude(trainee=supervisor)
        .select_related("trainee", "programme")
        .order_by("date", "pk")
    )


@dataclass(frozen=True)
class SupervisedTrainee:
    """A trainee who named this supervisor, with their hours so far."""

    user_id: int
    name: str
    email: str
    countersigned_hours: Decimal
    pending_hours: Decimal
    pending_entries: int
    returned_entries: int


def supervisor_trainees(*, supervisor) -> list[SupervisedTrainee]:
    """Everyone who named this supervisor on an entry, with their countersigned and
    pending hours (on entries naming this supervisor), by name."""
    Status = LedgerEntry.Status
    rows = (
        LedgerEntry.objects.filter(supervisor=supervisor)
        .exclude(trainee=supervisor)
        .values("trainee_id", "trainee__full_name", "trainee__email")
        .annotate(
            countersigned=Sum("hours", filter=Q(status=Status.COUNTERSIGNED)),
            pending=Sum("hours", filter=Q(status=Status.AWAITING)),
            pending_count=Count("pk", filter=Q(status=Status.AWAITING)),
            returned_count=Count("pk", filter=Q(status=Status.RETURNED)),
        )
    )
    trainees = [
        SupervisedTrainee(
            user_id=row["trainee_id"],
            name=row["trainee__full_name"] or row["trainee__email"],
            email=row["trainee__email"],
            countersigned_hours=row["countersigned"] or Decimal(0),
            pending_hours=row["pending"] or Decimal(0),
            pending_entries=row["pending_count"],
            returned_entries=row["returned_count"],
        )
        for row in rows
    ]
    return sorted(trainees, key=lambda trainee: trainee.name.casefold())


def supervisor_decisions(*, supervisor) -> QuerySet[LedgerEvent]:
    """What this supervisor countersigned, returned or took back, newest first."""
    return (
        LedgerEvent.objects.filter(
            actor=supervisor,
            entry__supervisor=supervisor,
            action__in=[
                LedgerEvent.Action.COUNTERSIGNED,
                LedgerEvent.Action.RETURNED,
                LedgerEvent.Action.UNDONE,
            ],
        )
        .exclude(entry__trainee=supervisor)
        .select_related("entry__trainee", "entry__programme")
        .order_by("-at", "-pk")
    )


def ledger_decision_undoable(*, entry: LedgerEntry, supervisor) -> bool:
    """True while the supervisor may take back their last decision on the entry:
    within the undo window, nothing has happened to the entry since, and (for a
    countersignature) no certificate has been issued on the strength of it."""
    from ..services import LEDGER_UNDO_WINDOW

    if entry.status not in (
        LedgerEntry.Status.COUNTERSIGNED,
        LedgerEntry.Status.RETURNED,
    ):
        return False
    last = entry.events.order_by("-at", "-pk").first()
    if (
        last is None
        or last.actor_id != supervisor.pk
        or last.action != entry.status
        or timezone.now() - last.at > LEDGER_UNDO_WINDOW
    ):
        return False
    if entry.status == LedgerEntry.Status.COUNTERSIGNED:
        return not Certificate.objects.filter(
            user_id=entry.trainee_id,
            programme_id=entry.programme_id,
            created_at__gte=last.at,
        ).exists()
    return True


def ledger_entry_for_supervisor(*, supervisor, pk: int) -> LedgerEntry | None:
    """An entry this supervisor was named on (never their own)."""
    return (
        LedgerEntry.objects.filter(supervisor=supervisor, pk=pk)
        .exclude(trainee=supervisor)
        .select_related("trainee", "programme")
        .first()
    )


def ledger_programmes(*, user) -> QuerySet[ProgrammePage]:
    """Programmes the trainee is enrolled on, for the ledger form."""
    return ProgrammePage.objects.filter(enrolments__user=user).order_by("title")


def ledger_supervisor_candidates(*, user) -> QuerySet[User]:
    """Supervisors the trainee may name, never the trainee themselves: those of their
    cohorts and, for anyone (a trainee who enrolled themselves, say), those their
    organisations offer: the supervisors of its cohorts and its members who hold the
    supervisor role."""
    cohort_ids = Enrolment.objects.filter(user=user, cohort__isnull=False).values(
        "cohort_id"
    )
    organisation_ids = user.organisations.values("pk")
    offered = Q(cohorts_supervising__in=cohort_ids) | Q(
        cohorts_supervising__organisation__in=organisation_ids
    )
    members = Q(organisations__in=organisation_ids, groups__name=Role.SUPERVISOR)
    return (
        User.objects.filter(offered | members, is_active=True)
        .exclude(pk=user.pk)
        .distinct()
        .order_by("full_name")
    )


@dataclass
class SupervisorHelp:
    """Who will assign a supervisor, for a trainee who has none to choose."""

    organisations: list[Organisation]

    @property
    def has_organisation(self) -> bool:
        return bool(self.organisations)


def ledger_supervisor_help(*, user) -> SupervisorHelp:
    """The organisations (with their support contact) that assign the trainee's
    supervisor: those of their cohorts and those they belong to."""
    organisations = Organisation.objects.filter(
        Q(cohorts__enrolments__user=user) | Q(members=user)
    ).distinct()
    return SupervisorHelp(organisations=list(organisations.order_by("name")))


def ledger_entry_fingerprint(entry: LedgerEntry) -> str:
    """A short hash of what the supervisor is shown of an entry: if the trainee
    changes any of it, the fingerprint changes."""
    shown = {
        "kind": entry.kind,
        "programme": entry.programme_id,
        "date": entry.date.isoformat(),
        "hours": str(entry.hours),
        "activity": entry.activity,
        "covered_wellbeing": entry.covered_wellbeing,
    }
    text = json.dumps(shown, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def ledger_pending(*, user, programme, kind: str) -> tuple[Decimal, int]:
    """(hours, entries) of a kind waiting for the supervisor to countersign."""
    totals = LedgerEntry.objects.filter(
        trainee=user, programme=programme, kind=kind, status=LedgerEntry.Status.AWAITING
    ).aggregate(hours=Sum("hours"), entries=Count("pk"))
    return totals["hours"] or Decimal(0), totals["entries"]


def practice_applies_to(user) -> bool:
    """Whether someone has practice to record or countersign: they take a programme,
    have entries, or supervise."""
    return (
        Enrolment.objects.filter(user=user).exists()
        or LedgerEntry.objects.filter(Q(trainee=user) | Q(supervisor=user)).exists()
        or is_supervisor(user)
    )


def is_supervisor(user) -> bool:
    return user_has_role(user, Role.SUPERVISOR)
