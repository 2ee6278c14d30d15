"""A revoked or suspended certificate says so everywhere: the journey from the admin's
confirmation page to anyone opening its verification page, PDF and Open Badge."""

import base64
import calendar
import datetime
import io
import json

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates import services
from certificates.models import Certificate

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(enrolled, trainer, programme):
    make_rules(programme, requirement("reflections", entries=1))
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="Paper record"
    )
    return certificate


@pytest.fixture
def org_admin(cohort, organisation_admin):
    cohort.organisation.admins.add(organisation_admin)
    organisation_admin.is_staff = True
    organisation_admin.save()
    return organisation_admin


def _payload(jwt: str) -> dict:
    part = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _pdf_text(client, certificate) -> str:
    response = client.get(reverse("certificates:pdf", args=[certificate.token]))
    assert response.status_code == 200
    # Checked again at every download (signed-in people also get no-store).
    assert "no-cache" in response["Cache-Control"].split(", ")
    return PdfReader(io.BytesIO(response.content)).pages[0].extract_text()


def _badge(client, certificate) -> dict:
    response = client.get(reverse("certificates:credential", args=[certificate.token]))
    assert response.status_code == 200
    return _payload(response.content.decode())


def _today() -> str:
    today = timezone.localdate()
    return f"{today.day} {today:%B %Y}"


def test_admin_revokes_through_a_confirmation_page_and_everyone_sees_it(
    client, certificate, org_admin
):
    # Before: the badge is valid until the certificate's expiry.
    before = _badge(client, certificate)
    assert "status" not in before["credentialStatus"]
    assert before["validUntil"].startswith(certificate.expires_on.isoformat())

    # Day one, the organisation's admin opens the certificate in the admin.
    client.force_login(org_admin)
    detail = client.get(reverse("certificates_admin_detail", args=[certificate.pk]))
    confirm_url = reverse("certificates_admin_action", args=[certificate.pk, "revoke"])
    assert f'href="{confirm_url}"' in detail.content.decode()

    # "Revoke…" leads to a page of its own that says what will happen.
    page = client.get(confirm_url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Revoke this certificate?" in html
    assert "cannot be undone" in html
    assert "Yes, revoke it" in html and "No, go back" in html
    certificate.refresh_from_db()
    assert certificate.status == "valid"  # opening the page changes nothing

    # Confirming without a reason is refused on the same page, with a message.
    refused = client.post(confirm_url, {"reason": "  ", "confirmed": "yes"})
    assert refused.status_code == 400
    assert "Revoke this certificate?" in refused.content.decode()
    certificate.refresh_from_db()
    assert certificate.status == "valid"

    done = client.post(
        confirm_url, {"reason": "Issued to the wrong person.", "confirmed": "yes"}
    )
    assert done.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    client.logout()

    # Later, anyone without an account checks it.
    page = client.get(reverse("certificates:verify", args=[certificate.token]))
    assert "This certificate has been revoked" in page.content.decode()
    assert "marked revoked" in page.content.decode()

    text = _pdf_text(client, certificate)
    assert f"Revoked on {_today()}: this certificate is no longer valid." in text
    assert "Valid until" not in text

    badge = _badge(client, certificate)
    status = badge["credentialStatus"]
    assert status["type"] == "1EdTechRevocationList"
    assert status["status"] == "revoked"
    assert status["statusReason"] == "Issued to the wrong person."
    assert status["statusDate"].startswith(timezone.localdate().isoformat())
    # Never re-signed as valid: it ran out the day it was revoked.
    assert badge["validUntil"].startswith(timezone.localdate().isoformat())
    today = timezone.localdate()
    assert badge["exp"] == calendar.timegm(today.timetuple())
    response = client.get(reverse("certificates:credential", args=[certificate.token]))
    assert "revoked" in response["Content-Disposition"]


def test_suspension_and_reinstatement_each_ask_first(client, certificate, org_admin):
    client.force_login(org_admin)
    suspend_url = reverse("certificates_admin_action", args=[certificate.pk, "suspend"])
    reinstate_url = reverse(
        "certificates_admin_action", args=[certificate.pk, "reinstate"]
    )
    # Reinstating a valid certificate does not apply: back to its page.
    not_now = client.get(reinstate_url)
    assert not_now.status_code == 302
    assert "Suspend this certificate?" in client.get(suspend_url).content.decode()
    client.post(
        suspend_url, {"reason": "Looking into a complaint.", "confirmed": "yes"}
    )
    certificate.refresh_from_db()
    assert certificate.status == "suspended"

    assert "Suspended on" in _pdf_text(client, certificate)
    badge = _badge(client, certificate)
    assert badge["credentialStatus"]["status"] == "suspended"
    assert badge["validUntil"].startswith(timezone.localdate().isoformat())

    assert "Reinstate this certificate?" in client.get(reinstate_url).content.decode()
    client.post(
        reinstate_url, {"reason": "The complaint was not upheld.", "confirmed": "yes"}
    )
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    badge = _badge(client, certificate)
    assert "status" not in badge["credentialStatus"]
    assert badge["validUntil"].startswith(certificate.expires_on.isoformat())
    assert "no longer valid" not in _pdf_text(client, certificate)


def test_renew_needs_no_confirmation_page(client, certificate, org_admin):
    # Renewal opens near expiry.
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + datetime.timedelta(days=30)
    )
    client.force_login(org_admin)
    renew_url = reverse("certificates_admin_action", args=[certificate.pk, "renew"])
    assert client.get(renew_url).status_code == 302
    detail = client.get(reverse("certificates_admin_detail", args=[certificate.pk]))
    assert ">Renew</button>" in detail.content.decode()


def test_a_trainer_gets_no_confirmation_page_to_revoke(client, certificate, trainer):
    trainer.is_staff = True
    trainer.save()
    client.force_login(trainer)
    page = client.get(
        reverse("certificates_admin_action", args=[certificate.pk, "revoke"])
    )
    assert page.status_code in (302, 403)
    assert b"Revoke this certificate?" not in page.content
    assert Certificate.objects.get(pk=certificate.pk).status == "valid"


@pytest.mark.parametrize(
    ("action", "question"),
    [("revoke", "Revoke this certificate?"), ("suspend", "Suspend this certificate?")],
)
def test_a_direct_post_is_asked_on_the_confirmation_page_first(
    client, certificate, org_admin, action, question
):
    """A hasty admin (or a script, or a forged form) posting straight to the action
    with a reason gets the confirmation page, and the certificate stays valid."""
    client.force_login(org_admin)
    url = reverse("certificates_admin_action", args=[certificate.pk, action])

    hasty = client.post(url, {"reason": "Clicked from an old bookmark."})
    forged = client.post(url, {"reason": "Forged.", "confirmed": "1"})

    certificate.refresh_from_db()
    assert certificate.status == "valid"
    assert not certificate.events.exclude(action="issued").exists()
    for response in (hasty, forged):
        assert response.status_code == 200
        html = response.content.decode()
        assert question in html
        assert 'name="confirmed" value="yes"' in html
    # What they typed is waiting in the box, to confirm with one more press.
    assert "Clicked from an old bookmark." in hasty.content.decode()

    # Pressing the page's own button does it.
    done = client.post(
        url, {"reason": "Clicked from an old bookmark.", "confirmed": "yes"}
    )
    assert done.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == {"revoke": "revoked", "suspend": "suspended"}[action]
    assert certificate.events.filter(action=certificate.status).count() == 1
