"""URLs for lms.cohorts, mounted at the site root by config.urls."""

from django.urls import path

from . import views

app_name = "cohorts"

trainer = [
    path("trainer/cohorts/", views.CohortListView.as_view(), name="cohort_list"),
    path(
        "trainer/cohorts/new/", views.CohortCreateView.as_view(), name="cohort_create"
    ),
    path(
        "trainer/cohorts/<id:pk>/",
        views.CohortOverviewView.as_view(),
        name="cohort_overview",
    ),
    path(
        "trainer/cohorts/<id:pk>/dates/",
        views.CohortDatesView.as_view(),
        name="cohort_dates",
    ),
    path(
        "trainer/cohorts/<id:pk>/invite/",
        views.CohortInviteView.as_view(),
        name="cohort_invite",
    ),
    path(
        "trainer/cohorts/<id:pk>/invite/csv/",
        views.CohortInviteCsvView.as_view(),
        name="cohort_invite_csv",
    ),
    path(
        "trainer/cohorts/<id:pk>/gradebook/",
        views.GradebookView.as_view(),
        name="gradebook",
    ),
    path(
        "trainer/cohorts/<id:pk>/answers.csv",
        views.AnswersCsvView.as_view(),
        name="answers_csv",
    ),
    path(
        "trainer/cohorts/<id:pk>/trainees/<id:user_id>/",
        views.TraineeView.as_view(),
        name="trainee",
    ),
    path(
        "trainer/cohorts/<id:pk>/quiz-attempts/<id:attempt_id>/",
        views.QuizAttemptView.as_view(),
        name="quiz_attempt",
    ),
    path(
        "trainer/cohorts/<id:pk>/scenario-attempts/<id:attempt_id>/",
        views.ScenarioAttemptView.as_view(),
        name="scenario_attempt",
    ),
    path(
        "trainer/cohorts/<id:pk>/report/",
        views.CohortReportView.as_view(),
        name="cohort_report",
    ),
    path(
        "trainer/cohorts/<id:pk>/evaluation/",
        views.EvaluationView.as_view(),
        name="cohort_evaluation",
    ),
    path(
        "trainer/cohorts/<id:pk>/evaluation/<str:export>.csv",
        views.EvaluationView.as_view(),
        name="cohort_evaluation_csv",
    ),
    path(
        "trainer/programmes/<id:programme_id>/report/",
        views.ProgrammeReportView.as_view(),
        name="programme_report",
    ),
    path(
        "trainer/programmes/<id:programme_id>/evaluation/",
        views.EvaluationView.as_view(),
        name="programme_evaluation",
    ),
    path(
        "trainer/programmes/<id:programme_id>/evaluation/<str:export>.csv",
        views.EvaluationView.as_view(),
        name="programme_evaluation_csv",
    ),
]

learner = [
    path(
        "invites/<str:token>/", views.InviteAcceptView.as_view(), name="invite_accept"
    ),
    path(
        "programmes/<id:programme_id>/confidence/<str:stage>/",
        views.ConfidenceView.as_view(),
        name="confidence",
    ),
    path(
        "learn/modules/<id:module_id>/check-in/<str:moment>/",
        views.CheckInView.as_view(),
        name="check_in",
    ),
    path("notifications/", views.notification_list, name="notifications"),
    path("notifications/read/", views.notifications_read, name="notifications_read"),
    path(
        "notifications/emails/",
        views.EmailPreferencesView.as_view(),
        name="email_preferences",
    ),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]

urlpatterns = trainer + learner
