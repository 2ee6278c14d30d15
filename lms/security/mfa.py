"""Who must use a second factor, and whether this session has."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms.roles import Role

# Roles whose members see or change other people's learning, records or teams.
MFA_ROLES = (
    Role.TRAINER,
    Role.SUPERVISOR,
    Role.TEAM_LEAD,
    Role.ORGANISATION_ADMIN,
    Role.SITE_ADMIN,
)


def mfa_required_filter():
    """Who must use a second step: anyone in a staff role, with Wagtail admin access,
    or named as trainer or supervisor of a cohort, lead of a team or admin of an
    organisation (the pages check those, not only the role)."""
    from django.contrib.auth.models import Permission

    from lms.models import Cohort, Organisation, Team

    user = OuterRef("pk")
    return (
        Q(is_staff=True)
        | Q(is_superuser=True)
        | Q(groups__name__in=MFA_ROLES)
        | Exists(
            Permission.objects.filter(
                content_type__app_label="wagtailadmin", codename="access_admin"
            ).filter(Q(group__user=user) | Q(user=user))
        )
        | Exists(Cohort.objects.filter(Q(trainers=user) | Q(supervisors=user)))
        | Exists(Team.objects.filter(leads=user))
        | Exists(Organisation.objects.filter(admins=user))
    )


def mfa_required(user) -> bool:
    """True for staff (see ``mfa_required_filter``); learners never need it.

    Remembered on the user object, so one request asks the database once.
    """
    if not getattr(user, "is_authenticated", False):
        return False
    cached = getattr(user, "_alongside_mfa_required", None)
    if cached is None:
        cached = (
            get_user_model()
            .objects.filter(pk=user.pk)
            .filter(mfa_required_filter())
            .exists()
        )
        user._alongside_mfa_required = cached
    return cached


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


# --- recovery codes: for when the authenticator app is lost --------------------------

RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "Recovery codes"


@transaction.atomic
def mfa_recovery_codes_create(*, user) -> list[str]:
    """A new set of one-time recovery codes; every earlier code stops working."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(
        [StaticToken(device=device, token=code) for code in codes]
    )
    return codes


def mfa_recovery_codes_left(user) -> int:
    """How many of the person's recovery codes are still unused."""
    return StaticToken.objects.filter(
        device__user=user, device__name=RECOVERY_DEVICE_NAME, device__confirmed=True
    ).count()


def mfa_recovery_device(user) -> StaticDevice | None:
    return StaticDevice.objects.filter(
        user=user, name=RECOVERY_DEVICE_NAME, confirmed=True
    ).first()


@transaction.atomic
def mfa_recovery_code_use(*, user, code: str) -> StaticDevice | None:
    """The recovery device when ``code`` is unused (it is used up now), else None.

    Wrong codes count towards django-otp's throttle, as TOTP codes do.
    """
    # Locked, so the same code cannot be used twice by two requests at once.
    device = (
        StaticDevice.objects.select_for_update()
        .filter(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
        .first()
    )
    if device is None or not device.verify_token(code):
        return None
    return device


def mfa_staff_status():
    """Everyone who must use a second step, with whether their app is set up and
    how many recovery codes they have left (for site admins)."""
    codes_left = (
        StaticToken.objects.filter(
            device__user=OuterRef("pk"),
            device__name=RECOVERY_DEVICE_NAME,
            device__confirmed=True,
        )
        .values("device__user")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        get_user_model()
        .objects.filter(mfa_required_filter())
        .distinct()
        .annotate(
            app_set_up=Exists(
                TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
            ),
            recovery_codes_left=Coalesce(
                Subquery(codes_left, output_field=IntegerField()), 0
            ),
        )
        .order_by("full_name", "email")
    )


# --- the demo (dev only: seed_demo refuses to run in production) ----------------------

DEMO_MFA_ACCOUNTS = (
    "admin@example.org",
    "trainer@example.org",
    "supervisor@example.org",
    "teamlead@example.org",
)


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
    from alongside.extensions import DemoResult

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
