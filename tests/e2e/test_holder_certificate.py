"""A certificate holder's own page in the browser (issue 18): what a badge is, the
downloads, what the badge shows, share links made and withdrawn, and "Add to
wallet", at 360px with axe-core finding nothing; the privacy choices and share
links also work with JavaScript off. What readers see follows the holder's
choices: initials on the public link, the name through a share link."""

import re

from playwright.sync_api import expect

from certificates.demo import NEUTRAL_DESCRIPTION
from certificates.models import Certificate

from .helpers import Audit, sign_in

HOLDER = "certified@example.org"
HOLDER_NAME = "Jordan Ellis"
NEUTRAL = "Perinatal Peer Support Foundation (accredited)"

DOWNLOADS = {
    "The badge as a picture (PNG)": "image/png",
    "The badge as a picture (SVG, sharp at any size)": "image/svg+xml",
    "The badge as signed data (JSON), for digital wallets": "application/ld+json",
    "The certificate as a PDF, with your name": "application/pdf",
    "The transcript as signed data (JSON)": "application/ld+json",
    "The transcript as a signed token (JWT)": "application/vc+jwt",
}


def _certificate() -> Certificate:
    return Certificate.objects.get(user__email=HOLDER)


def test_holder_walks_their_certificate_page(demo, page, new_page):
    base = demo.url
    audit = Audit(page)
    certificate = _certificate()
    sign_in(page, base, HOLDER)
    page.goto(f"{base}/certificates/")
    audit("holder: my certificates")
    page.get_by_role("link", name="Badge, LinkedIn and more ways to share").click()
    expect(page.get_by_role("heading", name="What is a digital badge?")).to_be_visible()
    audit("holder: certificate page")

    # Every download is there and is what it says.
    for name, content_type in DOWNLOADS.items():
        href = page.get_by_role("link", name=name, exact=True).get_attribute("href")
        got = page.request.get(f"{base}{href}", timeout=30_000)
        assert got.ok, name
        assert got.headers["content-type"].startswith(content_type), name
    linkedin = page.get_by_role("link", name=re.compile("^Add to LinkedIn"))
    assert linkedin.get_attribute("href").startswith("https://www.linkedin.com/")

    # What the badge shows: a neutral wording, no name.
    page.get_by_label(NEUTRAL).check()
    page.get_by_role("button", name="Save what my badge shows").click()
    expect(page.get_by_text("Saved. Badges you download")).to_be_visible()
    audit("holder: privacy saved")
    certificate.refresh_from_db()
    assert certificate.public_title == NEUTRAL
    assert not certificate.holder_shows_name

    # A share link: first without saying whom for, then for an employer.
    page.get_by_role("button", name="Make a link").click()
    expect(page.get_by_text("This field is required")).to_be_visible()
    audit("holder: share link missing its name")
    page.get_by_label("Who is this link for?").fill("Bright Start NHS Trust")
    page.get_by_role("button", name="Make a link").click()
    expect(page.get_by_text("Link for Bright Start NHS Trust made")).to_be_visible()
    audit("holder: share link made")
    link = certificate.share_links.get(label="Bright Start NHS Trust")
    shared_path = f"/shared/{link.token}/"

    # Readers: the public link shows initials; the share link shows the name.
    reader = new_page()
    reader_audit = Audit(reader)
    reader.goto(f"{base}/verify/{certificate.token}/")
    expect(reader.get_by_text("This certificate is valid")).to_be_visible()
    expect(reader.get_by_text("ask the holder for a share link")).to_be_visible()
    assert HOLDER_NAME not in reader.content()
    assert NEUTRAL in reader.content()
    # The organisation's neutral description, not its own (which names more).
    assert NEUTRAL_DESCRIPTION in reader.content()
    assert certificate.description not in reader.content()
    reader_audit("reader: public link")
    reader.goto(f"{base}{shared_path}")
    expect(reader.get_by_text(HOLDER_NAME)).to_be_visible()
    reader_audit("reader: share link")

    # Withdrawing it: the reader's link stops working at once.
    page.get_by_role(
        "button", name="Withdraw the link for Bright Start NHS Trust"
    ).click()
    expect(
        page.get_by_text("The link for Bright Start NHS Trust no longer works")
    ).to_be_visible()
    audit("holder: share link withdrawn")
    response = reader.goto(f"{base}{shared_path}")
    assert response.status == 404
    reader_audit("reader: withdrawn share link")

    # Add to wallet: a QR code and the wallet's own link.
    page.get_by_role("button", name="Add to wallet").click()
    expect(page.get_by_role("heading", name="Add to your wallet app")).to_be_visible()
    expect(page.locator(".alongside-qr svg")).to_be_visible()
    deep_link = page.get_by_role("link", name="Open in my wallet app")
    assert deep_link.get_attribute("href").startswith("dccrequest://request?")
    audit("holder: add to wallet")

    audit.assert_clean()
    reader_audit.assert_clean()
    assert page.offsite_requests == [] and reader.offsite_requests == []


def test_privacy_and_share_links_work_without_javascript(demo, new_page):
    """No axe here: it needs JavaScript (and would wait for ever without it)."""
    base = demo.url
    page = new_page(java_script_enabled=False)
    certificate = _certificate()
    sign_in(page, base, HOLDER)
    page.goto(f"{base}/certificates/{certificate.pk}/")

    page.get_by_label(NEUTRAL).check()
    page.get_by_label(re.compile("^Show my name")).check()
    page.get_by_role("button", name="Save what my badge shows").click()
    expect(page.get_by_text("Saved. Badges you download")).to_be_visible()
    certificate.refresh_from_db()
    assert certificate.public_title == NEUTRAL and certificate.holder_shows_name
    expect(page.get_by_label(NEUTRAL)).to_be_checked()

    page.get_by_role("button", name="Make a link").click()
    expect(page.get_by_text("This field is required")).to_be_visible()
    page.get_by_label("Who is this link for?").fill("Sure Start centre")
    page.get_by_role("button", name="Make a link").click()
    expect(page.get_by_text("Link for Sure Start centre made")).to_be_visible()
    link = certificate.share_links.get(label="Sure Start centre")
    page.get_by_role("button", name="Withdraw the link for Sure Start centre").click()
    withdrawn = page.get_by_text("The link for Sure Start centre no longer works")
    expect(withdrawn).to_be_visible()
    link.refresh_from_db()
    assert link.revoked_at is not None

    page.get_by_role("button", name="Add to wallet").click()
    expect(page.get_by_role("heading", name="Add to your wallet app")).to_be_visible()
    expect(page.locator(".alongside-qr svg")).to_be_visible()
    assert page.offsite_requests == []


def test_a_revoked_certificate_says_so_kindly_and_offers_no_sharing(demo, page):
    """The demo's revoked holder: the reason, whom to talk to, the PDF, and no
    LinkedIn, wallet, share link or badge, at 360px with axe finding nothing."""
    base = demo.url
    audit = Audit(page)
    certificate = Certificate.objects.get(user__email="revoked.demo@example.org")
    sign_in(page, base, "revoked.demo@example.org")
    page.goto(f"{base}/certificates/")
    expect(
        page.get_by_role("heading", name="This certificate has been revoked")
    ).to_be_visible()
    expect(page.get_by_text(certificate.status_reason)).to_be_visible()
    assert "Share this link" not in page.content()
    audit("revoked holder: my certificates")
    page.get_by_role("link", name=re.compile("^More about this certificate")).click()
    expect(
        page.get_by_role("heading", name="This certificate has been revoked")
    ).to_be_visible()
    expect(page.get_by_text("talk to your trainer or")).to_be_visible()
    for offer in ("Add to LinkedIn", "Add to wallet", "Make a link", "PNG"):
        expect(page.get_by_text(offer)).to_have_count(0)
    expect(page.get_by_role("link", name=re.compile("marked revoked$"))).to_be_visible()
    audit("revoked holder: certificate page")
    audit.assert_clean()
