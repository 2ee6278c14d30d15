"""Staff recovery codes: shown once at set-up, each works once, a new set replaces."""

import re

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms.security.mfa import mfa_recovery_codes_create, mfa_recovery_codes_left
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.mfa]

ADMIN = "/admin/"
TWO_STEP = "/accounts/two-step/"
RECOVERY = "/accounts/two-step/recovery/"
CODES = "/accounts/two-step/recovery-codes/"


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=30, t0=0, digits=6):06d}"


def _sign_in(user) -> Client:
    client = Client()
    response = client.post(
        "/accounts/login/", {"username": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


def _codes_shown(html: str) -> list[str]:
    return [
        code.replace(" ", "")
        for code in re.findall(r"<code>([a-z2-7]{4} [a-z2-7]{4})</code>", html)
    ]


@pytest.fixture
def staff_with_app(trainer):
    TOTPDevice.objects.create(user=trainer, name="Authenticator app", confirmed=True)
    return trainer


def test_setting_up_the_app_shows_ten_codes_once(trainer, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    client = _sign_in(trainer)
    client.get(TWO_STEP)
    device = TOTPDevice.objects.get(user=trainer, confirmed=False)

    done = client.post(TWO_STEP, {"code": _code(device), "next": ADMIN})

    assert done.status_code == 302
    assert done.url == f"{CODES}?next=%2Fadmin%2F"
    page = client.get(done.url)
    codes = _codes_shown(page.text)
    assert len(set(codes)) == 10
    assert "Keep these codes somewhere safe" in page.text
    assert f'href="{ADMIN}"' in page.text  # then on to where they were going
    # Shown once: the next visit only says how many are left.
    again = client.get(CODES)
    assert _codes_shown(again.text) == []
    assert "<strong>10</strong> unused recovery codes left" in again.text


def test_a_recovery_code_signs_in_once(staff_with_app):
    [code, *_rest] = mfa_recovery_codes_create(user=staff_with_app)
    client = _sign_in(staff_with_app)
    assert client.get(ADMIN).status_code == 302

    # Typed as people do: with a space, in capitals.
    used = client.post(
        RECOVERY, {"code": f"{code[:4].upper()} {code[4:].upper()}", "next": ADMIN}
    )

    assert used.status_code == 302
    assert used.url == ADMIN
    assert client.get(ADMIN).status_code == 200
    assert mfa_recovery_codes_left(staff_with_app) == 9

    second = _sign_in(staff_with_app)
    refused = second.post(RECOVERY, {"code": code, "next": ADMIN})
    assert refused.status_code == 400
    assert "That recovery code did not work." in refused.text
    assert second.get(ADMIN).status_code == 302


def test_a_new_set_stops_the_old_codes_working(staff_with_app, settings):
    settings.OTP_STATIC_THROTTLE_FACTOR = 0
    old = mfa_recovery_codes_create(user=staff_with_app)
    client = _sign_in(staff_with_app)
    device = TOTPDevice.objects.get(user=staff_with_app)
    assert client.post(TWO_STEP, {"code": _code(device)}).status_code == 302
    account = client.get("/accounts/profile/")
    assert CODES in account.text  # reached from their account page

    made = client.post(CODES)

    assert made.status_code == 302
    new = _codes_shown(client.get(made.url).text)
    assert len(new) == 10 and not set(new) & set(old)
    other = _sign_in(staff_with_app)
    assert other.post(RECOVERY, {"code": old[0]}).status_code == 400
    assert other.post(RECOVERY, {"code": new[0]}).status_code == 302


def test_making_codes_needs_the_second_step_first(staff_with_app):
    client = _sign_in(staff_with_app)  # a password alone

    for response in (client.get(CODES), client.post(CODES)):
        assert response.status_code == 302
        assert response.url.startswith(f"{TWO_STEP}?next=")
    assert mfa_recovery_codes_left(staff_with_app) == 0


def test_trainees_have_no_recovery_pages(trainee):
    client = _sign_in(trainee)

    for url in (RECOVERY, CODES):
        assert client.get(url).status_code == 403
        assert client.post(url, {"code": "abcd2345"}).status_code == 403


def test_the_forms_are_protected_against_cross_site_requests(
    staff_with_app, monkeypatch
):
    [code, *_rest] = mfa_recovery_codes_create(user=staff_with_app)
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_with_app)

    assert client.post(RECOVERY, {"code": code}).status_code == 403
    # Making new codes needs the second step first, and then the form's token too.
    monkeypatch.setattr("lms.security.mfa.mfa_satisfied", lambda request: True)
    assert client.post(CODES).status_code == 403
    assert mfa_recovery_codes_left(staff_with_app) == 10


@pytest.mark.parametrize("typed", ["", "abc", "abcd-2345-xyz", "!!!!????"])
def test_a_malformed_code_gets_a_clear_message(staff_with_app, typed):
    client = _sign_in(staff_with_app)

    response = client.post(RECOVERY, {"code": typed})

    assert response.status_code == 400
    assert "There is a problem" in response.text
    assert 'href="#id_code"' in response.text  # the error summary links to the field


def test_wrong_codes_are_throttled(staff_with_app):
    [code, *_rest] = mfa_recovery_codes_create(user=staff_with_app)
    client = _sign_in(staff_with_app)

    assert client.post(RECOVERY, {"code": "aaaa2222"}).status_code == 400
    # The right code, but straight after a wrong one: django-otp's throttle says no.
    too_soon = client.post(RECOVERY, {"code": code})

    assert too_soon.status_code == 400
    assert "Too many codes have been tried." in too_soon.text
    assert mfa_recovery_codes_left(staff_with_app) == 10


def test_site_admins_see_how_many_codes_each_person_has_left(
    staff_with_app, site_admin
):
    [code, *_rest] = mfa_recovery_codes_create(user=staff_with_app)
    trainer = _sign_in(staff_with_app)
    assert trainer.post(RECOVERY, {"code": code}).status_code == 302
    device = TOTPDevice.objects.create(user=site_admin, name="App", confirmed=True)
    admin = _sign_in(site_admin)
    assert admin.post(TWO_STEP, {"code": _code(device)}).status_code == 302

    report = admin.get("/admin/reports/second-step/")

    assert report.status_code == 200
    row = re.search(
        rf"<tr[^>]*>(?:(?!</tr>).)*{re.escape(staff_with_app.email)}(?:(?!</tr>).)*</tr>",
        report.text,
        re.S,
    )
    assert row is not None, report.text
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(0), re.S)
    assert "9" in [re.sub(r"<[^>]+>", "", cell).strip() for cell in cells]
    # Other staff may not look.
    assert trainer.get("/admin/reports/second-step/").status_code == 302
