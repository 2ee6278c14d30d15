"""Writes for certificates, by concern:

- ``ledger``: practice and supervision entries, countersigning, returning, undo;
- ``issuing``: checking the accreditation rules and issuing a programme's certificate;
- ``lifecycle``: suspend, reinstate, revoke, reissue and renew, each with a reason;
- ``reminders``: reminders before a certificate expires;
- ``short_courses``: certificates of attendance and of completion (awareness course);
- ``cpd``: the learner's reflective accounts for NMC revalidation;
- ``holding``: the holder's privacy choices, share links and "Add to wallet".
"""

from .cpd import cpd_reflection_save  # noqa: F401
from .holding import (  # noqa: F401
    CertificateNotValid,
    ExchangeRefused,
    certificate_privacy_set,
    presentation_request,
    public_wording_options,
    share_link_create,
    share_link_revoke,
    share_link_url,
    wallet_deep_link,
    wallet_exchange_complete,
    wallet_exchange_request,
    wallet_exchange_start,
)
from .issuing import (  # noqa: F401
    accreditation_check_later,
    certificate_email_later,
    certificate_email_send,
    certificate_issue,
    cohort_issue_eligible,
    verification_url,
)
from .ledger import (  # noqa: F401
    LEDGER_ENTRY_CHANGED,
    LEDGER_UNDO_WINDOW,
    ledger_decision_undo,
    ledger_entry_countersign,
    ledger_entry_create,
    ledger_entry_return,
    ledger_entry_update,
    ledger_entry_withdraw,
    sign_off_record,
)
from .lifecycle import (  # noqa: F401
    certificate_refresher_check,
    certificate_reinstate,
    certificate_reissue,
    certificate_renew,
    certificate_revoke,
    certificate_suspend,
)
from .reminders import REMINDER_WINDOWS, expiry_reminders_send  # noqa: F401
from .short_courses import attendance_certificates_issue, completion_certificate_issue  # noqa: F401
