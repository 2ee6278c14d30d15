from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    """Cohort management, gradebook, reports, evaluation, check-ins, notifications."""

    name = "lms.cohorts"
    label = "cohorts"
    verbose_name = _("Cohorts and reports")

    def ready(self):
        from alongside import extensions, signals

        from . import dashboard, demo, receivers, selectors, services
        from .models import (
            CohortInvite,
            ConfidenceResponse,
            FeedbackSubmission,
            Notification,
            NotificationPreference,
            WellbeingCheckIn,
        )

        extensions.email_choices(
            wanted=lambda user_id, kind: kind not in selectors.emails_off(user_id),
            unsubscribe_url=lambda user_id, kind: services.unsubscribe_url(
                user_id=user_id, kind=kind
            ),
        )
        signals.work_marked.connect(receivers.on_work_marked, dispatch_uid="cohorts")
        signals.certificate_issued.connect(
            receivers.on_certificate_issued, dispatch_uid="cohorts"
        )
        signals.certificate_expiring.connect(
            receivers.on_certificate_expiring, dispatch_uid="cohorts"
        )
        signals.countersign_requested.connect(
            receivers.on_countersign_requested, dispatch_uid="cohorts"
        )
        signals.ledger_entry_decided.connect(
            receivers.on_ledger_entry_decided, dispatch_uid="cohorts"
        )
        extensions.personal_data(
            WellbeingCheckIn,
            "user",
            on_erase="delete",
            export_fields=(
                "module_id",
                "moment",
                "feeling",
                "wants_contact",
                "created_at",
            ),
            reason="Private wellbeing check-ins; only the person themselves sees them.",
        )
        extensions.personal_data(
            ConfidenceResponse,
            "user",
            on_erase="delete",
            export_fields=("item_id", "stage", "rating", "answered_at"),
            reason="Confidence survey answers, reported to funders only in aggregate.",
        )
        extensions.personal_data(
            FeedbackSubmission,
            "user",
            on_erase="anonymise",
            export_fields=("page_id", "form_data", "submit_time"),
            reason="Your end-of-course feedback: kept without your name.",
        )
        extensions.personal_data(
            Notification,
            "user",
            on_erase="delete",
            export_fields=("kind", "title", "created_at", "read_at"),
            reason="Messages shown to the person in Alongside.",
        )
        extensions.personal_data(
            NotificationPreference,
            "user",
            on_erase="delete",
            export_fields=("emails_off",),
            reason="Which emails the person chose to get.",
        )
        extensions.personal_data(
            CohortInvite,
            "accepted_by",
            on_erase="delete",
            export_fields=("email", "full_name", "created_at", "accepted_at"),
            reason="The invitation the person accepted to join a cohort.",
        )
        extensions.dashboard_section(dashboard.check_in_section)
        extensions.dashboard_section(dashboard.survey_section)
        extensions.dashboard_section(dashboard.trainer_section)
        extensions.demo_seeder(demo.cohorts_demo_seed)
