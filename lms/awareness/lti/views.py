"""The LTI endpoints: OIDC login initiation, the launch and deep linking."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from django.contrib.auth import login
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from lti_tool.constants import SESSION_KEY
from lti_tool.utils import (
    DjangoToolConfig,
    get_launch_from_request,
    sync_data_from_launch,
)
from lti_tool.views import LtiLaunchBaseView, OIDCLoginInitView
from pylti1p3.contrib.django import DjangoCacheDataStorage, DjangoOIDCLogin
from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.exception import LtiException, OIDCException

from .. import selectors
from ..models import AwarenessCoursePage
from .framing import (
    FRAME_SESSION_KEY,
    _continue_token,
    _framed,
    _refused,
    registration_origins,
)
from .launch import (
    CHOOSER_ROLES,
    LaunchRefused,
    _course_for,
    _nonce_is_new,
    lti_launch_record,
    lti_scores_queue,
    lti_user_account,
)

logger = logging.getLogger(__name__)


@method_decorator(csrf_exempt, name="dispatch")
class LaunchView(LtiLaunchBaseView):
    """The platform posts its signed id_token here; a good one signs the person in
    and opens the course (or, for deep linking, the course picker)."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        signed_in = request.user if request.user.is_authenticated else None
        try:
            lti_launch = get_launch_from_request(request)
        except (LtiException, ObjectDoesNotExist, ValueError, KeyError) as error:
            logger.info("LTI launch refused: %s", error)
            return _refused(
                request,
                "This link from your organisation's learning system could not be "
                "checked. Please go back and open the course again.",
            )
        if not _nonce_is_new(lti_launch.get_launch_data().get("nonce")):
            return _refused(
                request,
                "This link has been used already. Please go back and open the "
                "course again from your organisation's learning system.",
                frame_for=lti_launch.registration,
            )
        try:
            sync_data_from_launch(lti_launch, None)
        except (LtiException, ObjectDoesNotExist, ValueError, KeyError):
            return _refused(request, "This launch could not be read.")
        if not lti_launch.deployment.is_active:
            return _refused(
                request,
                "Alongside has not been switched on for your organisation's "
                "learning system yet. Please tell its administrator.",
            )
        if lti_launch.is_deep_link_launch:
            return self.handle_deep_linking_launch(request, lti_launch)
        if not lti_launch.is_resource_launch:
            return _refused(request, "Alongside cannot open this kind of link.", 400)
        try:
            course = _course_for(lti_launch)
            user = lti_user_account(lti_user=lti_launch.user, signed_in=signed_in)
        except LaunchRefused as refusal:
            return _refused(
                request,
                refusal.message,
                refusal.status,
                frame_for=lti_launch.registration,
            )
        request.session.flush()
        login(request, user, backend="lms.security.backends.ConfirmedAccountBackend")
        request.session[SESSION_KEY] = lti_launch.get_launch_id()
        request.session[FRAME_SESSION_KEY] = {
            "registration": lti_launch.registration.pk,
            "course": course.pk,
            "path": course.url,
            "user": user.pk,
        }
        lti_launch_record(user=user, course=course, lti_launch=lti_launch)
        if selectors.completion_for(user=user, course=course):
            lti_scores_queue(user_id=user.pk, course_id=course.pk)
        if _framed(request):
            # The session cookie may not come back inside the frame: check first.
            token = _continue_token(user=user, course=course, lti_launch=lti_launch)
            return redirect("awareness:lti_continue", token=token)
        return redirect(course.url)

    def handle_deep_linking_launch(self, request, lti_launch):
        roles = lti_launch.roles_claim or []
        if not any(role.endswith(CHOOSER_ROLES) for role in roles):
            return _refused(
                request, "Only your learning system's administrators choose courses."
            )
        request.session[SESSION_KEY] = lti_launch.get_launch_id()
        response = render(
            request,
            "awareness/lti_pick.html",
            {"courses": AwarenessCoursePage.objects.live().order_by("title")},
        )
        # The platform's admin picks inside the platform's own page.
        response.lti_frame_ancestors = registration_origins(lti_launch.registration)
        return response


launch = LaunchView.as_view()


class LoginInitView(OIDCLoginInitView):
    """OIDC login initiation: straight on to the platform, with no script page
    (every journey here works without JavaScript)."""

    def get_oidc_response(self, request, registration_uuid, params):
        target_link_uri = params.get("target_link_uri")
        if not target_link_uri:
            return HttpResponse("Missing target_link_uri parameter.", status=400)
        try:
            oidc_login = DjangoOIDCLogin(
                request,
                DjangoToolConfig(registration_uuid),
                launch_data_storage=DjangoCacheDataStorage(),
            )
            return oidc_login.redirect(target_link_uri)
        except (LtiException, OIDCException, ObjectDoesNotExist, ValueError) as error:
            logger.info("LTI login refused: %s", error)
            return _refused(
                request, "This learning system is not registered with Alongside.", 400
            )


login_init = LoginInitView.as_view()


@require_POST
def deep_link(request: HttpRequest) -> HttpResponse:
    """The platform's admin picked a course: send it back as an LTI resource link."""
    launch_id = request.session.get(SESSION_KEY)
    if not launch_id:
        raise Http404
    try:
        lti_launch = get_launch_from_request(request, launch_id)
    except LtiException as error:
        raise Http404 from error
    if not lti_launch.is_deep_link_launch:
        raise Http404
    course_id = request.POST.get("course", "")
    course = (
        AwarenessCoursePage.objects.live().filter(pk=int(course_id)).first()
        if course_id.isdigit() and len(course_id) < 18
        else None
    )
    origins = registration_origins(lti_launch.registration)
    if course is None:
        response = render(
            request,
            "awareness/lti_pick.html",
            {
                "courses": AwarenessCoursePage.objects.live().order_by("title"),
                "error": "Choose one of the courses.",
            },
            status=400,
        )
        response.lti_frame_ancestors = origins
        return response
    resource = (
        DeepLinkResource()
        .set_url(request.build_absolute_uri(reverse("awareness:lti_launch")))
        .set_title(course.title)
        .set_custom_params({"alongside_course": str(course.pk)})
    )
    deep_link_service = lti_launch.get_message_launch().get_deep_link()
    return_url = deep_link_service._deep_link_settings["deep_link_return_url"]
    response = render(
        request,
        "awareness/lti_deep_link_return.html",
        {
            "course": course,
            "return_url": return_url,
            "jwt": deep_link_service.get_response_jwt([resource]),
        },
    )
    # The form goes back to the platform: allowed for this response only.
    origin = urlsplit(return_url)
    response._csp_update = {"form-action": [f"{origin.scheme}://{origin.netloc}"]}
    response.lti_frame_ancestors = origins
    return response
