"""Checking a wallet's DID Authentication presentation (VC-API style exchanges, as
the Learner Credential Wallet runs them): a Verifiable Presentation whose holder is
a `did:key` (Ed25519), signed with the one-time challenge and our domain, with a
Data Integrity proof (`eddsa-rdfc-2022`) or the older `Ed25519Signature2020`. Pure:
no database, no network (contexts shipped, did:key resolved from the DID itself).
"""

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyld import jsonld

from . import linked_data

DID_KEY_PREFIX = "did:key:z"
MAX_DID_LENGTH = 200


class PresentationRefused(ValueError):
    """The presentation does not prove control of its DID for this exchange."""


def did_key_public_bytes(did: str) -> bytes:
    """The raw Ed25519 public key in a `did:key:z6Mk…` DID."""
    if (
        not isinstance(did, str)
        or len(did) > MAX_DID_LENGTH
        or not did.startswith(DID_KEY_PREFIX)
    ):
        raise PresentationRefused("The holder must be a did:key.")
    try:
        raw = linked_data.base58_decode(did.removeprefix(DID_KEY_PREFIX))
    except ValueError as error:
        raise PresentationRefused("The did:key is not base58btc.") from error
    if raw[:2] != b"\xed\x01" or len(raw) != 34:
        raise PresentationRefused("The did:key is not an Ed25519 key.")
    return raw[2:]


def _proof(presentation: dict) -> dict:
    proof = presentation.get("proof")
    if isinstance(proof, list) and len(proof) == 1:
        proof = proof[0]
    if not isinstance(proof, dict):
        raise PresentationRefused("The presentation has no single proof.")
    kind = proof.get("type")
    if kind == "DataIntegrityProof":
        if proof.get("cryptosuite") != "eddsa-rdfc-2022":
            raise PresentationRefused("Only the eddsa-rdfc-2022 cryptosuite.")
    elif kind != "Ed25519Signature2020":
        raise PresentationRefused("Unsupported proof type.")
    return proof


def presentation_holder(presentation, *, challenge: str, domain: str) -> str:
    """The DID the presentation proves control of, or raises PresentationRefused."""
    if not isinstance(presentation, dict):
        raise PresentationRefused("The presentation must be a JSON object.")
    types = presentation.get("type")
    types = [types] if isinstance(types, str) else types
    if not isinstance(types, list) or "VerifiablePresentation" not in types:
        raise PresentationRefused("Not a VerifiablePresentation.")
    proof = _proof(presentation)
    if proof.get("proofPurpose") != "authentication":
        raise PresentationRefused("The proof's purpose must be authentication.")
    if proof.get("challenge") != challenge:
        raise PresentationRefused("The challenge does not match this exchange.")
    if proof.get("domain") != domain:
        raise PresentationRefused("The domain does not match.")
    holder = presentation.get("holder")
    if isinstance(holder, dict):
        holder = holder.get("id")
    public = did_key_public_bytes(holder)
    fragment = holder.removeprefix("did:key:")
    if proof.get("verificationMethod") != f"{holder}#{fragment}":
        raise PresentationRefused("The proof is not made with the holder's key.")
    value = proof.get("proofValue")
    if not isinstance(value, str) or not value.startswith("z"):
        raise PresentationRefused("The proofValue is not base58btc.")
    try:
        signature = linked_data.base58_decode(value[1:])
        unsigned = {k: v for k, v in presentation.items() if k != "proof"}
        linked_data.check_defined(unsigned)
        data = linked_data.hash_data(presentation, proof)
    except (ValueError, jsonld.JsonLdError) as error:
        # UnknownContext and UndefinedTerm are ValueErrors too.
        message = f"The presentation cannot be read: {error}"
        raise PresentationRefused(message) from error
    if len(signature) != 64:
        raise PresentationRefused("The signature is not 64 bytes.")
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except InvalidSignature as error:
        raise PresentationRefused("The signature does not verify.") from error
    return holder
