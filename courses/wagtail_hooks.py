"""Admin wiring for authored content: the directory and the review-due report."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContentReview, ModulePage, ReviewOutcome, Signpost
from .selectors import module_needs_clinical_review, signposts_with_checks
from .views import ReviewDueReportView, SignpostCheckView


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

    def get_queryset(self, request):
        # "Last checked" comes from each entry's verification records.
        return signposts_with_checks()


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
        path(
            "signposts/<id:pk>/check/",
            SignpostCheckView.as_view(),
            name="courses_signpost_check",
        ),
    ]


@hooks.register("before_publish_page")
def clinical_module_waits_for_review(request, page):
    """A clinical module is published by its workflow, never from the editor.

    The Publish button is already gone for a module saved as clinical; this catches
    a new module, or one ticked as clinical in the same edit, and keeps it as a draft.
    """
    specific = getattr(page, "specific", page)
    if not isinstance(specific, ModulePage):
        return None
    if not module_needs_clinical_review(specific):
        return None
    revision = specific.get_latest_revision()
    if ContentReview.objects.filter(
        module_id=specific.pk, revision=revision, outcome=ReviewOutcome.APPROVED
    ).exists():
        return None
    match = getattr(request, "resolver_match", None)
    if match is not None and match.view_name == "wagtailadmin_pages:add":
        # Wagtail's create view adds the page as live before publishing it; keep it
        # a draft (an existing page's live version is left as it was).
        ModulePage.objects.filter(pk=specific.pk).update(
            live=False, has_unpublished_changes=True
        )
    messages.warning(
        request,
        gettext(
            "'%(title)s' is clinical content, so it was saved as a draft, not "
            "published. Submit it to Clinical review: it is published when a "
            "clinical reviewer approves it."
        )
        % {"title": specific.title},
    )
    return redirect("wagtailadmin_pages:edit", specific.pk)


class _PageEditorMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def review_due_menu_item():
    return _PageEditorMenuItem(
        _("Due for review"),
        reverse("courses_review_due"),
        name="review-due",
        icon_name="date",
        order=650,
    )


@hooks.register("construct_homepage_panels")
def review_due_dashboard_panel(request, panels):
    """Modules due for review, for people who edit them."""
    from .dashboard_panels import review_due_panel

    panel = review_due_panel(request.user)
    if panel is not None:
        panels.append(panel)
