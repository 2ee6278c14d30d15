"""URLs for lms.cohorts: the learner's pages, mounted at the site root by config.urls,
and the trainer's pages, inside the Wagtail admin (``CohortsViewSet``, namespace
``trainer``, under /admin/cohorts/)."""

from django.urls import path

from . import views

app_name = "cohorts"

# The trainer's pages, inside the admin.
admin_urlpatterns = [
    path("", views.CohortListView.as_view(), name="cohort_list"),
    path("new/", views.CohortCreateView.as_view(), name="cohort_create"),
    path(
        "<id:pk>/",
        views.CohortOverviewView.as_view(),
        name="cohort_overview",
    ),
    path(
        "<id:pk>/dates/",
        views.CohortDatesView.as_view(),
        name="cohort_dates",
    ),
    path(
        "<id:pk>/invite/",
        views.CohortInviteView.as_view(),
        name="cohort_invite",
    ),
    path(
        "<id:pk>/invite/csv/",
        views.CohortInviteCsvView.as_view(),
        name="cohort_invite_csv",
    ),
    path(
        "<id:pk>/gradebook/",
        views.GradebookView.as_view(),
        name="gradebook",
    ),
    path(
        "<id:pk>/answers.csv",
        views.AnswersCsvView.as_view(),
        name="answers_csv",
    ),
    path(
        "<id:pk>/trainees/<id:user_id>/",
        views.TraineeView.as_view(),
        name="trainee",
    ),
    path(
        "<id:pk>/quiz-attempts/<id:attempt_id>/",
        views.QuizAttemptView.as_view(),
        name="quiz_attempt",
    ),
    path(
        "<id:pk>/scenario-attempts/<id:attempt_id>/",
        views.ScenarioAttemptView.as_view(),
        name="scenario_attempt",
    ),
    path(
        "<id:pk>/report/",
        views.CohortReportView.as_view(),
        name="cohort_report",
    ),
    path(
        "<id:pk>/evaluation/",
        views.EvaluationView.as_view(),
        name="cohort_evaluation",
    ),
    path(
        "<id:pk>/evaluation/<str:export>.csv",
        views.EvaluationView.as_view(),
        name="cohort_evaluation_csv",
    ),
    path(
        "programmes/<id:programme_id>/report/",
        views.ProgrammeReportView.as_view(),
        name="programme_report",
    ),
    path(
        "programmes/<id:programme_id>/evaluation/",
        views.EvaluationView.as_view(),
        name="programme_evaluation",
    ),
    path(
        "programmes/<id:programme_id>/evaluation/<str:export>.csv",
        views.EvaluationView.as_view(),
        name="programme_evaluation_csv",
    ),
]

# The trainer's pages lived on the public site until December 2026; emails and
# bookmarks still point there.
legacy = [
    path("trainer/cohorts/", views.trainer_page_moved, name="trainer_moved"),
    path(
        "trainer/cohorts/<path:rest>",
        views.trainer_page_moved,
        name="trainer_moved_cohort",
    ),
    path(
        "trainer/programmes/<path:rest>",
        views.trainer_page_moved,
        {"programmes": True},
        name="trainer_moved_programme",
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

urlpatterns = legacy + learner
