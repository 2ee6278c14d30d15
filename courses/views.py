"""Admin views for authored content."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from .forms import SignpostCheckForm
from .models import Signpost
from .selectors import review_due_items
from .services import signpost_check_record


class ReviewDueReportView(ReportView):
    """Modules whose live version has no approved review (or only one over a year
    old) and directory entries not verified within 12 months."""

    page_title = gettext_lazy("Modules and directory entries due for review")
    header_icon = "date"
    index_url_name = "courses_review_due"
    index_results_url_name = "courses_review_due_results"
    permission_policy = PagePermissionPolicy()
    permission_required = "change"
    list_export = ["kind", "title", "status", "since"]
    export_headings = {
        "kind": gettext_lazy("Kind"),
        "title": gettext_lazy("Title"),
        "status": gettext_lazy("Review"),
        "since": gettext_lazy("Last reviewed or verified"),
    }
    columns = [
        TitleColumn(
            "title", label=gettext_lazy("Title"), get_url=lambda item: item.edit_url
        ),
        Column("kind", label=gettext_lazy("Kind")),
        Column("status", label=gettext_lazy("Review")),
        DateColumn("since", label=gettext_lazy("Last reviewed or verified")),
    ]

    def get_filename(self):
        return "due-for-review"

    def get_queryset(self):
        return review_due_items()

    def get_index_url(self):
        return reverse(self.index_url_name)


class SignpostCheckView(View):
    """Record that the signed-in person checked a directory entry today."""

    def _signpost(self, request, pk) -> Signpost:
        if not ModelPermissionPolicy(Signpost).user_has_permission(
            request.user, "change"
        ):
            raise PermissionDenied
        signpost = Signpost.objects.filter(pk=pk).first()
        if signpost is None:
            raise Http404
        return signpost

    def _render(self, request, signpost, form, status=200):
        return TemplateResponse(
            request,
            "courses/admin/signpost_check.html",
            {
                "signpost": signpost,
                "form": form,
                "header_title": _("Record a check"),
                "edit_url": AdminURLFinder(request.user).get_edit_url(signpost),
            },
            status=status,
        )

    def get(self, request, pk):
        signpost = self._signpost(request, pk)
        form = SignpostCheckForm(
            initial={
                "phone_checked": signpost.phone,
                "website_checked": signpost.website,
            }
        )
        return self._render(request, signpost, form)

    def post(self, request, pk):
        signpost = self._signpost(request, pk)
        form = SignpostCheckForm(request.POST)
        if not form.is_valid():
            return self._render(request, signpost, form, status=400)
        signpost_check_record(
            signpost=signpost,
            user=request.user,
            phone_checked=form.cleaned_data["phone_checked"],
            website_checked=form.cleaned_data["website_checked"],
            notes=form.cleaned_data["notes"],
        )
        messages.success(
            request,
            _("Check recorded: %(name)s verified today.") % {"name": signpost.name},
        )
        return redirect(
            AdminURLFinder(request.user).get_edit_url(signpost)
            or reverse("courses_review_due")
        )
