"""The second factor (TOTP): required for everyone with admin access, not learners."""

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms.models import AuditEvent
from lms.security.mfa import demo_mfa_seed, demo_totp_key
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.mfa]

ADMIN = "/admin/"


def _code(device: TOTPDevice, drift: int = 0) -> str:
    return f"{totp(device.bin_key, step=30, t0=0, digits=6, drift=drift):06d}"


def _sign_in(user) -> Client:
    client = Client()
    response = client.post(
        "/accounts/login/", {"username": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


@pytest.mark.parametrize("who", ["site_admin", "trainer", "organisation_admin"])
def test_staff_must_set_up_a_second_factor_before_the_admin(request, who, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # the throttle has its own test below
    user = request.getfixturevalue(who)
    client = _sign_in(user)

    response = client.get(ADMIN)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/two-step/?next=")

    setup = client.get(response.url)
    assert "Set up a second step for signing in" in setup.text
    assert "<svg" in setup.text  # the QR code, inline (no script, no off-site image)
    device = TOTPDevice.objects.get(user=user, confirmed=False)

    wrong = client.post("/accounts/two-step/", {"code": "000000", "next": ADMIN})
    assert wrong.status_code == 400
    assert "That code did not work." in wrong.text
    assert client.get(ADMIN).status_code == 302

    right = client.post("/accounts/two-step/", {"code": _code(device), "next": ADMIN})
    assert right.status_code == 302
    # First the recovery codes, shown once (tests/security/test_mfa_recovery.py).
    assert right.url == "/accounts/two-step/recovery-codes/?next=%2Fadmin%2F"
    assert client.get(ADMIN).status_code == 200
    device.refresh_from_db()
    assert device.confirmed
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.MFA_SET_UP, subject=user
    ).exists()


def test_a_confirmed_device_asks_for_the_code_at_each_sign_in(site_admin):
    device = TOTPDevice.objects.create(user=site_admin, name="Phone", confirmed=True)
    client = _sign_in(site_admin)

    ask = client.get("/accounts/two-step/")
    assert "Enter your code" in ask.text
    assert "Key:" not in ask.text  # the secret is never shown again
    assert client.get("/admin/pages/").status_code == 302

    client.post("/accounts/two-step/", {"code": _code(device)})
    assert client.get("/admin/pages/").status_code == 200

    # A new sign-in (another browser) needs the code again.
    assert _sign_in(site_admin).get("/admin/pages/").status_code == 302


def test_a_password_and_a_stolen_sign_in_link_are_not_enough_for_the_admin(
    client, site_admin
):
    from lms.security.signin import signin_link_token_make

    TOTPDevice.objects.create(user=site_admin, name="Phone", confirmed=True)
    client.post(f"/accounts/sign-in-link/{signin_link_token_make(user=site_admin)}/")

    assert client.get(ADMIN).status_code == 302


def test_repeated_wrong_codes_are_throttled(site_admin):
    device = TOTPDevice.objects.create(user=site_admin, name="Phone", confirmed=True)
    client = _sign_in(site_admin)
    for _ in range(3):
        client.post("/accounts/two-step/", {"code": "000000"})

    # Right code, but too soon after the wrong ones: django-otp's throttle says no.
    response = client.post("/accounts/two-step/", {"code": _code(device)})
    assert response.status_code == 400
    assert client.get(ADMIN).status_code == 302


def test_learners_are_not_asked_for_a_second_factor(trainee_client):
    assert trainee_client.get("/dashboard/").status_code == 200
    # And the admin stays closed to them, second factor or not.
    response = trainee_client.get(ADMIN)
    assert response.status_code == 302
    assert "/two-step/" not in response.url


@pytest.mark.parametrize(
    "code", ["", "12345", "1234567", "abcdef", "١٢٣٤٥٦", "12 34 5x", "0" * 200]
)
def test_malformed_codes_get_a_clear_message(site_admin, code):
    TOTPDevice.objects.create(user=site_admin, name="Phone", confirmed=True)
    client = _sign_in(site_admin)

    response = client.post("/accounts/two-step/", {"code": code})

    assert response.status_code == 400
    assert "nhsuk-error-message" in response.text


def test_the_next_address_never_leaves_the_site(site_admin):
    device = TOTPDevice.objects.create(user=site_admin, name="Phone", confirmed=True)
    client = _sign_in(site_admin)

    response = client.post(
        "/accounts/two-step/", {"code": _code(device), "next": "https://evil.example/"}
    )

    assert response.url == ADMIN


def test_the_demo_staff_get_a_known_secret(site_admin, trainer):
    site_admin.email = "admin@example.org"
    site_admin.save()

    result = demo_mfa_seed({"admin@example.org": site_admin})
    demo_mfa_seed({"admin@example.org": site_admin})  # idempotent

    device = TOTPDevice.objects.get(user=site_admin)
    assert device.confirmed and device.key == demo_totp_key("admin@example.org")
    assert "second step (TOTP) secret:" in result.sign_ins[0]
    client = _sign_in(site_admin)
    client.post("/accounts/two-step/", {"code": _code(device)})
    assert client.get(ADMIN).status_code == 200


# --- staff pages outside the admin: the same second step, wherever they are served ---


def _two_step(response) -> bool:
    return response.status_code == 302 and response.url.startswith(
        "/accounts/two-step/?next="
    )


@pytest.fixture
def team_lead(roles):
    from lms.factories import TeamFactory
    from lms.roles import Role
    from tests.conftest import make_user

    lead = make_user(Role.TEAM_LEAD, full_name="Lee Lead")
    TeamFactory().leads.add(lead)
    return lead


def test_a_password_alone_opens_no_trainer_page_or_export(
    trainer, cohort, trainee, mailoutbox
):
    from django.utils import timezone

    from lms.models import ReflectiveEntry
    from lms.services import enrolment_create

    # A trainer reads a shared reflection only from a trainee of their own cohort.
    enrolment_create(user=trainee, programme=cohort.programme, cohort=cohort)
    entry = ReflectiveEntry.objects.create(
        owner=trainee,
        title="Week one",
        body="PRIVATE",
        shared_with=trainer,
        shared_at=timezone.now(),
    )
    device = TOTPDevice.objects.create(user=trainer, name="Phone", confirmed=True)
    client = _sign_in(trainer)
    pages = [
        f"/admin/cohorts/{cohort.pk}/gradebook/",
        f"/admin/cohorts/{cohort.pk}/answers.csv",
        f"/admin/cohorts/{cohort.pk}/invite/",
        f"/reflections/shared-with-me/{entry.pk}/",
        "/admin/cohorts/",
    ]

    for page in pages:
        response = client.get(page)
        assert _two_step(response), page
        assert b"PRIVATE" not in response.content
    # Actions too, not only pages: nobody is invited on a password alone.
    invite = {"people": "sam@example.org, Sam Patel"}
    assert _two_step(client.post(f"/admin/cohorts/{cohort.pk}/invite/", invite))
    assert mailoutbox == []

    client.post("/accounts/two-step/", {"code": _code(device)})
    for page in pages:
        assert client.get(page).status_code == 200, page


def test_a_sign_in_link_is_only_one_step_for_staff(trainer, cohort):
    from lms.security.signin import signin_link_token_make

    device = TOTPDevice.objects.create(user=trainer, name="Phone", confirmed=True)
    client = Client()
    client.post(f"/accounts/sign-in-link/{signin_link_token_make(user=trainer)}/")
    gradebook = f"/admin/cohorts/{cohort.pk}/gradebook/"

    assert _two_step(client.get(gradebook))

    code = client.post(
        "/accounts/two-step/", {"code": _code(device), "next": gradebook}
    )
    assert code.url == gradebook
    assert client.get(gradebook).status_code == 200


@pytest.mark.parametrize("who", ["supervisor", "team_lead", "organisation_admin"])
def test_everyone_who_sees_other_peoples_data_sets_up_a_second_step(request, who):
    user = request.getfixturevalue(who)
    if who == "supervisor":
        request.getfixturevalue("cohort")  # they supervise one
    client = _sign_in(user)

    home = client.get("/dashboard/")
    assert _two_step(home)
    assert "Set up a second step for signing in" in client.get(home.url).text

    device = TOTPDevice.objects.get(user=user, confirmed=False)
    client.post("/accounts/two-step/", {"code": _code(device), "next": "/dashboard/"})
    assert client.get("/dashboard/").status_code == 200


def test_team_reports_and_the_countersign_queue_wait_for_the_second_step(
    team_lead, supervisor, cohort
):
    team = team_lead.led_teams.get()
    for user, page in [
        (team_lead, f"/awareness/teams/{team.pk}/report.csv"),
        (team_lead, f"/awareness/teams/{team.pk}/"),
        (supervisor, "/countersign/"),
    ]:
        assert _two_step(_sign_in(user).get(page)), page


def test_learners_use_their_own_pages_without_a_second_step(trainee_client, enrolment):
    for page in ["/dashboard/", "/reflections/", "/practice/", "/certificates/"]:
        assert trainee_client.get(page).status_code == 200, page


def test_only_signing_in_resets_and_help_open_before_the_second_step():
    """Every other route, including any added later, waits for the second step
    (tests/security/test_authz_matrix.py asks each one)."""
    from lms.security.middleware import MFA_OPEN_ROUTES

    assert {
        # Signing in and out, and the second step itself.
        "lms:login",
        "lms:logout",
        "lms:signin_link",
        "lms:signin_link_sent",
        "lms:signin_link_use",
        "lms:mfa",
        "lms:mfa_recovery",
        "wagtailadmin_login",
        "wagtailadmin_logout",
        # Resetting a forgotten password.
        "lms:password_reset",
        "lms:password_reset_done",
        "lms:password_reset_confirm",
        "lms:password_reset_complete",
        "wagtailadmin_password_reset",
        "wagtailadmin_password_reset_done",
        "wagtailadmin_password_reset_confirm",
        "wagtailadmin_password_reset_complete",
        # The admin sign-in page's assets.
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        # Help on every page: a person mid-sign-in may need it too.
        "alongside:health",
        "lms:support",
        "lms:take_a_break",
        "lms:quick_exit",
    } == MFA_OPEN_ROUTES
