"""The audit log and the second-step report in the Wagtail admin, for site admins."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from alongside.csvsafe import FormulaSafeExportMixin
from lms.models import AuditEvent

from .mfa import mfa_staff_status


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


class SiteAdminOnlyPolicy(ModelPermissionPolicy):
    """Only site admins (superusers), and only to look."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class SecondStepReportView(FormulaSafeExportMixin, ReportView):
    """Who must use a second step, whether it is set up, and recovery codes left."""

    page_title = _("Second step for signing in")
    header_icon = "key"
    index_url_name = "lms_second_step_report"
    index_results_url_name = "lms_second_step_report_results"
    permission_policy = SiteAdminOnlyPolicy(get_user_model())
    permission_required = "view"
    list_export = ["full_name", "email", "app_set_up", "recovery_codes_left"]
    export_headings = {
        "full_name": _("Name"),
        "email": _("Email"),
        "app_set_up": _("Authenticator app set up"),
        "recovery_codes_left": _("Unused recovery codes"),
    }
    columns = [
        Column("full_name", label=_("Name")),
        Column("email", label=_("Email")),
        BooleanColumn("app_set_up", label=_("Authenticator app set up")),
        Column("recovery_codes_left", label=_("Unused recovery codes")),
    ]

    def get_filename(self):
        return "second-step-for-signing-in"

    def get_queryset(self):
        return mfa_staff_status()

    def get_index_url(self):
        return reverse(self.index_url_name)
