"""Serving the authored pages to learners, with their progress and gates.

Wagtail's ``on_serve_page`` hook (``lms/wagtail_hooks.py``) hands programme, module
and lesson pages here, so ``courses`` never needs to know about learners. Quizzes and
scenarios pass the same gate, then serve themselves (``assessments/views.py``).
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from assessments.models import FreeTextScenarioPage, QuizPage, ScenarioPage
from assessments.selectors import activity_statuses
from courses.models import LessonPage, ModulePage, ProgrammePage
from courses.selectors import (
    lesson_place,
    module_and_programme_of,
    module_review_stamp,
    module_review_status,
    programme_of,
)

from . import selectors, services
from .forms import ContentNoteChoiceForm
from .models import REFLECTION_MAX_CHARACTERS


def _render(request, page, extra):
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, page.get_template(request), context)


def serve_programme(request, page: ProgrammePage):
    """The programme page: outline, progress and how to enrol."""
    outline = selectors.programme_outline(user=request.user, programme=page)
    return _render(request, page, {"outline": outline, "enrolment": outline.enrolment})


def serve_module(request, page: ModulePage):
    """The module page: content note first if difficult, then its lessons."""
    programme = programme_of(page)
    enrolment = selectors.enrolment_get(user=request.user, programme=programme)
    outline = selectors.module_outline(user=request.user, module=page)
    # Anyone may read the note; it can be accepted only once the module is open, so
    # it is never used up on a module the learner cannot start yet.
    note_needed = selectors.content_note_needed(user=request.user, module=page)
    activities = activity_statuses(user=request.user, module=page)
    can_edit = page.permissions_for_user(request.user).can_edit()
    return _render(
        request,
        page,
        {
            "outline": outline,
            "programme": programme,
            "enrolment": enrolment,
            "content_note_needed": note_needed,
            "content_note_choosable": outline.prerequisites_met,
            "content_note_form": ContentNoteChoiceForm(),
            "activities": activities,
            "can_edit_module": can_edit,
            # Learners see a review only when one approved the version they read;
            # trainers also see "not yet reviewed" or "older than the live one".
            # A preview shows a draft, which no review has approved.
            "review_stamp": None
            if getattr(request, "is_preview", False)
            else module_review_stamp(page),
            "review_status": module_review_status(page) if can_edit else None,
        },
    )


def serve_lesson(request, page: LessonPage):
    """A lesson: signed in, enrolled, prerequisites met and content note seen."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    place = lesson_place(page)
    try:
        enrolment = services.lesson_check_access(
            user=request.user, lesson_module=place.module, programme=place.programme
        )
    except services.LearningError as error:
        messages.info(request, error.message)
        return redirect(place.module.url)
    except PermissionDenied as error:
        messages.info(request, str(error))
        return redirect(place.programme.url)
    services.lesson_visit(enrolment=enrolment, lesson=page)
    progress = selectors.lesson_progress(user=request.user, place=place)
    return _render(
        request,
        page,
        {"place": place, "progress": progress, **_reflection_forms(request, page)},
    )


def _reflection_forms(request, page: LessonPage) -> dict:
    """Each reflection prompt's form, with the draft left there; the first is the
    page's form that "Take a break", "Get support" and "I've finished this lesson"
    save first, so a half-written reflection is never lost (without JavaScript too).
    """
    drafts = selectors.reflection_drafts_by_prompt(user=request.user, lesson_id=page.pk)
    forms = {}
    for index, block in enumerate(page.body):
        if block.block_type == "reflection_prompt":
            counter = index + 1
            forms[counter] = {
                "id": f"reflection-form-{counter}",
                "draft": drafts.get(block.value["prompt"].strip()),
                "max": REFLECTION_MAX_CHARACTERS,
                "max_text": f"{REFLECTION_MAX_CHARACTERS:,}",
            }
    if not forms:
        return {}
    first = forms[min(forms)]
    return {"reflection_forms": forms, "save_form": first["id"]}


def gate_activity(request, page):
    """Quizzes and scenarios: the same gate as lessons, then the page serves itself."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    module, programme = module_and_programme_of(page)
    if module is None or programme is None:
        return None
    try:
        services.lesson_check_access(
            user=request.user, lesson_module=module, programme=programme
        )
    except services.LearningError as error:
        messages.info(request, error.message)
        return redirect(module.url)
    except PermissionDenied as error:
        messages.info(request, str(error))
        return redirect(programme.url)
    return None


SERVERS = {
    ProgrammePage: serve_programme,
    ModulePage: serve_module,
    LessonPage: serve_lesson,
    QuizPage: gate_activity,
    ScenarioPage: gate_activity,
    FreeTextScenarioPage: gate_activity,
}
