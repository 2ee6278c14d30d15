"""Bitstring status lists (W3C Bitstring Status List v1.0) for revocation and
suspension.

Every certificate has a random place (list number, index) given on its first save;
the database holds each place unique, and a certificate that draws a taken place
(or loses a race for a free one) draws another (Certificate.save).
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
# random place is free at least half the time.
FILL_LIMIT = LIST_SIZE // 2
# How often saving a certificate draws again when the place it drew is taken (the
# unique constraint tells): with lists at most half full, 64 misses in a row have a
# chance below 2**-64.
ALLOCATE_RETRIES = 64


def allocate() -> tuple[int, int]:
    """A random (list number, index) in the newest list with room, in one query.
    It may be taken already: the unique constraint refuses a taken place and
    Certificate.save draws again, which also settles two certificates saved at
    the same moment."""
    from django.db.models import Count

    from .models import Certificate

    newest = (
        Certificate.objects.filter(status_list_index__isnull=False)
        .values("status_list")
        .annotate(taken=Count("pk"))
        .order_by("-status_list")
        .first()
    )
    number = newest["status_list"] if newest else 1
    if newest and newest["taken"] >= FILL_LIMIT:
        number += 1
    return number, secrets.randbelow(LIST_SIZE)


def list_url(number: int, purpose: str, organisation_id: int | None = None) -> str:
    """The site's list (every certificate), or an organisation's (its own
    certificates only, issued under its DID: a status list and the credentials
    it speaks for have the same issuer, as verifiers may check)."""
    if organisation_id:
        return settings.SITE_URL + reverse(
            "certificates:organisation_status_list",
            args=[organisation_id, number, purpose],
        )
    return settings.SITE_URL + reverse(
        "certificates:status_list", args=[number, purpose]
    )


def entries(certificate) -> list[dict]:
    """The credential's `credentialStatus`: one entry per purpose, in the lists of
    the credential's issuer. The site's lists keep every certificate's bits, so a
    credential issued under the site's DID before its organisation had one still
    shows its status."""
    organisation_id = certificate.organisation_id
    return [
        {
            "id": f"{list_url(certificate.status_list, purpose, organisation_id)}"
            f"#{certificate.status_list_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": purpose,
            "statusListIndex": str(certificate.status_list_index),
            "statusListCredential": list_url(
                certificate.status_list, purpose, organisation_id
            ),
        }
        for purpose in PURPOSES
    ]


def _set_indexes(
    number: int, purpose: str, organisation_id: int | None = None
) -> list[int]:
    from .models import Certificate

    status = (
        Certificate.Status.REVOKED
        if purpose == "revocation"
        else Certificate.Status.SUSPENDED
    )
    certificates = Certificate.objects.filter(
        status_list=number, status=status, status_list_index__isnull=False
    )
    if organisation_id:
        certificates = certificates.filter(organisation_id=organisation_id)
    return list(certificates.values_list("status_list_index", flat=True))


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


def list_exists(number: int, purpose: str, organisation_id: int | None = None) -> bool:
    from .models import Certificate

    if purpose not in PURPOSES or not 1 <= number <= 2**31 - 1:
        return False
    certificates = Certificate.objects.filter(status_list__gte=number)
    if organisation_id:
        certificates = certificates.filter(organisation_id=organisation_id)
    return certificates.exists()


def status_list_credential(
    number: int, purpose: str, organisation_id: int | None = None
) -> dict:
    """The signed BitstringStatusListCredential for one list and purpose: the
    site's, or an organisation's, issued and signed under its DID."""
    from . import did, linked_data

    issuer = did.organisation(organisation_id) if organisation_id else did.site()
    url = list_url(number, purpose, organisation_id)
    now = timezone.now().replace(microsecond=0)
    credential = {
        "@context": [linked_data.VC_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer.did,
        "validFrom": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": purpose,
            "encodedList": encode(_set_indexes(number, purpose, organisation_id)),
        },
    }
    return did.sign(credential, issuer)
