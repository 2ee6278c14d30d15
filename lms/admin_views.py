"""Wagtail admin views of the learner's spine: SCORM 1.2 downloads of pages."""

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.auth import permission_denied
from wagtail.admin.widgets import Button
from wagtail.models import Page

from courses.models import ModulePage

from .module_scorm import scorm_module_export
from .scorm import ScormPackage


def scorm_download(
    request, page: Page, build: Callable[[], ScormPackage], *, noun: str
) -> HttpResponse:
    """A published page as a SCORM 1.2 zip, for people who may edit the page."""
    if not page.permissions_for_user(request.user).can_edit():
        return permission_denied(request)
    if not page.live:
        messages.error(
            request,
            _(
                "Publish “%(title)s” first: the SCORM package is made from the "
                "published %(noun)s."
            )
            % {"title": page.title, "noun": noun},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    package = build()
    response = HttpResponse(package.content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{package.filename}"'
    return response


def scorm_buttons(page, user, *, page_class, url_name: str, priority: int, noun: str):
    """ "Download as SCORM 1.2" on a published page of ``page_class`` the person may
    edit: in the page's header and in the page explorer's "More" menu."""
    if not issubclass(page.specific_class or object, page_class):
        return
    if not page.live or not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        gettext_lazy("Download as SCORM 1.2"),
        reverse(url_name, args=[page.pk]),
        icon_name="download",
        attrs={
            "title": _("Download this %(noun)s as a SCORM 1.2 package for an LMS")
            % {"noun": noun},
            "download": "",
        },
        priority=priority,
    )


def module_scorm_export(request, page_id: int):
    """Download a programme module as a SCORM 1.2 zip (its lessons and its quiz)."""
    module = get_object_or_404(ModulePage, pk=page_id)
    left_out: list[str] = []

    def build() -> ScormPackage:
        export = scorm_module_export(module)
        left_out.extend(export.left_out)
        return export.package

    response = scorm_download(request, module, build, noun=_("module"))
    if left_out:
        messages.warning(
            request,
            _(
                "The SCORM package of “%(title)s” leaves out %(names)s: only questions "
                "with one right answer (single choice, true or false) can be marked "
                "inside a package."
            )
            % {"title": module.title, "names": ", ".join(f"“{n}”" for n in left_out)},
        )
    return response
