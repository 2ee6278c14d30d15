"""Admin views for authored content."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from .selectors import modules_due_for_review


class ReviewDueReportView(ReportView):
    """Modules whose content review is due within 30 days or overdue."""

    page_title = _("Modules due for review")
    header_icon = "date"
    index_url_name = "courses_review_due"
    index_results_url_name = "courses_review_due_results"
    permission_policy = PagePermissionPolicy()
    permission_required = "change"
    list_export = ["title", "code", "next_review", "last_reviewed", "reviewer_role"]
    export_headings = {
        "title": _("Module"),
        "code": _("Code"),
        "next_review": _("Next review due"),
        "last_reviewed": _("Last reviewed"),
        "reviewer_role": _("Reviewed by (role)"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Module"),
            url_name="wagtailadmin_pages:edit",
        ),
        Column("code", label=_("Code")),
        DateColumn("next_review", label=_("Next review due")),
        DateColumn("last_reviewed", label=_("Last reviewed")),
        Column("reviewer_role", label=_("Reviewed by (role)")),
    ]

    def get_filename(self):
        return "modules-due-for-review"

    def get_queryset(self):
        return modules_due_for_review()

    def get_index_url(self):
        return reverse(self.index_url_name)
