"""Revoked and suspended certificates, fetched by their direct URLs (review M3).

The review fetched ``/verify/<token>/pdf/`` and ``/verify/<token>/open-badge.jwt``
for a revoked certificate: a clean PDF with no status, and a credential signed
there and then, valid for two more years. Anyone holding the token, signed in or
not, now gets a PDF stamped with the status and a credential that says it and has
already run out.
"""

import base64
import calendar
import datetime
import io
import json

import pytest
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from certificates import services

pytestmark = pytest.mark.django_db


def _payload(jwt: str) -> dict:
    part = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _downloads(certificate) -> tuple[str, dict]:
    """The PDF's text and the credential's payload, as a stranger gets them."""
    stranger = Client()
    pdf = stranger.get(f"/verify/{certificate.token}/pdf/")
    assert pdf.status_code == 200
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    jwt = stranger.get(f"/verify/{certificate.token}/open-badge.jwt")
    assert jwt.status_code == 200
    return text, _payload(jwt.content.decode())


def _run_out_by_today(badge: dict) -> None:
    today = timezone.localdate()
    assert datetime.date.fromisoformat(badge["validUntil"][:10]) <= today
    assert badge["exp"] <= calendar.timegm(today.timetuple())


def test_a_valid_certificate_downloads_clean(world):
    text, badge = _downloads(world.certificate)
    assert "Valid until" in text
    assert "no longer valid" not in text
    assert "status" not in badge["credentialStatus"]
    assert badge["validUntil"].startswith(world.certificate.expires_on.isoformat())


@pytest.mark.parametrize(
    ("change", "word"),
    [
        (services.certificate_revoke, "Revoked"),
        (services.certificate_suspend, "Suspended"),
    ],
)
def test_revoked_and_suspended_ones_say_so_and_have_run_out(world, change, word):
    certificate = change(
        certificate=world.certificate, actor=world.user("admin"), reason="Checking."
    )
    text, badge = _downloads(certificate)
    assert f"{word} on" in text
    assert "Valid until" not in text
    assert badge["credentialStatus"]["status"] == word.lower()
    _run_out_by_today(badge)
