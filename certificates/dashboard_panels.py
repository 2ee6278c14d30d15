"""Dashboard panels on the admin's home: practice entries waiting to be
countersigned and certificates ready to issue, in the cohorts this person manages."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from alongside.dashboard_panels import TaskItem, TaskPanel

from . import selectors

PANEL_ITEMS = 5
# Cohorts looked through (each costs a few queries per trainee for readiness).
PANEL_COHORTS = 20


def countersign_panel(user) -> TaskPanel | None:
    """Entries waiting for a supervisor: the person's own queue, and their
    cohorts' trainees' entries (to follow up with the supervisor)."""
    items, total = [], 0
    own = selectors.ledger_awaiting_countersign(supervisor=user)
    own_count = own.count()
    if own_count:
        total += own_count
        items.append(
            TaskItem(
                _("Your countersigning queue"),
                reverse("certificates:countersign_queue"),
                ngettext("%d entry", "%d entries", own_count) % own_count,
            )
        )
    if selectors.can_manage_certificates(user):
        for cohort in selectors.certificate_manager_cohorts(user)[:PANEL_COHORTS]:
            waiting = list(selectors.cohort_entries_awaiting_countersign(cohort))
            if not waiting:
                continue
            total += len(waiting)
            days = max((timezone.now() - waiting[0].created_at).days, 0)
            items.append(
                TaskItem(
                    cohort.name,
                    reverse("certificates_admin_cohort", args=[cohort.pk]),
                    ngettext(
                        "%(count)d entry; the oldest waiting %(days)d days",
                        "%(count)d entries; the oldest waiting %(days)d days",
                        len(waiting),
                    )
                    % {"count": len(waiting), "days": days},
                )
            )
    if not total:
        return None
    return TaskPanel(
        name="awaiting-countersign",
        heading=_("Practice entries waiting to be countersigned"),
        summary=ngettext(
            "%d practice or supervision entry waits for its supervisor.",
            "%d practice or supervision entries wait for their supervisors.",
            total,
        )
        % total,
        items=items[:PANEL_ITEMS],
        order=30,
    )


def certificates_ready_panel(user) -> TaskPanel | None:
    """Cohorts with trainees who have met every requirement and hold no
    certificate yet."""
    if not selectors.can_manage_certificates(user):
        return None
    items, total = [], 0
    for cohort in selectors.certificate_manager_cohorts(user).select_related(
        "programme"
    )[:PANEL_COHORTS]:
        ready = selectors.cohort_ready_for_certificates(cohort)
        if not ready:
            continue
        total += ready
        items.append(
            TaskItem(
                cohort.name,
                reverse("certificates_admin_cohort", args=[cohort.pk]),
                ngettext("%d trainee ready", "%d trainees ready", ready) % ready,
            )
        )
    if not total:
        return None
    return TaskPanel(
        name="certificates-ready",
        heading=_("Certificates ready to issue"),
        summary=ngettext(
            "%d trainee has met every requirement and has no certificate yet.",
            "%d trainees have met every requirement and have no certificate yet.",
            total,
        )
        % total,
        items=items[:PANEL_ITEMS],
        more_url=reverse("certificates_admin_list"),
        more_label=_("Go to certificates"),
        order=50,
    )
