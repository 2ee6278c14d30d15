"""LTI 1.3: a trust's own LMS (Moodle, Totara, Canvas) launches the awareness course.

Built on django-lti (``lti_tool``, over pylti1p3): OIDC login initiation, the launch
(its id_token checked against the platform's keys, audience, deployment, state and
nonce), the tool's JWKS, deep linking for the platform's admin to pick the course,
and the completion and score sent back through Assignment and Grade Services
(https://www.imsglobal.org/spec/lti-ags/v2p0). Platform registrations, deployments
and keys are kept in the Wagtail admin (``wagtail_hooks``); new tool keys come from
``manage.py rotate_keys``.

Framing: every page of the site refuses to be framed ("frame-ancestors 'none'",
"X-Frame-Options: DENY"), except what an LTI launch leads to, and only for the
registered platform that launched it (``LtiFramingMiddleware``): the course it
opened, its sections, check and end page, for the person it signed in, while the
registration is active; the deep-linking picker and its return page; and the
"open in a new window" page. The session cookie stays SameSite=Lax: loosening it
to None for every page would send it on any other site's cross-site requests. So
inside a platform on another site (most), the browser keeps the session cookie
back, and the launch shows a page that opens the course in a new window, with a
one-time sign-in link good for five minutes; on a platform on the same site as
Alongside the course carries on in the frame.
"""

from __future__ import annotations

import logging
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import login
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from lti_tool.constants import SESSION_KEY
from lti_tool.models import LtiLaunch, LtiRegistration, LtiUser
from lti_tool.utils import (
    DjangoToolConfig,
    get_launch_from_request,
    sync_data_from_launch,
)
from lti_tool.views import LtiLaunchBaseView, OIDCLoginInitView
from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.contrib.django import DjangoCacheDataStorage, DjangoOIDCLogin
from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.exception import LtiException, OIDCException
from pylti1p3.grade import Grade
from pylti1p3.service_connector import ServiceConnector

from lms.models import User
from lms.security.mfa import mfa_required

from . import selectors
from .models import AwarenessCoursePage, Completion, CourseProgress, LtiCourseLaunch

logger = logging.getLogger(__name__)

# A nonce is good for one launch: pylti1p3 checks it was issued, not that it is new.
NONCE_SECONDS = 24 * 60 * 60
# Platform roles that may choose content (deep linking).
CHOOSER_ROLES = ("#Instructor", "#Administrator", "#ContentDeveloper")


class LaunchRefused(Exception):
    """The launch cannot sign anyone in; the message says why, kindly."""

    def __init__(self, message: str, status: int = 403):
        super().__init__(message)
        self.message = message
        self.status = status


def _nonce_is_new(nonce: str | None) -> bool:
    return bool(nonce) and cache.add(f"alongside:lti-nonce:{nonce}", 1, NONCE_SECONDS)


def lti_user_account(
    *, lti_user: LtiUser, signed_in: User | None
) -> User:  # a service: it may create or link an account
    """The Alongside account for a platform user: linked before, linked now to the
    person signed in here with the same address, or new. An existing account is
    never taken over from a platform's say-so alone."""
    user = lti_user.auth_user
    if user is None:
        email = (lti_user.email or "").strip().lower()
        if not email:
            raise LaunchRefused(
                "Your organisation's learning system did not send your email "
                "address, so we cannot set up your place on the course. Please ask "
                "its administrator to share it with Alongside."
            )
        if signed_in is not None and signed_in.email.lower() == email:
            user = signed_in
        elif User.objects.filter(email__iexact=email).exists():
            raise LaunchRefused(
                "You already have an Alongside account with this email address. "
                "Sign in to Alongside in this browser, then open the course from "
                "your organisation's learning system again to link the two."
            )
        else:
            user = User.objects.create_user(
                email=email,
                password=None,
                full_name=(lti_user.name or "").strip()[:150],
                email_confirmed_at=timezone.now(),
            )
        lti_user.auth_user = user
        lti_user.save(update_fields=["auth_user", "datetime_modified"])
    if not user.is_active:
        raise LaunchRefused("This Alongside account is closed.")
    if mfa_required(user):
        # Staff accounts sign in with their second factor, never by a launch.
        raise LaunchRefused(
            "This is a staff account on Alongside: please sign in to Alongside "
            "directly, with your second step."
        )
    return user


def _course_for(lti_launch: LtiLaunch) -> AwarenessCoursePage:
    course_id = lti_launch.get_custom_claim("alongside_course")
    courses = AwarenessCoursePage.objects.live()
    if course_id and str(course_id).isdigit():
        course = courses.filter(pk=int(course_id)).first()
    else:
        course = selectors.course_default()
    if course is None:
        raise LaunchRefused("This course is not available at the moment.", 404)
    return course


@transaction.atomic
def lti_launch_record(
    *, user: User, course: AwarenessCoursePage, lti_launch: LtiLaunch
) -> LtiCourseLaunch | None:
    """Remember where to send the person's completion, if the platform wants it."""
    ags = lti_launch.ags_claim or {}
    lineitem = ags.get("lineitem", "")
    if not lineitem:
        return None
    record, _created = LtiCourseLaunch.objects.update_or_create(
        user=user,
        course=course,
        registration=lti_launch.registration,
        lineitem=lineitem[:1000],
        defaults={
            "ags_claim": ags,
            "sub": lti_launch.user.sub,
            "launched_at": timezone.now(),
        },
    )
    return record


def lti_scores_send(*, user_id: int, course_id: int) -> int:
    """Send the person's completion and score to each platform that launched the
    course for them (AGS). Returns how many scores were sent."""
    completion = (
        Completion.objects.filter(user_id=user_id, course_id=course_id)
        .select_related("course")
        .first()
    )
    if completion is None:
        return 0
    progress = CourseProgress.objects.filter(
        user_id=user_id, course_id=course_id
    ).first()
    if progress and progress.check_total:
        given, maximum = progress.check_score or 0, progress.check_total
    else:
        # A live session or a course without a check: done is full marks.
        given, maximum = 1, 1
    sent = 0
    launches = LtiCourseLaunch.objects.filter(
        user_id=user_id, course_id=course_id, registration__is_active=True
    ).select_related("registration")
    for launch in launches:
        connector = ServiceConnector(launch.registration.to_registration())
        ags = AssignmentsGradesService(connector, launch.ags_claim)
        grade = (
            Grade()
            .set_score_given(given)
            .set_score_maximum(maximum)
            .set_activity_progress("Completed")
            .set_grading_progress("FullyGraded")
            .set_timestamp(completion.completed_at.isoformat(timespec="milliseconds"))
            .set_user_id(launch.sub)
        )
        if not ags.can_put_grade():
            continue
        try:
            ags.put_grade(grade)
        except (LtiException, OSError, ValueError) as error:
            # The platform is down or refuses: the learner's completion stands;
            # the next launch of the course sends it again.
            logger.warning("LTI score not sent to %s: %s", launch.registration, error)
            continue
        launch.score_sent_at = timezone.now()
        launch.save(update_fields=["score_sent_at"])
        sent += 1
    return sent


def lti_scores_queue(*, user_id: int, course_id: int) -> None:
    """After the transaction, send scores to any platform that launched the course."""
    from .tasks import lti_scores_send_task

    if LtiCourseLaunch.objects.filter(user_id=user_id, course_id=course_id).exists():
        transaction.on_commit(
            lambda: lti_scores_send_task.delay(user_id=user_id, course_id=course_id)
        )


def on_course_completed(sender, user_id, course_id, **kwargs) -> None:
    """Signal receiver: a completion goes back to the platforms that launched it."""
    lti_scores_queue(user_id=user_id, course_id=course_id)


def _refused(
    request: HttpRequest,
    message: str,
    status: int = 403,
    *,
    frame_for: LtiRegistration | None = None,
) -> HttpResponse:
    """A kind refusal; framed only for a platform whose signed launch we checked."""
    response = render(
        request, "awareness/lti_refused.html", {"message": message}, status=status
    )
    if frame_for is not None:
        response.lti_frame_ancestors = registration_origins(frame_for)
    return response


# --- Framing by the registered platform (see the module's docstring) ---

FRAME_SESSION_KEY = "alongside:lti-frame"
CONTINUE_SALT = "alongside.awareness.lti-continue"
CONTINUE_SECONDS = 5 * 60
FRAMED_DESTINATIONS = ("iframe", "frame", "embed")
# The pages a launch leads to, besides the course page itself.
COURSE_VIEWS = ("awareness:section", "awareness:check", "awareness:done")


LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


def registration_origins(registration: LtiRegistration) -> list[str]:
    """The registered platform's web origins: its issuer's and its OIDC sign-in
    endpoint's, which a platform such as Moodle serves its pages from. https only,
    but for a platform on this machine (a trainer trying a local Moodle)."""
    origins: list[str] = []
    for url in (registration.issuer, registration.auth_url):
        parts = urlsplit(url or "")
        secure = parts.scheme == "https" or (
            parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS
        )
        origin = f"{parts.scheme}://{parts.netloc}"
        if secure and parts.netloc and origin not in origins:
            origins.append(origin)
    return origins


def _framed(request: HttpRequest) -> bool:
    """Whether the browser is loading this into a frame (Fetch Metadata)."""
    return request.headers.get("Sec-Fetch-Dest", "") in FRAMED_DESTINATIONS


def _leads_from_launch(request: HttpRequest, frame: dict) -> bool:
    if request.path_info == frame.get("path"):
        return True
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    if match.view_name in COURSE_VIEWS:
        return str(match.kwargs.get("course_id")) == str(frame.get("course"))
    return match.view_name == "awareness:lti_continue"


def lti_frame_origins(request: HttpRequest) -> list[str]:
    """Who may frame this response: the platform that launched the course in this
    session, on the pages the launch leads to; [] for everything else."""
    session = getattr(request, "session", None)
    if session is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return []  # no session to look in: spare every other request a lookup
    frame = session.get(FRAME_SESSION_KEY)
    user = getattr(request, "user", None)
    if not frame or user is None or user.pk != frame.get("user"):
        return []
    if not _leads_from_launch(request, frame):
        return []
    registration = LtiRegistration.objects.filter(
        pk=frame.get("registration"), is_active=True
    ).first()
    return registration_origins(registration) if registration else []


class LtiFramingMiddleware:
    """Lets the registered platform frame what its launch leads to, and nothing else.

    Listed after the CSP and X-Frame-Options middleware, so it marks the response
    before they write their headers: the platform's origins replace
    "frame-ancestors 'none'", and X-Frame-Options (which cannot name an origin) is
    left off that response only.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        origins = getattr(response, "lti_frame_ancestors", None)
        if origins is None:
            origins = lti_frame_origins(request)
        if origins:
            replace = getattr(response, "_csp_replace", None) or {}
            response._csp_replace = {**replace, "frame-ancestors": origins}
            response.xframe_options_exempt = True
        return response


def _continue_token(
    *, user: User, course: AwarenessCoursePage, lti_launch: LtiLaunch
) -> str:
    return signing.dumps(
        {
            "u": user.pk,
            "c": course.pk,
            "r": lti_launch.registration.pk,
            "l": lti_launch.get_launch_id(),
            "n": uuid.uuid4().hex,
        },
        salt=CONTINUE_SALT,
    )


@require_GET
def lti_continue(request: HttpRequest, token: str) -> HttpResponse:
    """Where a framed launch goes next: on to the course when the session cookie
    reached us; else, in the frame, a page that opens the course in a new window;
    in that window, a one-time sign-in and on to the course."""
    try:
        data = signing.loads(token, salt=CONTINUE_SALT, max_age=CONTINUE_SECONDS)
    except signing.BadSignature:
        return _refused(
            request,
            "This link has expired. Please open the course again from your "
            "organisation's learning system.",
        )
    course = AwarenessCoursePage.objects.live().filter(pk=data.get("c")).first()
    registration = LtiRegistration.objects.filter(
        pk=data.get("r"), is_active=True
    ).first()
    if course is None or registration is None:
        return _refused(request, "This course is not available at the moment.", 404)
    if request.user.is_authenticated and request.user.pk == data.get("u"):
        return redirect(course.url)
    if _framed(request):
        response = render(
            request,
            "awareness/lti_new_window.html",
            {"course": course, "continue_url": request.get_full_path()},
        )
        response.lti_frame_ancestors = registration_origins(registration)
        return response
    if not cache.add(f"alongside:lti-continue:{data.get('n')}", 1, CONTINUE_SECONDS):
        return _refused(
            request,
            "This link has been used already. Please open the course again from "
            "your organisation's learning system.",
        )
    user = User.objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None or mfa_required(user):
        return _refused(request, "This Alongside account cannot be signed in here.")
    request.session.flush()
    login(request, user, backend="lms.security.backends.ConfirmedAccountBackend")
    request.session[SESSION_KEY] = data.get("l")
    return redirect(course.url)


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
