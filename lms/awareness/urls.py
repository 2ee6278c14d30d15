"""URLs for lms.awareness, mounted at the site root by config.urls."""

from django.urls import path
from lti_tool.views import jwks

from . import lti, views

app_name = "awareness"
urlpatterns = [
    path(
        "awareness/courses/<id:course_id>/sections/<id:number>/",
        views.section_view,
        name="section",
    ),
    path("awareness/courses/<id:course_id>/check/", views.check_view, name="check"),
    path("awareness/courses/<id:course_id>/done/", views.done_view, name="done"),
    path("awareness/teams/", views.team_list, name="teams"),
    path("awareness/teams/new/", views.team_create, name="team_create"),
    path("awareness/teams/<id:team_id>/", views.team_detail, name="team"),
    path("awareness/teams/<id:team_id>/report/", views.team_report, name="report"),
    path(
        "awareness/teams/<id:team_id>/report.csv",
        views.team_report_csv,
        name="report_csv",
    ),
    path("awareness/teams/<id:team_id>/remind/", views.team_remind, name="remind"),
    path(
        "awareness/teams/<id:team_id>/live/",
        views.session_start,
        name="session_start",
    ),
    path("awareness/enrol/", views.enrol_upload, name="enrol"),
    path(
        "awareness/enrol/<id:pending_id>/",
        views.enrol_confirm,
        name="enrol_confirm",
    ),
    path(
        "awareness/invitations/<int:invitation_id>/",
        views.invitation,
        name="invitation",
    ),
    path("awareness/live/join/", views.session_join, name="join"),
    path("awareness/live/<id:session_id>/", views.present, name="present"),
    path("awareness/live/<id:session_id>/notes/", views.session_notes, name="notes"),
    path("awareness/live/<id:session_id>/move/", views.session_move, name="move"),
    path(
        "awareness/live/<id:session_id>/register/",
        views.session_register,
        name="register",
    ),
    path("awareness/live/<id:session_id>/end/", views.session_end, name="end"),
    path(
        "awareness/live/<id:session_id>/summary/",
        views.session_summary,
        name="session_summary",
    ),
    path(
        "awareness/live/<id:session_id>/register.csv",
        views.session_register_csv,
        name="register_csv",
    ),
    path("awareness/my-record/", views.staff_record, name="staff_record"),
    # LTI 1.3 (lti.py): a trust's LMS launches the course.
    path(
        "lti/login/<uuid:registration_uuid>/",
        lti.login_init,
        name="lti_login",
    ),
    path("lti/launch/", lti.launch, name="lti_launch"),
    path("lti/continue/<str:token>/", lti.lti_continue, name="lti_continue"),
    path("lti/deep-link/", lti.deep_link, name="lti_deep_link"),
    path("lti/jwks.json", jwks, name="lti_jwks"),
]
