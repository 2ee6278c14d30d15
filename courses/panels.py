"""Read-only admin panels: a module's review status and a directory entry's checks."""

from django.urls import reverse
from wagtail.admin.panels import Panel


class ReviewStatusPanel(Panel):
    """Where the module's review stands, and every review of it, newest first."""

    @property
    def clean_name(self):
        return super().clean_name or "review_status"

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/review_status_panel.html"

        def get_context_data(self, parent_context=None):
            from .selectors import (
                clinical_review_workflow,
                module_review_status,
                module_reviews,
            )

            context = super().get_context_data(parent_context)
            if self.instance is not None and self.instance.pk:
                context["status"] = module_review_status(self.instance)
                context["reviews"] = list(module_reviews(self.instance)[:10])
            context["workflow"] = clinical_review_workflow()
            return context


class SignpostChecksPanel(Panel):
    """When the entry was verified, by whom and what was checked; a link to record a
    new check."""

    @property
    def clean_name(self):
        return super().clean_name or "checks"

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/signpost_checks_panel.html"

        def get_context_data(self, parent_context=None):
            from .selectors import signpost_checks

            context = super().get_context_data(parent_context)
            if self.instance is not None and self.instance.pk:
                context["checks"] = list(signpost_checks(self.instance)[:10])
                context["check_url"] = reverse(
                    "courses_signpost_check", args=[self.instance.pk]
                )
            return context
