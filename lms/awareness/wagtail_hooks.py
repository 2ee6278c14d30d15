"""Admin hooks: bulk publishing keeps the 40-to-50-minute rule the editor enforces,
and a course can be downloaded as a SCORM 1.2 package."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import admin_views
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


@hooks.register("register_admin_urls")
def scorm_admin_urls():
    return [
        path(
            "awareness/courses/<id:page_id>/scorm/",
            admin_views.scorm_export,
            name="awareness_scorm_export",
        )
    ]


def _scorm_button(page, user, priority: int):
    """ "Download as SCORM 1.2" for a published course the person may edit."""
    if not issubclass(page.specific_class or object, AwarenessCoursePage):
        return
    if not page.live or not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Download as SCORM 1.2"),
        reverse("awareness_scorm_export", args=[page.pk]),
        icon_name="download",
        attrs={
            "title": _("Download this course as a SCORM 1.2 package for an LMS"),
            "download": "",
        },
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def scorm_header_button(page, user, view_name, next_url=None):
    yield from _scorm_button(page, user, priority=75)


@hooks.register("register_page_listing_more_buttons")
def scorm_listing_button(page, user, next_url=None):
    yield from _scorm_button(page, user, priority=55)
