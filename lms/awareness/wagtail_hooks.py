"""Admin hooks: bulk publishing keeps the 40-to-50-minute rule the editor enforces."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from .models import AwarenessCoursePage, timing_error


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_mistimed_courses(request, action_type, objects, action):
    """Publishing from the page listing must not skip the timing check."""
    if action_type != "publish":
        return None
    for page in objects:
        specific = getattr(page, "specific", page)
        if not isinstance(specific, AwarenessCoursePage):
            continue
        draft = specific.get_latest_revision_as_object()
        error = timing_error(draft.total_minutes)
        if error:
            messages.error(request, f"{specific.title}: {error}")
            return redirect(request.GET.get("next") or "wagtailadmin_home")
    return None
