"""The issuer's `did:web` identity and its Ed25519 keys (Multikey).

The site is one `did:web` DID, made from SITE_URL's host (``did:web:example.org``,
its document at ``/.well-known/did.json``). Its Ed25519 private keys live as PEM
files in ``CERTIFICATE_SIGNING_KEY_DIR/ed25519/``, beside the RSA keys of the
VC-JWT, outside the database; ``current`` names the one that signs. Rotating makes
a new key the signing key and keeps the old ones listed in the DID document, so
credentials signed before a rotation still verify.

The seam for per-organisation DIDs (``did:web:example.org:organisations:slug``) is
`site_did()` and `did_document()`: both take no organisation yet.
"""

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


def _key_dir() -> Path:
    return Path(settings.CERTIFICATE_SIGNING_KEY_DIR) / "ed25519"


def site_did() -> str:
    """`did:web:` and SITE_URL's host (a port written %3A, as did:web requires)."""
    host = urlsplit(settings.SITE_URL).netloc
    return "did:web:" + quote(host, safe="")


def multikey(private: Ed25519PrivateKey) -> str:
    """The public key as a Multikey `publicKeyMultibase` (z6Mk…)."""
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return "z" + linked_data.base58_encode(ED25519_PUB_PREFIX + raw)


def rotate() -> str:
    """Make a new Ed25519 key the signing key; old keys stay listed. Returns its
    publicKeyMultibase."""
    private = Ed25519PrivateKey.generate()
    name = multikey(private)
    folder = _key_dir()
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


def current_key() -> tuple[str, Ed25519PrivateKey]:
    """(publicKeyMultibase, private key) of the signing key, made on first use."""
    current = _key_dir() / "current"
    if not current.exists():
        rotate()
    name = current.read_text().strip()
    private = serialization.load_pem_private_key(
        (_key_dir() / f"{name}.pem").read_bytes(), password=None
    )
    return name, private


def verification_method(name: str) -> str:
    return f"{site_did()}#{name}"


def public_keys() -> list[str]:
    """Every publicKeyMultibase, current first, then the retired ones."""
    current, _ = current_key()
    others = sorted(
        path.stem for path in _key_dir().glob("*.pem") if path.stem != current
    )
    return [current, *others]


def did_document() -> dict:
    """The DID document: every key, current and retired, for assertionMethod."""
    did = site_did()
    keys = public_keys()
    return {
        "@context": [linked_data.DID_V1, linked_data.MULTIKEY_V1],
        "id": did,
        "verificationMethod": [
            {
                "id": verification_method(name),
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": name,
            }
            for name in keys
        ],
        "assertionMethod": [verification_method(name) for name in keys],
    }


def sign(document: dict) -> dict:
    """The document with a Data Integrity proof made with the current key."""
    name, private = current_key()
    created = timezone.now().strftime("%Y-%m-%dT%H:%M:%SZ")
    return linked_data.add_proof(
        document,
        sign=private.sign,
        verification_method=verification_method(name),
        created=created,
    )
