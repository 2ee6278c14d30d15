"""Admin wiring: confidence questions as a viewset, and a way to the trainer pages.

Wellbeing check-ins are deliberately absent: no admin screen ever lists them.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
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


@hooks.register("register_admin_menu_item")
def cohorts_menu_item():
    return _TrainerMenuItem(
        _("Cohorts and reports"),
        reverse("cohorts:cohort_list"),
        icon_name="table",
        order=245,
    )
