"""Middleware: idle sign-out, the staff second factor, private pages kept out of
caches, and the CSP header."""

import time

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from . import mfa

LAST_SEEN_KEY = "alongside_last_seen"
# Only rewrite the session when this much has passed, not on every request: each
# rewrite is a database write. Idle sign-out (30 or 60 minutes) is then measured
# from at most five minutes before the last request.
TOUCH_EVERY = 5 * 60

# The only pages someone who must use a second step may open before taking it in
# this session: signing in and out, the second step itself, password resets, and the
# help every page offers (support, take a break, leave quickly). Everything else,
# including any route added later, waits for the second step.
MFA_OPEN_ROUTES = frozenset(
    {
        "lms:login",
        "lms:logout",
        "lms:password_reset",
        "lms:password_reset_done",
        "lms:password_reset_confirm",
        "lms:password_reset_complete",
        "lms:signin_link",
        "lms:signin_link_sent",
        "lms:signin_link_use",
        "lms:mfa",
        "lms:mfa_recovery",
        "alongside:health",
        "lms:support",
        "lms:take_a_break",
        "lms:quick_exit",
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_password_reset",
        "wagtailadmin_password_reset_done",
        "wagtailadmin_password_reset_confirm",
        "wagtailadmin_password_reset_complete",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
    }
)


def _admin_prefix() -> str:
    return reverse("wagtailadmin_home")


class IdleTimeoutMiddleware:
    """Sign people out after a while without any request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            last = request.session.get(LAST_SEEN_KEY)
            limit = (
                settings.SESSION_IDLE_TIMEOUT_STAFF
                if user.is_staff or user.is_superuser
                else settings.SESSION_IDLE_TIMEOUT
            )
            if isinstance(last, int) and now - last > limit:
                logout(request)
                messages.info(
                    request,
                    _(
                        "You were signed out after a while without activity. "
                        "Please sign in again."
                    ),
                )
            elif not isinstance(last, int) or now - last >= TOUCH_EVERY:
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)


class PrivatePagesNoStoreMiddleware:
    """Whatever a signed-in person is sent is never stored by the browser or a proxy.

    So Back after signing out (or leaving the site quickly) asks the server again,
    which shows the sign-in page instead of someone's learning, reflections or
    answers.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        was_signed_in = _signed_in(request)
        response = self.get_response(request)
        if was_signed_in or _signed_in(request):
            add_never_cache_headers(response)
        return response


def _signed_in(request) -> bool:
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def mfa_open_route(path: str) -> bool:
    """True if ``path`` may be opened before the second step (``MFA_OPEN_ROUTES``)."""
    try:
        return resolve(path).view_name in MFA_OPEN_ROUTES
    except Resolver404:
        return False


class StaffSecondFactorMiddleware:
    """Everyone who must use a second step (trainers, supervisors, team leads,
    organisation and site admins) passes it in this session before any page but
    signing in: staff pages, exports and actions, wherever they are served.

    A password or an emailed sign-in link is one step; the TOTP code is the other.
    Learners are never asked.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.user.is_authenticated
            and not mfa.mfa_satisfied(request)
            and not mfa_open_route(request.path_info)
            and mfa.mfa_required(request.user)
        ):
            target = reverse("lms:mfa")
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


# Wagtail's preview views (pages, snippets, revisions, StreamField blocks): the
# admin's own preview panel shows them in a frame, from the same origin.
ADMIN_PREVIEW_VIEWS = frozenset(
    {
        "preview_on_edit",
        "preview_on_add",
        "revisions_view",
        "wagtailadmin_block_preview",
    }
)


def is_admin_preview(request) -> bool:
    """Whether this is one of the admin's preview views, which it frames itself."""
    match = getattr(request, "resolver_match", None)
    return (
        match is not None
        and match.url_name in ADMIN_PREVIEW_VIEWS
        and request.path_info.startswith(_admin_prefix())
    )


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The site's strict policy, loosened only inside the Wagtail admin.

    Wagtail's admin still relies on some inline scripts and styles; learner pages use
    none. No page may be framed, except the admin's previews by the admin itself:
    Wagtail renders a preview by running the page's own request (with the site's
    policy, "frame-ancestors 'none'") inside the preview view, so that policy is
    replaced here on the way out, and X-Frame-Options says the same.
    """

    ADMIN_UPDATE = {
        "script-src": ["'unsafe-inline'"],
        "style-src": ["'unsafe-inline'"],
        "img-src": ["blob:"],
        "frame-src": ["'self'"],
    }
    PREVIEW_REPLACE = {"frame-ancestors": ["'self'"]}

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(_admin_prefix()):
            parts.update = {**self.ADMIN_UPDATE, **(parts.update or {})}
            if is_admin_preview(request):
                parts.replace = {**self.PREVIEW_REPLACE, **(parts.replace or {})}
        return parts

    def process_response(self, request, response):
        if is_admin_preview(request):
            # The page's own policy, set by the request Wagtail ran inside this one.
            if "Content-Security-Policy" in response:
                del response["Content-Security-Policy"]
            response["X-Frame-Options"] = "SAMEORIGIN"
        return super().process_response(request, response)
