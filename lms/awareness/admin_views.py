"""Wagtail admin views for the awareness course: the SCORM 1.2 export."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from lms.admin_views import scorm_download

from .models import AwarenessCoursePage
from .scorm import scorm_package


def scorm_export(request, page_id: int):
    """Download the course as a SCORM 1.2 zip; for people who may edit the page."""
    course = get_object_or_404(AwarenessCoursePage, pk=page_id)
    return scorm_download(
        request, course, lambda: scorm_package(course), noun=_("course")
    )
