"""Hearing about errors: ADMINS mail for server errors; Sentry without personal data."""

import gzip
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from alongside.error_reporting import admins_parse

ROOT = Path(__file__).resolve().parents[2]


def _python(script: str, *, tmp_path, **env) -> subprocess.CompletedProcess:
    """Run ``script`` with the test settings (or ``env``'s) in a fresh process."""
    clean = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "PYTHONPATH": f"{ROOT}:{tmp_path}",
        **env,
    }
    return subprocess.run(  # noqa: S603 - fixed arguments, our own code
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_admins_are_read_as_names_and_addresses():
    assert admins_parse(["Jo Bloggs <jo@example.org>", " it@example.org ", ""]) == [
        ("Jo Bloggs", "jo@example.org"),
        ("", "it@example.org"),
    ]


def test_an_admin_that_is_not_an_email_address_is_refused_clearly():
    with pytest.raises(ImproperlyConfigured, match="'Jo Bloggs' is not an email"):
        admins_parse(["Jo Bloggs"])


_SETTINGS_PROBE = (
    "import json, django; django.setup(); import sentry_sdk;"
    "from django.conf import settings;"
    "client = sentry_sdk.get_client();"
    "print(json.dumps({'admins': settings.ADMINS,"
    " 'server_email': settings.SERVER_EMAIL,"
    " 'sentry': client.is_active(),"
    " 'pii': bool(client.options.get('send_default_pii'))}))"
)


def test_admins_and_server_email_come_from_the_environment_and_sentry_stays_off(
    tmp_path,
):
    result = _python(
        _SETTINGS_PROBE,
        tmp_path=tmp_path,
        ADMINS="Jo Bloggs <jo@example.org>,it@example.org",
        SERVER_EMAIL="Alongside errors <errors@example.org>",
    )

    assert result.returncode == 0, result.stderr
    settings = json.loads(result.stdout.strip().splitlines()[-1])
    assert settings["admins"] == [
        ["Jo Bloggs", "jo@example.org"],
        ["", "it@example.org"],
    ]
    assert settings["server_email"] == "Alongside errors <errors@example.org>"
    assert settings["sentry"] is False  # no SENTRY_DSN: nothing initialised


def test_sentry_starts_without_personal_data_when_a_dsn_is_set(tmp_path):
    result = _python(
        _SETTINGS_PROBE, tmp_path=tmp_path, SENTRY_DSN="http://key@127.0.0.1:9/1"
    )

    assert result.returncode == 0, result.stderr
    settings = json.loads(result.stdout.strip().splitlines()[-1])
    assert settings["sentry"] is True
    assert settings["pii"] is False


@pytest.mark.django_db
def test_a_server_error_is_emailed_to_the_admins(settings, monkeypatch):
    settings.ADMINS = [("Jo Bloggs", "jo@example.org")]
    settings.SERVER_EMAIL = "errors@example.org"

    def broken(self, **kwargs):
        raise RuntimeError("the support numbers could not be read")

    monkeypatch.setattr("lms.views.SupportView.get_context_data", broken)

    response = Client(raise_request_exception=False).get("/support/")

    assert response.status_code == 500
    # The page still offers support, in the directory's own words.
    page = response.content.decode()
    assert "Samaritans free on" in page and "116 123" in page
    assert "text SHOUT to 85258" in page
    [message] = [m for m in mail.outbox if m.to == ["jo@example.org"]]
    assert message.from_email == "errors@example.org"
    assert "the support numbers could not be read" in message.body


class _Collector(BaseHTTPRequestHandler):
    """A stand-in Sentry: keeps every envelope posted to it."""

    received: list[bytes]

    def do_POST(self):  # noqa: N802 - the name http.server calls
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        self.received.append(body)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


_BOOM_URLS = """
from django.urls import path


def boom(request):
    email = request.POST["email"]
    note = request.POST["note"]
    raise ValueError(f"Could not save the note from {email}: {len(note)} characters")


urlpatterns = [path("boom/", boom)]
"""

_BOOM_SETTINGS = """
from config.settings.test import *  # noqa: F403

ROOT_URLCONF = "boom_urls"
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
"""

_BOOM_REQUEST = """
import django
django.setup()
import sentry_sdk
from django.test import Client

client = Client(raise_request_exception=False)
client.cookies["sessionid"] = "cookie-value-7f3a9"
response = client.post(
    "/boom/?from=jo.bloggs@example.org",
    {"email": "jo.bloggs@example.org", "note": "I felt very low after the birth"},
    HTTP_X_FORWARDED_FOR="203.0.113.9",
)
print(response.status_code)
sentry_sdk.flush(timeout=10)
"""


def test_an_error_in_a_view_reaches_sentry_with_nothing_personal(tmp_path):
    (tmp_path / "boom_urls.py").write_text(_BOOM_URLS)
    (tmp_path / "boom_settings.py").write_text(_BOOM_SETTINGS)
    _Collector.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Collector)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = _python(
            _BOOM_REQUEST,
            tmp_path=tmp_path,
            DJANGO_SETTINGS_MODULE="boom_settings",
            SENTRY_DSN=f"http://publickey@127.0.0.1:{server.server_port}/1",
        )
    finally:
        server.shutdown()

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "500"
    raw = b"".join(_Collector.received).decode()
    events = [
        json.loads(line)
        for line in raw.splitlines()
        if line.startswith("{") and '"exception"' in line
    ]
    assert len(events) == 1, raw
    [event] = events
    [exception] = event["exception"]["values"]
    assert exception["type"] == "ValueError"
    assert exception["value"].startswith("Could not save the note from [email removed]")
    # Nothing that says who this was, or what they wrote.
    for personal in ("jo.bloggs@example.org", "cookie-value-7f3a9", "felt very low"):
        assert personal not in raw
    assert "203.0.113.9" not in raw
    assert not {"cookies", "data", "query_string"} & set(event["request"])
    assert "vars" not in json.dumps(exception["stacktrace"])
