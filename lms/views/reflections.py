"""The private reflective log: write, autosave, edit, delete and share entries."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import FormView, TemplateView

from alongside.leaving import LEAVING_ACTIONS, after_saving
from courses.models import LessonPage

from .. import selectors, services
from ..forms import (
    ReflectionForm,
    ShareForm,
)
from ..models import REFLECTION_MAX_CHARACTERS


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
