"""JSON-LD with the contexts shipped in certificates/contexts/ (never fetched), and
Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite (W3C Data Integrity
EdDSA Cryptosuites v1.0, section 3.2).
"""

import copy
import hashlib
import json
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from pyld import jsonld

VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# 1EdTech's extensions to Open Badges 3.0: defines `1EdTechJsonSchemaValidator2019`,
# the type a `credentialSchema` entry has in OB 3.0 and CLR 2.0 (in no other context).
OB_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
CLR_V2 = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
DID_V1 = "https://www.w3.org/ns/did/v1"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"
# What wallets sign DID Authentication presentations with (the Learner Credential
# Wallet: VC 1.1 and Ed25519Signature2020).
VC_V1 = "https://www.w3.org/2018/credentials/v1"
ED25519_2020 = "https://w3id.org/security/suites/ed25519-2020/v1"

CONTEXT_DIR = Path(__file__).resolve().parent / "contexts"
CONTEXT_FILES = {
    VC_V2: "credentials-v2.jsonld",
    OB_V3: "ob-context-3.0.3.jsonld",
    OB_EXTENSIONS: "ob-extensions.jsonld",
    CLR_V2: "clr-context-2.0.1.jsonld",
    DID_V1: "did-v1.jsonld",
    MULTIKEY_V1: "multikey-v1.jsonld",
    VC_V1: "credentials-v1.jsonld",
    ED25519_2020: "ed25519-signature-2020-v1.jsonld",
}


class UnknownContext(ValueError):
    """A context that is not shipped with Alongside: never fetched."""


@cache
def _context(url: str) -> dict:
    return json.loads((CONTEXT_DIR / CONTEXT_FILES[url]).read_text())


def document_loader(url: str, options=None) -> dict:
    """pyld's document loader: the shipped contexts only, no network."""
    if url not in CONTEXT_FILES:
        raise UnknownContext(f"Context not shipped with Alongside: {url}")
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": copy.deepcopy(_context(url)),
    }


class UndefinedTerm(ValueError):
    """A property the contexts do not define: it would be left out of what is
    signed, so it is refused (the "safe mode" verifiers use)."""


class UnreadableDocument(ValueError):
    """JSON-LD that pyld trips over with an error of its own, not a JsonLdError:
    an IRI such as "@A" (a keyword-like word) ends in a TypeError while sorting.
    Such a document, sent by a wallet or forged, is refused like any other."""


@contextmanager
def _readable():
    try:
        yield
    except (TypeError, AttributeError, KeyError, IndexError, RecursionError) as error:
        raise UnreadableDocument(f"The JSON-LD cannot be read: {error!r}") from error


def check_defined(document: dict) -> None:
    """Raise UndefinedTerm if expanding the document would drop a property."""
    dropped = []
    with _readable():
        jsonld.expand(
            document,
            {"documentLoader": document_loader},
            on_property_dropped=dropped.append,
        )
    if dropped:
        raise UndefinedTerm(f"Not defined by the contexts: {dropped}")


def canonical(document: dict) -> str:
    """The RDF Dataset Canonicalization (RDFC-1.0, the same algorithm as
    URDNA2015) of the document, as N-Quads."""
    with _readable():
        return jsonld.normalize(
            document,
            {
                "algorithm": "URDNA2015",
                "format": "application/n-quads",
                "documentLoader": document_loader,
            },
        )


_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58_encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _ALPHABET[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def base58_decode(text: str) -> bytes:
    number = 0
    for char in text:
        index = _ALPHABET.find(char)
        if index < 0:
            raise ValueError("Not base58.")
        number = number * 58 + index
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def hash_data(document: dict, proof_options: dict) -> bytes:
    """What the signature covers: SHA-256 of the canonical proof options (with the
    document's context), then SHA-256 of the canonical document without its proof."""
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    options = {k: v for k, v in proof_options.items() if k != "proofValue"}
    options["@context"] = document["@context"]
    return (
        hashlib.sha256(canonical(options).encode()).digest()
        + hashlib.sha256(canonical(unsecured).encode()).digest()
    )


def add_proof(document: dict, *, sign, verification_method: str, created: str):
    """The document with a DataIntegrityProof (eddsa-rdfc-2022); `sign` turns the
    bytes to sign into a 64-byte Ed25519 signature."""
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    }
    check_defined({k: v for k, v in document.items() if k != "proof"})
    signature = sign(hash_data(document, proof))
    proof["proofValue"] = "z" + base58_encode(signature)
    return {**document, "proof": proof}
