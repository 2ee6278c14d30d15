"""The PDF: real text, title and language, a readable QR code, and small."""

import datetime
import io

import pypdfium2
import pytest
import zxingcpp
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates import services
from certificates.pdf import certificate_pdf

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(enrolled, trainer, programme):
    make_rules(programme, requirement("reflections", entries=1))
    enrolled.certificate_name = "Tess Ann Trainee"
    enrolled.save()
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="test"
    )
    return certificate


def test_pdf_text_title_language_and_size(certificate):
    data = certificate_pdf(certificate)
    assert len(data) <= 30 * 1024
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert width > height and round(width) == 842 and round(height) == 595
    text = page.extract_text()
    assert "Tess Ann Trainee" in text
    assert certificate.number in text
    assert certificate.title in text
    issued = f"{certificate.issued_on.day} {certificate.issued_on:%B %Y}"
    expires = f"{certificate.expires_on.day} {certificate.expires_on:%B %Y}"
    assert issued in text and expires in text
    assert "Ruth Adeyemi" in text and "Brighter Days Peer Support" in text
    assert "Tess Ann Trainee" in reader.metadata.title
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    fonts = {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert all("Vera" in name for name in fonts)
    # Embedded: every font has a font file
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor = (
            font.get("/FontDescriptor")
            or font["/DescendantFonts"][0]["/FontDescriptor"]
        )
        assert "/FontFile2" in descriptor.get_object()


def test_qr_code_leads_to_the_verification_page(certificate):
    data = certificate_pdf(certificate)
    document = pypdfium2.PdfDocument(data)
    image = document[0].render(scale=3).to_pil()
    results = zxingcpp.read_barcodes(image)
    texts = [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]
    assert texts == [
        "http://testserver" + reverse("certificates:verify", args=[certificate.token])
    ]


def test_rendering_writes_nothing(certificate, django_assert_max_num_queries):
    certificate.organisation.certificate_branding  # noqa: B018 - warm the relation
    with django_assert_max_num_queries(0):
        certificate_pdf(certificate)


def test_logo_is_drawn_when_branding_has_one(certificate):
    from PIL import Image as PILImage
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(
        title="Logo", file=get_test_image_file(colour="red", size=(400, 160))
    )
    branding = certificate.organisation.certificate_branding
    branding.logo = image
    branding.save()
    certificate.refresh_from_db()
    data = certificate_pdf(certificate)
    assert len(data) <= 30 * 1024
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert list(page.images), "the logo should be an image on the page"
    assert PILImage  # imported to prove Pillow is there for logos


def _text(data: bytes) -> str:
    return PdfReader(io.BytesIO(data)).pages[0].extract_text()


def _day(value) -> str:
    return f"{value.day} {value:%B %Y}"


def test_a_valid_certificate_carries_no_stamp(certificate):
    text = _text(certificate_pdf(certificate))
    assert "Valid until" in text
    assert "no longer valid" not in text and "Revoked" not in text


def test_a_revoked_certificate_is_stamped_with_its_date(certificate, trainer):
    services.certificate_revoke(
        certificate=certificate, actor=trainer, reason="Issued in error."
    )
    certificate.refresh_from_db()
    data = certificate_pdf(certificate)
    text = _text(data)
    today = _day(timezone.localdate())
    assert f"Revoked on {today}: this certificate is no longer valid." in text
    # It no longer says "valid until" anywhere, and the file's title says revoked.
    assert "Valid until" not in text
    assert PdfReader(io.BytesIO(data)).metadata.title.startswith("REVOKED")
    # Still the same certificate: its number and holder are there to check.
    assert certificate.number in text and "Tess Ann Trainee" in text


def test_a_suspended_certificate_is_stamped(certificate, trainer):
    services.certificate_suspend(
        certificate=certificate, actor=trainer, reason="Checking a complaint."
    )
    certificate.refresh_from_db()
    text = _text(certificate_pdf(certificate))
    assert "Suspended on" in text and "not valid while suspended" in text


def test_an_expired_certificate_is_stamped_with_its_expiry(certificate):
    certificate.expires_on = timezone.localdate() - datetime.timedelta(days=3)
    text = _text(certificate_pdf(certificate))
    expected = _day(certificate.expires_on)
    assert f"Expired on {expected}: this certificate is no longer valid." in text
