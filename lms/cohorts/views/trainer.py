"""A trainer's cohorts in the Wagtail admin: list, create, overview, module dates
and invitations."""

import datetime

from django.contrib import messages
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms.models import Organisation

from .. import selectors, services
from ..forms import (
    CohortCreateForm,
    InviteCsvForm,
    InviteForm,
)


class TrainerView(WagtailAdminTemplateMixin, View):
    """Trainers, organisation admins and site admins only; cohorts scoped to them.

    Served inside the Wagtail admin (``CohortsViewSet``), whose own check sends
    people without admin access to sign in; anyone else who is not a trainer gets
    a 403 here (not the admin's redirect), and a cohort not theirs a 404.
    """

    header_icon = "table"
    page_title = ""

    def dispatch(self, request, *args, **kwargs):
        if not selectors.may_use_trainer_pages(request.user):
            return TemplateResponse(
                request,
                "cohorts/admin/forbidden.html",
                self.get_context_data(page_title=_("Not for you")),
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)

    def cohort(self, pk):
        return selectors.cohort_get_for_user(user=self.request.user, pk=pk)

    def get_breadcrumbs_items(self):
        items = [
            *self.breadcrumbs_items,
            {"url": reverse("trainer:cohort_list"), "label": _("Cohorts")},
        ]
        cohort = getattr(self, "current_cohort", None)
        if cohort is not None:
            items.append(
                {
                    "url": reverse("trainer:cohort_overview", args=[cohort.pk]),
                    "label": cohort.name,
                }
            )
        if self.page_title and self.page_title != items[-1]["label"]:
            items.append({"url": "", "label": self.page_title})
        return items

    def render(self, template, context, *, title, cohort=None, status=200):
        """The page in the admin's frame: its title, breadcrumbs and header."""
        self.page_title = title
        self.current_cohort = cohort
        return TemplateResponse(
            self.request,
            template,
            self.get_context_data(**{"cohort": cohort, **context}),
            status=status,
        )


def trainer_page_moved(request, rest="", programmes=False):
    """The trainer's pages moved into the admin: the same page there, with the
    same query (emails and bookmarks keep working; the admin checks who asks)."""
    target = reverse("trainer:cohort_list")
    if programmes:
        target += "programmes/"
    # Only a path under the admin's cohorts pages: never another host.
    target += rest.lstrip("/")
    if request.GET:
        target += "?" + request.GET.urlencode()
    return redirect(target)


def _organisations_for(user):
    if selectors.sees_every_cohort(user):
        return Organisation.objects.all()
    return Organisation.objects.filter(Q(members=user) | Q(admins=user)).distinct()


class CohortListView(TrainerView):
    def get(self, request):
        return self.render(
            "cohorts/cohort_list.html",
            {
                "cohorts": selectors.cohorts_for_user(request.user).annotate(
                    trainees=Count("enrolments", distinct=True)
                ),
                "programmes": selectors.programmes_for_user(request.user),
            },
            title=_("Cohorts"),
        )


class CohortCreateView(TrainerView):
    def _form(self, request):
        return CohortCreateForm(
            request.POST or None, organisations=_organisations_for(request.user)
        )

    def get(self, request):
        return self.render(
            "cohorts/cohort_create.html",
            {"form": self._form(request)},
            title=_("Start a new cohort"),
        )

    def post(self, request):
        form = self._form(request)
        if form.is_valid():
            try:
                cohort = services.cohort_create(
                    trainer=request.user, **form.cleaned_data
                )
            except services.CohortError as error:
                form.add_error("name", error.message)
            else:
                messages.success(
                    request, _("Cohort created. Now invite your trainees.")
                )
                return redirect("trainer:cohort_overview", pk=cohort.pk)
        return self.render(
            "cohorts/cohort_create.html",
            {"form": form},
            title=_("Start a new cohort"),
            status=400,
        )


class CohortOverviewView(TrainerView):
    def get(self, request, pk):
        cohort = self.cohort(pk)
        schedules = selectors.module_schedules(cohort)
        book = selectors.gradebook(
            programme=cohort.programme,
            user_ids=selectors.cohort_trainee_ids(cohort),
            schedules=schedules,
        )
        rows = book.rows
        return self.render(
            "cohorts/cohort_overview.html",
            {
                "book": book,
                "counts": {
                    "trainees": len(rows),
                    "complete": sum(1 for r in rows if r.status == "complete"),
                    "not_started": sum(1 for r in rows if r.status == "not_started"),
                    "stuck": sum(1 for r in rows if r.stuck),
                    "to_mark": sum(r.awaiting_marking for r in rows),
                },
                "stuck": [r for r in rows if r.stuck][:20],
                "schedules": [(m, schedules.get(m.pk)) for m in book.modules],
                "invites": selectors.cohort_invites(cohort)[:50],
                "marking_url": reverse("lms_marking_queue") + f"?cohort={cohort.pk}",
            },
            title=cohort.name,
            cohort=cohort,
        )


class CohortDatesView(TrainerView):
    def _context(self, cohort, errors=None):
        schedules = selectors.module_schedules(cohort)
        modules = selectors.programme_structure(cohort.programme).modules
        rows = []
        for module in modules:
            schedule = schedules.get(module.pk)
            rows.append(
                {
                    "module": module,
                    "starts_on": self.request.POST.get(f"start-{module.pk}")
                    if self.request.method == "POST"
                    else (
                        schedule.starts_on.isoformat()
                        if schedule and schedule.starts_on
                        else ""
                    ),
                    "due_on": self.request.POST.get(f"due-{module.pk}")
                    if self.request.method == "POST"
                    else (
                        schedule.due_on.isoformat()
                        if schedule and schedule.due_on
                        else ""
                    ),
                }
            )
        return {"rows": rows, "errors": errors or []}

    def get(self, request, pk):
        cohort = self.cohort(pk)
        return self.render(
            "cohorts/cohort_dates.html",
            self._context(cohort),
            title=_("Module dates"),
            cohort=cohort,
        )

    def post(self, request, pk):
        cohort = self.cohort(pk)
        modules = selectors.programme_structure(cohort.programme).modules
        parsed, errors = [], []
        for module in modules:
            dates = []
            for prefix in ("start", "due"):
                raw = request.POST.get(f"{prefix}-{module.pk}", "").strip()
                try:
                    dates.append(datetime.date.fromisoformat(raw) if raw else None)
                except ValueError:
                    errors.append(
                        _("“%(value)s” for %(module)s is not a date like 2026-09-07.")
                        % {"value": raw[:20], "module": module.title}
                    )
                    dates.append(None)
            if dates[0] and dates[1] and dates[1] < dates[0]:
                errors.append(
                    _("“%s” is due before it starts. Check the dates.") % module.title
                )
            parsed.append((module, *dates))
        if errors:
            return self.render(
                "cohorts/cohort_dates.html",
                self._context(cohort, errors),
                title=_("Module dates"),
                cohort=cohort,
                status=400,
            )
        for module, starts_on, due_on in parsed:
            services.module_dates_set(
                cohort=cohort, module=module, starts_on=starts_on, due_on=due_on
            )
        messages.success(request, _("Module dates saved."))
        return redirect("trainer:cohort_overview", pk=cohort.pk)


class CohortInviteView(TrainerView):
    def get(self, request, pk):
        cohort = self.cohort(pk)
        return self.render(
            "cohorts/cohort_invite.html",
            {"form": InviteForm(), "csv_form": InviteCsvForm()},
            title=_("Invite trainees"),
            cohort=cohort,
        )

    def post(self, request, pk):
        cohort = self.cohort(pk)
        form = InviteForm(request.POST)
        if not form.is_valid():
            return self.render(
                "cohorts/cohort_invite.html",
                {"form": form, "csv_form": InviteCsvForm()},
                title=_("Invite trainees"),
                cohort=cohort,
                status=400,
            )
        created, skipped = services.invites_create(
            cohort=cohort, invited_by=request.user, people=form.cleaned_data["people"]
        )
        if created:
            messages.success(
                request, _("Invitations sent to %d people.") % len(created)
            )
        if skipped:
            messages.info(
                request,
                _("Already invited or already in the cohort: %s")
                % ", ".join(skipped[:20]),
            )
        return redirect("trainer:cohort_overview", pk=cohort.pk)


class CohortInviteCsvView(TrainerView):
    """Upload a CSV of people; the preview's button sends the invitations."""

    def get(self, request, pk):
        return redirect("trainer:cohort_invite", pk=self.cohort(pk).pk)

    def post(self, request, pk):
        cohort = self.cohort(pk)
        form = InviteCsvForm(request.POST, request.FILES)
        preview = None
        if form.is_valid():
            preview = services.invites_preview(
                cohort=cohort, upload=form.cleaned_data["file"]
            )
        return self.render(
            "cohorts/cohort_invite.html",
            {"form": InviteForm(), "csv_form": form, "preview": preview},
            title=_("Invite trainees"),
            cohort=cohort,
            status=200 if preview and preview.ok else 400,
        )
