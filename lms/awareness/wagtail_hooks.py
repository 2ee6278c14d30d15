"""Admin hooks: bulk publishing keeps the 40-to-50-minute rule the editor enforces,
and a course can be downloaded as a SCORM 1.2 package."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from lti_tool.models import Key, LtiDeployment, LtiRegistration
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lms.admin_views import scorm_buttons

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
    return scorm_buttons(
        page,
        user,
        page_class=AwarenessCoursePage,
        url_name="awareness_scorm_export",
        priority=priority,
        noun=_("course"),
    )


@hooks.register("register_page_header_buttons")
def scorm_header_button(page, user, view_name, next_url=None):
    yield from _scorm_button(page, user, priority=75)


@hooks.register("register_page_listing_more_buttons")
def scorm_listing_button(page, user, next_url=None):
    yield from _scorm_button(page, user, priority=55)


# LTI 1.3 (lti.py): the trusts' platforms, their deployments and the tool's keys.


class LtiRegistrationViewSet(ModelViewSet):
    """A platform (a trust's LMS) registered with Alongside as an LTI 1.3 tool."""

    model = LtiRegistration
    icon = "link"
    add_to_admin_menu = False
    list_display = ["name", "issuer", "client_id", "is_active"]
    form_fields = [
        "name",
        "issuer",
        "client_id",
        "audience",
        "auth_url",
        "token_url",
        "keyset_url",
        "is_active",
    ]


class LtiDeploymentViewSet(ModelViewSet):
    """A deployment of the tool on a registered platform: off until switched on."""

    model = LtiDeployment
    icon = "site"
    list_display = ["registration", "deployment_id", "is_active"]
    form_fields = ["registration", "deployment_id", "is_active"]


class LtiKeyViewSet(ModelViewSet):
    """The tool's signing keys: new ones come from ``manage.py rotate_keys``; here
    an old one is switched off. The private key is never shown."""

    model = Key
    icon = "key"
    list_display = ["__str__", "is_active", "datetime_created"]
    form_fields = ["is_active"]
    add_view_enabled = False


class LtiViewSetGroup(ViewSetGroup):
    menu_label = _("LTI platforms")
    menu_icon = "link"
    items = (LtiRegistrationViewSet, LtiDeploymentViewSet, LtiKeyViewSet)


@hooks.register("register_admin_viewset")
def register_lti_viewsets():
    return LtiViewSetGroup()
