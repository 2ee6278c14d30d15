"""Wagtail wiring: learner pages served with progress, and people admin viewsets."""

from django.contrib import messages
from django.db.models import Q
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from alongside.choosers import CheckedSnippetChooserViewSet
from courses.models import LessonPage, ModulePage

from . import admin_views
from .learning import SERVERS
from .marking import (
    AllowAttemptView,
    MarkEssaysView,
    MarkingQueueView,
    MarkSubmissionView,
)
from .models import Cohort, Organisation, Team, User
from .roles import Role
from .selectors import module_finished_count, user_has_role
from .services import organisation_content_area_ensure


# Inside Wagtail's own `on_serve_page` hooks (order 0), so its privacy settings are
# checked before a learner page is served.
@hooks.register("on_serve_page", order=100)
def serve_learning_pages(serve_next):
    """Programme, module and lesson pages are served with the learner's progress;
    quizzes and scenarios pass the same gate, then serve themselves."""

    def serve(page, request, serve_args, serve_kwargs):
        server = SERVERS.get(type(page))
        response = server(request, page) if server is not None else None
        if response is not None:
            return response
        return serve_next(page, request, serve_args, serve_kwargs)

    return serve


def _warn_finished_module(request, module) -> None:
    """Before a lesson is published or moved into a module people have finished,
    say so."""
    if request.method != "GET" or not isinstance(module, ModulePage):
        return
    count = module_finished_count(module)
    if count:
        messages.warning(
            request,
            ngettext(
                "%(count)d person has finished this module; they will see this "
                "lesson as new (optional catch-up), and nobody is held back by it.",
                "%(count)d people have finished this module; they will see this "
                "lesson as new (optional catch-up), and nobody is held back by it.",
                count,
            )
            % {"count": count},
        )


@hooks.register("before_create_page")
def warn_before_adding_to_a_finished_module(request, parent_page, page_class):
    if issubclass(page_class, LessonPage):
        _warn_finished_module(request, parent_page.specific)


@hooks.register("before_edit_page")
def warn_before_publishing_into_a_finished_module(request, page):
    # Only a lesson never published yet is new to the people who finished.
    if isinstance(page.specific, LessonPage) and not page.first_published_at:
        _warn_finished_module(request, page.get_parent().specific)


@hooks.register("before_move_page")
def warn_before_moving_into_a_finished_module(request, page_to_move, destination):
    # Wagtail's own "Are you sure?" page says it too, before the move is confirmed.
    if isinstance(page_to_move.specific, LessonPage) and (
        page_to_move.get_parent().pk != destination.pk
    ):
        _warn_finished_module(request, destination.specific)


def _sees_everything(user) -> bool:
    return user.is_superuser or user_has_role(user, Role.SITE_ADMIN)


def _scoped_form(view, form):
    """Limit organisation and people choices to the organisations the user runs."""
    user = view.request.user
    if _sees_everything(user):
        return form
    organisations = Organisation.objects.filter(admins=user)
    if "organisation" in form.fields:
        form.fields["organisation"].queryset = organisations
    people = User.objects.filter(
        Q(organisations__in=organisations)
        | Q(administered_organisations__in=organisations)
        | Q(teams__organisation__in=organisations)
    ).distinct()
    for name in ("admins", "leads", "members", "presenters", "trainers", "supervisors"):
        if name in form.fields:
            form.fields[name].queryset = people
    return form


class _OrganisationScopedViewSet(ModelViewSet):
    """Organisation admins see and edit only their own organisations' records."""

    organisation_lookup = "organisation__admins"
    copy_view_enabled = False
    chooser_viewset_class = CheckedSnippetChooserViewSet

    @property
    def chooser_viewset(self):
        # Snippet viewsets only: the pop-up chooser lists what the listing lists.
        chooser = super().chooser_viewset
        chooser.chooser_scope = self.scoped_queryset
        return chooser

    def scoped_queryset(self, request, queryset):
        if _sees_everything(request.user):
            return queryset
        return queryset.filter(**{self.organisation_lookup: request.user}).distinct()

    def _scoped_object_view(self, base):
        viewset = self

        class ScopedView(base):
            def get_object(self, *args, **kwargs):
                obj = super().get_object(*args, **kwargs)
                allowed = viewset.scoped_queryset(
                    self.request, viewset.model.objects.filter(pk=obj.pk)
                )
                if not allowed.exists():
                    raise Http404
                return obj

            def get_form(self, *args, **kwargs):
                return _scoped_form(self, super().get_form(*args, **kwargs))

        return ScopedView

    @property
    def index_view_class(self):
        viewset = self
        base = super().index_view_class

        class ScopedIndexView(base):
            def get_base_queryset(self):
                return viewset.scoped_queryset(
                    self.request, super().get_base_queryset()
                )

        return ScopedIndexView

    @property
    def add_view_class(self):
        base = super().add_view_class

        class ScopedCreateView(base):
            def get_form(self, *args, **kwargs):
                return _scoped_form(self, super().get_form(*args, **kwargs))

        return ScopedCreateView

    @property
    def edit_view_class(self):
        return self._scoped_object_view(super().edit_view_class)

    @property
    def delete_view_class(self):
        return self._scoped_object_view(super().delete_view_class)

    @property
    def history_view_class(self):
        return self._scoped_object_view(super().history_view_class)

    @property
    def usage_view_class(self):
        return self._scoped_object_view(super().usage_view_class)


class OrganisationViewSet(_OrganisationScopedViewSet):
    model = Organisation
    icon = "group"
    organisation_lookup = "admins"
    form_fields = ["name", "kind", "support_contact", "admins"]
    list_display = ["name", "kind"]
    search_fields = ["name"]
    add_to_admin_menu = False

    @property
    def add_view_class(self):
        base = super().add_view_class

        class CreateWithContentAreaView(base):
            def save_instance(self):
                # Its editors group, own programmes page and collection.
                organisation = super().save_instance()
                organisation_content_area_ensure(organisation=organisation)
                return organisation

        return CreateWithContentAreaView


class TeamViewSet(_OrganisationScopedViewSet):
    model = Team
    icon = "user"
    form_fields = ["organisation", "name", "leads", "presenters", "members"]
    list_display = ["name", "organisation", "join_code", "join_link"]
    list_filter = ["organisation"]
    search_fields = ["name"]


class CohortViewSet(_OrganisationScopedViewSet):
    model = Cohort
    icon = "group"
    form_fields = [
        "organisation",
        "programme",
        "name",
        "start_date",
        "trainers",
        "supervisors",
        "is_open",
    ]
    list_display = ["name", "organisation", "start_date", "invite_link"]
    list_filter = ["organisation"]
    search_fields = ["name"]


class PeopleViewSetGroup(ViewSetGroup):
    menu_label = _("Organisations")
    menu_icon = "group"
    menu_order = 250
    items = (OrganisationViewSet, TeamViewSet, CohortViewSet)


@hooks.register("register_admin_viewset")
def register_people_viewsets():
    return PeopleViewSetGroup()


@hooks.register("register_admin_urls")
def marking_urls():
    return [
        path("marking/", MarkingQueueView.as_view(), name="lms_marking_queue"),
        path(
            "marking/written/<id:pk>/",
            MarkSubmissionView.as_view(),
            name="lms_mark_submission",
        ),
        path("marking/quiz/<id:pk>/", MarkEssaysView.as_view(), name="lms_mark_essays"),
        path(
            "marking/attempts/<id:pk>/allow/",
            AllowAttemptView.as_view(),
            name="lms_allow_attempt",
        ),
    ]


@hooks.register("register_admin_urls")
def module_scorm_urls():
    return [
        path(
            "modules/<id:page_id>/scorm/",
            admin_views.module_scorm_export,
            name="lms_module_scorm_export",
        )
    ]


def _module_scorm_button(page, user, priority: int):
    return admin_views.scorm_buttons(
        page,
        user,
        page_class=ModulePage,
        url_name="lms_module_scorm_export",
        priority=priority,
        noun=_("module"),
    )


@hooks.register("register_page_header_buttons")
def module_scorm_header_button(page, user, view_name, next_url=None):
    yield from _module_scorm_button(page, user, priority=75)


@hooks.register("register_page_listing_more_buttons")
def module_scorm_listing_button(page, user, next_url=None):
    yield from _module_scorm_button(page, user, priority=55)


class _MarkerMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or user_has_role(request.user, Role.TRAINER)


@hooks.register("register_admin_menu_item")
def marking_menu_item():
    return _MarkerMenuItem(
        _("Marking"), reverse("lms_marking_queue"), icon_name="edit", order=240
    )


@hooks.register("register_admin_viewset")
def register_audit_log_viewset():
    from .security.admin import AuditEventViewSet, audit_permission_policy_register

    audit_permission_policy_register()
    return AuditEventViewSet("audit_event")


@hooks.register("register_admin_urls")
def second_step_report_urls():
    from .security.admin import SecondStepReportView

    return [
        path(
            "reports/second-step/",
            SecondStepReportView.as_view(),
            name="lms_second_step_report",
        ),
        path(
            "reports/second-step/results/",
            SecondStepReportView.as_view(results_only=True),
            name="lms_second_step_report_results",
        ),
    ]


class _SiteAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_reports_menu_item")
def second_step_menu_item():
    return _SiteAdminMenuItem(
        _("Second step for signing in"),
        reverse("lms_second_step_report"),
        name="second-step",
        icon_name="key",
        order=900,
    )
