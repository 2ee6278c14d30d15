"""Certificates' views, by concern: ``ledger`` (practice and countersigning),
``verification`` (the holder's certificates, public checking, PDFs), ``open_badges``
(credentials, keys, DID and status lists), ``cpd`` (NMC revalidation records)."""

from .cpd import (  # noqa: F401
    cpd_record,
    cpd_record_csv,
    cpd_record_pdf,
    cpd_reflection,
    cpd_reflection_pdf,
)
from .holder import (  # noqa: F401
    badge_png,
    badge_svg,
    certificate_detail,
    certificate_privacy,
    exchange,
    own_pdf,
    share_link_create,
    share_link_withdraw,
    shared,
    shared_pdf,
    transcript_jwt,
    transcript_ld,
    wallet,
    wallet_start,
)
from .ledger import (  # noqa: F401
    countersign_entry,
    countersign_history,
    countersign_queue,
    countersign_undo,
    ledger,
    ledger_entry_create,
    ledger_entry_edit,
    ledger_entry_withdraw,
)
from .open_badges import (  # noqa: F401
    achievement,
    credential_download,
    credential_ld_download,
    credential_status,
    did_document,
    issuer,
    jwks,
    organisation_did_document,
    organisation_issuer,
    organisation_status_list,
    public_key,
    status_list,
)
from .verification import (  # noqa: F401
    VERIFY_RATE,
    certificate_pdf_download,
    my_certificates,
    rate_limited,
    verify,
    verify_form,
)
