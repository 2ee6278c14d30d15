"""'Leave this site quickly': end the session, then go to a neutral site.

The quick-exit link is an ordinary GET link, so it works without JavaScript and in a
hurry. Signing someone out by GET invites cross-site requests that sign them out, so
the link carries a token tied to the current session: a link made on another site
cannot end the session (it only sends the browser to the neutral site, which anyone
could do anyway). The session cookie is SameSite=Lax, so images and frames elsewhere
never carry it.
"""

from django.conf import settings
from django.contrib.auth import logout
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.http import urlencode

_SALT = "lms.security.quick-exit"


def _token(session_key: str) -> str:
    return salted_hmac(_SALT, session_key, algorithm="sha256").hexdigest()[:32]


def quick_exit_href(request) -> str:
    """Where the quick-exit link points: straight to the neutral site for visitors,
    through the sign-out for a signed-in person."""
    user = getattr(request, "user", None)
    session_key = getattr(getattr(request, "session", None), "session_key", None)
    if user is None or not user.is_authenticated or not session_key:
        return settings.QUICK_EXIT_URL
    return f"{reverse('lms:quick_exit')}?{urlencode({'t': _token(session_key)})}"


def quick_exit_session_end(request, token: str) -> bool:
    """Sign out when the token belongs to this session; say whether it did."""
    session_key = request.session.session_key
    if not session_key or not request.user.is_authenticated:
        return False
    if not constant_time_compare(_token(session_key), token or ""):
        return False
    logout(request)
    return True
