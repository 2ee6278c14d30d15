"""Read-only queries: accreditation progress, the ledger and certificates."""

import datetime
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from assessments.models import (
    FreeTextScenarioPage,
    FreeTextSubmission,
    QuizAttempt,
    QuizPage,
    ScenarioAttempt,
    ScenarioPage,
)
from assessments.selectors import scenario_ids_with_alternatives
from courses.models import ProgrammePage
from lms.models import Cohort, Enrolment, Organisation, ReflectiveEntry, User
from lms.roles import Role
from lms.selectors import module_outline, programme_outline, user_has_role

from .models import (
    AccreditationRules,
    Certificate,
    CertificateEvent,
    LedgerEntry,
    LedgerEvent,
    TrainerSignOff,
    add_months,
)


@dataclass
class RequirementStatus:
    """One requirement and how far the trainee is with it, in plain words."""

    kind: str
    label: str
    met: bool
    detail: str = ""
    link_url: str = ""
    link_text: str = ""
    # The parts of a requirement (each module, each scenario), shown as a checklist.
    steps: list["RequirementStep"] = field(default_factory=list)


@dataclass
class RequirementStep:
    """One part of a requirement: a module or scenario, done or still to do."""

    label: str
    done: bool
    url: str = ""


@dataclass
class AccreditationProgress:
    """Every requirement of a programme's certificate and whether it is met."""

    programme: ProgrammePage
    rules: AccreditationRules
    requirements: list[RequirementStatus] = field(default_factory=list)

    @property
    def is_complete(self) -> bool:
        return all(r.met for r in self.requirements)

    @property
    def left(self) -> list[RequirementStatus]:
        return [r for r in self.requirements if not r.met]


def rules_for(programme) -> AccreditationRules | None:
    """The programme's accreditation rules, if a trainer has written them (with the
    issuing organisation and its branding, in one query)."""
    rules = (
        AccreditationRules.objects.filter(programme_id=programme.pk)
        .select_related("issuing_organisation__certificate_branding")
        .first()
    )
    if rules is not None:
        rules.programme = programme
    return rules


def _modules(user, programme, value, rules) -> RequirementStatus:
    outline = programme_outline(user=user, programme=programme)
    wanted = {page.pk for page in value["modules"] if page} or None
    modules = [
        m
        for m in outline.modules
        if (m.module.pk in wanted if wanted else m.module.pk != rules.refresher_id)
    ]
    unfinished = [m for m in modules if not m.is_complete]
    status = RequirementStatus(
        "modules_passed", _("Finish the modules and pass their quizzes"), False
    )
    if not unfinished:
        status.met = True
        status.detail = _("Done: every module is finished and its quizzes passed.")
        return status
    status.detail = ngettext(
        "%(count)d module of %(total)d still to finish.",
        "%(count)d modules of %(total)d still to finish.",
        len(unfinished),
    ) % {"count": len(unfinished), "total": len(modules)}
    status.steps = [
        RequirementStep(
            label=m.module.title,
            done=m.is_complete,
            url="" if m.is_complete else ((m.next_lesson or m.module).url or ""),
        )
        for m in modules
    ]
    first = unfinished[0]
    target = first.next_lesson or first.module
    status.link_url = target.url or ""
    status.link_text = _("Go to %s") % first.module.title
    return status


def _scenarios(user, programme, value, rules) -> RequirementStatus:
    chosen = [page.specific for page in value["scenarios"] if page]
    if not chosen:
        # Every scenario in the programme, but not the refresher's, and not the
        # alternatives a trainee may take instead of a distressing one.
        skip = rules.refresher.path if rules.refresher_id else None
        pages = [
            page
            for model in (ScenarioPage, FreeTextScenarioPage)
            for page in model.objects.live().descendant_of(programme).order_by("path")
            if not (skip and page.path.startswith(skip))
        ]
        live = {page.pk for page in pages}
        chosen = [
            page
            for page in pages
            if getattr(page, "alternative_to_id", None) not in live
        ]
    # Passing a scenario's alternative counts as passing the scenario.
    counts_for = scenario_ids_with_alternatives([page.pk for page in chosen])
    ids = set().union(*counts_for.values())
    passed_ids = set(
        ScenarioAttempt.objects.filter(
            user=user, scenario_id__in=ids, passed=True
        ).values_list("scenario_id", flat=True)
    ) | set(
        FreeTextSubmission.objects.filter(
            user=user, scenario_id__in=ids, passed=True
        ).values_list("scenario_id", flat=True)
    )
    passed = {pk for pk, either in counts_for.items() if either & passed_ids}
    left = [page for page in chosen if page.pk not in passed]
    status = RequirementStatus("scenarios_passed", _("Pass the scenarios"), not left)
    if not left:
        status.detail = _("Done: every scenario is passed.")
        return status
    status.detail = ngettext(
        "%(count)d scenario of %(total)d still to pass.",
        "%(count)d scenarios of %(total)d still to pass.",
        len(left),
    ) % {"count": len(left), "total": len(chosen)}
    status.steps = [
        RequirementStep(
            label=page.title,
            done=page.pk in passed,
            url="" if page.pk in passed else (page.url or ""),
        )
        for page in chosen
    ]
    status.link_url = left[0].url or ""
    status.link_text = _("Go to %s") % left[0].title
    return status


def countersigned_entries(*, user, programme) -> QuerySet[LedgerEntry]:
    """The trainee's countersigned ledger entries on a programme."""
    return LedgerEntry.objects.filter(
        trainee=user, programme=programme, status=LedgerEntry.Status.COUNTERSIGNED
    )


def _hours_text(hours: Decimal) -> str:
    return f"{hours.normalize():f}" if hours else "0"


def _practice(user, programme, value, rules) -> RequirementStatus:
    needed = Decimal(value["hours"] or 0)
    entries = countersigned_entries(user=user, programme=programme).filter(
        kind=LedgerEntry.Kind.PRACTICE
    )
    months = value.get("within_months")
    if months:
        since = add_months(timezone.localdate(), -months)
        entries = entries.filter(date__gte=since)
    done = entries.aggregate(total=Sum("hours"))["total"] or Decimal(0)
    status = RequirementStatus(
        "practice_hours",
        _("Log %s hours of supervised practice") % _hours_text(needed),
        done >= needed,
    )
    window = (
        ngettext(" in the last %d month", " in the last %d months", months) % months
        if months
        else ""
    )
    status.detail = _("%(done)s of %(needed)s hours countersigned%(window)s.") % {
        "done": _hours_text(done),
        "needed": _hours_text(needed),
        "window": window,
    }
    pending, _entries = ledger_pending(
        user=user, programme=programme, kind=LedgerEntry.Kind.PRACTICE
    )
    if pending:
        status.detail += " " + ngettext(
            "%s more hour is waiting for your supervisor to countersign.",
            "%s more hours are waiting for your supervisor to countersign.",
            1 if pending == 1 else 2,
        ) % _hours_text(pending)
    if not status.met:
        status.link_url = reverse("certificates:ledger")
        status.link_text = _("Record practice")
    return status


def _supervision(user, programme, value, rules) -> RequirementStatus:
    needed = value["sessions"] or 0
    sessions = countersigned_entries(user=user, programme=programme).filter(
        kind=LedgerEntry.Kind.SUPERVISION
    )
    rows = list(sessions.values_list("covered_wellbeing", flat=True))
    wellbeing_ok = not value.get("wellbeing_required") or any(rows)
    status = RequirementStatus(
        "supervision_sessions",
        ngettext("Have %d supervision session", "Have %d supervision sessions", needed)
        % needed,
        len(rows) >= needed and wellbeing_ok,
    )
    status.detail = _("%(done)d of %(needed)d sessions countersigned.") % {
        "done": len(rows),
        "needed": needed,
    }
    _hours, waiting = ledger_pending(
        user=user, programme=programme, kind=LedgerEntry.Kind.SUPERVISION
    )
    if waiting:
        status.detail += (
            " "
            + ngettext(
                "%d more session is waiting for your supervisor to countersign.",
                "%d more sessions are waiting for your supervisor to countersign.",
                waiting,
            )
            % waiting
        )
    if not wellbeing_ok:
        status.detail += " " + _(
            "At least one session needs to cover how you are looking after yourself."
        )
    if not status.met:
        status.link_url = reverse("certificates:ledger")
        status.link_text = _("Record a supervision session")
    return status


def _reflections(user, programme, value, rules) -> RequirementStatus:
    needed = value["entries"] or 0
    # Counted, never read.
    done = ReflectiveEntry.objects.filter(owner=user, is_draft=False).count()
    status = RequirementStatus(
        "reflections",
        ngettext(
            "Write %d reflective log entry", "Write %d reflective log entries", needed
        )
        % needed,
        done >= needed,
        _("%(done)d of %(needed)d written. Nobody reads them: only the number counts.")
        % {"done": min(done, needed), "needed": needed},
    )
    if not status.met:
        status.link_url = reverse("lms:reflection_create")
        status.link_text = _("Write in your reflective log")
    return status


def _sign_off(user, programme, value, rules) -> RequirementStatus:
    signed = TrainerSignOff.objects.filter(trainee=user, programme=programme).exists()
    status = RequirementStatus(
        "trainer_sign_off", _("Final sign-off from your trainer"), signed
    )
    if signed:
        status.detail = _("Done: your trainer has signed you off.")
    else:
        status.detail = value.get("note") or _(
            "Your trainer signs you off when they agree you are ready."
        )
    return status


_CHECKS = {
    "modules_passed": _modules,
    "scenarios_passed": _scenarios,
    "practice_hours": _practice,
    "supervision_sessions": _supervision,
    "reflections": _reflections,
    "trainer_sign_off": _sign_off,
}


def accreditation_progress(
    user, programme, rules: AccreditationRules | None = None
) -> AccreditationProgress | None:
    """Each requirement of the programme's certificate, met or not, in plain words."""
    rules = rules or rules_for(programme)
    if rules is None:
        return None
    progress = AccreditationProgress(programme=programme, rules=rules)
    for block in rules.requirements:
        check = _CHECKS.get(block.block_type)
        if check is not None:
            progress.requirements.append(check(user, programme, block.value, rules))
    return progress


# Refreshers


def refresher_activity_ids(module) -> list[int]:
    """The live quizzes and scenarios in a refresher module."""
    return [
        pk
        for model in (QuizPage, ScenarioPage, FreeTextScenarioPage)
        for pk in model.objects.live()
        .descendant_of(module)
        .values_list("pk", flat=True)
    ]


def refresher_done_since(*, user, module, since: datetime.datetime) -> bool:
    """Whether the person has finished the refresher module's lessons and passed every
    quiz and scenario in it again after ``since`` (the last issue or renewal)."""
    activity_ids = refresher_activity_ids(module)
    if not activity_ids:
        return False
    if not module_outline(user=user, module=module).progress.is_complete:
        return False
    passed = (
        set(
            QuizAttempt.objects.filter(
                user=user, quiz_id__in=activity_ids, passed=True, graded_at__gt=since
            ).values_list("quiz_id", flat=True)
        )
        | set(
            ScenarioAttempt.objects.filter(
                user=user,
                scenario_id__in=activity_ids,
                passed=True,
                finished_at__gt=since,
            ).values_list("scenario_id", flat=True)
        )
        | set(
            FreeTextSubmission.objects.filter(
                user=user,
                scenario_id__in=activity_ids,
                passed=True,
                marked_at__gt=since,
            ).values_list("scenario_id", flat=True)
        )
    )
    return passed >= set(activity_ids)


def certificate_last_renewed(certificate: Certificate) -> datetime.datetime:
    """When the certificate was last issued or renewed (a refresher must come after)."""
    event = (
        certificate.events.filter(
            action__in=[CertificateEvent.Action.ISSUED, CertificateEvent.Action.RENEWED]
        )
        .order_by("-at")
        .first()
    )
    return event.at if event else certificate.created_at


# A programme without a refresher may be renewed by hand from this many days before
# its certificate expires (the first expiry reminder goes out then).
RENEWAL_OPENS_DAYS = 60


def _day(date: datetime.date) -> str:
    return f"{date.day} {date:%B %Y}"


def renewal_refusal(certificate: Certificate, rules) -> str | None:
    """Why the certificate cannot be renewed by hand now, or None if it can.

    A renewal is earned once: by a refresher completed since the last issue or
    renewal, or (when the programme has no refresher) by coming within
    RENEWAL_OPENS_DAYS of expiry. So renewals never stack.
    """
    if certificate.status == Certificate.Status.REVOKED:
        return _("A revoked certificate cannot be renewed.")
    if rules is None or not rules.validity_months or not certificate.expires_on:
        return _("This certificate does not expire.")
    if rules.refresher_id:
        since = certificate_last_renewed(certificate)
        if certificate.user is None or not refresher_done_since(
            user=certificate.user, module=rules.refresher, since=since
        ):
            return _(
                "It is renewed when the holder completes the refresher “%(title)s”, "
                "and they have not completed it since %(date)s."
            ) % {
                "title": rules.refresher.title,
                "date": _day(timezone.localtime(since)),
            }
        return None
    opens = certificate.expires_on - datetime.timedelta(days=RENEWAL_OPENS_DAYS)
    if timezone.localdate() < opens:
        return _(
            "It is valid until %(expires)s. Renewal opens %(days)d days before that, "
            "on %(opens)s."
        ) % {
            "expires": _day(certificate.expires_on),
            "days": RENEWAL_OPENS_DAYS,
            "opens": _day(opens),
        }
    return None


def certificate_for(*, user, programme) -> Certificate | None:
    """The person's programme certificate, whatever its state."""
    return Certificate.objects.filter(
        user=user, programme=programme, kind=Certificate.Kind.PROGRAMME
    ).first()


def certificates_of(user) -> QuerySet[Certificate]:
    """Every certificate the person holds, newest first."""
    return Certificate.objects.filter(user=user)


_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_-]+")


def certificate_by_token(token: str) -> Certificate | None:
    """The certificate whose verification token this is, or None for anything else."""
    # Tokens are URL-safe base64; anything else (a NUL byte, say, which PostgreSQL
    # refuses in a query) cannot be one.
    if not token or len(token) > 64 or not _TOKEN_CHARS.fullmatch(token):
        return None
    return Certificate.objects.filter(token=token).first()


def _name_words(text: str) -> list[str]:
    """A name as words to compare: case, accents and apostrophe styles forgiven."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").casefold()
    return text.replace("-", " ").split()


def certificate_holder_name_matches(certificate: Certificate, typed: str) -> bool:
    """True if what was typed is the holder's surname, or ends with it (a full name
    where the surname was asked, or a surname of several words such as "van der
    Berg")."""
    typed_words = _name_words(typed)
    name_words = _name_words(certificate.name)
    if not typed_words or not name_words:
        return False
    return typed_words[-1] == name_words[-1]


def certificate_by_number_and_surname(number: str, surname: str) -> Certificate | None:
    """The certificate with this number, if the surname (or full name) matches too."""
    number = (number or "").strip().upper()
    if not number or not (surname or "").strip():
        return None
    certificate = Certificate.objects.filter(number=number).first()
    if certificate and certificate_holder_name_matches(certificate, surname):
        return certificate
    return None


def certificate_history(certificate: Certificate):
    """The certificate's dated status history, oldest first."""
    return certificate.events.all()


# The ledger


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
    from .services import LEDGER_UNDO_WINDOW

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


def certificates_apply_to(user) -> bool:
    """Whether someone holds a certificate or takes a programme that awards one."""
    return (
        Certificate.objects.filter(user=user).exists()
        or Enrolment.objects.filter(
            user=user, programme__accreditation__isnull=False
        ).exists()
    )


def is_supervisor(user) -> bool:
    return user_has_role(user, Role.SUPERVISOR)


# Trainers and organisation admins


def certificate_manager_cohorts(user) -> QuerySet[Cohort]:
    """Cohorts whose certificates this person may manage."""
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(
        Q(trainers=user) | Q(organisation__admins=user)
    ).distinct()


def can_manage_certificates(user) -> bool:
    """Trainers, organisation admins and site admins."""
    return user.is_authenticated and (
        user.is_superuser
        or user_has_role(user, Role.TRAINER)
        or user_has_role(user, Role.ORGANISATION_ADMIN)
    )


def certificates_managed_by(user) -> QuerySet[Certificate]:
    """Certificates this person may suspend, revoke, re-issue or renew."""
    qs = Certificate.objects.select_related("user", "programme")
    if user.is_superuser:
        return qs
    cohorts = certificate_manager_cohorts(user)
    learner_ids = Enrolment.objects.filter(cohort__in=cohorts).values("user_id")
    organisations = user.administered_organisations.values("pk")
    return qs.filter(
        Q(user_id__in=learner_ids) | Q(organisation_id__in=organisations)
    ).exclude(user=user)


def issuing_organisations_for(user) -> QuerySet[Organisation]:
    """Organisations a trainer or organisation admin may name as a certificate's
    issuer: those they run, or whose cohorts they train."""
    return Organisation.objects.filter(
        Q(admins=user) | Q(cohorts__trainers=user)
    ).distinct()


def can_change_status(user, certificate: Certificate) -> bool:
    """Suspending, reinstating and revoking are for the admins of the organisation
    that issued the certificate or runs the holder's cohort (and site admins)."""
    if user.is_superuser:
        return True
    if not user_has_role(user, Role.ORGANISATION_ADMIN):
        return False
    organisations = user.administered_organisations.values("pk")
    if certificate.organisation_id in {o["pk"] for o in organisations}:
        return True
    return Enrolment.objects.filter(
        user_id=certificate.user_id, cohort__organisation__in=organisations
    ).exists()


def certificate_status_actions(certificate: Certificate) -> list[str]:
    """The changes of status that apply to the certificate now, in the order offered."""
    return {
        Certificate.Status.VALID: ["suspend", "revoke"],
        Certificate.Status.SUSPENDED: ["reinstate", "revoke"],
    }.get(certificate.status, [])


def cohort_certificate_counts(cohort: Cohort) -> tuple[int, int]:
    """(trainees holding the programme's certificate, trainees) in a cohort."""
    trainees = cohort_trainees(cohort)
    issued = Certificate.objects.filter(
        user__in=trainees,
        programme_id=cohort.programme_id,
        kind=Certificate.Kind.PROGRAMME,
    ).count()
    return issued, trainees.count()


def cohort_trainees(cohort: Cohort) -> QuerySet[User]:
    return User.objects.filter(enrolments__cohort=cohort).order_by("full_name")


def expiring_between(start: datetime.date, end: datetime.date):
    """Valid certificates whose expiry falls in [start, end]."""
    return Certificate.objects.filter(
        status=Certificate.Status.VALID,
        expires_on__gte=start,
        expires_on__lte=end,
        user__isnull=False,
    ).select_related("user")


# Gradebook facts: one query each.


def certificate_states(user_ids, programme) -> dict[int, str]:
    """Certificate state per user for a programme ("" when none)."""
    found = {
        c.user_id: str(c.state_label)
        for c in Certificate.objects.filter(
            user_id__in=list(user_ids),
            programme=programme,
            kind=Certificate.Kind.PROGRAMME,
        ).only("user_id", "status", "expires_on")
    }
    return {uid: found.get(uid, "") for uid in user_ids}


def practice_hours(user_ids, programme) -> dict[int, Decimal]:
    """Countersigned practice hours per user on a programme."""
    rows = dict(
        LedgerEntry.objects.filter(
            trainee_id__in=list(user_ids),
            programme=programme,
            kind=LedgerEntry.Kind.PRACTICE,
            status=LedgerEntry.Status.COUNTERSIGNED,
        )
        .values("trainee_id")
        .annotate(total=Sum("hours"))
        .values_list("trainee_id", "total")
    )
    return {uid: rows.get(uid, Decimal(0)) for uid in user_ids}
