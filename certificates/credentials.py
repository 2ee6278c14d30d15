"""Open Badges 3.0 credentials, signed two ways: as VC-JWT (compact JWS, RS256,
below) and with a Data Integrity proof (eddsa-rdfc-2022, `credential_ld`, keys in
certificates/did.py).

Signing keys live as JWK files in ``settings.CERTIFICATE_SIGNING_KEY_DIR``, outside
the database. ``current`` names the key that signs; older keys stay published so
credentials signed before a rotation still verify.
"""

import hashlib
import json
import uuid
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from jwcrypto import jwk, jws
from jwcrypto.common import json_encode

from . import did, linked_data, status_lists
from .models import Certificate
from .pdf import verification_url

OB_CONTEXT = [linked_data.VC_V2, linked_data.OB_V3, linked_data.OB_EXTENSIONS]
OB_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
    "ob_v3p0_achievementcredential_schema.json"
)


def credential_schema(url: str) -> list[dict]:
    """`credentialSchema`, as Open Badges 3.0 and CLR 2.0 ask: 1EdTech's JSON
    Schema, of type `1EdTechJsonSchemaValidator2019` (a term only 1EdTech's
    extensions context defines, hence OB_EXTENSIONS in every @context). A verifier
    such as the DCC's validates the credential against this URL."""
    return [{"id": url, "type": "1EdTechJsonSchemaValidator2019"}]


def _key_dir() -> Path:
    return Path(settings.CERTIFICATE_SIGNING_KEY_DIR)


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=False)
    path.write_text(text)


def signing_key_rotate() -> str:
    """Make a new RSA key the signing key; old keys stay published. Returns its id."""
    key = jwk.JWK.generate(kty="RSA", size=2048)
    kid = key.thumbprint()
    folder = _key_dir()
    _write_private(folder / f"{kid}.jwk.json", key.export_private())
    tmp = folder / "current.tmp"
    tmp.write_text(kid)
    tmp.replace(folder / "current")
    return kid


def signing_key_current() -> jwk.JWK:
    """The key that signs new credentials, created on first use."""
    current = _key_dir() / "current"
    if not current.exists():
        signing_key_rotate()
    kid = current.read_text().strip()
    return jwk.JWK.from_json((_key_dir() / f"{kid}.jwk.json").read_text())


def key_url(kid: str) -> str:
    """The URL a verifier fetches to get this public key (used as the JWS `kid`)."""
    return settings.SITE_URL + reverse("certificates:public_key", args=[kid])


def public_keys() -> list[dict]:
    """Every public key, current and retired, as JWKs with `kid` set to their URL."""
    signing_key_current()
    keys = []
    for path in sorted(_key_dir().glob("*.jwk.json")):
        key = jwk.JWK.from_json(path.read_text())
        public = json.loads(key.export_public())
        public.update({"kid": key_url(key.thumbprint()), "alg": "RS256", "use": "sig"})
        keys.append(public)
    return keys


# A thumbprint is 43 characters (SHA-256, base64url); anything much longer is no
# key of ours, and too long for a file name on some systems.
KID_MAX_LENGTH = 128


def public_key(kid: str) -> dict | None:
    """One public JWK by thumbprint, or None."""
    if (
        not kid
        or len(kid) > KID_MAX_LENGTH
        or not all(c.isascii() and (c.isalnum() or c in "-_") for c in kid)
    ):
        return None
    path = _key_dir() / f"{kid}.jwk.json"
    if not path.is_file():
        return None
    key = jwk.JWK.from_json(path.read_text())
    public = json.loads(key.export_public())
    public.update({"kid": key_url(kid), "alg": "RS256", "use": "sig"})
    return public


def issuer_id(certificate: Certificate | None = None) -> str:
    """The issuer's https profile, as the VC-JWT names it: the certificate's
    organisation's, else the site's."""
    if certificate is not None and certificate.organisation_id:
        return settings.SITE_URL + reverse(
            "certificates:organisation_issuer", args=[certificate.organisation_id]
        )
    return settings.SITE_URL + reverse("certificates:issuer")


def _did_identifier(did_id: str) -> list[dict]:
    return [
        {
            "type": "IdentifierEntry",
            "identifier": did_id,
            "identifierType": "identifier",
        }
    ]


def site_profile() -> dict:
    """The site's issuer Profile: its https id (the VC-JWT's issuer) and its DID."""
    return {
        "@context": OB_CONTEXT,
        "id": issuer_id(),
        "type": ["Profile"],
        "name": "Alongside",
        "url": settings.SITE_URL,
        "otherIdentifier": _did_identifier(did.site_did()),
    }


def organisation_profile(organisation_id: int) -> dict | None:
    """An issuing organisation's Profile, or None if there is none such:
    its https id (the VC-JWT's issuer), name and DID (the Data Integrity
    credential's issuer)."""
    from .selectors import issuing_organisation

    organisation = issuing_organisation(organisation_id)
    if organisation is None:
        return None
    return {
        "@context": OB_CONTEXT,
        "id": settings.SITE_URL
        + reverse("certificates:organisation_issuer", args=[organisation.pk]),
        "type": ["Profile"],
        "name": organisation.name,
        "url": settings.SITE_URL,
        "otherIdentifier": _did_identifier(did.organisation(organisation.pk).did),
    }


def credential_id(certificate: Certificate) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, verification_url(certificate))}"


def status_url(certificate: Certificate) -> str:
    return settings.SITE_URL + reverse(
        "certificates:credential_status", args=[certificate.token]
    )


def _iso(day) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def credential_json(certificate: Certificate) -> dict:
    """The certificate as an OpenBadgeCredential (AchievementCredential), as the
    VC-JWT carries it: the issuer's https profile, the 1EdTech status."""
    return _credential(
        certificate, issuer=issuer_id(certificate), status=_status_entry(certificate)
    )


def credential_ld(certificate: Certificate, *, holder_did: str = "") -> dict:
    """The credential with a Data Integrity proof (eddsa-rdfc-2022), as wallets
    take it: issued by its organisation's did:web (the site's for a certificate
    without one), status in two Bitstring status lists; about the holder's own
    DID when a wallet proved it (`holder_did`)."""
    issuer = did.for_certificate(certificate)
    credential = _credential(
        certificate,
        issuer=issuer.did,
        status=status_lists.entries(certificate),
        holder_did=holder_did,
    )
    signed = did.sign(credential, issuer)
    # A list of proofs, as 1EdTech's Open Badges 3.0 schema has it.
    signed["proof"] = [signed["proof"]]
    return signed


def identity(certificate: Certificate) -> dict:
    """Who the credential is about: the plain name only if the holder chose to show
    it; otherwise a salted SHA-256 of it (Open Badges' IdentityHash), which someone
    who already knows the name can check and nobody else can read."""
    if certificate.holder_shows_name:
        return {
            "type": "IdentityObject",
            "identityHash": certificate.name,
            "identityType": "name",
            "hashed": False,
        }
    salt = certificate.identity_salt
    digest = hashlib.sha256((certificate.name + salt).encode()).hexdigest()
    return {
        "type": "IdentityObject",
        "identityHash": f"sha256${digest}",
        "identityType": "name",
        "hashed": True,
        "salt": salt,
    }


def achievement_id(certificate: Certificate) -> str:
    """The achievement's id: the programme's (or course's) public page; with a
    neutral wording, a name made from the wording and issuer alone, so the badge
    does not lead back to the organisation's own title and description."""
    if certificate.public_title:
        seed = (
            f"{settings.SITE_URL}#achievement/{certificate.organisation_name}/"
            f"{certificate.public_title}"
        )
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, seed)}"
    return settings.SITE_URL + reverse(
        "certificates:achievement",
        args=[certificate.programme_id or certificate.course_id or 0, certificate.kind],
    )


def _credential(
    certificate: Certificate, *, issuer: str, status, holder_did: str = ""
) -> dict:
    verify = verification_url(certificate)
    if holder_did:
        subject_id = holder_did
        bound = uuid.uuid5(uuid.NAMESPACE_URL, f"{verify}#{holder_did}")
        the_id = f"urn:uuid:{bound}"
    else:
        subject_id = f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, verify + '#subject')}"
        the_id = credential_id(certificate)
    achievement = {
        "id": achievement_id(certificate),
        "type": ["Achievement"],
        "achievementType": certificate.achievement_type or "Certificate",
        "name": certificate.shown_title,
        "description": certificate.shown_description,
        "criteria": {"narrative": certificate.shown_criteria},
        "inLanguage": "en-GB",
    }
    if certificate.content_version:
        achievement["version"] = certificate.content_version
    if certificate.learning_hours:
        achievement["creditsAvailable"] = float(certificate.learning_hours)
    subject = {
        "id": subject_id,
        "type": ["AchievementSubject"],
        "achievement": achievement,
        "identifier": [identity(certificate)],
    }
    if certificate.learning_hours:
        subject["creditsEarned"] = float(certificate.learning_hours)
    credential = {
        "@context": OB_CONTEXT,
        "id": the_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.shown_title,
        "description": certificate.shown_description,
        "issuer": {
            "id": issuer,
            "type": ["Profile"],
            "name": certificate.organisation_name,
            "url": settings.SITE_URL,
        },
        "validFrom": _iso(certificate.issued_on),
        "awardedDate": _iso(certificate.issued_on),
        "credentialSubject": subject,
        "credentialSchema": credential_schema(OB_SCHEMA),
        "credentialStatus": status,
        "evidence": [
            {
                "id": verify,
                "type": ["Evidence"],
                "name": f"Certificate {certificate.number}",
            }
        ],
    }
    valid_until = _valid_until(certificate)
    if valid_until:
        credential["validUntil"] = _iso(valid_until)
    return credential


def _status_entry(certificate: Certificate) -> dict:
    """Where to check the status; for a suspended or revoked certificate, also what
    it is and since when, so a copy fetched now never reads as valid."""
    entry = {"id": status_url(certificate), "type": "1EdTechRevocationList"}
    if certificate.status != Certificate.Status.VALID:
        entry["status"] = certificate.status
        entry["statusReason"] = certificate.status_reason
        since = certificate.state_since
        if since:
            entry["statusDate"] = _iso(since)
    return entry


def _valid_until(certificate: Certificate):
    """The expiry; for a suspended or revoked certificate, the day it stopped being
    valid, so the credential (and its JWT `exp`) has run out already."""
    if certificate.status == Certificate.Status.VALID:
        return certificate.expires_on
    since = certificate.state_since or certificate.issued_on
    if certificate.expires_on:
        return min(since, certificate.expires_on)
    return since


def credential_jwt(certificate: Certificate) -> str:
    """The credential as a compact JWS (VC-JWT) signed with the current key."""
    import calendar

    key = signing_key_current()
    credential = credential_json(certificate)
    payload = dict(credential)
    payload.update(
        {
            "iss": credential["issuer"]["id"],
            "jti": credential["id"],
            "sub": credential["credentialSubject"]["id"],
            "nbf": calendar.timegm(certificate.issued_on.timetuple()),
        }
    )
    valid_until = _valid_until(certificate)
    if valid_until:
        payload["exp"] = calendar.timegm(valid_until.timetuple())
    token = jws.JWS(json_encode(payload).encode())
    token.add_signature(
        key,
        alg="RS256",
        protected=json_encode(
            {"alg": "RS256", "typ": "JWT", "kid": key_url(key.thumbprint())}
        ),
    )
    return token.serialize(compact=True)


def status_document(certificate: Certificate) -> dict:
    """The credential's status: a 1EdTech revocation list for this one credential."""
    revoked = []
    if certificate.status in (Certificate.Status.REVOKED, Certificate.Status.SUSPENDED):
        revoked.append(
            {
                "id": credential_id(certificate),
                "revocationReason": certificate.status_reason,
            }
        )
    return {
        "id": status_url(certificate),
        "issuer": issuer_id(certificate),
        "status": certificate.state,
        "revokedCredentials": revoked,
        "history": [
            {"status": event.action, "date": event.at.date().isoformat()}
            for event in certificate.events.all()
        ],
    }
