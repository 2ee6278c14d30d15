"""Reads for certificates, by concern:

- ``accreditation``: how far someone is towards a programme's certificate, and renewal;
- ``lookup``: finding certificates: the holder's, by link token, by number and name;
- ``ledger``: the practice ledger for trainees and their supervisors;
- ``managing``: who may issue, suspend or revoke, and what they see;
- ``transcript``: the parts of a programme certificate, for its CLR transcript.
"""

from .accreditation import (  # noqa: F401
    RENEWAL_OPENS_DAYS,
    AccreditationProgress,
    RequirementStatus,
    RequirementStep,
    accreditation_progress,
    certificate_last_renewed,
    countersigned_entries,
    practice_hours,
    refresher_activity_ids,
    refresher_done_since,
    renewal_refusal,
    rules_for,
)
from .ledger import (  # noqa: F401
    SupervisedTrainee,
    SupervisorHelp,
    is_supervisor,
    ledger_awaiting_countersign,
    ledger_decision_undoable,
    ledger_entry_fingerprint,
    ledger_entry_for_supervisor,
    ledger_entry_for_trainee,
    ledger_for_trainee,
    ledger_pending,
    ledger_programmes,
    ledger_supervisor_candidates,
    ledger_supervisor_help,
    practice_applies_to,
    supervisor_decisions,
    supervisor_trainees,
)
from .lookup import (  # noqa: F401
    certificate_by_number_and_surname,
    certificate_by_token,
    certificate_for,
    certificate_history,
    certificate_holder_name_matches,
    certificate_states,
    certificates_of,
    expiring_between,
    issuing_organisation,
)
from .managing import (  # noqa: F401
    can_change_status,
    can_manage_certificates,
    certificate_manager_cohorts,
    certificate_status_actions,
    certificates_apply_to,
    certificates_managed_by,
    cohort_certificate_counts,
    cohort_entries_awaiting_countersign,
    cohort_ready_for_certificates,
    cohort_trainees,
    issuing_organisations_for,
)
from .transcript import TranscriptFacts, transcript_facts  # noqa: F401,E402
