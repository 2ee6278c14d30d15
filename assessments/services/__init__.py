"""Writes for assessments, by concern:

- ``errors``: what a learner is told when they cannot do something yet;
- ``quizzes``: starting, saving, submitting and marking quiz attempts;
- ``scenarios``: branching scenarios and free-text answers marked against a rubric;
- ``rubrics``: scoring levels against a rubric's criteria, must-meet ones included;
- ``authoring``: the checks a trainer sees on saving (answer patterns, escalation);
- ``bank``: moving, tagging and finding where questions are used.
"""

from .authoring import (  # noqa: F401
    PATTERN_MIN_QUESTIONS,
    PATTERN_SHARE,
    authoring_warnings,
    question_quiz_warnings,
    quiz_answer_pattern_warnings,
    quiz_bank_questions,
    scenario_escalation_warnings,
)
from .bank import questions_in_use, questions_move_category, questions_tag  # noqa: F401
from .errors import AnswersTooLong, AssessmentError, ConflictError  # noqa: F401
from .quizzes import (  # noqa: F401
    attempt_allow_another,
    attempt_grade,
    attempt_save,
    attempt_saved_message,
    attempt_start,
    attempt_submit,
    attempt_submit_warnings,
    attempt_too_long_problems,
    essay_mark,
    feedback_visible,
    quiz_draw_questions,
    quiz_next_attempt_at,
    wait_message,
)
from .rubrics import RubricScore, rubric_score  # noqa: F401
from .scenarios import (  # noqa: F401
    free_text_current,
    free_text_mark,
    free_text_mark_seen,
    free_text_resubmit,
    free_text_save,
    scenario_choose,
    scenario_start,
)
