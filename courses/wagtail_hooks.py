"""Admin wiring for authored content: the directory and the review-due report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Signpost
from .views import ReviewDueReportView


class SignpostViewSet(SnippetViewSet):
    """The signposting directory, edited by trainers and organisation admins."""

    model = Signpost
    icon = "site"
    menu_label = _("Signposting directory")
    menu_order = 300
    add_to_admin_menu = True
    list_display = [
        "name",
        "category",
        "phone",
        BooleanColumn("is_crisis", label=_("In support panel")),
        Column("last_checked_label", label=_("Last checked")),
        BooleanColumn("needs_checking", label=_("Needs checking")),
    ]
    list_filter = ["category", "is_crisis"]
    search_fields = ["name", "purpose"]


register_snippet(SignpostViewSet)


@hooks.register("register_admin_urls")
def review_due_urls():
    return [
        path(
            "reports/review-due/",
            ReviewDueReportView.as_view(),
            name="courses_review_due",
        ),
        path(
            "reports/review-due/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="courses_review_due_results",
        ),
    ]


class _PageEditorMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def review_due_menu_item():
    return _PageEditorMenuItem(
        _("Modules due for review"),
        reverse("courses_review_due"),
        name="review-due",
        icon_name="date",
        order=650,
    )
