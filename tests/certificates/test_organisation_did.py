"""Issue 18, item 1: each issuing organisation is a did:web DID of its own
(``did:web:<host>:organisations:<id>``, its document at
``/organisations/<id>/did.json``), with its own Ed25519 keys and status lists;
credentials issued under the site's DID before stay verifiable. Checked by the
independent Python verifier (ld_verify) and the DCC's verifier."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from certificates import credentials, did, services
from certificates.models import Certificate
from lms.factories import OrganisationFactory
from lms.models import Organisation

from . import ld_verify
from .conftest import make_rules, requirement
from .test_dcc_verifier import dcc_verify, steps

pytestmark = pytest.mark.django_db


def _another(certificate, organisation) -> Certificate:
    """A second certificate of the same person, issued by another organisation."""
    other = Certificate.objects.get(pk=certificate.pk)
    other.pk = None
    other.number, other.token = "AL-OTHER-1", "another-organisations-token"
    other.programme, other.kind = None, Certificate.Kind.COMPLETION
    other.organisation, other.organisation_name = organisation, organisation.name
    other.status_list_index = None
    other.save()
    return other


def _credential(client, certificate) -> dict:
    response = client.get(
        reverse("certificates:credential_ld", args=[certificate.token])
    )
    assert response.status_code == 200
    return response.json()


def _did_url(organisation_id) -> str:
    return reverse("certificates:organisation_did", args=[organisation_id])


def test_each_organisation_issues_under_its_own_did(
    client, certificate, trainer, tmp_path
):
    second = OrganisationFactory(name="Northside NHS Foundation Trust")
    other = _another(certificate, second)
    first_credential = _credential(client, certificate)
    second_credential = _credential(client, other)

    documents = []
    for credential, cert in (
        (first_credential, certificate),
        (second_credential, other),
    ):
        issuer = f"did:web:testserver:organisations:{cert.organisation_id}"
        assert credential["issuer"]["id"] == issuer
        assert credential["issuer"]["name"] == cert.organisation_name
        document = ld_verify.issuer_document(client, credential)
        assert document["id"] == issuer
        assert ld_verify.did_web_url(issuer) == (
            f"https://testserver/organisations/{cert.organisation_id}/did.json"
        )
        ld_verify.verify(credential, document)
        documents.append(document)
        # Its status lists are its own, issued and signed under the same DID.
        for entry in credential["credentialStatus"]:
            path = entry["statusListCredential"].removeprefix("http://testserver")
            assert path.startswith(f"/organisations/{cert.organisation_id}/")
            status_list = client.get(path).json()
            assert status_list["issuer"] == issuer
            ld_verify.verify(status_list, document)
        fresh = steps(dcc_verify(client, credential, tmp_path))
        assert fresh == {**fresh, "valid_signature": True, "revocation_status": True}
    # Different keys: one organisation's key cannot sign for another.
    first_keys = {vm["publicKeyMultibase"] for vm in documents[0]["verificationMethod"]}
    second_keys = {
        vm["publicKeyMultibase"] for vm in documents[1]["verificationMethod"]
    }
    assert first_keys and second_keys and not first_keys & second_keys
    with pytest.raises(ld_verify.Invalid):
        ld_verify.verify(first_credential, documents[1])
    forged = {**first_credential, "issuer": second_credential["issuer"]}
    with pytest.raises(ld_verify.Invalid):
        ld_verify.verify(forged, documents[1])

    # Revoking one organisation's certificate shows in its lists only.
    services.certificate_revoke(
        certificate=other, actor=trainer, reason="Wrong person."
    )
    assert (
        steps(dcc_verify(client, second_credential, tmp_path))["revocation_status"]
        is False
    )
    assert (
        steps(dcc_verify(client, first_credential, tmp_path))["revocation_status"]
        is True
    )


def test_credentials_issued_under_the_site_did_still_verify(
    client, certificate, trainer, tmp_path
):
    """Before organisations had DIDs, every credential was the site's: its DID
    document and status lists stay, and still show revocation."""
    before = Certificate.objects.get(pk=certificate.pk)
    before.organisation_id = None  # as the credential was made then
    old = credentials.credential_ld(before)
    assert old["issuer"]["id"] == "did:web:testserver"
    assert old["credentialStatus"][0]["statusListCredential"].startswith(
        "http://testserver/credentials/status-lists/"
    )
    new = _credential(client, certificate)
    assert new["issuer"]["id"] != old["issuer"]["id"]

    site_document = client.get(reverse("certificates:did")).json()
    ld_verify.verify(old, site_document)
    assert steps(dcc_verify(client, old, tmp_path))["valid_signature"] is True
    services.certificate_revoke(certificate=certificate, actor=trainer, reason="No.")
    for credential in (old, new):
        result = steps(dcc_verify(client, credential, tmp_path))
        assert result["valid_signature"] is True
        assert result["revocation_status"] is False


def test_renaming_the_organisation_breaks_nothing(client, certificate, tmp_path):
    """The DID is made from the organisation's id, which never changes."""
    credential = _credential(client, certificate)
    Organisation.objects.filter(pk=certificate.organisation_id).update(
        name="Brighter Days Perinatal Peer Support (renamed)"
    )
    document = ld_verify.issuer_document(client, credential)
    ld_verify.verify(credential, document)
    assert steps(dcc_verify(client, credential, tmp_path))["valid_signature"] is True
    profile = client.get(
        reverse("certificates:organisation_issuer", args=[certificate.organisation_id])
    ).json()
    assert profile["name"] == "Brighter Days Perinatal Peer Support (renamed)"
    assert profile["otherIdentifier"][0]["identifier"] == credential["issuer"]["id"]
    # The certificate keeps the name it was issued under.
    assert _credential(client, certificate)["issuer"]["name"] == (
        "Brighter Days Peer Support"
    )


def test_the_vc_jwt_names_the_organisations_profile(client, certificate):
    from .test_verification import _verify_with_public_key_from_alongside

    token = client.get(
        reverse("certificates:credential", args=[certificate.token])
    ).content.decode()
    payload = _verify_with_public_key_from_alongside(client, token)
    profile_path = reverse(
        "certificates:organisation_issuer", args=[certificate.organisation_id]
    )
    assert (
        payload["iss"]
        == payload["issuer"]["id"]
        == "http://testserver" + (profile_path)
    )
    profile = client.get(profile_path).json()
    assert profile["id"] == payload["iss"]
    assert profile["type"] == ["Profile"]
    assert profile["name"] == payload["issuer"]["name"]


def test_an_organisation_without_certificates_and_an_unknown_one(
    client, programme, signing_keys
):
    """An issuing organisation (a programme's rules name it) has a DID before
    its first certificate; one that issues nothing, or none at all, has no
    issuer identity (and its name is not published through one)."""
    quiet = OrganisationFactory(name="Quiet Waters Charity")
    make_rules(programme, requirement("reflections", entries=1), organisation=quiet)
    document = client.get(_did_url(quiet.pk))
    assert document.status_code == 200
    assert document["Content-Type"] == "application/did+ld+json"
    assert document.json() == {
        **document.json(),
        "id": f"did:web:testserver:organisations:{quiet.pk}",
        "verificationMethod": [],
        "assertionMethod": [],
    }
    # Reading its document makes no key; signing does.
    assert not did.organisation(quiet.pk).key_dir.exists()
    profile = client.get(
        reverse("certificates:organisation_issuer", args=[quiet.pk])
    ).json()
    assert profile["name"] == "Quiet Waters Charity"
    lists = reverse(
        "certificates:organisation_status_list", args=[quiet.pk, 1, "revocation"]
    )
    assert client.get(lists).status_code == 404

    not_issuing = OrganisationFactory(name="An NHS trust that only trains its staff")
    unknown = Organisation.objects.order_by("-pk").first().pk + 1000
    for organisation_id in (not_issuing.pk, unknown):
        for url in (
            _did_url(organisation_id),
            reverse("certificates:organisation_issuer", args=[organisation_id]),
            reverse(
                "certificates:organisation_status_list",
                args=[organisation_id, 1, "revocation"],
            ),
        ):
            response = client.get(url)
            assert response.status_code == 404, url
            assert "NHS trust" not in response.content.decode()
    wrong_purpose = reverse(
        "certificates:organisation_status_list", args=[quiet.pk, 1, "everything"]
    )
    assert client.get(wrong_purpose).status_code == 404


def test_a_deleted_organisations_credentials_still_verify(client, certificate):
    """Its certificates fall back to the site; its DID stays while its keys do."""
    gone = OrganisationFactory(name="Closed Charity")
    other = _another(certificate, gone)
    credential = _credential(client, other)
    gone_id = gone.pk
    gone.delete()
    document = client.get(_did_url(gone_id))
    assert document.status_code == 200
    ld_verify.verify(credential, document.json())
    other.refresh_from_db()
    assert other.organisation_id is None
    assert _credential(client, other)["issuer"]["id"] == "did:web:testserver"


def test_the_did_document_stays_small_enough_for_verifiers(client, settings):
    """The DCC's did:web resolver reads at most 8,192 bytes: a long host and a
    large id still leave room for many rotations, and a rotation that would pass
    the limit is refused, leaving every key listed."""
    settings.SITE_URL = (
        "https://learning.a-rather-long-peer-support-charity.org.uk:8443"
    )
    organisation_id = 2_147_483_647
    issuer = did.organisation(organisation_id)
    assert issuer.did.startswith("did:web:learning.a-rather-long-peer-support-")
    assert "%3A8443:organisations:2147483647" in issuer.did
    rotations = 0
    with pytest.raises(did.DocumentFull):
        while True:
            did.rotate(issuer)
            rotations += 1
            assert did.document_size(did.did_document(issuer)) <= did.MAX_DOCUMENT_BYTES
    assert rotations >= 15  # years of yearly rotations
    keys = list(Path(issuer.key_dir).glob("*.pem"))
    assert len(keys) == rotations
    document = did.did_document(issuer)
    assert len(document["assertionMethod"]) == rotations
    # Served as measured (the document of a deleted organisation with keys).
    response = client.get(_did_url(organisation_id))
    assert response.status_code == 200
    assert len(response.content) == did.document_size(document)
    assert len(response.content) <= 8192
    assert json.loads(response.content)["id"] == issuer.did


def test_rotating_an_organisations_key(client, certificate):
    old = _credential(client, certificate)
    out = call_command("rotate_signing_key", organisation=certificate.organisation_id)
    assert out is None
    new = _credential(client, certificate)
    document = ld_verify.issuer_document(client, new)
    assert len(document["assertionMethod"]) == 2
    ld_verify.verify(old, document)
    ld_verify.verify(new, document)
    # The site's keys are untouched.
    assert len(client.get(reverse("certificates:did")).json()["assertionMethod"]) == 1
    with pytest.raises(CommandError):
        call_command(
            "rotate_signing_key", organisation=certificate.organisation_id + 999
        )
