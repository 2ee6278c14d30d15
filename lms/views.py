"""Thin views for people, enrolment, progress, support and the reflective log."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
)
from django.views.generic import FormView, TemplateView

from alongside import extensions
from alongside.leaving import LEAVING_ACTIONS, after_saving
from assessments import selectors as assessment_selectors
from courses.models import NATIONS, LessonPage, ModulePage, ProgrammePage
from courses.selectors import lesson_place, support_signposts

from . import selectors, services
from .forms import (
    ContentNoteChoiceForm,
    JoinTeamForm,
    PasswordResetForm,
    ProfileForm,
    ReflectionForm,
    SetPasswordForm,
    ShareForm,
    SignInForm,
    SignUpForm,
)
from .models import REFLECTION_MAX_CHARACTERS, ContentNoteChoice
from .security import signup
from .security.backends import BACKEND
from .security.join_codes import PAUSED_MESSAGE, join_code_paused, join_code_wrong
from .security.mfa import mfa_required
from .security.quick_exit import quick_exit_session_end


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _email_paused(request, template: str, context: dict) -> HttpResponse:
    """Too many emails asked for: say so kindly (the same for any address)."""
    context = {**context, "paused": True}
    return render(request, template, context, status=429)


class SignUpView(FormView):
    """Ask for an account; it is made usable from the link emailed to the address."""

    template_name = "lms/account/signup.html"
    form_class = SignUpForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect("lms:dashboard")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        if signup.email_requests_paused(request=self.request, email=data["email"]):
            return _email_paused(
                self.request, self.template_name, self.get_context_data(form=form)
            )
        target = _safe_next(self.request, reverse("lms:dashboard"))
        # New address or not, the same answer: "check your email".
        self.request.session[signup.SESSION_KEY] = signup.signup_start(
            email=data["email"],
            full_name=data["full_name"],
            password=data["password1"],
            nation=data["nation"],
            next_url=target,
        )
        return redirect("lms:signup_sent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = self.request.POST.get("next") or self.request.GET.get(
            "next", ""
        )
        return context


class SignUpSentView(View):
    """ "Check your email", with a way to have the email sent again."""

    template_name = "lms/account/signup_sent.html"

    def _pending(self, request) -> dict:
        pending = request.session.get(signup.SESSION_KEY)
        return pending if isinstance(pending, dict) else {}

    def get(self, request):
        return render(
            request, self.template_name, {"email": self._pending(request).get("email")}
        )

    def post(self, request):
        pending = self._pending(request)
        email = pending.get("email")
        if not email:
            return redirect("lms:signup")
        if signup.email_requests_paused(request=request, email=email):
            return _email_paused(request, self.template_name, {"email": email})
        signup.signup_email_again(email=email, next_url=pending.get("next", ""))
        messages.success(request, _("We have sent the email again."))
        return redirect("lms:signup_sent")


class SignUpConfirmView(View):
    """The emailed link: confirm the address (choosing a new password if need be)."""

    template_name = "lms/account/signup_confirm.html"

    def _render(self, request, user, form=None, status=200):
        return render(
            request,
            self.template_name,
            {"valid": user is not None, "form": form},
            status=status if user is not None else 400,
        )

    def _form(self, request, user):
        # Only the browser that chose the password keeps it; anyone else (the owner
        # reading their email elsewhere, or after someone else signed up with their
        # address) chooses a new one, so nobody else's password survives.
        if signup.signup_browser_chose_password(session=request.session, user=user):
            return None
        return SetPasswordForm(user, request.POST or None)

    def get(self, request, token):
        user, _next_url = signup.signup_confirm_link_read(token)
        if user is None:
            return self._render(request, None)
        return self._render(request, user, self._form(request, user))

    def post(self, request, token):
        user, next_url = signup.signup_confirm_link_read(token)
        if user is None:
            return self._render(request, None)
        form = self._form(request, user)
        if form is not None and not form.is_valid():
            return self._render(request, user, form, status=400)
        new_password = form.cleaned_data["new_password1"] if form else None
        if not signup.signup_confirm(user=user, new_password=new_password):
            return self._render(request, None)
        request.session.pop(signup.SESSION_KEY, None)
        login(request, user, backend=BACKEND)
        messages.success(
            request, _("Welcome to Alongside, %s.") % user.get_short_name()
        )
        if not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=False
        ):
            next_url = reverse("lms:dashboard")
        return redirect(next_url)


class SignInView(auth_views.LoginView):
    """Sign in with email and password."""

    template_name = "lms/account/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def dispatch(self, request, *args, **kwargs):
        # Someone signed in who was sent here from a page their account may not see
        # (a page private to a group): say so, rather than send them straight back
        # to that page, which would send them here again.
        if request.user.is_authenticated and request.GET.get(self.redirect_field_name):
            self.redirect_authenticated_user = False
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.request.user.is_authenticated:
            context["signed_in_as"] = self.request.user
        return context


class SignOutView(auth_views.LogoutView):
    """Sign out (POST only)."""

    template_name = "lms/account/logged_out.html"


class PasswordResetView(auth_views.PasswordResetView):
    """Ask for a reset link by email."""

    template_name = "lms/account/password_reset_form.html"
    email_template_name = "lms/account/password_reset_email.txt"
    subject_template_name = "lms/account/password_reset_subject.txt"
    form_class = PasswordResetForm
    success_url = reverse_lazy("lms:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "lms/account/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "lms/account/password_reset_confirm.html"
    success_url = reverse_lazy("lms:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        signup.account_confirm_on_password_reset(user=form.user)
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "lms/account/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "lms/account/password_change.html"
    success_url = reverse_lazy("lms:profile")

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


class ProfileView(LoginRequiredMixin, FormView):
    """Change your names (including the one on certificates) and nation."""

    template_name = "lms/account/profile.html"
    form_class = ProfileForm
    success_url = reverse_lazy("lms:profile")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.request.user}

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "uses_second_step": mfa_required(self.request.user),
            "account_links": extensions.account_links(self.request.user),
        }

    def form_valid(self, form):
        services.user_update_profile(user=self.request.user, **form.cleaned_data)
        messages.success(self.request, _("Your details have been saved."))
        return super().form_valid(form)


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


class SupportView(TemplateView):
    """Crisis and support numbers, a break, and the organisation's own contact."""

    template_name = "lms/support.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        nation = self.request.GET.get("nation") or getattr(user, "nation", "")
        nation = nation if nation in dict(NATIONS) else ""
        context.update(
            nation=nation,
            nations=NATIONS,
            entries=support_signposts(nation),
            organisations=selectors.organisations_with_support_contact(user=user),
        )
        return context


@require_http_methods(["GET", "POST"])
def take_a_break(request: HttpRequest) -> HttpResponse:
    """Save the learner's place and show a calm page.

    A form that was saved on the way here (a quiz, a reflection) comes by GET, with
    the way back to it in ``back``.
    """
    lesson = None
    lesson_id = selectors.id_from(request.POST.get("lesson"))
    if request.user.is_authenticated and lesson_id is not None:
        lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
        services.break_take(user=request.user, lesson=lesson)
    elif request.user.is_authenticated:
        # A lesson's own form kept the place on the way here (after_saving).
        kept = selectors.id_from(request.GET.get("lesson"))
        if kept is not None:
            lesson = LessonPage.objects.live().filter(pk=kept).first()
    back = request.GET.get("back", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) or not back.startswith("/"):
        back = ""
    return render(request, "lms/break.html", {"lesson": lesson, "back": back})


@never_cache
@require_GET
def quick_exit(request: HttpRequest) -> HttpResponse:
    """'Leave this site quickly': end the session, then go straight to a neutral site.

    The learner's place is kept, as it is saved as they go, not in the session.
    """
    quick_exit_session_end(request, request.GET.get("t", ""))
    response = HttpResponseRedirect(settings.QUICK_EXIT_URL)
    response["Referrer-Policy"] = "no-referrer"
    return response


class ReflectionListView(LoginRequiredMixin, TemplateView):
    """The learner's own reflective log."""

    template_name = "lms/reflections/list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["entries"] = selectors.reflection_list(owner=self.request.user)
        return context


DRAFT = "draft"
# Sent by the page's script as the learner types (progressive enhancement).
AUTOSAVE = "autosave"


def _reflection_autosaved_message(entry) -> str:
    """The short status under the box: when the draft was saved, and whether it is
    too long to finish."""
    message = _("Draft saved at %(time)s.") % {
        "time": timezone.localtime(entry.updated_at).strftime("%H:%M")
    }
    over = len(entry.body) - REFLECTION_MAX_CHARACTERS
    if over > 0:
        message += " " + ngettext(
            "It is %(over)s character longer than an entry can hold, so please "
            "shorten it before you finish it.",
            "It is %(over)s characters longer than an entry can hold, so please "
            "shorten it before you finish it.",
            over,
        ) % {"over": f"{over:,}"}
    return message


def _reflection_saved_message(entry) -> str:
    if not entry.is_draft:
        return _("Your changes are saved.")
    words = len(entry.body.split())
    message = ngettext(
        "Your draft is saved (%(n)d word). Only you can read it.",
        "Your draft is saved (%(n)d words). Only you can read it.",
        words,
    ) % {"n": words}
    if len(entry.body) > REFLECTION_MAX_CHARACTERS:
        message += (
            " "
            + _(
                "It is longer than an entry can hold (%s characters), so please "
                "shorten it before you finish it."
            )
            % f"{REFLECTION_MAX_CHARACTERS:,}"
        )
    return message


class _ReflectionFormMixin:
    """Save finishes the entry; "Save a draft", "Take a break" and "Get support" keep
    it unfinished, whole, before going on (they are this form's own buttons)."""

    template_name = "lms/reflections/form.html"
    form_class = ReflectionForm
    entry = None

    @property
    def action(self) -> str:
        action = self.request.POST.get("action", "save")
        return action if action in (*LEAVING_ACTIONS, DRAFT, AUTOSAVE) else "save"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "draft": self.action != "save"}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["save_form"] = "reflection-form"
        return context

    def form_invalid(self, form):
        if self.action == AUTOSAVE:
            problems = [e for errors in form.errors.values() for e in errors]
            return JsonResponse(
                {
                    "message": _("Your draft could not be saved: %s")
                    % " ".join(problems)
                },
                status=400,
            )
        return super().form_invalid(form)

    def _lesson(self, form):
        lesson_id = form.cleaned_data.get("lesson")
        if not lesson_id:
            return None
        return LessonPage.objects.live().filter(pk=lesson_id).first()

    def _from_lesson(self, form):
        """The lesson whose own prompt this was written in (its page is where to
        go back to), or None for the log's own form."""
        if self.request.POST.get("from_lesson") != "1":
            return None
        return self._lesson(form)

    def _title(self, form) -> str:
        """The title typed, or, for a lesson's prompt, the lesson's title."""
        title = form.cleaned_data["title"]
        lesson = self._from_lesson(form)
        written = form.cleaned_data["body"].strip()
        if not title.strip() and lesson is not None and written:
            return lesson.title[:200]
        return title

    def _keep_draft(self, form):
        data = form.cleaned_data
        entry = services.reflection_draft_save(
            owner=self.request.user,
            entry=self.entry,
            title=self._title(form),
            body=data["body"],
            prompt=data.get("prompt", ""),
            lesson=self._lesson(form),
        )
        lesson = self._from_lesson(form)
        if self.action == AUTOSAVE:
            if entry is None:
                return JsonResponse({"message": ""})
            # The page goes on saving into this entry, and a reload opens it.
            url = reverse("lms:reflection_edit", args=[entry.pk])
            return JsonResponse(
                {"message": _reflection_autosaved_message(entry), "url": url}
            )
        if lesson is not None:
            # Leaving a lesson keeps the place in it too, as its own break button does.
            if self.action in LEAVING_ACTIONS:
                services.break_take(user=self.request.user, lesson=lesson)
            if entry is not None:
                messages.success(self.request, _reflection_saved_message(entry))
            return after_saving(
                self.action if self.action != DRAFT else "save",
                lesson.url,
                lesson_id=lesson.pk,
            )
        if entry is None:
            messages.info(
                self.request,
                _("Nothing was written yet, so there was nothing to save."),
            )
            back = self.request.get_full_path()
        else:
            messages.success(self.request, _reflection_saved_message(entry))
            back = reverse("lms:reflection_edit", args=[entry.pk])
        return after_saving(self.action if self.action != DRAFT else "save", back)


class ReflectionCreateView(LoginRequiredMixin, _ReflectionFormMixin, FormView):
    """Write a new entry, optionally answering a lesson's prompt."""

    def get(self, request, *args, **kwargs):
        # Coming back to a lesson's prompt opens the draft left there.
        lesson_id = selectors.id_from(request.GET.get("lesson"))
        draft = selectors.reflection_draft_for(user=request.user, lesson_id=lesson_id)
        if draft is not None:
            return redirect("lms:reflection_edit", draft.pk)
        return super().get(request, *args, **kwargs)

    def get_initial(self):
        return {
            "prompt": self.request.GET.get("prompt", "")[:2000],
            "lesson": self.request.GET.get("lesson") or None,
        }

    def form_valid(self, form):
        if self.action != "save":
            return self._keep_draft(form)
        data = form.cleaned_data
        lesson = self._lesson(form)
        try:
            services.reflection_create(
                owner=self.request.user,
                title=self._title(form),
                body=data["body"],
                prompt=data["prompt"],
                lesson=lesson,
            )
        except services.LearningError as error:
            form.add_error("body", error.messages)
            return self.form_invalid(form)
        messages.success(
            self.request, _("Saved to your reflective log. Only you can read it.")
        )
        if lesson is not None:
            return redirect(lesson.url)
        return redirect("lms:reflections")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context["prompt"] = form["prompt"].value()
        return context


class ReflectionEditView(LoginRequiredMixin, _ReflectionFormMixin, FormView):
    """Read and change one of your own entries, or carry on with a draft."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.entry = selectors.reflection_get_for_owner(
                user=request.user, pk=kwargs["pk"]
            )
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.entry}

    def form_valid(self, form):
        if self.action == "save":
            try:
                was_draft = self.entry.is_draft
                services.reflection_update(
                    entry=self.entry,
                    title=self._title(form),
                    body=form.cleaned_data["body"],
                )
            except services.LearningError as error:
                form.add_error("body", error.messages)
                return self.form_invalid(form)
            lesson = self._from_lesson(form)
            if lesson is not None and was_draft:
                # Finished from the lesson's own prompt: back to the lesson.
                messages.success(
                    self.request,
                    _("Saved to your reflective log. Only you can read it."),
                )
                return redirect(lesson.url)
            messages.success(self.request, _("Your changes are saved."))
            return redirect("lms:reflections")
        if self.action == AUTOSAVE and not self.entry.is_draft:
            # A finished entry changes only when its owner presses Save.
            return JsonResponse(
                {"message": _("This entry is finished: press Save to keep changes.")},
                status=400,
            )
        if not self.entry.is_draft:
            # A finished entry keeps changes only as a finished entry.
            form = ReflectionForm(self.request.POST, instance=self.entry)
            if not form.is_valid():
                return self.form_invalid(form)
        return self._keep_draft(form)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(entry=self.entry, prompt=self.entry.prompt)
        return context


class ReflectionDeleteView(LoginRequiredMixin, View):
    """Confirm, then delete one of your own entries."""

    def get(self, request, pk):
        entry = selectors.reflection_get_for_owner(user=request.user, pk=pk)
        return render(request, "lms/reflections/delete.html", {"entry": entry})

    def post(self, request, pk):
        entry = selectors.reflection_get_for_owner(user=request.user, pk=pk)
        services.reflection_delete(entry=entry)
        messages.success(request, _("The entry has been deleted."))
        return redirect("lms:reflections")


class ReflectionShareView(LoginRequiredMixin, View):
    """Share one entry with a named trainer or supervisor, or make it private again."""

    template_name = "lms/reflections/share.html"

    def _form(self, request, entry, data=None):
        candidates = selectors.reflection_share_candidates(user=request.user)
        return ShareForm(
            data, candidates=candidates, initial={"shared_with": entry.shared_with_id}
        )

    def get(self, request, pk):
        entry = selectors.reflection_get_for_owner(user=request.user, pk=pk)
        form = self._form(request, entry)
        return render(request, self.template_name, {"entry": entry, "form": form})

    def post(self, request, pk):
        entry = selectors.reflection_get_for_owner(user=request.user, pk=pk)
        form = self._form(request, entry, request.POST)
        if not form.is_valid():
            return render(
                request, self.template_name, {"entry": entry, "form": form}, status=400
            )
        target = form.cleaned_data["shared_with"]
        try:
            services.reflection_share(entry=entry, owner=request.user, with_user=target)
        except services.LearningError as error:
            messages.error(request, error.message)
            return redirect("lms:reflections")
        if target:
            messages.success(request, _("Shared with %s.") % target.full_name)
        else:
            messages.success(request, _("This entry is private again."))
        return redirect("lms:reflections")


class SharedReflectionListView(LoginRequiredMixin, TemplateView):
    """Entries trainees have chosen to share with me."""

    template_name = "lms/reflections/shared_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["entries"] = selectors.reflections_shared_with(user=self.request.user)
        return context


class SharedReflectionDetailView(LoginRequiredMixin, TemplateView):
    """Read one entry shared with me."""

    template_name = "lms/reflections/shared_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["entry"] = selectors.reflection_get_shared(
            user=self.request.user, pk=self.kwargs["pk"]
        )
        return context
