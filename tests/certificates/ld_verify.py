"""An independent check of Alongside's Data Integrity proofs (eddsa-rdfc-2022),
for tests: written from the W3C specification, sharing no code with
certificates/linked_data.py or certificates/did.py. It canonicalises with pyld,
hashes with hashlib and checks the Ed25519 signature with PyNaCl, using only the
contexts shipped in certificates/contexts/ (no network), in "safe mode": a property
the contexts do not define (which canonicalisation would silently leave out of
what is signed) is refused."""

import hashlib
import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nacl.exceptions
import nacl.signing
from pyld import jsonld

CONTEXTS = Path(__file__).resolve().parents[2] / "certificates" / "contexts"
KNOWN = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": (
        "ob-context-3.0.3.jsonld"
    ),
    "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json": (
        "clr-context-2.0.1.jsonld"
    ),
    "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json": "ob-extensions.jsonld",
}
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


class Invalid(Exception):
    pass


def _loader(url, options=None):
    if url not in KNOWN:
        raise Invalid(f"unknown context {url}")
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": json.loads((CONTEXTS / KNOWN[url]).read_text()),
    }


def _b58decode(text: str) -> bytes:
    number = 0
    for char in text:
        if char not in B58:
            raise Invalid("not base58btc")
        number = number * 58 + B58.index(char)
    zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def _nquads(document) -> bytes:
    try:
        text = jsonld.normalize(
            document,
            {
                "algorithm": "URDNA2015",
                "format": "application/n-quads",
                "documentLoader": _loader,
            },
        )
    except (jsonld.JsonLdError, TypeError, AttributeError, KeyError) as error:
        # pyld raises a TypeError of its own for an IRI such as "@A".
        raise Invalid(f"JSON-LD error: {error!r}") from error
    return text.encode()


def _safe_mode(document) -> None:
    """Refuse a property the contexts do not define: it would not be signed."""
    dropped = []
    try:
        jsonld.expand(
            document, {"documentLoader": _loader}, on_property_dropped=dropped.append
        )
    except (jsonld.JsonLdError, TypeError, AttributeError, KeyError) as error:
        # pyld raises a TypeError of its own for an IRI such as "@A".
        raise Invalid(f"JSON-LD error: {error!r}") from error
    if dropped:
        raise Invalid(f"undefined terms {dropped}")


def verify(credential: dict, did_document: dict) -> dict:
    """The verified credential's proof, or raises Invalid."""
    if not isinstance(credential, dict):
        raise Invalid("not an object")
    contexts = credential.get("@context")
    if not isinstance(contexts, list) or contexts[:1] != [
        "https://www.w3.org/ns/credentials/v2"
    ]:
        raise Invalid("the first context must be VC Data Model 2.0's")
    proof = credential.get("proof")
    if isinstance(proof, list) and len(proof) == 1:
        proof = proof[0]
    if not isinstance(proof, dict):
        raise Invalid("no single proof")
    if proof.get("type") != "DataIntegrityProof":
        raise Invalid("not a DataIntegrityProof")
    if proof.get("cryptosuite") != "eddsa-rdfc-2022":
        raise Invalid("not eddsa-rdfc-2022")
    if proof.get("proofPurpose") != "assertionMethod":
        raise Invalid("wrong proof purpose")
    issuer = credential.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    if issuer_id != did_document.get("id"):
        raise Invalid("issuer is not the DID's controller")
    method = proof.get("verificationMethod")
    if method not in did_document.get("assertionMethod", []):
        raise Invalid("key not listed for assertionMethod")
    keys = {vm["id"]: vm for vm in did_document.get("verificationMethod", [])}
    if method not in keys or keys[method].get("controller") != issuer_id:
        raise Invalid("unknown key")
    multibase = keys[method]["publicKeyMultibase"]
    if not multibase.startswith("z"):
        raise Invalid("key is not base58btc")
    raw = _b58decode(multibase[1:])
    if raw[:2] != b"\xed\x01" or len(raw) != 34:
        raise Invalid("not an Ed25519 Multikey")
    value = proof.get("proofValue", "")
    if not isinstance(value, str) or not value.startswith("z"):
        raise Invalid("proofValue is not base58btc")
    signature = _b58decode(value[1:])
    if len(signature) != 64:
        raise Invalid("signature length")
    unsecured = {k: v for k, v in credential.items() if k != "proof"}
    _safe_mode(unsecured)
    config = {k: v for k, v in proof.items() if k != "proofValue"}
    config["@context"] = credential["@context"]
    data = hashlib.sha256(_nquads(config)).digest()
    data += hashlib.sha256(_nquads(unsecured)).digest()
    try:
        nacl.signing.VerifyKey(raw[2:]).verify(data, signature)
    except nacl.exceptions.BadSignatureError as error:
        raise Invalid("bad signature") from error
    return proof


def did_web_url(did: str) -> str:
    """Where a did:web DID's document is (W3C did:web method, "Read"): the host,
    then each further `:`-separated part as a path segment, then `did.json`;
    `/.well-known/did.json` when there is no path."""
    did = did.split("#", 1)[0]
    if not did.startswith("did:web:"):
        raise Invalid("not did:web")
    host, *path = did.removeprefix("did:web:").split(":")
    if not path:
        return f"https://{unquote(host)}/.well-known/did.json"
    return f"https://{unquote(host)}/{'/'.join(unquote(p) for p in path)}/did.json"


def issuer_document(client, credential: dict) -> dict:
    """The DID document of the credential's issuer, fetched from the test client
    (the test server stands for the host)."""
    issuer = credential["issuer"]
    issuer_id = issuer["id"] if isinstance(issuer, dict) else issuer
    response = client.get(urlsplit(did_web_url(issuer_id)).path)
    assert response.status_code == 200, issuer_id
    return response.json()
