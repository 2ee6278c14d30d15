"""Certificates in the browser: the ledger, countersigning without JavaScript, and
public verification, at 360px with axe-core finding nothing."""

import base64
import io
import json

from playwright.sync_api import expect
from pypdf import PdfReader

from certificates.models import Certificate, LedgerEntry

from .helpers import Audit, sign_in, sign_out


def test_trainee_records_practice_and_sees_whats_left(demo, page):
    base = demo.url
    audit = Audit(page)
    sign_in(page, base, "trainee@example.org")
    page.goto(f"{base}/dashboard/")
    expect(page.get_by_text("What's left for your")).to_be_visible()
    audit("dashboard with what's left")
    page.get_by_role("link", name="Record practice").first.click()
    audit("practice ledger")
    page.get_by_role("link", name="Record practice or supervision").click()
    audit("record practice")
    page.get_by_role("button", name="Save and ask for countersigning").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    audit("record practice with errors")
    page.get_by_label("Practice", exact=True).check()
    page.get_by_label("Date").fill("2026-11-02")
    page.get_by_label("Hours").fill("2")
    page.get_by_label("Type of activity (for practice)").select_option("one_to_one")
    page.get_by_label("Supervisor who will countersign").select_option(
        label="Grace Okafor"
    )
    page.get_by_role("button", name="Save and ask for countersigning").click()
    expect(page.get_by_text("Your supervisor has been asked")).to_be_visible()
    assert LedgerEntry.objects.filter(trainee__email="trainee@example.org").count() == 3
    audit.assert_clean()
    assert page.offsite_requests == []


def test_supervisor_countersigns_without_javascript(demo, new_page):
    page = new_page(java_script_enabled=False)
    base = demo.url
    sign_in(page, base, "supervisor@example.org")
    page.goto(f"{base}/countersign/")
    page.get_by_role("link", name="Priya Shah").first.click()
    page.get_by_label("Countersign: this is right").check()
    page.get_by_role("button", name="Save decision").click()
    expect(page.get_by_text("Countersigned. Thank you.")).to_be_visible()
    assert (
        LedgerEntry.objects.filter(
            status="countersigned", trainee__email="trainee@example.org"
        ).count()
        == 1
    )
    sign_out(page)
    # Nothing went off-site (the Content-Security-Policy allows fonts from this site
    # only, so not even NHS.UK's web font is fetched).
    assert page.offsite_requests == []


def test_anyone_verifies_a_certificate(demo, page):
    base = demo.url
    audit = Audit(page)
    certificate = Certificate.objects.get(user__email="certified@example.org")
    revoked = Certificate.objects.get(user__email="revoked.demo@example.org")
    page.goto(f"{base}/verify/")
    audit("verify form")
    page.get_by_role("button", name="Check").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    audit("verify form with errors")
    page.get_by_label("Certificate number").fill(certificate.number)
    page.get_by_label("Surname of the holder").fill("Ellis")
    page.get_by_role("button", name="Check").click()
    expect(page.get_by_text("This certificate is valid")).to_be_visible()
    audit("verification: valid")
    page.goto(f"{base}/verify/{revoked.token}/")
    expect(page.get_by_text("This certificate has been revoked")).to_be_visible()
    audit("verification: revoked")
    page.goto(f"{base}/verify/not-a-real-token/")
    audit("verification: not found")
    audit.assert_clean()
    assert page.offsite_requests == []


def test_admin_revokes_and_everyone_sees_revoked(demo, page, new_page):
    """The organisation's admin revokes through the confirmation page; then anyone
    opening the verification page, its PDF or its Open Badge sees "revoked"."""
    base = demo.url
    audit = Audit(page)
    certificate = Certificate.objects.get(user__email="certified@example.org")
    sign_in(page, base, "admin@example.org")
    page.goto(f"{base}/admin/certificates/{certificate.pk}/")
    page.get_by_role("link", name="Revoke…").click()
    expect(page.get_by_role("heading", name="Revoke this certificate?")).to_be_visible()
    expect(page.get_by_text("cannot be undone")).to_be_visible()
    audit("admin: confirm revoking")
    page.get_by_role("button", name="Yes, revoke it").click()
    expect(page.get_by_text("Give a reason")).to_be_visible()
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    page.get_by_label("Reason").fill("Issued before the practice hours were signed.")
    page.get_by_role("button", name="Yes, revoke it").click()
    expect(page.get_by_text("Done. The history has been updated.")).to_be_visible()
    certificate.refresh_from_db()
    assert certificate.status == "revoked"

    anyone = new_page()
    anyone_audit = Audit(anyone)
    anyone.goto(f"{base}/verify/{certificate.token}/")
    expect(anyone.get_by_text("This certificate has been revoked")).to_be_visible()
    expect(
        anyone.get_by_text("Reason: Issued before the practice hours were signed.")
    ).to_be_visible()
    anyone_audit("verification: just revoked")

    pdf_href = anyone.get_by_role(
        "link", name="The certificate as a PDF"
    ).get_attribute("href")
    pdf = anyone.request.get(f"{base}{pdf_href}")
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    text = PdfReader(io.BytesIO(pdf.body())).pages[0].extract_text()
    assert "Revoked on" in text and "this certificate is no longer valid" in text
    assert "Valid until" not in text

    badge_href = anyone.get_by_role(
        "link", name="The Open Badges 3.0 credential"
    ).get_attribute("href")
    badge = anyone.request.get(f"{base}{badge_href}")
    assert badge.ok
    claims = badge.text().split(".")[1]
    payload = json.loads(base64.urlsafe_b64decode(claims + "=" * (-len(claims) % 4)))
    assert payload["credentialStatus"]["status"] == "revoked"
    assert payload["validUntil"].startswith(
        certificate.status_changed_at.date().isoformat()
    )
    audit.assert_clean()
    anyone_audit.assert_clean()
    assert anyone.offsite_requests == []
