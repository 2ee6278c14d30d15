"""The learner's app's reads, by concern: ``progress`` (outlines, progress and what is
next), ``reflections`` (the log and what is shared), ``people`` (roles, teams,
cohorts, support contacts)."""

from .people import (  # noqa: F401
    cohort_by_token,
    id_from,
    organisations_with_support_contact,
    teams_for_member,
    user_has_role,
)
from .progress import (  # noqa: F401
    ModuleOutline,
    NextStep,
    ProgrammeOutline,
    Progress,
    completed_lesson_ids,
    content_note_choice_latest,
    content_note_needed,
    dashboard_outlines,
    enrolment_get,
    lesson_progress,
    module_finished_count,
    module_missing_prerequisites,
    module_outline,
    module_records,
    programme_outline,
)
from .reflections import (  # noqa: F401
    reflection_draft_for,
    reflection_drafts_by_prompt,
    reflection_get_for_owner,
    reflection_get_shared,
    reflection_list,
    reflection_share_candidates,
    reflections_shared_with,
)
