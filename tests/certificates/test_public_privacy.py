"""Issue 18: a holder who chose a neutral wording and not to show their name is
named nowhere public, and nothing public names lived experience: the verification
page (by link, QR code or number), the PDF, the credentials (JWT, JSON-LD, baked
PNG and SVG, the one a wallet receives), status documents and LinkedIn. Share
links, made by the holder for one reader each, show their name."""

import base64
import io
import json
import re

import jsonschema
import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from certificates import credentials, services
from lms.factories import OrganisationFactory

from . import ld_verify
from .conftest import make_rules, requirement
from .test_dcc_verifier import dcc_verify, steps
from .test_delivery import png_credential, svg_credential
from .test_verification import SCHEMA, _verify_with_public_key_from_alongside
from .test_wallet import ob_schema

pytestmark = pytest.mark.django_db

TITLE = "Perinatal Peer Supporter with Lived Experience"
DESCRIPTION = (
    "Draws on their own lived experience of postnatal depression to support "
    "parents in the perinatal period."
)
CRITERIA = "Open only to people with lived experience of perinatal mental illness."
NEUTRAL = "Perinatal Peer Support Foundation (accredited)"
# Words that must never reach a public page for this holder.
TELLING = ("lived experience", "postnatal depression", "mental illness")


@pytest.fixture
def rules(programme):
    return make_rules(
        programme,
        requirement("reflections", entries=1),
        certificate_title=TITLE,
        description=DESCRIPTION,
        criteria=CRITERIA,
        public_wordings=f"{NEUTRAL}\nPeer support training (accredited)",
    )


@pytest.fixture
def certificate(rules, enrolled, trainer, programme):
    enrolled.certificate_name = "Tess Ann Trainee"
    enrolled.save()
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="test"
    )
    return certificate


@pytest.fixture
def other_org_admin(organisation_admin):
    """The admin of another organisation than the one that issued it."""
    OrganisationFactory(name="Another Trust").admins.add(organisation_admin)
    return organisation_admin


@pytest.fixture
def holder(enrolled):
    client = Client()
    client.force_login(enrolled)
    return client


def _choose(holder, certificate, wording: str, *, shows_name: bool = False):
    data = {"wording": wording}
    if shows_name:
        data["shows_name"] = "on"
    response = holder.post(
        reverse("certificates:certificate_privacy", args=[certificate.pk]), data
    )
    assert response.status_code == 302
    certificate.refresh_from_db()


def _jwt_payload(token: str) -> str:
    payload = token.split(".")[1]
    return base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode()


def _pdf(response) -> str:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    meta = reader.metadata
    return "\n".join(
        [reader.pages[0].extract_text(), str(meta.title), str(meta.subject)]
    )


def public_outputs(certificate) -> dict[str, str]:
    """Everything anyone without an account can get about the certificate."""
    reader = Client()
    token = certificate.token
    outputs = {}
    for name in ("verify", "credential_ld", "credential_status", "badge_svg"):
        response = reader.get(reverse(f"certificates:{name}", args=[token]))
        assert response.status_code == 200, name
        outputs[name] = response.content.decode()
    outputs["verify_form"] = reader.get(
        reverse("certificates:verify_form"),
        {"number": certificate.number, "surname": "Trainee"},
        follow=True,
    ).content.decode()
    assert certificate.number in outputs["verify_form"]
    png = reader.get(reverse("certificates:badge_png", args=[token])).content
    outputs["badge_png"] = json.dumps(png_credential(png))
    jwt = reader.get(reverse("certificates:credential", args=[token])).content
    outputs["credential_jwt"] = _jwt_payload(jwt.decode())
    outputs["pdf"] = _pdf(reader.get(reverse("certificates:pdf", args=[token])))
    for entry in json.loads(outputs["credential_ld"])["credentialStatus"]:
        url = entry["statusListCredential"].removeprefix("http://testserver")
        outputs[url] = reader.get(url).content.decode()
    # What a wallet receives once it proved its DID.
    outputs["wallet"] = json.dumps(
        credentials.credential_ld(certificate, holder_did="did:key:z6MkExample")
    )
    return outputs


def _assert_tells_nothing(outputs: dict[str, str], certificate, email: str) -> None:
    for where, text in outputs.items():
        lowered = text.lower()
        for telling in TELLING:
            assert telling not in lowered, (where, telling)
        assert TITLE not in text, where
        assert email not in text, where
        for word in certificate.name.split():
            assert not re.search(rf"\b{word}\b", text), (where, word)


def test_neutral_wording_and_no_name_leave_nothing_telling_in_public(
    holder, certificate, enrolled
):
    _choose(holder, certificate, NEUTRAL)
    outputs = public_outputs(certificate)
    _assert_tells_nothing(outputs, certificate, enrolled.email)
    # What a verifier can match against the paper certificate: the number, the
    # initials and the issuer; and the way to see more.
    page = outputs["verify"]
    assert certificate.number in page and "T. A. T." in page
    assert "Brighter Days Peer Support" in page and NEUTRAL in page
    assert "ask the holder for a share link" in page
    assert "T. A. T." in outputs["pdf"] and NEUTRAL in outputs["pdf"]
    # The achievement says the wording, in neutral words, and leads nowhere else.
    achievement = json.loads(outputs["credential_ld"])["credentialSubject"][
        "achievement"
    ]
    assert achievement["name"] == NEUTRAL
    assert NEUTRAL in achievement["description"]
    assert NEUTRAL in achievement["criteria"]["narrative"]
    assert achievement["id"].startswith("urn:uuid:")


def test_the_organisations_neutral_description_and_criteria_are_used(
    holder, certificate, rules, enrolled
):
    rules.public_description = "Trained in safe, boundaried peer support."
    rules.public_criteria = "Finished the programme and its supervised practice."
    rules.save()
    _choose(holder, certificate, NEUTRAL)
    # Kept with the certificate: a later edit of the rules does not change it.
    rules.public_description = "Something else entirely."
    rules.save()
    outputs = public_outputs(certificate)
    _assert_tells_nothing(outputs, certificate, enrolled.email)
    credential = json.loads(outputs["credential_ld"])
    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["description"] == "Trained in safe, boundaried peer support."
    assert credential["description"] == achievement["description"]
    assert achievement["criteria"]["narrative"] == (
        "Finished the programme and its supervised practice."
    )
    assert "Trained in safe, boundaried peer support." in outputs["verify"]

    # Back to the title: the organisation's own words again.
    _choose(holder, certificate, TITLE)
    credential = Client().get(
        reverse("certificates:credential_ld", args=[certificate.token])
    )
    achievement = credential.json()["credentialSubject"]["achievement"]
    assert achievement["description"] == DESCRIPTION
    assert achievement["criteria"]["narrative"] == CRITERIA
    assert certificate.public_description == certificate.public_criteria == ""


def test_neutral_credentials_still_validate_and_verify(
    holder, certificate, client, tmp_path
):
    _choose(holder, certificate, NEUTRAL)
    ld = client.get(
        reverse("certificates:credential_ld", args=[certificate.token])
    ).json()
    did_document = ld_verify.issuer_document(client, ld)
    jsonschema.validate(ld, ob_schema())
    ld_verify.verify(ld, did_document)
    result = steps(dcc_verify(client, ld, tmp_path))
    assert result["valid_signature"] is True
    assert result["revocation_status"] is True

    jwt = client.get(reverse("certificates:credential", args=[certificate.token]))
    payload = _verify_with_public_key_from_alongside(client, jwt.content.decode())
    jsonschema.validate(payload, json.loads(SCHEMA.read_text()))
    assert payload["credentialSubject"]["achievement"]["name"] == NEUTRAL

    png = client.get(reverse("certificates:badge_png", args=[certificate.token]))
    ld_verify.verify(png_credential(png.content), did_document)
    svg = client.get(reverse("certificates:badge_svg", args=[certificate.token]))
    ld_verify.verify(svg_credential(svg.content.decode()), did_document)


def test_the_public_page_names_the_holder_only_if_they_choose(holder, certificate):
    url = reverse("certificates:verify", args=[certificate.token])
    pdf = reverse("certificates:pdf", args=[certificate.token])
    assert "Tess Ann Trainee" not in Client().get(url).content.decode()
    assert "Tess Ann Trainee" not in _pdf(Client().get(pdf))
    _choose(holder, certificate, NEUTRAL, shows_name=True)
    page = Client().get(url).content.decode()
    assert "Tess Ann Trainee" in page and "(initials)" not in page
    assert "Tess Ann Trainee" in _pdf(Client().get(pdf))
    # Status, reason and history stay visible either way.
    _choose(holder, certificate, NEUTRAL)
    services.certificate_suspend(
        certificate=certificate,
        actor=certificate.issued_by,
        reason="Checking a concern.",
    )
    page = Client().get(url).content.decode()
    assert "This certificate is suspended" in page
    assert "Reason: Checking a concern." in page
    assert "History" in page and "Suspended" in page
    assert "Tess Ann Trainee" not in page


def test_a_share_link_shows_the_name_and_the_chosen_wording(holder, certificate):
    _choose(holder, certificate, NEUTRAL)
    link = services.share_link_create(certificate=certificate, label="A trust")
    reader = Client()
    page = reader.get(reverse("certificates:shared", args=[link.token]))
    html = page.content.decode()
    assert "Tess Ann Trainee" in html and NEUTRAL in html
    assert "ask the holder for a share link" not in html
    for telling in TELLING:
        assert telling not in html.lower()
    pdf_url = reverse("certificates:shared_pdf", args=[link.token])
    assert pdf_url in html
    text = _pdf(reader.get(pdf_url))
    assert "Tess Ann Trainee" in text and NEUTRAL in text and TITLE not in text

    services.share_link_revoke(link=link)
    assert reader.get(pdf_url).status_code == 404
    page_url = reverse("certificates:shared", args=[link.token])
    assert reader.get(page_url).status_code == 404
    bad = reverse("certificates:shared_pdf", args=["not-a-link"])
    assert reader.get(bad).status_code == 404


def test_the_holder_keeps_their_own_pdf_with_their_name(holder, certificate):
    _choose(holder, certificate, NEUTRAL)
    url = reverse("certificates:own_pdf", args=[certificate.pk])
    text = _pdf(holder.get(url))
    assert "Tess Ann Trainee" in text and TITLE in text
    assert holder.get(url)["Content-Disposition"].startswith("inline;")


def test_nobody_else_gets_the_holders_own_pdf(
    certificate, other_trainee, other_org_admin, site_admin
):
    url = reverse("certificates:own_pdf", args=[certificate.pk])
    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    for someone in (other_trainee, other_org_admin, site_admin):
        client = Client()
        client.force_login(someone)
        assert client.get(url).status_code == 404, someone


def test_nobody_else_chooses_what_the_badge_shows(
    certificate, other_trainee, other_org_admin
):
    url = reverse("certificates:certificate_privacy", args=[certificate.pk])
    for someone in (other_trainee, other_org_admin):
        client = Client()
        client.force_login(someone)
        data = {"wording": NEUTRAL, "shows_name": "on"}
        assert client.post(url, data).status_code == 404
    assert Client().post(url, {"wording": NEUTRAL}).status_code == 302  # sign in
    certificate.refresh_from_db()
    assert certificate.public_title == "" and not certificate.holder_shows_name
