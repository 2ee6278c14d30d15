from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwarenessConfig(AppConfig):
    """The 45-minute staff-awareness course for NHS teams (issue 5)."""

    name = "lms.awareness"
    label = "awareness"
    verbose_name = _("Staff awareness")

    def ready(self):
        from lti_tool.models import LtiUser

        from alongside import extensions, signals

        from . import demo, models
        from .dashboard import awareness_dashboard_section, staff_record_link
        from .lti import on_course_completed

        signals.awareness_course_completed.connect(
            on_course_completed, dispatch_uid="awareness-lti-scores"
        )
        extensions.demo_seeder(demo.awareness_demo_seed)
        extensions.personal_data(
            models.LtiCourseLaunch,
            "user",
            export_fields=("course_id", "registration_id", "launched_at"),
            reason=_("Courses your organisation's learning system opened for you."),
        )
        extensions.personal_data(
            LtiUser,
            "auth_user",
            export_fields=("sub", "name", "email", "datetime_created"),
            reason=_("Who you are in your organisation's learning system (LTI)."),
        )
        extensions.dashboard_section(awareness_dashboard_section)
        extensions.account_link(staff_record_link)
        extensions.personal_data(
            models.StaffProfile,
            "user",
            export_fields=(
                "job_role",
                "employee_number",
                "assignment_number",
                "nmc_pin",
                "invited_at",
            ),
            reason=_(
                "Your job role, so your team lead's report is clear, and the numbers "
                "you gave for your trust's training records."
            ),
        )
        extensions.personal_data(
            models.CourseProgress,
            "user",
            export_fields=("sections_done", "check_score", "check_total", "started_at"),
            reason=_("How far you are through the staff-awareness course."),
        )
        extensions.personal_data(
            models.Completion,
            "user",
            export_fields=("course_id", "mode", "completed_at"),
            reason=_("Your record of completing the staff-awareness course."),
        )
        extensions.personal_data(
            models.Attendance,
            "user",
            export_fields=("session_id", "how", "joined_at"),
            reason=_("Live sessions you attended."),
        )
        extensions.personal_data(
            models.RegisterRemoval,
            "user",
            export_fields=("session_id", "removed_at"),
            reason=_("Live sessions whose presenter took you off the register."),
        )
        extensions.personal_data(
            models.TeamInvitation,
            "user",
            export_fields=("team_id", "created_at", "accepted_at", "declined_at"),
            reason=_("Invitations to join a team, and your answers."),
        )
        extensions.personal_data(
            models.LiveSession,
            "presenter",
            on_erase="anonymise",
            export_fields=("team_id", "started_at", "ended_at"),
            reason=_("Sessions you presented; attendees' records depend on them."),
        )
        extensions.personal_data(
            models.PendingImport,
            "created_by",
            export_fields=("created_at",),
            reason=_("A staff list you uploaded and have not yet confirmed."),
        )
