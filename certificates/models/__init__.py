"""Certificates' models, by concern: ``numbers`` (certificate numbers and link tokens),
``rules`` (accreditation rules and branding), ``ledger`` (practice, supervision and
sign-off), ``issued`` (certificates, their history, reminders, hand-issue requests),
``cpd`` (reflective accounts)."""

from .cpd import CpdReflection  # noqa: F401
from .issued import (  # noqa: F401
    Certificate,
    CertificateEvent,
    ExpiryReminder,
    HandIssueRequest,
    ShareLink,
    WalletExchange,
)
from .ledger import LedgerEntry, LedgerEvent, TrainerSignOff  # noqa: F401
from .numbers import (  # noqa: F401
    LEGACY_CHECK_ALPHABET,
    NUMBER_ALPHABET,
    add_months,
    certificate_number_is_legacy,
    certificate_number_is_well_formed,
    certificate_number_new,
    certificate_number_normalise,
    legacy_number_check_character,
    number_check_character,
    verification_token_new,
)
from .rules import AccreditationRules, OrganisationBranding  # noqa: F401
