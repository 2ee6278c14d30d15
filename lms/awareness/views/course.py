"""Taking the course alone: sections, the knowledge check, done."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from alongside import extensions

from .. import selectors, services
from ..forms import (
    check_form_class,
)
from ..models import AwarenessCoursePage


def _course(course_id: int) -> AwarenessCoursePage:
    return get_object_or_404(AwarenessCoursePage.objects.live(), pk=course_id)


@login_required
def section_view(request: HttpRequest, course_id: int, number: int) -> HttpResponse:
    """One section of the course, read alone, with the progress bar."""
    course = _course(course_id)
    sections = list(course.sections)
    if not 1 <= number <= len(sections):
        raise Http404
    block = sections[number - 1]
    if request.method == "POST":
        was_done = selectors.completion_for(user=request.user, course=course)
        services.section_complete(user=request.user, course=course, block_id=block.id)
        if not was_done and selectors.completion_for(user=request.user, course=course):
            # Going back over a section brought their time up to the minimum.
            return redirect("awareness:done", course.pk)
        if number < len(sections):
            return redirect("awareness:section", course.pk, number + 1)
        if len(course.knowledge_check):
            return redirect("awareness:check", course.pk)
        return redirect("awareness:done", course.pk)
    # Serving the section starts its clock; the time counts when they move on.
    services.section_open(user=request.user, course=course, block_id=block.id)
    overview = selectors.course_overview(course=course, user=request.user)
    return render(
        request,
        "awareness/section.html",
        {
            "course": course,
            "page": course,
            "current": block,
            "number": number,
            "count": len(sections),
            "done": overview["sections"][number - 1]["done"],
            "previous": number - 1 if number > 1 else None,
            **overview,
        },
    )


@login_required
def check_view(request: HttpRequest, course_id: int) -> HttpResponse:
    """The short knowledge check at the end."""
    course = _course(course_id)
    if not len(course.knowledge_check):
        raise Http404
    form_class = check_form_class(course)
    form = form_class(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        answers = {
            name.removeprefix("q_"): value for name, value in form.cleaned_data.items()
        }
        results = services.check_submit(
            user=request.user, course=course, answers=answers
        )
        request.session[f"awareness-check-{course.pk}"] = results
        return redirect("awareness:done", course.pk)
    overview = selectors.course_overview(course=course, user=request.user)
    return render(
        request,
        "awareness/check.html",
        {
            "course": course,
            "page": course,
            "form": form,
            "check_count": len(course.knowledge_check),
            "check_needed_right": selectors.check_needed_right(course=course),
            **overview,
        },
    )


@login_required
def done_view(request: HttpRequest, course_id: int) -> HttpResponse:
    """Where someone finishing on their own lands: their record of completion."""
    course = _course(course_id)
    overview = selectors.course_overview(course=course, user=request.user)
    results = request.session.get(f"awareness-check-{course.pk}")
    progress = selectors.progress_for(user=request.user, course=course)
    return render(
        request,
        "awareness/done.html",
        {
            "certificates_url": extensions.destination_url("certificates"),
            "course": course,
            "page": course,
            "results": results,
            "progress": progress,
            "check_needed_right": selectors.check_needed_right(course=course),
            **overview,
        },
    )
