"""Who must use a second factor, and whether this session has."""

from django_otp.plugins.otp_totp.models import TOTPDevice

from lms.roles import Role


def mfa_required(user) -> bool:
    """Staff and anyone with Wagtail admin access (trainers, organisation admins)."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_staff or user.is_superuser:
        return True
    if user.groups.filter(name__in=[Role.TRAINER, Role.ORGANISATION_ADMIN]).exists():
        return True
    return user.has_perm("wagtailadmin.access_admin")


def mfa_satisfied(request) -> bool:
    """True when this session has passed the second factor (django-otp verified)."""
    user = request.user
    return bool(getattr(user, "is_verified", None) and user.is_verified())


def mfa_device_confirmed(user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def mfa_device_pending(user) -> TOTPDevice:
    """The unconfirmed device being set up (made on first visit, reused after)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name="Authenticator app", confirmed=False
        )
    return device


# --- the demo (dev only: seed_demo refuses to run in production) ----------------------

DEMO_MFA_ACCOUNTS = ("admin@example.org", "trainer@example.org")


def demo_totp_key(email: str) -> str:
    """A fixed key per demo account, so the e2e tests and people can compute codes."""
    import hashlib

    return hashlib.sha256(f"alongside-demo-totp:{email}".encode()).hexdigest()[:40]


def demo_totp_secret(email: str) -> str:
    """The base32 secret to type into an authenticator app."""
    import base64

    return base64.b32encode(bytes.fromhex(demo_totp_key(email))).decode("ascii")


def demo_mfa_seed(users: dict):
    """Give the demo staff accounts a confirmed TOTP device with a known secret."""
    from lms.extensions import DemoResult

    lines = []
    for email in DEMO_MFA_ACCOUNTS:
        user = users.get(email)
        if user is None:
            continue
        TOTPDevice.objects.update_or_create(
            user=user,
            name="Demo authenticator",
            defaults={"key": demo_totp_key(email), "confirmed": True},
        )
        lines.append(
            f"{email:<26} second step (TOTP) secret: {demo_totp_secret(email)}"
        )
    return DemoResult(counts={"totp_devices": len(lines)}, sign_ins=lines)
