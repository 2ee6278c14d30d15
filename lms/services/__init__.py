"""The learner's app's writes, by concern: ``role_groups`` (roles as groups,
organisations' editors and content areas), ``accounts`` (people), ``learning``
(enrolment, lessons, modules, notes, breaks), ``reflections`` (the reflective log)."""

from .accounts import user_create, user_update_profile  # noqa: F401
from .learning import (  # noqa: F401
    LAST_ACTIVE_RESOLUTION,
    MAX_SECONDS_ON_A_LESSON,
    LearningError,
    break_take,
    cohort_join,
    content_note_choose,
    enrolment_create,
    lesson_check_access,
    lesson_complete,
    lesson_visit,
    module_completion_record,
    module_completion_record_for_page,
    team_join,
)
from .reflections import (  # noqa: F401
    reflection_create,
    reflection_delete,
    reflection_draft_save,
    reflection_share,
    reflection_update,
)
from .role_groups import (  # noqa: F401
    RoleDefinitionError,
    organisation_content_area_ensure,
    roles_sync,
    user_add_role,
    user_has_no_role,
)
