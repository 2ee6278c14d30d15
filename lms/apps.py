from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _on_activity(sender, user_id, page_id, **kwargs):
    from .services import module_completion_record_for_page

    module_completion_record_for_page(user_id=user_id, page_id=page_id)


def _trainer_names(user) -> list[str]:
    """The trainers of the cohorts this learner is in."""
    from django.contrib.auth import get_user_model

    if not getattr(user, "is_authenticated", False):
        return []
    return list(
        get_user_model()
        .objects.filter(cohorts_training__enrolments__user=user)
        .exclude(pk=user.pk)
        .order_by("full_name")
        .values_list("full_name", flat=True)
        .distinct()
    )


class LmsConfig(AppConfig):
    """People, enrolment, progress and the learner's pages."""

    name = "lms"
    verbose_name = _("Learning")

    def ready(self):
        # Role groups are made once by a migration (lms/migrations/0005_role_groups.py)
        # and restored on purpose with `manage.py roles_sync`, never on every migrate.
        from alongside import extensions

        from . import checks  # noqa: F401 - checks registers itself
        from .security.audit import audit_receivers_connect
        from .security.mfa import demo_mfa_seed

        audit_receivers_connect()
        from .privacy import personal_data_register

        personal_data_register()
        extensions.demo_seeder(demo_mfa_seed)
        extensions.learner_trainers(_trainer_names)
        extensions.destination("support", "lms:support")
        # Passing a quiz, or sending one for marking, can finish a module for good.
        from assessments.signals import activity_awaiting_marking, activity_completed

        activity_completed.connect(_on_activity, dispatch_uid="lms-module-passed")
        activity_awaiting_marking.connect(
            _on_activity, dispatch_uid="lms-module-awaiting-marking"
        )
