"""Finding certificates: the holder's own, by link token, by number and name."""

import datetime
import re
import unicodedata

from django.db.models import QuerySet

from ..models import (
    Certificate,
)


def issuing_organisation(organisation_id: int):
    """The organisation if it issues certificates (a programme's rules name it,
    or it has issued some), else None: the others have no issuer identity, and
    their names are not published by it."""
    from lms.models import Organisation

    from ..models import AccreditationRules

    issues = (
        AccreditationRules.objects.filter(
            issuing_organisation_id=organisation_id
        ).exists()
        or Certificate.objects.filter(organisation_id=organisation_id).exists()
    )
    if not issues:
        return None
    return Organisation.objects.filter(pk=organisation_id).first()


def certificate_for(*, user, programme) -> Certificate | None:
    """The person's programme certificate, whatever its state."""
    return Certificate.objects.filter(
        user=user, programme=programme, kind=Certificate.Kind.PROGRAMME
    ).first()


def certificates_of(user) -> QuerySet[Certificate]:
    """Every certificate the person holds, newest first."""
    return Certificate.objects.filter(user=user)


_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_-]+")


def certificate_by_token(token: str) -> Certificate | None:
    """The certificate whose verification token this is, or None for anything else."""
    # Tokens are URL-safe base64; anything else (a NUL byte, say, which PostgreSQL
    # refuses in a query) cannot be one.
    if not token or len(token) > 64 or not _TOKEN_CHARS.fullmatch(token):
        return None
    return Certificate.objects.filter(token=token).first()


def _name_words(text: str) -> list[str]:
    """A name as words to compare: case, accents and apostrophe styles forgiven."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").casefold()
    return text.replace("-", " ").split()


def certificate_holder_name_matches(certificate: Certificate, typed: str) -> bool:
    """True if what was typed is the holder's surname, or ends with it (a full name
    where the surname was asked, or a surname of several words such as "van der
    Berg")."""
    typed_words = _name_words(typed)
    name_words = _name_words(certificate.name)
    if not typed_words or not name_words:
        return False
    return typed_words[-1] == name_words[-1]


def certificate_by_number_and_surname(number: str, surname: str) -> Certificate | None:
    """The certificate with this number, if the surname (or full name) matches too."""
    number = (number or "").strip().upper()
    if not number or not (surname or "").strip():
        return None
    certificate = Certificate.objects.filter(number=number).first()
    if certificate and certificate_holder_name_matches(certificate, surname):
        return certificate
    return None


def certificate_history(certificate: Certificate):
    """The certificate's dated status history, oldest first."""
    return certificate.events.all()


def expiring_between(start: datetime.date, end: datetime.date):
    """Valid certificates whose expiry falls in [start, end]."""
    return Certificate.objects.filter(
        status=Certificate.Status.VALID,
        expires_on__gte=start,
        expires_on__lte=end,
        user__isnull=False,
    ).select_related("user")


def certificate_states(user_ids, programme) -> dict[int, str]:
    """Certificate state per user for a programme ("" when none)."""
    found = {
        c.user_id: str(c.state_label)
        for c in Certificate.objects.filter(
            user_id__in=list(user_ids),
            programme=programme,
            kind=Certificate.Kind.PROGRAMME,
        ).only("user_id", "status", "expires_on")
    }
    return {uid: found.get(uid, "") for uid in user_ids}
