"""Signing up with a confirmed email address, and a limit on the emails anyone can send.

Sign-up makes an account that cannot be used until its confirmation link, sent to the
address, is opened. Whoever opens it has proved the address is theirs. Unless they
are in the same browser that chose the account's password, they choose a new one, so
a password set by someone who only knew the address (a "pre-registration") dies, and
every session signed in with it ends (Django ties sessions to the password).

The sign-up page answers the same way, in about the same time, whether or not the
address has an account: the owner of an existing account hears by email instead.
"""

import datetime
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

from lms.models import AuditEvent
from lms.tasks import email_send_task

from .audit import audit_record
from .client_ip import client_ip

_SALT = "lms.security.signup-confirm"
_PROOF_SALT = "lms.security.signup-browser"
SESSION_KEY = "alongside_signup"


# --- the confirmation link ---------------------------------------------------------


def _state(user, secret=None) -> str:
    # Changes once the address is confirmed or the password changes: the link works
    # once, and a link sent before a password reset no longer does anything.
    return salted_hmac(
        _SALT,
        f"{user.pk}{user.password}{user.email_confirmed_at or ''}{user.email}",
        secret=secret,
        algorithm="sha256",
    ).hexdigest()[:32]


def signup_confirm_url(*, user, next_url: str = "") -> str:
    """The emailed link that proves the address belongs to whoever opens it."""
    token = signing.dumps(
        {"u": user.pk, "s": _state(user), "n": next_url}, salt=_SALT, compress=True
    )
    return settings.SITE_URL + reverse("lms:signup_confirm", args=[token])


def signup_confirm_link_read(token: str):
    """(user, next) for a link still waiting to be used, or (None, "")."""
    try:
        data = signing.loads(token, salt=_SALT, max_age=settings.SIGN_UP_LINK_MAX_AGE)
    except signing.BadSignature:
        return None, ""
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        return None, ""
    user = (
        get_user_model()
        .objects.filter(pk=data["u"], is_active=True, email_confirmed_at__isnull=True)
        .first()
    )
    if user is None:
        return None, ""
    keys = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    state = str(data.get("s"))
    if not any(constant_time_compare(_state(user, key), state) for key in keys):
        return None, ""
    next_url = data.get("n") if isinstance(data.get("n"), str) else ""
    return user, next_url


# --- "this browser chose the password" ----------------------------------------------


def _password_proof(user) -> str:
    return salted_hmac(
        _PROOF_SALT, f"{user.pk}{user.password}", algorithm="sha256"
    ).hexdigest()


def signup_browser_chose_password(*, session, user) -> bool:
    """True when this browser's sign-up set the account's current password."""
    proof = (session.get(SESSION_KEY) or {}).get("proof", "")
    return bool(proof) and constant_time_compare(proof, _password_proof(user))


# --- sign-up ----------------------------------------------------------------------


def _confirmation_send(*, user, next_url: str) -> None:
    body = _(
        "Hello %(name)s,\n\nThank you for signing up to Alongside. To finish creating "
        "your account, open this link within 3 days:\n\n%(url)s\n\nIf you did not "
        "sign up, you can ignore this email: nobody can use the account without "
        "this link.\n\nThe Alongside team"
    ) % {
        "name": user.get_short_name(),
        "url": signup_confirm_url(user=user, next_url=next_url),
    }
    email_send_task.delay(
        subject=_("Finish creating your Alongside account"),
        body=body,
        to=[user.email],
    )


def _existing_tell(*, user, next_url: str) -> None:
    from .signin import account_exists_notify

    if not user.is_active:
        return
    if user.email_confirmed_at is None:
        # Never confirmed: only the confirmation link (which asks for a new password
        # unless this browser set it) lets anyone in.
        _confirmation_send(user=user, next_url=next_url)
    else:
        account_exists_notify(user=user)


def signup_start(
    *, email: str, full_name: str, password: str, nation: str, next_url: str
) -> dict:
    """Sign up, or tell the address's owner; what to keep in the browser's session.

    Both branches hash a password and queue one email, so the answer and its timing
    say nothing about whether the address already had an account.
    """
    from lms import services

    User = get_user_model()
    user = None
    if not User.objects.filter(email__iexact=email).exists():
        try:
            with transaction.atomic():
                user = services.user_create(
                    email=email,
                    full_name=full_name,
                    password=password,
                    nation=nation,
                    email_confirmed=False,
                )
        except IntegrityError:
            user = None  # someone signed up with it a moment ago
    if user is not None:
        _confirmation_send(user=user, next_url=next_url)
        proof = _password_proof(user)
    else:
        make_password(password)
        existing = User.objects.filter(email__iexact=email).first()
        if existing is not None:
            _existing_tell(user=existing, next_url=next_url)
        proof = secrets.token_hex(32)
    return {"email": email, "proof": proof, "next": next_url}


def signup_email_again(*, email: str, next_url: str) -> None:
    """Send the sign-up email once more (the same for any address)."""
    existing = get_user_model().objects.filter(email__iexact=email).first()
    if existing is not None:
        _existing_tell(user=existing, next_url=next_url)


@transaction.atomic
def signup_confirm(*, user, new_password: str | None = None) -> bool:
    """Mark the address confirmed (once); with a new password when one was chosen."""
    User = get_user_model()
    fields = {"email_confirmed_at": timezone.now()}
    if new_password is not None:
        fields["password"] = make_password(new_password)
    # One conditional update, so two people pressing the same link cannot both win.
    updated = User.objects.filter(
        pk=user.pk, is_active=True, email_confirmed_at__isnull=True
    ).update(**fields)
    user.refresh_from_db()
    if updated:
        audit_record(
            action=AuditEvent.Action.EMAIL_CONFIRMED,
            actor=user,
            subject=user,
            via="sign-up link",
            new_password="yes" if new_password is not None else "no",
        )
    return bool(updated)


def account_confirm_on_password_reset(*, user) -> None:
    """A password reset by email proves the address as well as a confirmation does."""
    if user.email_confirmed_at is None:
        updated = (
            get_user_model()
            .objects.filter(pk=user.pk, email_confirmed_at__isnull=True)
            .update(email_confirmed_at=timezone.now())
        )
        if updated:
            audit_record(
                action=AuditEvent.Action.EMAIL_CONFIRMED,
                actor=user,
                subject=user,
                via="password reset",
            )


# Unconfirmed sign-ups are removed this long after their link stopped working.
UNCONFIRMED_GRACE = datetime.timedelta(days=7)


def unconfirmed_signups_remove(*, now=None) -> int:
    """Remove sign-ups whose address was never confirmed, a week after the link
    expired: nobody could ever use them, and they hold someone's address. Accounts
    made by staff (CSV, admin) are confirmed when made and never removed here."""
    now = now or timezone.now()
    cutoff = (
        now
        - datetime.timedelta(seconds=settings.SIGN_UP_LINK_MAX_AGE)
        - UNCONFIRMED_GRACE
    )
    stale = get_user_model().objects.filter(
        email_confirmed_at__isnull=True,
        last_login__isnull=True,
        is_staff=False,
        is_superuser=False,
        date_joined__lt=cutoff,
    )
    with transaction.atomic():
        count = stale.count()
        if count:
            stale.delete()
            audit_record(action=AuditEvent.Action.UNCONFIRMED_REMOVED, count=count)
    return count


# --- how many emails one address or one client can ask for --------------------------


def _address_key(email: str):
    address = email.strip().lower()[:254]
    return lambda group, request: address


def email_requests_paused(*, request, email: str) -> bool:
    """Count a request to email this address; True when it must wait.

    Per address (however many people ask) and per client address, across sign-up,
    sign-up emails sent again and sign-in links. Counted before looking the address
    up, so being paused says nothing about whether it has an account.
    """
    by_address = is_ratelimited(
        request,
        group="lms.email-an-address",
        key=_address_key(email),
        rate=settings.EMAIL_RATE_PER_ADDRESS,
        increment=True,
    )
    by_client = client_ip(request) is not None and is_ratelimited(
        request,
        group="lms.email-from-a-client",
        key="ip",
        rate=settings.EMAIL_RATE_PER_CLIENT,
        increment=True,
    )
    return by_address or by_client
