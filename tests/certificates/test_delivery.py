"""Issue 18, item 5: the holder's certificate page, baked badge images (PNG and
SVG with the signed credential inside, per Open Badges 3.0 baking) and the
LinkedIn add-to-profile link. The credential is taken out of each picture with
code written here from the specification and verified by the independent Python
verifier and by the DCC verifier."""

import io
import json
import struct
import zlib
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from PIL import Image

from certificates import services

from . import ld_verify
from .test_dcc_verifier import dcc_verify, steps

pytestmark = pytest.mark.django_db

OB_NS = "https://purl.imsglobal.org/ob/v3p0"


def png_credential(data: bytes) -> dict:
    """The credential in a baked PNG: its one iTXt chunk "openbadgecredential"."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    found, position, kinds = [], 8, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        end = position + 12 + length
        (crc,) = struct.unpack(">I", data[end - 4 : end])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF, kind
        kinds.append(kind)
        if kind == b"iTXt":
            keyword, rest = body.split(b"\0", 1)
            if keyword == b"openbadgecredential":
                assert rest[0] == 0  # not compressed
                _language, _translated, text = rest[2:].split(b"\0", 2)
                found.append(text.decode())
        position += 12 + length
    assert kinds[-1] == b"IEND"
    assert len(found) == 1
    return json.loads(found[0])


def svg_credential(text: str) -> dict:
    """The credential in a baked SVG: the openbadges:credential element."""
    root = ElementTree.fromstring(text.encode())  # noqa: S314 - our own test output
    elements = root.findall(f"{{{OB_NS}}}credential")
    assert len(elements) == 1
    return json.loads(elements[0].text)


def _did(client, credential: dict) -> dict:
    return ld_verify.issuer_document(client, credential)


def test_the_holder_page_explains_and_offers_everything(client, enrolled, certificate):
    client.force_login(enrolled)
    mine = client.get(reverse("certificates:mine")).content.decode()
    page_url = reverse("certificates:certificate", args=[certificate.pk])
    assert page_url in mine
    page = client.get(page_url).content.decode()
    assert "What is a digital badge?" in page
    for name in ("badge_png", "badge_svg", "credential_ld"):
        assert reverse(f"certificates:{name}", args=[certificate.token]) in page
    # The holder's own PDF, with their name (the public one shows their initials).
    assert reverse("certificates:own_pdf", args=[certificate.pk]) in page
    assert "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME" in page


def test_nobody_else_sees_the_holder_page(client, other_trainee, certificate):
    url = reverse("certificates:certificate", args=[certificate.pk])
    assert client.get(url).status_code == 302  # anonymous: sign in first
    client.force_login(other_trainee)
    assert client.get(url).status_code == 404


def test_the_baked_png_carries_a_credential_that_verifies(
    client, certificate, trainer, tmp_path
):
    response = client.get(reverse("certificates:badge_png", args=[certificate.token]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    data = response.content
    Image.open(io.BytesIO(data)).verify()  # still a picture any viewer opens
    credential = png_credential(data)
    assert credential["credentialSubject"]["achievement"]["name"] == certificate.title
    ld_verify.verify(credential, _did(client, credential))
    assert steps(dcc_verify(client, credential, tmp_path))["valid_signature"] is True

    services.certificate_revoke(certificate=certificate, actor=trainer, reason="Wrong.")
    assert steps(dcc_verify(client, credential, tmp_path))["revocation_status"] is False


def test_the_baked_svg_carries_a_credential_that_verifies(
    client, certificate, tmp_path
):
    response = client.get(reverse("certificates:badge_svg", args=[certificate.token]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    credential = svg_credential(response.content.decode())
    ld_verify.verify(credential, _did(client, credential))
    result = steps(dcc_verify(client, credential, tmp_path))
    assert result["valid_signature"] is True
    assert result["revocation_status"] is True


def test_a_title_that_could_break_the_svg_still_bakes(client, certificate):
    certificate.title = "Peer support <level 2> & ]]> more"
    certificate.save()
    response = client.get(reverse("certificates:badge_svg", args=[certificate.token]))
    credential = svg_credential(response.content.decode())
    assert credential["credentialSubject"]["achievement"]["name"] == certificate.title
    ld_verify.verify(credential, _did(client, credential))


def test_a_tampered_baked_credential_fails(client, certificate):
    response = client.get(reverse("certificates:badge_png", args=[certificate.token]))
    credential = png_credential(response.content)
    credential["validFrom"] = "2001-01-01T00:00:00Z"
    with pytest.raises(ld_verify.Invalid):
        ld_verify.verify(credential, _did(client, credential))


def test_badges_of_an_unknown_token_are_not_found(client):
    for name in ("badge_png", "badge_svg"):
        url = reverse(f"certificates:{name}", args=["nope"])
        assert client.get(url).status_code == 404


def test_the_linkedin_link_carries_the_certificate(client, enrolled, certificate):
    issued = certificate.issued_on
    certificate.expires_on = issued.replace(year=issued.year + 3)
    certificate.save()
    client.force_login(enrolled)
    response = client.get(reverse("certificates:certificate", args=[certificate.pk]))
    link = response.context["linkedin_url"]
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "www.linkedin.com",
        "/profile/add",
    )
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    assert query == {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.title,
        "organizationName": certificate.organisation_name,
        "issueYear": str(certificate.issued_on.year),
        "issueMonth": str(certificate.issued_on.month),
        "expirationYear": str(certificate.expires_on.year),
        "expirationMonth": str(certificate.expires_on.month),
        "certUrl": "http://testserver"
        + reverse("certificates:verify", args=[certificate.token]),
        "certId": certificate.number,
    }
    assert link.replace("&", "&amp;") in response.content.decode()
