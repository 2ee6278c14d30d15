"""'Leave this site quickly': end the session, then go to a neutral site.

The quick-exit link is an ordinary GET link, so it works without JavaScript and in a
hurry. Signing someone out by GET invites cross-site requests that sign them out, so
the link carries a random token kept in the current session: a link made on another site
cannot end the session (it only sends the browser to the neutral site, which anyone
could do anyway). The session cookie is SameSite=Lax, so images and frames elsewhere
never carry it.
"""

import secrets

from django.conf import settings
from django.contrib.auth import logout
from django.urls import reverse
from django.utils.crypto import constant_time_compare
from django.utils.http import urlencode

_SESSION_KEY = "alongside_quick_exit"


def _session_token(request) -> str:
    """A random value kept in this session. It survives the session key being cycled
    (as Django does after a SECRET_KEY rotation), so a page loaded earlier still
    signs the person out, and no other site can know it."""
    token = request.session.get(_SESSION_KEY)
    if not token:
        token = secrets.token_urlsafe(24)
        request.session[_SESSION_KEY] = token
    return token


def quick_exit_href(request) -> str:
    """Where the quick-exit link points: straight to the neutral site for visitors,
    through the sign-out for a signed-in person."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not hasattr(request, "session"):
        return settings.QUICK_EXIT_URL
    return f"{reverse('lms:quick_exit')}?{urlencode({'t': _session_token(request)})}"


def quick_exit_session_end(request, token: str) -> bool:
    """Sign out when the token belongs to this session; say whether it did."""
    expected = request.session.get(_SESSION_KEY)
    if not expected or not request.user.is_authenticated:
        return False
    if not constant_time_compare(expected, token or ""):
        return False
    logout(request)
    return True
