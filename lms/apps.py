from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender, **kwargs):
    from .services import roles_sync

    roles_sync()


class LmsConfig(AppConfig):
    """People, enrolment, progress and the learner's pages."""

    name = "lms"
    verbose_name = _("Learning")

    def ready(self):
        # Groups need the permissions that exist only after every app has migrated.
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="lms-roles-sync")
        from . import checks, extensions  # noqa: F401 - checks registers itself
        from .security.audit import audit_receivers_connect
        from .security.mfa import demo_mfa_seed

        audit_receivers_connect()
        from .privacy import personal_data_register

        personal_data_register()
        extensions.demo_seeder(demo_mfa_seed)
