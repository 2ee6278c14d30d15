"""Thin views for cohorts: check who is asking, call a selector or service, render.

- ``trainer``: a trainer's cohorts: create, overview, module dates, invitations;
- ``progress``: the gradebook, a trainee's work, reports, evaluation and feedback;
- ``learner``: a learner's side: accepting an invite, confidence and check-ins;
- ``notifications``: notifications, email choices and unsubscribing.
"""

from .learner import CheckInView, ConfidenceView, InviteAcceptView, feedback_form_gate  # noqa: F401
from .notifications import (  # noqa: F401
    EmailPreferencesView,
    notification_list,
    notifications_read,
    unsubscribe,
)
from .progress import (  # noqa: F401
    AnswersCsvView,
    CohortReportView,
    EvaluationView,
    FeedbackSubmissionsListView,
    GradebookView,
    ProgrammeReportView,
    QuizAttemptView,
    ScenarioAttemptView,
    TraineeView,
)
from .trainer import (  # noqa: F401
    CohortCreateView,
    CohortDatesView,
    CohortInviteCsvView,
    CohortInviteView,
    CohortListView,
    CohortOverviewView,
    TrainerView,
    trainer_page_moved,
)
