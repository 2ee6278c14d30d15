"""URLs for lms.awareness, mounted at the site root by lms.urls."""

from django.urls import path

from . import views

app_name = "awareness"
urlpatterns = [
    path(
        "awareness/courses/<int:course_id>/sections/<int:number>/",
        views.section_view,
        name="section",
    ),
    path("awareness/courses/<int:course_id>/check/", views.check_view, name="check"),
    path("awareness/courses/<int:course_id>/done/", views.done_view, name="done"),
    path("awareness/teams/", views.team_list, name="teams"),
    path("awareness/teams/new/", views.team_create, name="team_create"),
    path("awareness/teams/<int:team_id>/", views.team_detail, name="team"),
    path("awareness/teams/<int:team_id>/report/", views.team_report, name="report"),
    path(
        "awareness/teams/<int:team_id>/report.csv",
        views.team_report_csv,
        name="report_csv",
    ),
    path("awareness/teams/<int:team_id>/remind/", views.team_remind, name="remind"),
    path(
        "awareness/teams/<int:team_id>/live/",
        views.session_start,
        name="session_start",
    ),
    path("awareness/enrol/", views.enrol_upload, name="enrol"),
    path(
        "awareness/enrol/<int:pending_id>/",
        views.enrol_confirm,
        name="enrol_confirm",
    ),
    path(
        "awareness/invitations/<int:invitation_id>/",
        views.invitation,
        name="invitation",
    ),
    path("awareness/live/join/", views.session_join, name="join"),
    path("awareness/live/<int:session_id>/", views.present, name="present"),
    path("awareness/live/<int:session_id>/move/", views.session_move, name="move"),
    path(
        "awareness/live/<int:session_id>/register/",
        views.session_register,
        name="register",
    ),
    path("awareness/live/<int:session_id>/end/", views.session_end, name="end"),
    path(
        "awareness/live/<int:session_id>/summary/",
        views.session_summary,
        name="session_summary",
    ),
]
