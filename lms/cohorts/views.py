"""Thin views: check who is asking, call a selector or service, render."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.contrib.forms.views import SubmissionsListView

from alongside.csvsafe import FormulaSafeExportMixin
from courses.models import ModulePage, ProgrammePage
from lms.models import Enrolment, Organisation

from . import reports, selectors, services
from .charts import Bar, bar_chart
from .csvutil import csv_response
from .forms import (
    CheckInForm,
    CohortCreateForm,
    ConfidenceForm,
    EmailPreferencesForm,
    InviteCsvForm,
    InviteForm,
)
from .models import (
    ConfidenceItem,
    ConfidenceResponse,
    FeedbackFormPage,
    NotificationKind,
    SurveyStage,
)


class TrainerView(View):
    """Trainers, organisation admins and site admins only; cohorts scoped to them."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not selectors.may_use_trainer_pages(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def cohort(self, pk):
        return selectors.cohort_get_for_user(user=self.request.user, pk=pk)


def _organisations_for(user):
    if selectors.sees_every_cohort(user):
        return Organisation.objects.all()
    return Organisation.objects.filter(Q(members=user) | Q(admins=user)).distinct()


class CohortListView(TrainerView):
    def get(self, request):
        return TemplateResponse(
            request,
            "cohorts/cohort_list.html",
            {
                "cohorts": selectors.cohorts_for_user(request.user).annotate(
                    trainees=Count("enrolments", distinct=True)
                ),
                "programmes": selectors.programmes_for_user(request.user),
            },
        )


class CohortCreateView(TrainerView):
    def _form(self, request):
        return CohortCreateForm(
            request.POST or None, organisations=_organisations_for(request.user)
        )

    def get(self, request):
        return TemplateResponse(
            request, "cohorts/cohort_create.html", {"form": self._form(request)}
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
                return redirect("cohorts:cohort_overview", pk=cohort.pk)
        return TemplateResponse(
            request, "cohorts/cohort_create.html", {"form": form}, status=400
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
        return TemplateResponse(
            request,
            "cohorts/cohort_overview.html",
            {
                "cohort": cohort,
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
        return {"cohort": cohort, "rows": rows, "errors": errors or []}

    def get(self, request, pk):
        cohort = self.cohort(pk)
        return TemplateResponse(
            request, "cohorts/cohort_dates.html", self._context(cohort)
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
            return TemplateResponse(
                request,
                "cohorts/cohort_dates.html",
                self._context(cohort, errors),
                status=400,
            )
        for module, starts_on, due_on in parsed:
            services.module_dates_set(
                cohort=cohort, module=module, starts_on=starts_on, due_on=due_on
            )
        messages.success(request, _("Module dates saved."))
        return redirect("cohorts:cohort_overview", pk=cohort.pk)


class CohortInviteView(TrainerView):
    def get(self, request, pk):
        cohort = self.cohort(pk)
        return TemplateResponse(
            request,
            "cohorts/cohort_invite.html",
            {"cohort": cohort, "form": InviteForm()},
        )

    def post(self, request, pk):
        cohort = self.cohort(pk)
        form = InviteForm(request.POST)
        if not form.is_valid():
            return TemplateResponse(
                request,
                "cohorts/cohort_invite.html",
                {"cohort": cohort, "form": form, "csv_form": InviteCsvForm()},
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
        return redirect("cohorts:cohort_overview", pk=cohort.pk)


class CohortInviteCsvView(TrainerView):
    """Upload a CSV of people; the preview's button sends the invitations."""

    def get(self, request, pk):
        return redirect("cohorts:cohort_invite", pk=self.cohort(pk).pk)

    def post(self, request, pk):
        cohort = self.cohort(pk)
        form = InviteCsvForm(request.POST, request.FILES)
        preview = None
        if form.is_valid():
            preview = services.invites_preview(
                cohort=cohort, upload=form.cleaned_data["file"]
            )
        return TemplateResponse(
            request,
            "cohorts/cohort_invite.html",
            {
                "cohort": cohort,
                "form": InviteForm(),
                "csv_form": form,
                "preview": preview,
            },
            status=200 if preview and preview.ok else 400,
        )


class GradebookView(TrainerView):
    def get(self, request, pk):
        cohort = self.cohort(pk)
        book = selectors.gradebook(
            programme=cohort.programme,
            user_ids=selectors.cohort_trainee_ids(cohort),
            schedules=selectors.module_schedules(cohort),
        )
        status = request.GET.get("status", "")
        overdue = request.GET.get("overdue") == "1"
        rows = selectors.gradebook_filter(book.rows, status=status, overdue=overdue)
        return TemplateResponse(
            request,
            "cohorts/gradebook.html",
            {
                "cohort": cohort,
                "book": book,
                "rows": rows,
                "status": status,
                "overdue": overdue,
                "status_choices": [
                    *selectors.STATUS_LABELS.items(),
                    ("stuck", "Stuck"),
                ],
            },
        )


class AnswersCsvView(TrainerView):
    def get(self, request, pk):
        cohort = self.cohort(pk)
        rows = selectors.cohort_answer_rows(
            cohort=cohort, user_ids=selectors.cohort_trainee_ids(cohort)
        )
        return csv_response(
            request,
            f"answers-cohort-{cohort.pk}.csv",
            selectors.ANSWER_CSV_HEADER,
            rows,
        )


class TraineeView(TrainerView):
    def get(self, request, pk, user_id):
        cohort = self.cohort(pk)
        trainee = selectors.trainee_in_cohort(cohort=cohort, user_id=user_id)
        book = selectors.gradebook(
            programme=cohort.programme,
            user_ids=[trainee.pk],
            schedules=selectors.module_schedules(cohort),
        )
        return TemplateResponse(
            request,
            "cohorts/trainee.html",
            {
                "cohort": cohort,
                "trainee": trainee,
                "book": book,
                "row": book.rows[0] if book.rows else None,
                "work": selectors.trainee_work(cohort=cohort, user=trainee),
            },
        )


class QuizAttemptView(TrainerView):
    def get(self, request, pk, attempt_id):
        cohort = self.cohort(pk)
        attempt = selectors.quiz_attempt_in_cohort(cohort=cohort, pk=attempt_id)
        answers = selectors.attempt_answers(
            attempt, selectors.questions_by_id([attempt])
        )
        return TemplateResponse(
            request,
            "cohorts/quiz_attempt.html",
            {"cohort": cohort, "attempt": attempt, "answers": answers},
        )


class ScenarioAttemptView(TrainerView):
    def get(self, request, pk, attempt_id):
        cohort = self.cohort(pk)
        attempt = selectors.scenario_attempt_in_cohort(cohort=cohort, pk=attempt_id)
        nodes = attempt.scenario.node_map()
        steps = [
            {**step, "node_title": nodes.get(step.get("node"), {}).get("title", "")}
            for step in attempt.path
        ]
        return TemplateResponse(
            request,
            "cohorts/scenario_attempt.html",
            {"cohort": cohort, "attempt": attempt, "steps": steps},
        )


def _report_context(*, programme, user_ids, schedules=None, min_cell=0):
    structure = selectors.programme_structure(programme)
    book = selectors.gradebook(
        programme=programme, user_ids=user_ids, schedules=schedules, structure=structure
    )
    funnel = reports.completion_funnel(book, min_cell=min_cell)
    times = reports.time_per_module(book, user_ids)
    items = reports.quiz_item_analysis(structure, user_ids)
    choices = reports.scenario_choice_distribution(
        structure, user_ids, min_cell=min_cell
    )
    return {
        "funnel": funnel,
        "funnel_chart": bar_chart(
            title=_("Completion funnel"),
            desc=_(
                "How many trainees reached each stage, from enrolling to finishing."
            ),
            bars=[Bar(s.label, s.count, s.text) for s in funnel],
        ),
        "times": times,
        "times_chart": bar_chart(
            title=_("Time spent per module"),
            desc=_("Average minutes per trainee who started each module."),
            bars=[Bar(t.title, t.minutes, t.text) for t in times],
        ),
        "quizzes": [
            {
                "analysis": analysis,
                "chart": bar_chart(
                    title=_("Facility index for %s") % analysis.title,
                    desc=_(
                        "The average mark on each question, as a percentage. Low "
                        "bars are the questions people find hardest."
                    ),
                    bars=[
                        Bar(
                            i.name,
                            i.facility,
                            "too few attempts"
                            if i.facility is None
                            else f"{round(i.facility)}%",
                        )
                        for i in analysis.items
                    ],
                    max_value=100,
                ),
            }
            for analysis in items
        ],
        "scenarios": choices,
        "min_cell": min_cell,
    }


class CohortReportView(TrainerView):
    def get(self, request, pk):
        cohort = self.cohort(pk)
        context = _report_context(
            programme=cohort.programme,
            user_ids=selectors.cohort_trainee_ids(cohort),
            schedules=selectors.module_schedules(cohort),
        )
        context.update(cohort=cohort, scope=cohort.name)
        return TemplateResponse(request, "cohorts/report.html", context)


def _programme_for(user, programme_id) -> ProgrammePage:
    programme = next(
        (p for p in selectors.programmes_for_user(user) if p.pk == programme_id), None
    )
    if programme is None:
        raise Http404
    return programme


class ProgrammeReportView(TrainerView):
    """Every cohort the person sees on one programme; small numbers suppressed."""

    def get(self, request, programme_id):
        programme = _programme_for(request.user, programme_id)
        context = _report_context(
            programme=programme,
            user_ids=selectors.programme_trainee_ids(
                user=request.user, programme=programme
            ),
            min_cell=reports.MIN_CELL,
        )
        context.update(programme=programme, scope=programme.title)
        return TemplateResponse(request, "cohorts/report.html", context)


class EvaluationView(TrainerView):
    """The funder's pre/post report for a cohort or a whole programme."""

    def _scope(self, request, pk=None, programme_id=None):
        if pk is not None:
            cohort = self.cohort(pk)
            return cohort.programme, selectors.cohort_trainee_ids(cohort), cohort
        programme = _programme_for(request.user, programme_id)
        return (
            programme,
            selectors.programme_trainee_ids(user=request.user, programme=programme),
            None,
        )

    def get(self, request, pk=None, programme_id=None, export=""):
        if export not in ("", "paired", "aggregate"):
            raise Http404
        programme, user_ids, cohort = self._scope(request, pk, programme_id)
        paired = reports.confidence_paired(programme=programme, user_ids=user_ids)
        name = f"cohort-{cohort.pk}" if cohort else f"programme-{programme.pk}"
        if export == "paired":
            return csv_response(
                request,
                f"confidence-paired-{name}.csv",
                [
                    "Topic",
                    "Statement",
                    "Matched pairs",
                    "Mean before (1-5)",
                    "Mean after (1-5)",
                    "Mean change",
                    "People whose rating rose",
                ],
                [
                    [
                        p.topic,
                        p.statement,
                        p.pairs,
                        *(
                            [
                                round(p.mean_before, 2),
                                round(p.mean_after, 2),
                                round(p.change, 2),
                                p.improved,
                            ]
                            if p.shown
                            else ["fewer than 5 pairs", "", "", ""]
                        ),
                    ]
                    for p in paired
                ],
            )
        if export == "aggregate":
            return csv_response(
                request,
                f"confidence-counts-{name}.csv",
                ["Topic", "Statement", "Stage", *[f"Rated {n}" for n in range(1, 6)]],
                reports.confidence_distribution(programme=programme, user_ids=user_ids),
            )
        bars = []
        for p in paired:
            label = p.topic
            if p.shown:
                bars.append(
                    Bar(f"{label} (before)", p.mean_before, f"{p.mean_before:.1f}", 0)
                )
                bars.append(
                    Bar(f"{label} (after)", p.mean_after, f"{p.mean_after:.1f}", 1)
                )
            else:
                bars.append(Bar(label, None, "fewer than 5 pairs"))
        return TemplateResponse(
            request,
            "cohorts/evaluation.html",
            {
                "programme": programme,
                "cohort": cohort,
                "paired": paired,
                "chart": bar_chart(
                    title=_("Confidence before and after the programme"),
                    desc=_(
                        "Average self-rated confidence from 1 to 5 for each topic, "
                        "at the start and at the end, for trainees who answered both."
                    ),
                    bars=bars,
                    max_value=5,
                ),
                "feedback_forms": FeedbackFormPage.objects.child_of(programme),
            },
        )


# --- trainees ---------------------------------------------------------------------


class InviteAcceptView(View):
    def _invite(self, token):
        invite = selectors.invite_by_token(token)
        if invite is None:
            return None
        return invite

    def get(self, request, token):
        invite = self._invite(token)
        if invite is None:
            return TemplateResponse(
                request, "cohorts/invite_closed.html", {}, status=404
            )
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return TemplateResponse(
            request, "cohorts/invite_accept.html", {"invite": invite}
        )

    def post(self, request, token):
        invite = self._invite(token)
        if invite is None:
            return TemplateResponse(
                request, "cohorts/invite_closed.html", {}, status=404
            )
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            services.invite_accept(invite=invite, user=request.user)
        except services.CohortError as error:
            return TemplateResponse(
                request,
                "cohorts/invite_accept.html",
                {"invite": invite, "error": error.message},
                status=400,
            )
        messages.success(request, _("Welcome to %s.") % invite.cohort.name)
        return redirect(invite.cohort.programme.url or reverse("lms:dashboard"))


class ConfidenceView(View):
    def _setup(self, request, programme_id, stage):
        if not request.user.is_authenticated:
            return None
        if stage not in SurveyStage.values:
            raise Http404
        programme = get_object_or_404(ProgrammePage, pk=programme_id)
        if not Enrolment.objects.filter(
            user=request.user, programme=programme
        ).exists():
            raise Http404
        items = list(ConfidenceItem.objects.filter(programme=programme, is_active=True))
        if not items:
            raise Http404
        return programme, items

    def _render(self, request, programme, stage, form, status=200):
        return TemplateResponse(
            request,
            "cohorts/confidence.html",
            {
                "programme": programme,
                "stage": SurveyStage(stage),
                "form": form,
                "answered": ConfidenceResponse.objects.filter(
                    user=request.user, item__programme=programme, stage=stage
                ).exists(),
            },
            status=status,
        )

    def get(self, request, programme_id, stage):
        setup = self._setup(request, programme_id, stage)
        if setup is None:
            return redirect_to_login(request.get_full_path())
        programme, items = setup
        return self._render(request, programme, stage, ConfidenceForm(items=items))

    def post(self, request, programme_id, stage):
        setup = self._setup(request, programme_id, stage)
        if setup is None:
            return redirect_to_login(request.get_full_path())
        programme, items = setup
        form = ConfidenceForm(request.POST, items=items)
        if not form.is_valid():
            return self._render(request, programme, stage, form, status=400)
        try:
            services.confidence_answer(
                user=request.user,
                programme=programme,
                stage=stage,
                ratings=form.ratings(),
            )
        except services.CohortError as error:
            form.add_error(None, error.message)
            return self._render(request, programme, stage, form, status=400)
        messages.success(request, _("Thank you. Your answers are saved."))
        return redirect("lms:dashboard")


class CheckInView(View):
    def _module(self, request, module_id, moment):
        if moment not in ("before", "after"):
            raise Http404
        module = get_object_or_404(
            ModulePage.objects.live().filter(is_difficult=True), pk=module_id
        )
        return module

    def get(self, request, module_id, moment):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        module = self._module(request, module_id, moment)
        return TemplateResponse(
            request,
            "cohorts/check_in.html",
            {"module": module, "moment": moment, "form": CheckInForm()},
        )

    def post(self, request, module_id, moment):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        module = self._module(request, module_id, moment)
        form = CheckInForm(request.POST)
        if not form.is_valid():
            return TemplateResponse(
                request,
                "cohorts/check_in.html",
                {"module": module, "moment": moment, "form": form},
                status=400,
            )
        check_in = services.check_in_record(
            user=request.user,
            module=module,
            moment=moment,
            feeling=form.cleaned_data["feeling"],
            wants_contact=form.cleaned_data["wants_contact"],
        )
        return TemplateResponse(
            request,
            "cohorts/check_in_done.html",
            {"module": module, "moment": moment, "asked": check_in.wants_contact},
        )


# --- notifications ----------------------------------------------------------------


@login_required
def notification_list(request):
    items = list(selectors.notifications_for(request.user)[:100])
    response = TemplateResponse(
        request, "cohorts/notifications.html", {"notifications": items}
    )
    response.render()
    # Seen now: the count in the header goes back to zero on the next page.
    services.notifications_mark_read(user=request.user)
    return response


class EmailPreferencesView(View):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        form = EmailPreferencesForm(off=selectors.emails_off(request.user.pk))
        return TemplateResponse(
            request, "cohorts/email_preferences.html", {"form": form}
        )

    def post(self, request):
        form = EmailPreferencesForm(request.POST, off=set())
        if form.is_valid():
            services.email_preferences_set(
                user_id=request.user.pk, off=form.emails_off()
            )
            messages.success(request, _("Your email choices are saved."))
            return redirect("cohorts:email_preferences")
        return TemplateResponse(
            request, "cohorts/email_preferences.html", {"form": form}, status=400
        )


@csrf_exempt  # the signed token is the guard: the link works from an email, signed out
def unsubscribe(request, token):
    found = services.unsubscribe_read(token)
    if found is None:
        # A wrong or altered link is no link at all: 404, as for certificates.
        return TemplateResponse(
            request, "cohorts/unsubscribe_invalid.html", {}, status=404
        )
    user_id, kind = found
    context = {"kind_label": NotificationKind(kind).label, "done": False}
    if request.method == "POST":
        services.email_unsubscribe(user_id=user_id, kind=kind)
        context["done"] = True
    elif request.method != "GET":
        return HttpResponse(status=405)
    return TemplateResponse(request, "cohorts/unsubscribe.html", context)


@require_POST
@login_required
def notifications_read(request):
    services.notifications_mark_read(user=request.user)
    return redirect("cohorts:notifications")


def feedback_form_gate(request, page):
    """Who may open an end-of-course feedback form: people enrolled on its
    programme, once each (trainers see it in the admin preview)."""
    if getattr(request, "is_preview", False):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    programme = page.get_parent()
    if not Enrolment.objects.filter(
        user=request.user, programme_id=programme.pk
    ).exists():
        return TemplateResponse(
            request,
            "cohorts/feedback_not_enrolled.html",
            {"page": page, "programme": programme},
            status=403,
        )
    if selectors.feedback_sent(user=request.user, page=page):
        return TemplateResponse(
            request,
            page.landing_page_template,
            {"page": page, "already_sent": True},
        )
    return None


class FeedbackSubmissionsListView(FormulaSafeExportMixin, SubmissionsListView):
    """Wagtail's list of feedback answers, whose CSV and XLSX exports run no
    formula a trainee typed into an answer."""
