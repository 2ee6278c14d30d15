"""Certificate numbers people can read aloud, and verification link tokens."""

import calendar
import datetime
import secrets

# Crockford's base 32: no I, L, O or U, so numbers read aloud or typed survive.
NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


# Numbers issued before December 2026 end in Crockford's mod-37 check symbol, which
# can be one of * ~ $ = U: hard to read aloud or type. They stay verifiable.
LEGACY_CHECK_ALPHABET = NUMBER_ALPHABET + "*~$=U"


def number_check_character(body: str) -> str:
    """The check character of a certificate number, from the same 32 characters as
    the body (Luhn mod 32): any one character mistyped, and almost any two next to
    each other swapped, give a different check."""
    total = 0
    for position, char in enumerate(reversed(body)):
        value = NUMBER_ALPHABET.index(char)
        if position % 2 == 0:
            value *= 2
            value = value // 32 + value % 32
        total += value
    return NUMBER_ALPHABET[(32 - total % 32) % 32]


def legacy_number_check_character(body: str) -> str:
    """Crockford's mod-37 check symbol, on numbers issued before December 2026."""
    value = 0
    for char in body:
        value = value * 32 + NUMBER_ALPHABET.index(char)
    return LEGACY_CHECK_ALPHABET[value % 37]


def certificate_number_new() -> str:
    """A fresh number such as AL-7K3M-9QXT-W (the last character is a check)."""
    body = "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(8))
    return f"AL-{body[:4]}-{body[4:]}-{number_check_character(body)}"


def certificate_number_normalise(typed: str) -> str:
    """A number as someone typed it, in its printed form: spaces, missing or extra
    dashes and lower case are forgiven, and O, I and L are read as 0, 1 and 1 (as
    Crockford's alphabet intends), so "al 7k3m 9qxt w" finds AL-7K3M-9QXT-W."""
    text = "".join(
        ch for ch in typed.strip().upper() if not ch.isspace() and ch not in "-‐–—."
    )
    if text.startswith("AL") and len(text) == 11:
        text = text[2:]
    if len(text) != 9:
        return typed.strip().upper()
    body = text[:8].translate(str.maketrans("OIL", "011"))
    check = text[8]
    # U is a legacy check symbol; O, I and L never are.
    check = check.translate(str.maketrans("OIL", "011"))
    return f"AL-{body[:4]}-{body[4:8]}-{check}"


def _number_body_and_check(number: str) -> tuple[str, str] | None:
    parts = number.strip().upper().split("-")
    if len(parts) != 4 or parts[0] != "AL" or len(parts[3]) != 1:
        return None
    body = parts[1] + parts[2]
    if len(body) != 8 or any(ch not in NUMBER_ALPHABET for ch in body):
        return None
    return body, parts[3]


def certificate_number_is_well_formed(number: str) -> bool:
    """True if the number has the right shape and its check character matches."""
    found = _number_body_and_check(number)
    return found is not None and number_check_character(found[0]) == found[1]


def certificate_number_is_legacy(number: str) -> bool:
    """True if the number is shaped like one issued before December 2026, whose
    check symbol came from Crockford's mod-37 (possibly * ~ $ = or U)."""
    found = _number_body_and_check(number)
    return found is not None and legacy_number_check_character(found[0]) == found[1]


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (or earlier), kept inside short months."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def verification_token_new() -> str:
    """An unguessable token (192 bits) for the public verification link."""
    return secrets.token_urlsafe(24)
