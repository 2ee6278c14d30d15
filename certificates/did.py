"""The issuers' `did:web` identities and their Ed25519 keys (Multikey).

Each issuing organisation is a `did:web` DID of its own, under SITE_URL's host:
``did:web:example.org:organisations:12``, its document at
``/organisations/12/did.json`` (did:web turns each ``:`` after the host into a
``/`` and adds ``/did.json``). The number is the organisation's primary key, which
never changes: an organisation can be renamed without breaking a credential issued
under its DID. Certificates without an organisation, and every credential issued
before organisations had DIDs, are the site's: ``did:web:example.org``, its
document at ``/.well-known/did.json``, which stays as it was so they still verify.

Private keys live as PEM files outside the database: the site's in
``CERTIFICATE_SIGNING_KEY_DIR/ed25519/``, an organisation's in
``CERTIFICATE_SIGNING_KEY_DIR/ed25519/organisations/<id>/``; ``current`` names the
one that signs. Rotating makes a new key the signing key and keeps the old ones
listed in the DID document, so credentials signed before a rotation still verify.
An organisation's first key is made when it first signs (or by
``rotate_signing_key --organisation``). A document must stay under the size that
verifiers fetch (the DCC's did:web resolver stops at 8,192 bytes), so a rotation
that would pass it is refused.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.utils import timezone

from . import linked_data

# The multicodec prefix of an Ed25519 public key (0xed, as a varint).
ED25519_PUB_PREFIX = b"\xed\x01"
KEY_NAME_MAX_LENGTH = 64
# The largest DID document the DCC's did:web resolver (the Learner Credential
# Wallet's, npm @digitalcredentials/did-method-web) reads: `size: 8192` bytes.
MAX_DOCUMENT_BYTES = 8192


class DocumentFull(RuntimeError):
    """Another key would make the DID document too large for verifiers to fetch."""


@dataclass(frozen=True)
class Issuer:
    """One did:web identity: the site's, or an organisation's."""

    did: str
    key_dir: Path
    organisation_id: int | None = None


def _host() -> str:
    """SITE_URL's host, a port written %3A, as did:web requires."""
    return quote(urlsplit(settings.SITE_URL).netloc, safe="")


def _ed25519_dir() -> Path:
    return Path(settings.CERTIFICATE_SIGNING_KEY_DIR) / "ed25519"


def site() -> Issuer:
    return Issuer(did="did:web:" + _host(), key_dir=_ed25519_dir())


def organisation(organisation_id: int) -> Issuer:
    organisation_id = int(organisation_id)
    return Issuer(
        did=f"did:web:{_host()}:organisations:{organisation_id}",
        key_dir=_ed25519_dir() / "organisations" / str(organisation_id),
        organisation_id=organisation_id,
    )


def for_certificate(certificate) -> Issuer:
    """Who signs the certificate's credentials: its organisation, else the site."""
    if certificate.organisation_id:
        return organisation(certificate.organisation_id)
    return site()


def organisation_known(organisation_id: int) -> bool:
    """An organisation has a DID while it issues certificates (a programme's
    rules name it, or it has issued some), and whenever it has keys, even once
    deleted (credentials it issued must still verify)."""
    from .selectors import issuing_organisation

    if organisation(organisation_id).key_dir.is_dir():
        return True
    return issuing_organisation(organisation_id) is not None


def site_did() -> str:
    return site().did


def multikey(private: Ed25519PrivateKey) -> str:
    """The public key as a Multikey `publicKeyMultibase` (z6Mk…)."""
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return "z" + linked_data.base58_encode(ED25519_PUB_PREFIX + raw)


def _key_names(issuer: Issuer) -> list[str]:
    return sorted(path.stem for path in issuer.key_dir.glob("*.pem"))


def rotate(issuer: Issuer | None = None) -> str:
    """Make a new Ed25519 key the signing key; old keys stay listed. Returns its
    publicKeyMultibase. Raises DocumentFull if the DID document would then be too
    large for verifiers to fetch."""
    issuer = issuer or site()
    private = Ed25519PrivateKey.generate()
    name = multikey(private)
    if document_size(_document(issuer, [name, *_key_names(issuer)])) > (
        MAX_DOCUMENT_BYTES
    ):
        raise DocumentFull(
            f"{issuer.did} lists {len(_key_names(issuer))} keys; one more would "
            f"make its DID document larger than {MAX_DOCUMENT_BYTES} bytes."
        )
    folder = issuer.key_dir
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.pem"
    path.touch(mode=0o600, exist_ok=False)
    path.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    tmp = folder / "current.tmp"
    tmp.write_text(name)
    tmp.replace(folder / "current")
    return name


def _current_name(issuer: Issuer) -> str | None:
    current = issuer.key_dir / "current"
    return current.read_text().strip() if current.exists() else None


def current_key(issuer: Issuer | None = None) -> tuple[str, Ed25519PrivateKey]:
    """(publicKeyMultibase, private key) of the signing key, made on first use."""
    issuer = issuer or site()
    name = _current_name(issuer)
    if name is None:
        name = rotate(issuer)
    private = serialization.load_pem_private_key(
        (issuer.key_dir / f"{name}.pem").read_bytes(), password=None
    )
    return name, private


def verification_method(name: str, issuer: Issuer | None = None) -> str:
    return f"{(issuer or site()).did}#{name}"


def public_keys(issuer: Issuer | None = None) -> list[str]:
    """Every publicKeyMultibase, current first, then the retired ones. The site
    makes its first key here; an organisation that has not signed yet has none."""
    issuer = issuer or site()
    if issuer.organisation_id is None:
        current_key(issuer)
    current = _current_name(issuer)
    others = [name for name in _key_names(issuer) if name != current]
    return [current, *others] if current else others


def _document(issuer: Issuer, keys: list[str]) -> dict:
    return {
        "@context": [linked_data.DID_V1, linked_data.MULTIKEY_V1],
        "id": issuer.did,
        "verificationMethod": [
            {
                "id": verification_method(name, issuer),
                "type": "Multikey",
                "controller": issuer.did,
                "publicKeyMultibase": name,
            }
            for name in keys
        ],
        "assertionMethod": [verification_method(name, issuer) for name in keys],
    }


def did_document(issuer: Issuer | None = None) -> dict:
    """The DID document: every key, current and retired, for assertionMethod."""
    issuer = issuer or site()
    return _document(issuer, public_keys(issuer))


def document_size(document: dict) -> int:
    """Its size in bytes as served (JsonResponse's json.dumps)."""
    return len(json.dumps(document).encode())


def sign(document: dict, issuer: Issuer | None = None) -> dict:
    """The document with a Data Integrity proof made with the issuer's current
    key (the site's unless an issuer is given)."""
    issuer = issuer or site()
    name, private = current_key(issuer)
    created = timezone.now().strftime("%Y-%m-%dT%H:%M:%SZ")
    return linked_data.add_proof(
        document,
        sign=private.sign,
        verification_method=verification_method(name, issuer),
        created=created,
    )
