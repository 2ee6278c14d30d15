"""Sessions (rotated, idle timeout, ended on password change) and security headers."""

import time

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-fresh-and-long-password-77"


def _sign_in(user, client=None) -> Client:
    client = client or Client()
    response = client.post(
        "/accounts/login/", {"username": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


def test_the_session_is_rotated_at_sign_in(trainee):
    client = Client()
    client.get("/accounts/login/")
    client.session["planted"] = "by someone else"
    before = client.session.session_key or client.cookies.get("sessionid")

    _sign_in(trainee, client)

    assert client.session.session_key != before


def test_changing_the_password_ends_every_other_session(trainee):
    here, elsewhere = _sign_in(trainee), _sign_in(trainee)

    response = here.post(
        "/accounts/password/change/",
        {
            "old_password": PASSWORD,
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )

    assert response.status_code == 302
    assert here.get("/dashboard/").status_code == 200  # this one carries on
    assert elsewhere.get("/dashboard/").status_code == 302  # the other is ended


def test_resetting_the_password_ends_every_session(trainee):
    signed_in = _sign_in(trainee)
    trainee.refresh_from_db()  # signing in changed last_login, part of the token
    uid = urlsafe_base64_encode(force_bytes(trainee.pk))
    token = default_token_generator.make_token(trainee)
    resetter = Client()
    form_url = resetter.get(f"/accounts/password/reset/{uid}/{token}/").url

    resetter.post(
        form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )

    assert signed_in.get("/dashboard/").status_code == 302


def test_a_session_idle_too_long_is_signed_out(trainee, settings, monkeypatch):
    client = _sign_in(trainee)
    assert client.get("/dashboard/").status_code == 200
    later = time.time() + settings.SESSION_IDLE_TIMEOUT + 5
    monkeypatch.setattr("lms.security.middleware.time.time", lambda: later)

    response = client.get("/dashboard/", follow=True)

    assert response.redirect_chain[-1][0].startswith("/accounts/login/")
    assert "signed out after a while without activity" in response.text


def test_a_session_in_use_stays_signed_in(trainee, settings, monkeypatch):
    client = _sign_in(trainee)
    start = time.time()
    for step in range(1, 4):
        now = start + step * (settings.SESSION_IDLE_TIMEOUT - 60)
        monkeypatch.setattr("lms.security.middleware.time.time", lambda now=now: now)
        assert client.get("/dashboard/").status_code == 200


def test_staff_are_signed_out_sooner(site_admin, settings, monkeypatch):
    client = Client()
    client.force_login(site_admin)
    client.get("/dashboard/")
    later = time.time() + settings.SESSION_IDLE_TIMEOUT_STAFF + 5
    monkeypatch.setattr("lms.security.middleware.time.time", lambda: later)

    assert client.get("/dashboard/").status_code == 302


# --- headers -------------------------------------------------------------------------


def _csp(response) -> dict[str, list[str]]:
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        policy[name] = values
    return policy


@pytest.mark.parametrize("url", ["/support/", "/accounts/login/", "/dashboard/"])
def test_learner_pages_send_the_security_headers(trainee_client, url):
    response = trainee_client.get(url)

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = _csp(response)
    assert policy["script-src"] == ["'self'"]  # no inline scripts, no other hosts
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["default-src"] == ["'self'"]


def test_learner_pages_have_no_inline_scripts_or_styles(trainee_client, programme_tree):
    programme, _course, [(module, lessons), _] = programme_tree
    for url in ["/support/", "/dashboard/", programme.url, module.url]:
        html = trainee_client.get(url).text
        assert "<script>" not in html and '<script type="text/javascript">' not in html
        assert " style=" not in html, url
        assert " onclick=" not in html and " onload=" not in html, url


def test_the_wagtail_admin_gets_its_own_policy(site_admin, client):
    client.force_login(site_admin)

    response = client.get("/admin/")

    assert response.status_code == 200
    policy = _csp(response)
    assert "'unsafe-inline'" in policy["script-src"]  # Wagtail's admin needs it
    # Only its previews may be framed (test_preview_frames.py), not the admin itself.
    assert policy["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_production_settings_are_https_only(tmp_path):
    # In a separate process: importing production settings here would change the
    # lists and dicts the test settings share with them.
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import json, config.settings.production as p; "
        "print(json.dumps({k: getattr(p, k)"
        " for k in ['SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', "
        "'SESSION_COOKIE_HTTPONLY', 'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', "
        "'SECURE_HSTS_INCLUDE_SUBDOMAINS']}))"
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[2],
        env={
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(tmp_path),
            "SECRET_KEY": "k" * 30 + "0123456789abcdefghijklmnopqrstuvwxyz",
            "ALLOWED_HOSTS": "alongside.example.org",
            # What production refuses to start without (lms/checks.py).
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/alongside_ops_headers",
            "REDIS_CACHE_URL": "redis://127.0.0.1:6379/9",
            "CELERY_BROKER_URL": "redis://127.0.0.1:6379/10",
            "EMAIL_URL": "smtp://smtp.example.org:25",
            "CERTIFICATE_SIGNING_KEY_DIR": "/var/lib/alongside/signing-keys",
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    production = json.loads(result.stdout)

    assert production["SESSION_COOKIE_SECURE"] and production["CSRF_COOKIE_SECURE"]
    assert production["SESSION_COOKIE_HTTPONLY"]
    assert production["SECURE_SSL_REDIRECT"]
    assert production["SECURE_HSTS_SECONDS"] >= 31536000
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
