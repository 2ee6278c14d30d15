"""Read-only queries for trainers and learners in cohorts, by concern:

- ``access``: who may use the trainer pages; the cohorts, programmes and trainees
  they see;
- ``gradebook``: the cohort's grid of progress and marks;
- ``work``: one trainee's work, their answers as text, and the answers CSV;
- ``learner``: what a learner in a cohort sees (notifications, email choices, feedback).
"""

from .access import (  # noqa: F401
    cohort_get_for_user,
    cohort_invites,
    cohort_trainee_ids,
    cohorts_for_user,
    invite_by_token,
    may_use_trainer_pages,
    module_schedules,
    programme_trainee_ids,
    programmes_for_user,
    sees_every_cohort,
)
from .gradebook import (  # noqa: F401
    INACTIVE_DAYS,
    STATUS_LABELS,
    Gradebook,
    GradebookRow,
    ModuleCell,
    Structure,
    gradebook,
    gradebook_filter,
    programme_structure,
)
from .learner import emails_off, feedback_sent, notifications_for, unread_count  # noqa: F401
from .work import (  # noqa: F401
    ANSWER_CSV_HEADER,
    answer_text,
    attempt_answers,
    cohort_answer_rows,
    questions_by_id,
    quiz_attempt_in_cohort,
    scenario_attempt_in_cohort,
    trainee_in_cohort,
    trainee_work,
)
