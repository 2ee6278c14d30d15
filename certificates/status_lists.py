"""Bitstring status lists (W3C Bitstring Status List v1.0) for revocation and
suspension.

Every certificate has a random place (list number, index) given on its first save;
the database holds each place unique, and a certificate that loses a race for a
place draws another (Certificate.save).
Each list number has two lists, one per purpose, of ``LIST_SIZE`` bits (16 KiB,
the size the specification recommends so that one index tells a verifier nothing).
A bit is 1 while the certificate is revoked (revocation list) or suspended
(suspension list). The lists are built from the certificates' status each time they
are asked for, so suspending, reinstating or revoking flips the bit at once.
"""

import base64
import gzip
import secrets

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

LIST_SIZE = 131_072
PURPOSES = ("revocation", "suspension")
# A list is full for new certificates once this many of its places are taken, so a
# random free place is always found in a few tries.
FILL_LIMIT = LIST_SIZE // 2
TRIES = 64
# How often saving a certificate draws a new place when another certificate, saved
# at the same moment, took the one it drew (the unique constraint tells).
ALLOCATE_RETRIES = 5


def allocate() -> tuple[int, int]:
    """A free (list number, index) chosen at random, in the newest list with room."""
    from .models import Certificate

    latest = (
        Certificate.objects.filter(status_list_index__isnull=False)
        .order_by("-status_list")
        .values_list("status_list", flat=True)
        .first()
    ) or 1
    number = latest
    if Certificate.objects.filter(status_list=number).count() >= FILL_LIMIT:
        number += 1
    for _ in range(TRIES):
        index = secrets.randbelow(LIST_SIZE)
        if not Certificate.objects.filter(
            status_list=number, status_list_index=index
        ).exists():
            return number, index
    raise RuntimeError("No free place found in the status list.")  # pragma: no cover


def list_url(number: int, purpose: str) -> str:
    return settings.SITE_URL + reverse(
        "certificates:status_list", args=[number, purpose]
    )


def entries(certificate) -> list[dict]:
    """The credential's `credentialStatus`: one entry per purpose."""
    return [
        {
            "id": f"{list_url(certificate.status_list, purpose)}"
            f"#{certificate.status_list_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": purpose,
            "statusListIndex": str(certificate.status_list_index),
            "statusListCredential": list_url(certificate.status_list, purpose),
        }
        for purpose in PURPOSES
    ]


def _set_indexes(number: int, purpose: str) -> list[int]:
    from .models import Certificate

    status = (
        Certificate.Status.REVOKED
        if purpose == "revocation"
        else Certificate.Status.SUSPENDED
    )
    return list(
        Certificate.objects.filter(
            status_list=number, status=status, status_list_index__isnull=False
        ).values_list("status_list_index", flat=True)
    )


def encode(indexes) -> str:
    """The list as the specification writes it: multibase base64url (no padding)
    of the GZIP-compressed bits, index 0 being the first byte's highest bit."""
    bits = bytearray(LIST_SIZE // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    packed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(packed).decode().rstrip("=")


def decode(encoded: str) -> bytes:
    """The bits of an encoded list (used by tests and by the verification page)."""
    if not encoded.startswith("u"):
        raise ValueError("Not a base64url multibase string.")
    text = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))


def bit(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def list_exists(number: int, purpose: str) -> bool:
    from .models import Certificate

    return (
        purpose in PURPOSES
        and 1 <= number <= 2**31 - 1
        and Certificate.objects.filter(status_list__gte=number).exists()
    )


def status_list_credential(number: int, purpose: str) -> dict:
    """The signed BitstringStatusListCredential for one list and purpose."""
    from . import did, linked_data

    url = list_url(number, purpose)
    now = timezone.now().replace(microsecond=0)
    credential = {
        "@context": [linked_data.VC_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": did.site_did(),
        "validFrom": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": purpose,
            "encodedList": encode(_set_indexes(number, purpose)),
        },
    }
    return did.sign(credential)
