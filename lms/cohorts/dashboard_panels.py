"""The trainer's dashboard panels on the admin's home: work to mark and trainees
who may be stuck, each only for the cohorts this person trains or runs."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from alongside.dashboard_panels import TaskItem, TaskPanel
from assessments import selectors as assessment_selectors
from lms.marking import marking_learner_ids
from lms.roles import Role
from lms.selectors import user_has_role

from . import selectors

# Items listed in a panel; the whole list is a click away.
PANEL_ITEMS = 5
# Cohorts looked through for stuck trainees (each is a fixed number of queries).
STUCK_COHORTS = 20


def _days(moment) -> int:
    return max((timezone.now() - moment).days, 0)


def _waited(moment) -> str:
    days = _days(moment)
    if days == 0:
        return _("waiting since today")
    return ngettext("waiting %d day", "waiting %d days", days) % days


def work_to_mark_panel(user) -> TaskPanel | None:
    """Written answers and quiz essays waiting for this marker, oldest first."""
    if not (user.is_superuser or user_has_role(user, Role.TRAINER)):
        return None
    learner_ids = marking_learner_ids(user)
    submissions = assessment_selectors.submissions_awaiting_marking(
        learner_ids=learner_ids
    ).exclude(user=user)
    essays = assessment_selectors.essays_awaiting_marking(
        learner_ids=learner_ids
    ).exclude(user=user)
    work = [
        (
            s.submitted_at,
            s.user.full_name,
            s.scenario.title,
            reverse("lms_mark_submission", args=[s.pk]),
        )
        for s in submissions[:PANEL_ITEMS]
    ] + [
        (
            a.submitted_at,
            a.user.full_name,
            a.quiz.title,
            reverse("lms_mark_essays", args=[a.pk]),
        )
        for a in essays[:PANEL_ITEMS]
    ]
    total = submissions.count() + essays.count()
    if not total:
        return None
    work.sort(key=lambda w: w[0])
    oldest = _days(work[0][0])
    return TaskPanel(
        name="work-to-mark",
        heading=_("Work to mark"),
        summary=ngettext(
            "%(count)d piece of work is waiting; the oldest for %(days)d days.",
            "%(count)d pieces of work are waiting; the oldest for %(days)d days.",
            total,
        )
        % {"count": total, "days": oldest},
        items=[
            TaskItem(
                _("%(name)s: %(what)s") % {"name": name, "what": what},
                url,
                _waited(when),
            )
            for when, name, what, url in work[:PANEL_ITEMS]
        ],
        more_url=reverse("lms_marking_queue"),
        more_label=_("Open the marking queue"),
        order=10,
    )


def stuck_trainees_panel(user) -> TaskPanel | None:
    """Trainees overdue on a module or away for a fortnight, in this person's
    cohorts."""
    if not selectors.may_use_trainer_pages(user):
        return None
    items, total = [], 0
    for cohort in selectors.cohorts_for_user(user)[:STUCK_COHORTS]:
        book = selectors.gradebook(
            programme=cohort.programme,
            user_ids=selectors.cohort_trainee_ids(cohort),
            schedules=selectors.module_schedules(cohort),
        )
        for row in book.rows:
            if not row.stuck:
                continue
            total += 1
            if len(items) >= PANEL_ITEMS:
                continue
            if row.overdue:
                detail = _("a module is overdue")
            elif row.last_active_at:
                detail = _("last active %d days ago") % _days(row.last_active_at)
            else:
                detail = _("not started")
            items.append(
                TaskItem(
                    f"{row.name} ({cohort.name})",
                    reverse("trainer:trainee", args=[cohort.pk, row.user_id]),
                    detail,
                )
            )
    if not total:
        return None
    return TaskPanel(
        name="stuck-trainees",
        heading=_("Trainees who may be stuck"),
        summary=ngettext(
            "%d trainee is overdue on a module or has not been seen for 14 days.",
            "%d trainees are overdue on a module or have not been seen for 14 days.",
            total,
        )
        % total,
        items=items,
        more_url=reverse("trainer:cohort_list"),
        more_label=_("Go to your cohorts"),
        order=20,
    )
