"""Public verification, Open Badges 3.0 credentials and their signatures."""

import base64
import datetime
import json
import secrets
from pathlib import Path

import jsonschema
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.models import number_check_character
from certificates.selectors import certificate_by_token
from lms.models import AuditEvent

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db

SCHEMA = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "openbadges-3.0"
    / "achievementcredential.schema.json"
)


@pytest.fixture
def certificate(enrolled, trainer, programme):
    make_rules(programme, requirement("reflections", entries=1))
    enrolled.certificate_name = "Tess Ann Trainee"
    enrolled.save()
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="test"
    )
    return certificate


def _b64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _int(value: str) -> int:
    return int.from_bytes(_b64(value), "big")


def _verify_with_public_key_from_alongside(client, token: str) -> dict:
    """Verify a compact JWS with `cryptography` alone, fetching the key by its kid."""
    header_b64, payload_b64, signature_b64 = token.split(".")
    header = json.loads(_b64(header_b64))
    assert header["alg"] == "RS256"
    kid = header["kid"]
    assert kid.startswith("http://testserver/")
    jwk = client.get(kid.removeprefix("http://testserver")).json()
    public_key = rsa.RSAPublicNumbers(_int(jwk["e"]), _int(jwk["n"])).public_key()
    public_key.verify(
        _b64(signature_b64),
        f"{header_b64}.{payload_b64}".encode(),
        padding.PKCS1v15(),
        hashes.SHA256(),
    )  # raises InvalidSignature on any change
    return json.loads(_b64(payload_b64))


def test_verification_page_shows_a_valid_certificate(client, certificate):
    response = client.get(reverse("certificates:verify", args=[certificate.token]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid" in html
    # The public page names the holder only if they chose it: their initials and
    # the number match the paper certificate; a share link shows more.
    assert "T. A. T." in html and certificate.number in html
    assert "Tess" not in html and "Trainee" not in html
    assert "ask the holder for a share link" in html
    assert certificate.title in html and "Brighter Days Peer Support" in html
    assert certificate.user.email not in html

    certificate.holder_shows_name = True
    certificate.save(update_fields=["holder_shows_name"])
    html = client.get(
        reverse("certificates:verify", args=[certificate.token])
    ).content.decode()
    assert "Tess Ann Trainee" in html and "(initials)" not in html
    assert "ask the holder for a share link" not in html
    assert certificate.user.email not in html  # no personal data beyond the name


def test_form_finds_by_number_and_surname(client, certificate):
    url = reverse("certificates:verify_form")
    found = client.get(
        url, {"number": certificate.number.lower(), "surname": "trainee"}
    )
    assert found.status_code == 302
    assert found["Location"] == reverse("certificates:verify", args=[certificate.token])
    wrong = client.get(url, {"number": certificate.number, "surname": "Smith"})
    assert wrong.status_code == 200
    assert "could not find a certificate" in wrong.content.decode()
    garbled = client.get(url, {"number": "AL-ZZZZ-ZZZZ-Q", "surname": "Trainee"})
    assert "not a certificate number we recognise" in garbled.content.decode()


def _as_typed(number: str) -> list[str]:
    """The ways an employer types a number read from a paper certificate or over the
    phone: spaces for dashes, no dashes, lower case, O for 0 and I or L for 1."""
    plain = number.replace("-", "")
    return [
        number.replace("-", " "),
        plain,
        plain.lower(),
        f" {number} ",
        number.replace("0", "O").replace("1", "I"),
        number[:3] + number[3:].replace("1", "l"),
    ]


def test_a_number_typed_with_spaces_or_look_alike_letters_is_found(client, certificate):
    """Walked: "AL 6HSF 752G $" (spaces, as people write it) was "not a certificate
    number we recognise"."""
    certificate.number = f"AL-10B0-7K3M-{number_check_character('10B07K3M')}"
    certificate.save(update_fields=["number"])
    url = reverse("certificates:verify_form")
    for typed in _as_typed(certificate.number):
        found = client.get(url, {"number": typed, "surname": "Trainee"})
        assert found.status_code == 302, typed
        assert found["Location"] == reverse(
            "certificates:verify", args=[certificate.token]
        )


@pytest.mark.parametrize(
    "token", ["x", "a" * 300, "%00", "../../etc/passwd", "' OR 1=1 --", "ü"]
)
def test_garbage_tokens_never_500(client, certificate, token):
    response = client.get(f"/verify/{token}/")
    assert response.status_code == 404
    if "/" not in token:  # otherwise it is not a verification URL at all
        assert "could not find this certificate" in response.content.decode()


def test_ten_thousand_random_tokens_never_verify(certificate):
    assert certificate_by_token(certificate.token) == certificate
    for _ in range(10_000):
        assert certificate_by_token(secrets.token_urlsafe(24)) is None
    altered = certificate.token[:-1] + ("A" if certificate.token[-1] != "A" else "B")
    assert certificate_by_token(altered) is None


def test_verification_is_rate_limited_with_a_clear_page(client, certificate):
    url = reverse("certificates:verify", args=[certificate.token])
    statuses = [client.get(url).status_code for _ in range(31)]
    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429
    limited = client.get(url)
    assert limited.status_code == 429
    assert "Please wait a minute" in limited.content.decode()


def test_revocation_shows_at_once_everywhere(client, certificate, trainer):
    services.certificate_revoke(
        certificate=certificate, actor=trainer, reason="Issued to the wrong person."
    )
    html = client.get(
        reverse("certificates:verify", args=[certificate.token])
    ).content.decode()
    assert "This certificate has been revoked" in html
    assert "Issued to the wrong person." in html
    today = timezone.localdate()
    assert f"{today.day} {today:%B %Y}: Revoked" in html
    status = client.get(
        reverse("certificates:credential_status", args=[certificate.token])
    ).json()
    assert status["status"] == "revoked"
    assert status["revokedCredentials"][0]["revocationReason"] == (
        "Issued to the wrong person."
    )


def test_every_certificate_change_leaves_a_line_in_the_audit_log(
    certificate, trainer, enrolled
):
    services.certificate_suspend(certificate=certificate, actor=trainer, reason="Query")
    services.certificate_reinstate(certificate=certificate, actor=trainer, reason="Ok")
    services.certificate_revoke(certificate=certificate, actor=trainer, reason="Wrong")

    logged = AuditEvent.objects.filter(action=AuditEvent.Action.CERTIFICATE).order_by(
        "created_at", "pk"
    )
    assert [e.detail["change"] for e in logged] == [
        "issued",
        "suspended",
        "reinstated",
        "revoked",
    ]
    assert {e.actor for e in logged} == {trainer}
    assert {e.subject for e in logged} == {enrolled}
    assert logged.last().detail["reason"] == "Wrong"
    assert logged.last().detail["certificate"] == certificate.number


def test_suspended_and_expired_states(client, certificate, trainer):
    services.certificate_suspend(certificate=certificate, actor=trainer, reason="Query")
    url = reverse("certificates:verify", args=[certificate.token])
    assert "This certificate is suspended" in client.get(url).content.decode()
    services.certificate_reinstate(certificate=certificate, actor=trainer, reason="OK")
    certificate.refresh_from_db()
    certificate.expires_on = timezone.localdate() - datetime.timedelta(days=1)
    certificate.save()
    assert "This certificate has expired" in client.get(url).content.decode()


def test_credential_validates_and_verifies_with_the_published_key(client, certificate):
    response = client.get(reverse("certificates:credential", args=[certificate.token]))
    assert response.status_code == 200
    token = response.content.decode()
    payload = _verify_with_public_key_from_alongside(client, token)
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate(payload, schema)
    assert "OpenBadgeCredential" in payload["type"]
    achievement = payload["credentialSubject"]["achievement"]
    assert achievement["name"] == certificate.title
    assert achievement["criteria"]["narrative"].startswith("Complete every module")
    assert achievement["achievementType"] == "Certificate"
    assert payload["credentialSubject"]["creditsEarned"] == 40
    assert payload["iss"] == payload["issuer"]["id"]
    assert payload["jti"] == payload["id"]
    assert payload["sub"] == payload["credentialSubject"]["id"]
    assert payload["nbf"] < payload["exp"]
    status_url = payload["credentialStatus"]["id"].removeprefix("http://testserver")
    assert client.get(status_url).json()["status"] == "valid"
    jwks = client.get(reverse("certificates:jwks")).json()
    kid = json.loads(_b64(token.split(".")[0]))["kid"]
    assert [key["kid"] for key in jwks["keys"]] == [kid]
    assert all("d" not in key for key in jwks["keys"])  # never the private part


def test_a_tampered_credential_fails(client, certificate):
    from cryptography.exceptions import InvalidSignature

    token = client.get(
        reverse("certificates:credential", args=[certificate.token])
    ).content.decode()
    header, payload, signature = token.split(".")
    claims = json.loads(_b64(payload))
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=")
    with pytest.raises(InvalidSignature):
        _verify_with_public_key_from_alongside(
            client, f"{header}.{forged.decode()}.{signature}"
        )


def test_rotation_keeps_old_credentials_verifiable(client, certificate, signing_keys):
    old = client.get(
        reverse("certificates:credential", args=[certificate.token])
    ).content.decode()
    call_command("rotate_signing_key")
    new = client.get(
        reverse("certificates:credential", args=[certificate.token])
    ).content.decode()
    kid_old = json.loads(_b64(old.split(".")[0]))["kid"]
    kid_new = json.loads(_b64(new.split(".")[0]))["kid"]
    assert kid_old != kid_new
    _verify_with_public_key_from_alongside(client, old)
    _verify_with_public_key_from_alongside(client, new)
    assert len(client.get(reverse("certificates:jwks")).json()["keys"]) == 2
    assert len(list(Path(signing_keys).glob("*.jwk.json"))) == 2


def test_unknown_key_and_status_are_404_not_500(client):
    assert client.get("/credentials/keys/nope.json").status_code == 404
    assert client.get("/credentials/status/nope/").status_code == 404
    assert client.get("/verify/nope/open-badge.jwt").status_code == 404
    assert client.get("/verify/nope/pdf/").status_code == 404
