"""Wagtail wiring: accreditation rules and branding snippets, certificate admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from lms.wagtail_hooks import _OrganisationScopedViewSet, _sees_everything

from . import admin_views
from .models import AccreditationRules, OrganisationBranding
from .selectors import can_manage_certificates, issuing_organisations_for


class AccreditationRulesViewSet(_OrganisationScopedViewSet, SnippetViewSet):
    """Trainers and organisation admins see and edit only the rules their own
    organisations issue, and can name only their own organisations as issuer."""

    model = AccreditationRules
    icon = "tick-inverse"
    menu_label = _("Accreditation rules")
    list_display = ["programme", "issuing_organisation", "validity_months"]

    def scoped_queryset(self, request, queryset):
        if _sees_everything(request.user):
            return queryset
        return queryset.filter(
            issuing_organisation__in=issuing_organisations_for(request.user)
        )

    def _limit_issuer(self, view, form):
        if not _sees_everything(view.request.user) and (
            "issuing_organisation" in form.fields
        ):
            form.fields["issuing_organisation"].queryset = issuing_organisations_for(
                view.request.user
            )
        return form

    @property
    def add_view_class(self):
        viewset, base = self, super().add_view_class

        class IssuerLimitedCreateView(base):
            def get_form(self, *args, **kwargs):
                return viewset._limit_issuer(self, super().get_form(*args, **kwargs))

        return IssuerLimitedCreateView

    @property
    def edit_view_class(self):
        viewset, base = self, super().edit_view_class

        class IssuerLimitedEditView(base):
            def get_form(self, *args, **kwargs):
                return viewset._limit_issuer(self, super().get_form(*args, **kwargs))

        return IssuerLimitedEditView


class OrganisationBrandingViewSet(_OrganisationScopedViewSet, SnippetViewSet):
    """Organisation admins brand only their own organisations' certificates."""

    model = OrganisationBranding
    icon = "image"
    menu_label = _("Certificate branding")
    list_display = ["organisation", "signatory_name"]


class CertificateSnippetGroup(SnippetViewSetGroup):
    menu_label = _("Accreditation")
    menu_icon = "tick-inverse"
    menu_order = 245
    items = (AccreditationRulesViewSet, OrganisationBrandingViewSet)


register_snippet(CertificateSnippetGroup)


@hooks.register("register_admin_urls")
def certificate_admin_urls():
    return [
        path(
            "certificates/",
            admin_views.certificate_list,
            name="certificates_admin_list",
        ),
        path(
            "certificates/<id:pk>/",
            admin_views.certificate_detail,
            name="certificates_admin_detail",
        ),
        path(
            "certificates/<id:pk>/<str:action>/",
            admin_views.certificate_action,
            name="certificates_admin_action",
        ),
        path(
            "certificates/cohorts/<id:pk>/",
            admin_views.cohort_detail,
            name="certificates_admin_cohort",
        ),
        path(
            "certificates/cohorts/<id:pk>/sign-off/<id:user_id>/",
            admin_views.cohort_sign_off,
            name="certificates_admin_sign_off",
        ),
        path(
            "certificates/cohorts/<id:pk>/issue/<id:user_id>/",
            admin_views.cohort_issue_by_hand,
            name="certificates_admin_issue",
        ),
        path(
            "certificates/by-hand/<id:pk>/",
            admin_views.hand_issue_decide,
            name="certificates_admin_hand_issue",
        ),
        path(
            "certificates/cohorts/<id:pk>/issue-all/",
            admin_views.cohort_issue_all,
            name="certificates_admin_issue_all",
        ),
        path(
            "certificates/cohorts/<id:pk>/progress/",
            admin_views.cohort_progress,
            name="certificates_admin_cohort_progress",
        ),
        path(
            "certificates/cohorts/<id:pk>/certificates.zip",
            admin_views.cohort_zip,
            name="certificates_admin_zip",
        ),
    ]


class _ManagerMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage_certificates(request.user)


@hooks.register("register_admin_menu_item")
def certificates_menu_item():
    return _ManagerMenuItem(
        _("Certificates"),
        reverse("certificates_admin_list"),
        icon_name="doc-full-inverse",
        order=246,
    )


@hooks.register("construct_homepage_panels")
def certificate_dashboard_panels(request, panels):
    """Entries waiting to be countersigned; certificates ready to issue."""
    from .dashboard_panels import certificates_ready_panel, countersign_panel

    for make in (countersign_panel, certificates_ready_panel):
        panel = make(request.user)
        if panel is not None:
            panels.append(panel)
