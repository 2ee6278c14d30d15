"""How far someone is towards a programme's certificate; refreshers and renewal."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import QuerySet, Sum
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
from lms.models import ReflectiveEntry
from lms.selectors import module_outline, programme_outline

from ..models import (
    AccreditationRules,
    Certificate,
    CertificateEvent,
    LedgerEntry,
    TrainerSignOff,
    add_months,
)
from .ledger import ledger_pending


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


# Cheapest first: the sign-off is one query, the modules' outline a dozen or more.
_CHEAPEST_FIRST = (
    "trainer_sign_off",
    "reflections",
    "supervision_sessions",
    "practice_hours",
    "scenarios_passed",
    "modules_passed",
)


def accreditation_complete(user, programme, rules: AccreditationRules) -> bool:
    """Whether every requirement is met, checking the cheapest first and stopping
    at the first one that is not (for lists of trainees, where most are still on
    their way)."""
    blocks = sorted(
        (block for block in rules.requirements if block.block_type in _CHECKS),
        key=lambda block: _CHEAPEST_FIRST.index(block.block_type),
    )
    return all(
        _CHECKS[block.block_type](user, programme, block.value, rules).met
        for block in blocks
    )


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
