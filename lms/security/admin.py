"""The audit log in the Wagtail admin: read-only, for site admins only."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from lms.models import AuditEvent


class AuditPermissionPolicy(ModelPermissionPolicy):
    """Site admins may look; nobody may add, change or delete through the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    icon = "history"
    menu_label = _("Audit log")
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["created_at", "action", "actor", "subject", "ip_address"]
    list_filter = ["action"]
    search_fields = ["detail"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["action"]


def audit_permission_policy_register() -> None:
    """Wagtail asks for model permission policies to be registered, not set."""
    from wagtail.permissions import register_permission_policy

    register_permission_policy(AuditEvent, AuditPermissionPolicy(AuditEvent))
