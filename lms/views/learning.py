"""Learning: the home page, enrolling, joining a cohort or team, lessons and notes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.http import (
    require_POST,
)
from django.views.generic import FormView, TemplateView

from alongside import extensions
from assessments import selectors as assessment_selectors
from courses.models import LessonPage, ModulePage, ProgrammePage
from courses.selectors import lesson_place

from .. import selectors, services
from ..forms import (
    ContentNoteChoiceForm,
    JoinTeamForm,
    ReflectionForm,
)
from ..models import ContentNoteChoice
from ..security.join_codes import PAUSED_MESSAGE, join_code_paused, join_code_wrong
from .reflections import _reflection_saved_message


class DashboardView(LoginRequiredMixin, TemplateView):
    """My programmes, progress and next step."""

    template_name = "lms/dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["outlines"] = selectors.dashboard_outlines(user=user)
        context["teams"] = selectors.teams_for_member(user=user)
        context["marked_work"] = assessment_selectors.unseen_marks(user=user)
        context["shared_with_me_count"] = selectors.reflections_shared_with(
            user=user
        ).count()
        context["extra_sections"] = extensions.dashboard_sections(user)
        context["staff_home"] = any(s.home for s in context["extra_sections"])
        return context


@require_POST
@login_required
def programme_enrol(request: HttpRequest, programme_id: int) -> HttpResponse:
    """Self-enrol on a programme."""
    programme = get_object_or_404(ProgrammePage.objects.live(), pk=programme_id)
    try:
        services.enrolment_create(user=request.user, programme=programme)
    except services.LearningError as error:
        messages.error(request, error.message)
        return redirect(programme.url)
    messages.success(request, _("You are enrolled. Welcome aboard."))
    return redirect(programme.url)


class CohortJoinView(LoginRequiredMixin, View):
    """Join a cohort from its invite link."""

    template_name = "lms/cohort_join.html"

    def get(self, request, token):
        cohort = selectors.cohort_by_token(token)
        if cohort is None:
            return render(request, "lms/cohort_join_closed.html", status=404)
        return render(request, self.template_name, {"cohort": cohort})

    def post(self, request, token):
        cohort = selectors.cohort_by_token(token)
        if cohort is None:
            return render(request, "lms/cohort_join_closed.html", status=404)
        try:
            services.cohort_join(user=request.user, cohort=cohort)
        except services.LearningError as error:
            messages.error(request, error.message)
            return redirect("lms:dashboard")
        messages.success(request, _("You have joined %s.") % cohort.name)
        return redirect(cohort.programme.url)


class TeamJoinView(LoginRequiredMixin, FormView):
    """Join a team with a short code."""

    template_name = "lms/team_join.html"
    form_class = JoinTeamForm

    def get_initial(self):
        return {"code": self.request.GET.get("code", "")}

    def form_valid(self, form):
        if join_code_paused(self.request):
            form.add_error("code", PAUSED_MESSAGE)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        try:
            team = services.team_join(
                user=self.request.user, code=form.cleaned_data["code"]
            )
        except services.LearningError as error:
            join_code_wrong(self.request)
            form.add_error("code", error.message)
            return self.form_invalid(form)
        messages.success(self.request, _("You have joined %s.") % team.name)
        return redirect("lms:dashboard")


@require_POST
@login_required
def lesson_complete(request: HttpRequest, lesson_id: int) -> HttpResponse:
    """'I've finished this lesson': record it and move on."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    place = lesson_place(lesson)
    try:
        services.lesson_check_access(
            user=request.user, lesson_module=place.module, programme=place.programme
        )
        services.lesson_complete(
            user=request.user, lesson=lesson, programme=place.programme
        )
    except services.LearningError as error:
        messages.error(request, error.message)
        return redirect(place.module.url)
    _keep_lesson_reflection(request, lesson)
    if place.next is not None:
        messages.success(request, _("Well done, that lesson is finished."))
        return redirect(place.next.url)
    messages.success(
        request,
        _("Well done, you have finished every lesson in %s.") % place.module.title,
    )
    return redirect(place.module.url)


def _keep_lesson_reflection(request: HttpRequest, lesson: LessonPage) -> None:
    """A reflection half-written in the lesson's prompt when "I've finished this
    lesson" was pressed is kept as a draft (that button belongs to its form)."""
    if request.POST.get("from_lesson") != "1":
        return
    form = ReflectionForm(request.POST, draft=True)
    if not form.is_valid() or not form.cleaned_data["body"].strip():
        return
    body = form.cleaned_data["body"]
    prompt = form.cleaned_data["prompt"][:2000].strip()
    draft = selectors.reflection_drafts_by_prompt(
        user=request.user, lesson_id=lesson.pk
    ).get(prompt)
    entry = services.reflection_draft_save(
        owner=request.user,
        entry=draft,
        title=(draft.title if draft else "") or lesson.title[:200],
        body=body,
        prompt=prompt,
        lesson=lesson,
    )
    messages.info(request, _reflection_saved_message(entry))


@require_POST
@login_required
def content_note_choose(request: HttpRequest, module_id: int) -> HttpResponse:
    """Continue, come back later (no penalty) or get support."""
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    form = ContentNoteChoiceForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please choose one of the options."))
        return redirect(module.url)
    choice = form.cleaned_data["choice"]
    try:
        services.content_note_choose(user=request.user, module=module, choice=choice)
    except services.LearningError as error:
        messages.info(request, error.message)
        return redirect(module.url)
    if choice == ContentNoteChoice.Choice.CONTINUE:
        outline = selectors.module_outline(user=request.user, module=module)
        target = outline.next_lesson or (
            outline.lessons[0] if outline.lessons else None
        )
        return redirect(target.url if target else module.url)
    if choice == ContentNoteChoice.Choice.LATER:
        messages.info(
            request,
            _(
                "That is absolutely fine. %s will be here when you are ready, and "
                "nothing is lost."
            )
            % module.title,
        )
        return redirect("lms:dashboard")
    return redirect(f"{reverse('lms:support')}?from={module.pk}")
