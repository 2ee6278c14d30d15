"""A dashboard panel on the admin's home: modules due for review, among the pages
this person may edit."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.permission_policies.pages import PagePermissionPolicy

from alongside.dashboard_panels import TaskItem, TaskPanel

from .models import ModulePage
from .selectors import review_due_items

PANEL_ITEMS = 5


def review_due_panel(user) -> TaskPanel | None:
    """Modules with no approved review of their live version (or one over a year
    old) that this person may edit."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, ["change", "publish"]
    )
    module_ids = ModulePage.objects.filter(pk__in=editable.values("pk")).values_list(
        "pk", flat=True
    )
    urls = {reverse("wagtailadmin_pages:edit", args=[pk]) for pk in module_ids}
    if not urls:
        return None
    due = [item for item in review_due_items() if item.edit_url in urls]
    if not due:
        return None
    return TaskPanel(
        name="review-due",
        heading=_("Modules due for review"),
        summary=ngettext(
            "%d module you edit has no up-to-date clinical review.",
            "%d modules you edit have no up-to-date clinical review.",
            len(due),
        )
        % len(due),
        items=[
            TaskItem(
                item.title,
                item.edit_url,
                item.status + (f" ({item.since:%-d %B %Y})" if item.since else ""),
            )
            for item in due[:PANEL_ITEMS]
        ],
        more_url=reverse("courses_review_due"),
        more_label=_("See everything due for review"),
        order=40,
    )
