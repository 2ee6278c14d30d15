"""The learner's URLs (namespace "lms"): accounts, home, lessons, reflections, support.

Mounted at the site root by config.urls."""

from django.urls import path

from . import views
from .security import views as security_views

app_name = "lms"

urlpatterns = [
    path("accounts/signup/", views.SignUpView.as_view(), name="signup"),
    path(
        "accounts/signup/check-your-email/",
        views.SignUpSentView.as_view(),
        name="signup_sent",
    ),
    path(
        "accounts/signup/confirm/<str:token>/",
        views.SignUpConfirmView.as_view(),
        name="signup_confirm",
    ),
    path("accounts/login/", views.SignInView.as_view(), name="login"),
    path("accounts/logout/", views.SignOutView.as_view(), name="logout"),
    path("accounts/profile/", views.ProfileView.as_view(), name="profile"),
    path(
        "accounts/password/change/",
        views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password/reset/",
        views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "accounts/password/reset/sent/",
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/done/",
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(
        "accounts/sign-in-link/",
        security_views.SignInLinkRequestView.as_view(),
        name="signin_link",
    ),
    path(
        "accounts/sign-in-link/sent/",
        security_views.signin_link_sent,
        name="signin_link_sent",
    ),
    path(
        "accounts/sign-in-link/<str:token>/",
        security_views.SignInLinkUseView.as_view(),
        name="signin_link_use",
    ),
    path("accounts/two-step/", security_views.SecondFactorView.as_view(), name="mfa"),
    path(
        "accounts/two-step/recovery/",
        security_views.RecoveryCodeSignInView.as_view(),
        name="mfa_recovery",
    ),
    path(
        "accounts/two-step/recovery-codes/",
        security_views.RecoveryCodesView.as_view(),
        name="mfa_recovery_codes",
    ),
    path("accounts/data/", security_views.YourDataView.as_view(), name="your_data"),
    path(
        "accounts/data/export/",
        security_views.your_data_export,
        name="your_data_export",
    ),
    path(
        "accounts/data/erase/",
        security_views.YourDataEraseView.as_view(),
        name="your_data_erase",
    ),
    path("dashboard/", views.DashboardView.as_view(), name="dashboard"),
    path(
        "programmes/<id:programme_id>/enrol/",
        views.programme_enrol,
        name="programme_enrol",
    ),
    path("join/<str:token>/", views.CohortJoinView.as_view(), name="cohort_join"),
    path("teams/join/", views.TeamJoinView.as_view(), name="team_join"),
    path(
        "learn/lessons/<id:lesson_id>/complete/",
        views.lesson_complete,
        name="lesson_complete",
    ),
    path(
        "learn/modules/<id:module_id>/content-note/",
        views.content_note_choose,
        name="content_note_choose",
    ),
    path("support/", views.SupportView.as_view(), name="support"),
    path("support/break/", views.take_a_break, name="take_a_break"),
    path("leave/", views.quick_exit, name="quick_exit"),
    path("reflections/", views.ReflectionListView.as_view(), name="reflections"),
    path(
        "reflections/new/",
        views.ReflectionCreateView.as_view(),
        name="reflection_create",
    ),
    path(
        "reflections/<id:pk>/",
        views.ReflectionEditView.as_view(),
        name="reflection_edit",
    ),
    path(
        "reflections/<id:pk>/delete/",
        views.ReflectionDeleteView.as_view(),
        name="reflection_delete",
    ),
    path(
        "reflections/<id:pk>/share/",
        views.ReflectionShareView.as_view(),
        name="reflection_share",
    ),
    path(
        "reflections/shared-with-me/",
        views.SharedReflectionListView.as_view(),
        name="reflections_shared",
    ),
    path(
        "reflections/shared-with-me/<id:pk>/",
        views.SharedReflectionDetailView.as_view(),
        name="reflection_shared_detail",
    ),
]
