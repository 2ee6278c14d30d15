from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _recheck(user_id, programme_id) -> None:
    from .tasks import certificate_issue_task

    certificate_issue_task.delay(user_id=user_id, programme_id=programme_id)


def _on_activity_completed(sender, user_id, page_id, **kwargs):
    """A quiz or scenario passed: check the certificate of its programme again, or
    renew it if the page is in the programme's refresher."""
    from wagtail.models import Page

    from .models import AccreditationRules
    from .tasks import certificate_refresher_task

    page = Page.objects.filter(pk=page_id).only("path").first()
    if page is None:
        return
    for programme_id, path, refresher_path in AccreditationRules.objects.values_list(
        "programme_id", "programme__path", "refresher__path"
    ):
        if refresher_path and page.path.startswith(refresher_path):
            # Passing the refresher renews an existing certificate.
            certificate_refresher_task.delay(user_id=user_id, programme_id=programme_id)
        elif page.path.startswith(path):
            _recheck(user_id, programme_id)


def _on_awareness_session_ended(
    sender,
    session_id,
    attendee_ids,
    title,
    held_on,
    minutes,
    organisation_id=None,
    course_id=None,
    **kwargs,
):
    from .tasks import attendance_certificates_issue_task

    attendance_certificates_issue_task.delay(
        session_id=session_id,
        course_id=course_id,
        attendee_ids=list(attendee_ids),
        title=title,
        held_on=held_on.isoformat(),
        minutes=minutes,
        organisation_id=organisation_id,
    )


def _on_awareness_course_completed(
    sender,
    user_id,
    course_id,
    title,
    completed_on,
    minutes,
    organisation_id=None,
    **kwargs,
):
    from .tasks import completion_certificate_issue_task

    completion_certificate_issue_task.delay(
        user_id=user_id,
        course_id=course_id,
        title=title,
        completed_on=completed_on.isoformat(),
        minutes=minutes,
        organisation_id=organisation_id,
    )


def _on_certificate_event(sender, instance, created, **kwargs):
    """Every change in a certificate's life goes in the audit log too."""
    if not created:
        return
    from lms.models import AuditEvent

    certificate = instance.certificate
    # One insert, by ids: issuing a cohort's certificates stays a few queries each.
    AuditEvent.objects.create(
        action=AuditEvent.Action.CERTIFICATE,
        actor_id=instance.actor_id,
        subject_id=certificate.user_id,
        detail={
            "certificate": certificate.number,
            "change": instance.action,
            "reason": str(instance.reason)[:500],
        },
    )


class CertificatesConfig(AppConfig):
    """Accreditation rules, the practice ledger, certificates and verification."""

    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from django.db.models.signals import post_save

        from alongside import extensions, signals
        from assessments.signals import activity_completed
        from lms.roles import Role

        from . import demo, models, selectors
        from .dashboard import (
            certificates_nav_link,
            certificates_section,
            practice_nav_link,
            supervisor_home_section,
        )

        activity_completed.connect(
            _on_activity_completed, dispatch_uid="certificates-activity-completed"
        )
        post_save.connect(
            _on_certificate_event,
            sender=models.CertificateEvent,
            dispatch_uid="certificates-audit-event",
        )
        signals.awareness_session_ended.connect(
            _on_awareness_session_ended,
            dispatch_uid="certificates-awareness-session-ended",
        )
        signals.awareness_course_completed.connect(
            _on_awareness_course_completed,
            dispatch_uid="certificates-awareness-course-completed",
        )
        extensions.dashboard_section(certificates_section)
        extensions.dashboard_section(supervisor_home_section)
        extensions.nav_link(practice_nav_link)
        extensions.nav_link(certificates_nav_link)
        extensions.demo_seeder(demo.certificates_demo_seed)
        extensions.learner_fact("certificate", selectors.certificate_states)
        extensions.learner_fact("practice_hours", selectors.practice_hours)
        extensions.personal_data(
            models.LedgerEntry,
            "trainee",
            on_erase="delete",
            export_fields=(
                "kind",
                "date",
                "hours",
                "activity",
                "covered_wellbeing",
                "notes",
                "status",
                "supervisor_comment",
                "created_at",
            ),
            reason=_("Your practice and supervision record."),
        )
        extensions.personal_data(
            models.LedgerEvent,
            "actor",
            on_erase="anonymise",
            export_fields=("action", "comment", "at"),
            reason=_("The audit trail of practice entries you changed or signed."),
        )
        extensions.personal_data(
            models.TrainerSignOff,
            "trainee",
            on_erase="delete",
            export_fields=("programme_id", "note", "signed_at"),
            reason=_("Your trainer's final sign-off."),
        )
        extensions.personal_data(
            models.Certificate,
            "user",
            on_erase="anonymise",
            export_fields=(
                "number",
                "name",
                "title",
                "issued_on",
                "expires_on",
                "status",
                "holder_shows_name",
                "public_title",
            ),
            reason=_(
                "A certificate stays verifiable for employers who hold a copy; the "
                "link to your account is removed."
            ),
        )
        extensions.personal_data(
            models.CertificateEvent,
            "actor",
            on_erase="anonymise",
            export_fields=("action", "reason", "at"),
            reason=_("Certificate changes you made as a trainer or admin."),
        )
        extensions.personal_data(
            models.CpdReflection,
            "user",
            on_erase="delete",
            export_fields=(
                "source",
                "record_id",
                "relates_to_practice",
                "nature",
                "learned",
                "changed",
                "code_theme",
                "code_relevance",
                "updated_at",
            ),
            reason=_("Your reflective accounts for NMC revalidation (private)."),
        )
        extensions.personal_data(
            models.HandIssueRequest,
            "trainee",
            on_erase="delete",
            export_fields=("programme_id", "reason", "status", "requested_at"),
            reason=_("Requests to issue your certificate by hand, and their outcome."),
        )
        # Trainers author accreditation rules; organisation admins their certificates'
        # branding (logo, colour and signatory). Restored by roles_sync.
        extensions.role_permissions(
            Role.TRAINER,
            [
                "certificates.add_accreditationrules",
                "certificates.change_accreditationrules",
                "certificates.view_accreditationrules",
            ],
        )
        extensions.role_permissions(
            Role.ORGANISATION_ADMIN,
            [
                "certificates.add_organisationbranding",
                "certificates.change_organisationbranding",
                "certificates.view_organisationbranding",
            ],
        )
        # "Your certificates", for pages below to link to (the awareness course's).
        extensions.destination("certificates", "certificates:mine")
        # The CPD record for NMC revalidation, linked from the staff record page.
        extensions.destination("cpd", "certificates:cpd")
