"""Framing by the registered platform that launched the course (see the package's
docstring), and the "open in a new window" link."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import login
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET
from lti_tool.constants import SESSION_KEY
from lti_tool.models import LtiLaunch, LtiRegistration

from lms.models import User
from lms.security.mfa import mfa_required

from ..models import AwarenessCoursePage

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
