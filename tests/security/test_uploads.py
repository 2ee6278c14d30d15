"""Uploads in the admin: an allow-list checked against the file's content, size caps."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from lms.security.uploads import upload_problem

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def _png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def admin_client(client, site_admin):
    client.force_login(site_admin)
    return client


def _add_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": "Handout",
            "file": SimpleUploadedFile(name, content),
            "collection": 1,
        },
    )


def test_a_real_pdf_is_accepted(admin_client):
    response = _add_document(admin_client, "handout.pdf", b"%PDF-1.7\n%...")

    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Handout").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("handout.pdf", HTML),  # a web page pretending to be a PDF
        ("notes.txt", HTML),  # a script in a text file
        ("slides.docx", b"MZ\x90\x00 a Windows program"),
        ("drawing.svg", SVG),  # not on the allow-list at all
        ("page.html", HTML),
        ("captions.vtt", b"1\n00:00.000 --> 00:01.000\nHello"),  # no WEBVTT header
    ],
)
def test_a_file_whose_content_is_not_its_type_is_refused(admin_client, name, content):
    response = _add_document(admin_client, name, content)

    assert response.status_code == 200
    assert not get_document_model().objects.exists()
    assert "error" in response.text.lower()


def test_documents_are_capped_in_size(admin_client, settings):
    settings.ALONGSIDE_DOCUMENT_MAX_UPLOAD_SIZE = 1024

    response = _add_document(admin_client, "big.pdf", b"%PDF-1.7\n" + b"0" * 4096)

    assert response.status_code == 200
    assert "the most you can upload is 1.0" in response.text
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "content"), [("photo.png", HTML), ("logo.svg", SVG), ("x.png", b"")]
)
def test_images_are_checked_by_content_and_svg_is_refused(admin_client, name, content):
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Picture",
            "file": SimpleUploadedFile(name, content),
            "collection": 1,
        },
    )

    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def test_a_real_image_is_accepted(admin_client):
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Picture",
            "file": SimpleUploadedFile("p.png", _png()),
            "collection": 1,
        },
    )

    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Picture").exists()


@pytest.mark.parametrize(
    ("name", "head", "ok"),
    [
        ("a.mp4", b"\x00\x00\x00\x18ftypmp42", True),
        ("a.m4a", b"\x00\x00\x00\x18ftypM4A ", True),
        ("a.mp3", b"ID3\x04\x00", True),
        ("a.webm", b"\x1a\x45\xdf\xa3\x01", True),
        ("a.vtt", b"\xef\xbb\xbfWEBVTT\n\n", True),
        ("a.txt", "Caf\u00e9 notes".encode(), True),
        ("a.txt", b"binary\x00junk", False),
        ("a.mp4", HTML, False),
        ("noextension", b"%PDF-", False),
    ],
)
def test_upload_signatures(name, head, ok):
    assert (upload_problem(name=name, head=head, size=len(head)) is None) is ok


def test_a_document_is_served_only_to_someone_signed_in(client, trainee):
    """Anyone with a document's address got it, signed in or not (review, I7)."""
    document = get_document_model().objects.create(
        title="Workbook",
        file=SimpleUploadedFile("workbook.pdf", b"%PDF-1.7\n% private workbook"),
    )

    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("lms:login"))
    client.force_login(trainee)
    signed_in = client.get(document.url)
    assert signed_in.status_code == 200
    assert b"private workbook" in b"".join(signed_in.streaming_content)
