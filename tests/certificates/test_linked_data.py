"""Data Integrity credentials (eddsa-rdfc-2022), the did:web document and the
Bitstring status lists, checked by tests/certificates/ld_verify.py: an independent
verifier written from the W3C specifications (pyld and PyNaCl), offline."""

import copy
import json
import os
from pathlib import Path

import jsonschema
import pytest
from django.core.management import call_command
from django.urls import reverse
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from certificates import services, status_lists

from . import ld_verify
from .test_verification import SCHEMA, _verify_with_public_key_from_alongside

pytestmark = pytest.mark.django_db

FULL = os.environ.get("ALONGSIDE_SECURITY_FULL") == "1"


def _get(client, url: str) -> dict:
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200, url
    return response.json()


def _credential(client, certificate) -> dict:
    response = client.get(
        reverse("certificates:credential_ld", args=[certificate.token])
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    return response.json()


def _did(client, credential: dict) -> dict:
    return ld_verify.issuer_document(client, credential)


def _bit(client, entry: dict) -> bool:
    """The credential's bit in the status list it names, as a verifier reads it."""
    status_list = _get(client, entry["statusListCredential"])
    ld_verify.verify(status_list, _did(client, status_list))
    subject = status_list["credentialSubject"]
    assert subject["statusPurpose"] == entry["statusPurpose"]
    bits = status_lists.decode(subject["encodedList"])
    assert len(bits) * 8 >= 131_072
    return status_lists.bit(bits, int(entry["statusListIndex"]))


def test_both_proof_formats_verify_independently(client, certificate):
    credential = _credential(client, certificate)
    document = _did(client, credential)
    did = f"did:web:testserver:organisations:{certificate.organisation_id}"
    assert document["id"] == did
    proof = ld_verify.verify(credential, document)
    assert proof["verificationMethod"].startswith(f"{did}#z6Mk")
    assert credential["issuer"]["id"] == did
    assert credential["issuer"]["name"] == certificate.organisation_name
    assert credential["credentialSubject"]["achievement"]["name"] == certificate.title
    # The VC-JWT stays, checked with `cryptography` alone against the JWKS.
    token = client.get(
        reverse("certificates:credential", args=[certificate.token])
    ).content.decode()
    payload = _verify_with_public_key_from_alongside(client, token)
    assert payload["credentialSubject"] == {
        **credential["credentialSubject"],
    }


def test_data_integrity_credential_validates_against_open_badges_schema(
    client, certificate
):
    """1EdTech's schema (build of 2024-07-30) types `credentialStatus` as one
    object; VC Data Model 2.0 allows several, and the two Bitstring entries
    (revocation, suspension) are what wallets check. So each entry is held to the
    schema's CredentialStatus, and everything else to the schema unchanged."""
    schema = json.loads(SCHEMA.read_text())
    status = schema["$defs"]["CredentialStatus"]
    schema["$defs"]["CredentialStatus"] = {
        "anyOf": [status, {"type": "array", "minItems": 1, "items": status}]
    }
    credential = _credential(client, certificate)
    jsonschema.validate(credential, schema)
    assert [entry["statusPurpose"] for entry in credential["credentialStatus"]] == [
        "revocation",
        "suspension",
    ]
    for entry in credential["credentialStatus"]:
        jsonschema.validate(
            entry, {**status, "$schema": schema["$schema"], "$defs": schema["$defs"]}
        )
    # Without the relaxation only credentialStatus is refused, nothing else.
    strict = json.loads(SCHEMA.read_text())
    errors = list(jsonschema.Draft201909Validator(strict).iter_errors(credential))
    assert [list(error.path) for error in errors] == [["credentialStatus"]]


def test_suspend_reinstate_and_revoke_flip_the_bits_at_once(
    client, certificate, trainer
):
    credential = _credential(client, certificate)
    revocation, suspension = credential["credentialStatus"]
    assert not _bit(client, revocation) and not _bit(client, suspension)

    services.certificate_suspend(certificate=certificate, actor=trainer, reason="Check")
    assert _bit(client, suspension) and not _bit(client, revocation)
    certificate.refresh_from_db()
    services.certificate_reinstate(certificate=certificate, actor=trainer, reason="OK")
    assert not _bit(client, suspension) and not _bit(client, revocation)
    certificate.refresh_from_db()
    services.certificate_revoke(certificate=certificate, actor=trainer, reason="Wrong")
    assert _bit(client, revocation) and not _bit(client, suspension)
    # The reason and history stay on the human verification page.
    page = client.get(reverse("certificates:verify", args=[certificate.token]))
    assert "Wrong" in page.content.decode()


def test_status_indexes_are_random(certificate):
    places = [status_lists.allocate() for _ in range(40)]
    indexes = [index for _, index in places]
    assert all(0 <= index < 131_072 for index in indexes)
    assert len(set(indexes)) > 35  # random, not handed out in order
    assert indexes != sorted(indexes)
    assert certificate.status_list_index is not None


def test_status_list_urls_that_do_not_exist_are_not_found(client, certificate):
    for args in ([1, "everything"], [certificate.status_list + 1, "revocation"]):
        response = client.get(reverse("certificates:status_list", args=args))
        assert response.status_code == 404


def test_rotation_keeps_old_data_integrity_credentials_verifiable(
    client, certificate, signing_keys
):
    old = _credential(client, certificate)
    call_command("rotate_signing_key", organisation=certificate.organisation_id)
    new = _credential(client, certificate)
    document = _did(client, new)
    old_key = ld_verify.verify(old, document)["verificationMethod"]
    new_key = ld_verify.verify(new, document)["verificationMethod"]
    assert old_key != new_key
    assert document["assertionMethod"] == [new_key, old_key]
    folder = Path(signing_keys, "ed25519", "organisations")
    own = folder / str(certificate.organisation_id)
    assert len(list(own.glob("*.pem"))) == 2
    assert "BEGIN" not in json.dumps(document)  # never a private part


# --- Tampering: every change of meaning is refused ---

PATHS = {
    "payload": [
        ("name",),
        ("description",),
        ("validFrom",),
        ("validUntil",),
        ("awardedDate",),
        ("id",),
        ("credentialSubject", "id"),
        ("credentialSubject", "achievement", "name"),
        ("credentialSubject", "achievement", "criteria", "narrative"),
        ("credentialSubject", "identifier", 0, "identityHash"),
        ("evidence", 0, "id"),
    ],
    "issuer": [("issuer", "id"), ("issuer", "name"), ("issuer", "url")],
    "status index": [
        ("credentialStatus", 0, "statusListIndex"),
        ("credentialStatus", 1, "statusListIndex"),
        ("credentialStatus", 0, "statusListCredential"),
        ("credentialStatus", 1, "statusPurpose"),
    ],
    "proof": [
        ("proof", 0, "created"),
        ("proof", 0, "verificationMethod"),
        ("proof", 0, "proofValue"),
        ("proof", 0, "cryptosuite"),
        ("proof", 0, "proofPurpose"),
    ],
}


def _set(document, path, value):
    for key in path[:-1]:
        document = document[key]
    old = document[path[-1]]
    document[path[-1]] = value
    return old


def _tamper(credential: dict, data) -> dict:
    forged = copy.deepcopy(credential)
    kind = data.draw(st.sampled_from([*PATHS, "context", "extra"]))
    if kind == "context":
        change = data.draw(st.sampled_from(["drop", "swap", "add"]))
        if change == "drop":
            forged["@context"] = forged["@context"][:1]
        elif change == "swap":
            forged["@context"] = list(reversed(forged["@context"]))
        else:
            forged["@context"].append("https://example.org/context.json")
        return forged
    if kind == "extra":
        key = data.draw(st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=12))
        forged["credentialSubject"][key] = data.draw(st.text(min_size=1, max_size=20))
        return forged
    path = data.draw(st.sampled_from(PATHS[kind]))
    old = copy.deepcopy(forged)
    for key in path[:-1]:
        old = old[key]
    old = old[path[-1]]
    if path[-1] == "statusListIndex":
        new = str(data.draw(st.integers(0, 131_071).filter(lambda i: str(i) != old)))
    elif path[-1] == "proofValue":
        position = data.draw(st.integers(1, len(old) - 1))
        char = data.draw(
            st.sampled_from(ld_verify.B58).filter(lambda c: c != old[position])
        )
        new = old[:position] + char + old[position + 1 :]
    else:
        new = data.draw(st.text(min_size=1, max_size=40).filter(lambda t: t != old))
    _set(forged, path, new)
    return forged


# 10,000 in `make security` (ten shards of 1,000, shared out between the cores), 300
# in the everyday suite; ALONGSIDE_TAMPER_EXAMPLES sets another number.
TAMPER_SHARDS = 10 if FULL else 1
TAMPER_EXAMPLES = int(os.environ.get("ALONGSIDE_TAMPER_EXAMPLES", 0)) or (
    10_000 if FULL else 300
)


@pytest.mark.parametrize("shard", range(TAMPER_SHARDS))
def test_tampered_credentials_never_verify(client, certificate, shard):
    """Generated changes to the payload, proof, status index, issuer and context:
    none passes (each case canonicalises with pyld; each shard draws its own)."""
    credential = _credential(client, certificate)
    document = _did(client, credential)
    ld_verify.verify(credential, document)
    passed, tried = [], []

    @seed(shard)
    @settings(
        max_examples=TAMPER_EXAMPLES // TAMPER_SHARDS,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(st.data())
    def check(data):
        forged = _tamper(credential, data)
        tried.append(1)
        try:
            ld_verify.verify(forged, document)
        except ld_verify.Invalid:
            return
        passed.append(forged)

    check()
    assert passed == []
    assert len(tried) >= TAMPER_EXAMPLES // TAMPER_SHARDS


# --- Signing safety nets, and places in the lists ---


def test_signing_refuses_terms_the_contexts_do_not_define(certificate):
    from certificates import credentials, did, linked_data

    credential = credentials.credential_ld(certificate)
    del credential["proof"]
    credential["credentialSubject"]["notInAnyContext"] = "left out of the signature"
    with pytest.raises(linked_data.UndefinedTerm):
        did.sign(credential)


def test_contexts_are_never_fetched():
    from certificates import linked_data

    with pytest.raises(linked_data.UnknownContext):
        linked_data.document_loader("https://example.org/context.json")
    assert linked_data.document_loader(linked_data.VC_V2)["document"]["@context"]


def test_a_full_list_sends_new_certificates_to_the_next(monkeypatch, certificate):
    monkeypatch.setattr(status_lists, "FILL_LIMIT", 1)
    number, index = status_lists.allocate()
    assert number == certificate.status_list + 1
    assert 0 <= index < 131_072


def test_the_migration_places_certificates_issued_before_the_lists(certificate):
    import importlib

    from django.apps import apps

    from certificates.models import Certificate

    migration = importlib.import_module(
        "certificates.migrations.0007_bitstring_status_lists"
    )
    Certificate.objects.filter(pk=certificate.pk).update(status_list_index=None)
    migration.allocate_indexes(apps, None)
    certificate.refresh_from_db()
    assert certificate.status_list == 1
    assert 0 <= certificate.status_list_index < 131_072


def test_a_certificate_that_draws_a_taken_place_draws_again(
    monkeypatch, certificate, enrolled, trainer, programme
):
    """Two certificates saved at the same moment can both find the same place
    free; the unique constraint refuses the second, which draws again."""
    from django.db import IntegrityError

    from certificates.models import Certificate

    taken = (certificate.status_list, certificate.status_list_index)
    free = (certificate.status_list, (certificate.status_list_index + 1) % 131_072)
    draws = iter([taken, taken, free])
    monkeypatch.setattr(status_lists, "allocate", lambda: next(draws))
    other = Certificate.objects.get(pk=certificate.pk)
    other.pk = None
    other.number, other.token = "X-2", "another-token"
    other.programme, other.kind = None, Certificate.Kind.COMPLETION
    other.status_list_index = None
    other.save()
    other.refresh_from_db()
    assert (other.status_list, other.status_list_index) == free
    assert Certificate.objects.filter(status_list_index=free[1]).count() == 1

    # Any other broken rule is not hidden by drawing again.
    monkeypatch.setattr(status_lists, "allocate", lambda: free[:1] + (7,))
    duplicate = Certificate.objects.get(pk=other.pk)
    duplicate.pk, duplicate.token, duplicate.status_list_index = None, "t3", None
    with pytest.raises(IntegrityError):
        duplicate.save()  # the same number as `other`


def test_small_lists_fill_without_two_certificates_in_one_place(
    monkeypatch, certificate
):
    """With lists of 8 places (full at 4), most draws hit a taken place: every
    certificate still gets a place of its own, and lists fill one after another."""
    from certificates.models import Certificate

    monkeypatch.setattr(status_lists, "LIST_SIZE", 8)
    monkeypatch.setattr(status_lists, "FILL_LIMIT", 4)
    Certificate.objects.filter(pk=certificate.pk).update(status_list_index=3)
    for n in range(11):
        other = Certificate.objects.get(pk=certificate.pk)
        other.pk, other.number, other.token = None, f"S-{n}", f"small-{n}"
        other.programme, other.kind = None, Certificate.Kind.COMPLETION
        other.status_list_index = None
        other.save()
    places = list(Certificate.objects.values_list("status_list", "status_list_index"))
    assert len(places) == 12 == len(set(places))
    assert all(0 <= index < 8 for _, index in places)
    counts = [sum(1 for n, _ in places if n == number) for number in (1, 2, 3)]
    assert counts == [4, 4, 4]
