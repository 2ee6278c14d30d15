"""Wagtail admin views for the awareness course: the SCORM 1.2 export."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from wagtail.admin.auth import permission_denied

from .models import AwarenessCoursePage
from .scorm import scorm_package


def scorm_export(request, page_id: int):
    """Download the course as a SCORM 1.2 zip; for people who may edit the page."""
    course = get_object_or_404(AwarenessCoursePage, pk=page_id)
    if not course.permissions_for_user(request.user).can_edit():
        return permission_denied(request)
    if not course.live:
        messages.error(
            request,
            _(
                "Publish “%(title)s” first: the SCORM package is made from the "
                "published course."
            )
            % {"title": course.title},
        )
        return redirect("wagtailadmin_pages:edit", course.pk)
    package = scorm_package(course)
    response = HttpResponse(package.content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{package.filename}"'
    return response
