"""One-time sign-in links by email, for when a password will not do (or is locked)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

_SALT = "lms.security.signin-link"


def axes_username(request, credentials) -> str:
    """Count wrong passwords per address however its letters are cased."""
    value = (credentials or {}).get("username")
    if value is None and request is not None:
        value = request.POST.get("username", "")
    # No address is longer than 254 characters (and axes keeps at most 255).
    return str(value or "").strip().lower()[:254]


def axes_lockout_parameters(request_or_attempt, credentials=None) -> list:
    """What wrong passwords are counted by (django-axes).

    Per account and address together, and per address: so one person's (or one
    attacker's) wrong passwords hold back only the address they came from, and the
    account's owner still signs in from their own. Only when wrong passwords for one
    account come from AXES_ACCOUNT_ADDRESS_LIMIT addresses or more (someone guessing
    from many machines) is password sign-in paused for the account everywhere; its
    owner can then still use a one-time link sent to their email address.
    """
    from axes.helpers import get_cool_off
    from axes.models import AccessAttempt

    parameters = [["username", "ip_address"], "ip_address"]
    username = getattr(request_or_attempt, "username", None)
    if username is None and hasattr(request_or_attempt, "POST"):
        username = axes_username(request_or_attempt, credentials)
    if not username:
        return parameters
    addresses = (
        AccessAttempt.objects.filter(
            username=username, attempt_time__gte=timezone.now() - get_cool_off()
        )
        .values("ip_address")
        .distinct()
        .count()
    )
    if addresses >= settings.AXES_ACCOUNT_ADDRESS_LIMIT:
        parameters.append("username")
    return parameters


def _state(user, secret=None) -> str:
    # Changes when the person signs in (last_login) or changes their password, so a
    # link works once and dies with a password change.
    last_login = (
        user.last_login.replace(microsecond=0, tzinfo=None) if user.last_login else ""
    )
    return salted_hmac(
        _SALT,
        f"{user.pk}{user.password}{last_login}{user.email}",
        secret=secret,
        algorithm="sha256",
    ).hexdigest()[:32]


def _state_matches(user, state: str) -> bool:
    """Made with the current SECRET_KEY or one still in SECRET_KEY_FALLBACKS, so links
    sent before a key rotation keep working, as signing.loads allows for the rest."""
    keys = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return any(constant_time_compare(_state(user, key), state) for key in keys)


def signin_link_token_make(*, user) -> str:
    return signing.dumps({"u": user.pk, "s": _state(user)}, salt=_SALT, compress=True)


def signin_link_url(*, user) -> str:
    token = signin_link_token_make(user=user)
    return settings.SITE_URL + reverse("lms:signin_link_use", args=[token])


def signin_link_user(token: str):
    """The active user a link signs in, or None if it is wrong, used or too old."""
    try:
        data = signing.loads(token, salt=_SALT, max_age=settings.SIGN_IN_LINK_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        return None
    user = get_user_model().objects.filter(pk=data["u"], is_active=True).first()
    if user is None or not _state_matches(user, str(data.get("s"))):
        return None
    return user


def signin_link_use(token: str):
    """The user a link signs in, and the link is used up; None if it is wrong, used
    or too old.

    Used up by a conditional update of ``last_login`` (part of the link's state):
    when the same link is used several times at once, the database lets exactly
    one update through and the others find ``last_login`` already changed.
    """
    user = signin_link_user(token)
    if user is None:
        return None
    used = (
        get_user_model()
        .objects.filter(pk=user.pk, last_login=user.last_login)
        .update(last_login=timezone.now())
    )
    return user if used else None


def account_exists_notify(*, user) -> None:
    """Someone tried to sign up with this address: tell its owner, with a way in."""
    from django.utils.translation import gettext as _

    from lms.tasks import email_send_task

    body = _(
        "Hello %(name)s,\n\nSomeone tried to create an Alongside account with this "
        "email address, but you already have one. If it was you, sign in here "
        "(this link works once, for 15 minutes):\n\n%(url)s\n\nOr reset your "
        "password: %(reset)s\n\nIf it was not you, you can ignore this email.\n\n"
        "The Alongside team"
    ) % {
        "name": user.get_short_name(),
        "url": signin_link_url(user=user),
        "reset": settings.SITE_URL + reverse("lms:password_reset"),
    }
    email_send_task.delay(
        subject=_("You already have an Alongside account"), body=body, to=[user.email]
    )
