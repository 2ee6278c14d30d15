"""Admin wiring: confidence questions as a viewset, and the trainer's workspace
(cohorts, gradebook, reports, evaluation, invitations, module dates) as a viewset
with its own "Cohorts" item in the sidebar.

Wellbeing check-ins are deliberately absent: no admin screen ever lists them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet

from .models import ConfidenceItem
from .selectors import may_use_trainer_pages


class ConfidenceItemViewSet(ModelViewSet):
    model = ConfidenceItem
    icon = "pick"
    menu_label = _("Confidence questions")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["statement", "topic", "programme", "is_active"]
    list_filter = ["programme", "is_active"]
    search_fields = ["statement", "topic"]
    form_fields = ["programme", "topic", "statement", "sort_order", "is_active"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_confidence_items():
    return ConfidenceItemViewSet("confidence_items")


class _TrainerMenuItem(MenuItem):
    def is_shown(self, request):
        return may_use_trainer_pages(request.user)


class CohortsViewSet(ViewSet):
    """The trainer's pages, under /admin/cohorts/ (URL names ``trainer:…``); each
    view checks who asks (``views.TrainerView``)."""

    name = "trainer"
    url_prefix = "cohorts"
    icon = "table"
    menu_label = _("Cohorts")
    menu_name = "cohorts"
    menu_order = 245
    add_to_admin_menu = True
    menu_item_class = _TrainerMenuItem

    def get_urlpatterns(self):
        from .urls import admin_urlpatterns

        return admin_urlpatterns


@hooks.register("register_admin_viewset")
def register_cohorts_workspace():
    return CohortsViewSet()


@hooks.register("construct_homepage_panels")
def trainer_dashboard_panels(request, panels):
    """What needs a trainer today: work to mark, trainees who may be stuck."""
    from .dashboard_panels import stuck_trainees_panel, work_to_mark_panel

    for make in (work_to_mark_panel, stuck_trainees_panel):
        panel = make(request.user)
        if panel is not None:
            panels.append(panel)
