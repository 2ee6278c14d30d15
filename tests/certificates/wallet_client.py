"""A scripted wallet for tests, in the manner of the Learner Credential Wallet: an
Ed25519 `did:key` (PyNaCl) that signs DID Authentication presentations, written
from the W3C specifications and sharing no code with certificates/."""

import hashlib
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import nacl.signing
from pyld import jsonld

CONTEXTS = Path(__file__).resolve().parents[2] / "certificates" / "contexts"
VC_V1 = "https://www.w3.org/2018/credentials/v1"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
ED25519_2020 = "https://w3id.org/security/suites/ed25519-2020/v1"
FILES = {
    VC_V1: "credentials-v1.jsonld",
    VC_V2: "credentials-v2.jsonld",
    ED25519_2020: "ed25519-signature-2020-v1.jsonld",
}
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _loader(url, options=None):
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": json.loads((CONTEXTS / FILES[url]).read_text()),
    }


def b58(data: bytes) -> str:
    number, out = int.from_bytes(data, "big"), ""
    while number:
        number, rest = divmod(number, 58)
        out = B58[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _c14n(document: dict) -> bytes:
    return jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": _loader,
        },
    ).encode()


def parse_deep_link(link: str) -> dict:
    """The Learner Credential Wallet's dccrequest:// link, as its fields."""
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc) == ("dccrequest", "request")
    return {key: values[0] for key, values in parse_qs(parts.query).items()}


class Wallet:
    """One wallet: one key, one DID."""

    def __init__(self):
        self.key = nacl.signing.SigningKey.generate()
        multibase = "z" + b58(b"\xed\x01" + self.key.verify_key.encode())
        self.did = f"did:key:{multibase}"
        self.method = f"{self.did}#{multibase}"

    def present(
        self, *, challenge: str, domain: str, suite: str = "eddsa-rdfc-2022"
    ) -> dict:
        """A signed DID Authentication presentation."""
        if suite == "Ed25519Signature2020":
            context = [VC_V1, ED25519_2020]
            proof = {"type": "Ed25519Signature2020"}
        else:
            context = [VC_V2]
            proof = {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022"}
        presentation = {
            "@context": context,
            "type": ["VerifiablePresentation"],
            "holder": self.did,
        }
        proof.update(
            {
                "created": "2026-12-07T10:00:00Z",
                "verificationMethod": self.method,
                "proofPurpose": "authentication",
                "challenge": challenge,
                "domain": domain,
            }
        )
        data = hashlib.sha256(_c14n({**proof, "@context": context})).digest()
        data += hashlib.sha256(_c14n(presentation)).digest()
        proof["proofValue"] = "z" + b58(self.key.sign(data).signature)
        return {**presentation, "proof": proof}
