"""The Digital Credentials Consortium's verifier (npm @digitalcredentials/verifier-core,
the one the Learner Credential Wallet uses) checks our Data Integrity credentials,
run with Node by tests/verifier/verify.mjs. Our did:web document and status lists
are fetched from the test client and handed to it, so nothing reaches the network.
`make install` installs the verifier (npm ci in tests/verifier)."""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from certificates import services

from . import ld_verify

pytestmark = pytest.mark.django_db

VERIFIER = Path(__file__).resolve().parents[1] / "verifier"
# The verifier checks an Open Badge against 1EdTech's schema, which it would fetch.
SCHEMA_URL = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
    "ob_v3p0_achievementcredential_schema.json"
)
SCHEMA = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "openbadges-3.0"
    / "achievementcredential.schema.json"
)


def _local(client, url: str) -> dict:
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200, url
    return response.json()


def dcc_verify(client, credential: dict, tmp_path, extra: dict | None = None) -> dict:
    """The DCC verifier's answer for the credential, with our documents served
    as they are now (so a status change shows at the next check), and any
    `extra` documents (a context the verifier does not ship)."""
    node = shutil.which("node")
    if node is None or not (VERIFIER / "node_modules").is_dir():
        pytest.fail("Node and tests/verifier/node_modules are needed: `make install`.")
    # The issuer's did:web document where did:web puts it (https, the host, the
    # DID's path), as the verifier asks for it.
    issuer = credential["issuer"]
    did_url = ld_verify.did_web_url(
        issuer["id"] if isinstance(issuer, dict) else issuer
    )
    documents = {
        "https://testserver/.well-known/did.json": _local(
            client, reverse("certificates:did")
        ),
        did_url: _local(client, urlsplit(did_url).path),
        SCHEMA_URL: json.loads(SCHEMA.read_text()),
        **(extra or {}),
    }
    for entry in credential["credentialStatus"]:
        url = entry["statusListCredential"]
        documents[url] = _local(client, url)
    path = tmp_path / "input.json"
    path.write_text(json.dumps({"credential": credential, "documents": documents}))
    run = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [node, str(VERIFIER / "verify.mjs"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=VERIFIER,
    )
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    # Everything it asked for came from us; nothing was looked up elsewhere.
    assert answer["unresolved"] == []
    return answer["result"]


def schema_errors(result: dict) -> dict:
    """What the verifier's schema check found, per schema it used: the paths it
    refused (an empty list when the credential is valid against that schema)."""
    (check,) = [
        info
        for info in result.get("additionalInformation", [])
        if info["id"] == "schema_check"
    ]
    assert isinstance(check["results"], list), check["results"]
    return {
        entry["schema"]: sorted(
            {error["instancePath"] for error in entry["result"].get("errors", [])}
        )
        for entry in check["results"]
    }


def steps(result: dict) -> dict:
    assert "errors" not in result, result["errors"]
    return {step["id"]: step.get("valid") for step in result["log"]}


def _credential(client, certificate) -> dict:
    response = client.get(
        reverse("certificates:credential_ld", args=[certificate.token])
    )
    assert response.status_code == 200
    return response.json()


def test_fresh_credential_is_valid_then_revoked_at_the_next_fetch(
    client, certificate, trainer, tmp_path
):
    credential = _credential(client, certificate)
    assert credential["credentialSchema"] == [
        {"id": SCHEMA_URL, "type": "1EdTechJsonSchemaValidator2019"}
    ]
    result = dcc_verify(client, credential, tmp_path)
    fresh = steps(result)
    # It checks the schema the credential names. 1EdTech's schema (build of
    # 2024-07-30) types credentialStatus as one object, where VC 2.0 allows the
    # list of two Bitstring entries wallets read: that is all it refuses (each
    # entry on its own is valid, see test_linked_data).
    assert schema_errors(result) == {SCHEMA_URL: ["/credentialStatus"]}
    assert fresh["valid_signature"] is True
    assert fresh["expiration"] is True
    assert fresh["revocation_status"] is True
    assert fresh["suspension_status"] is True

    services.certificate_revoke(
        certificate=certificate, actor=trainer, reason="Issued to the wrong person."
    )
    after = steps(dcc_verify(client, credential, tmp_path))
    assert after["valid_signature"] is True
    assert after["revocation_status"] is False
    assert after["suspension_status"] is True


def test_suspension_and_reinstatement_round_trip(
    client, certificate, trainer, tmp_path
):
    credential = _credential(client, certificate)
    services.certificate_suspend(
        certificate=certificate, actor=trainer, reason="Under review."
    )
    suspended = steps(dcc_verify(client, credential, tmp_path))
    assert suspended["valid_signature"] is True
    assert suspended["suspension_status"] is False
    assert suspended["revocation_status"] is True

    certificate.refresh_from_db()
    services.certificate_reinstate(
        certificate=certificate, actor=trainer, reason="Review finished."
    )
    reinstated = steps(dcc_verify(client, credential, tmp_path))
    assert reinstated["valid_signature"] is True
    assert reinstated["suspension_status"] is True
    assert reinstated["revocation_status"] is True


def test_a_tampered_credential_is_refused(client, certificate, tmp_path):
    credential = _credential(client, certificate)
    credential["credentialSubject"]["achievement"]["name"] = "Something grander"
    result = dcc_verify(client, credential, tmp_path)
    assert result.get("errors"), result
    assert result["errors"][0]["name"] == "invalid_signature"
