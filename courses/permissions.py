"""Who may publish a module: nobody directly when it is clinical."""

from wagtail.models import PagePermissionTester


class ModulePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, except that a clinical module (or one whose draft
    changes the clinical flag) has no Publish button for anyone: it is published by
    the Clinical review workflow once a clinical reviewer approves it."""

    def can_publish(self):
        from .selectors import module_needs_clinical_review

        if module_needs_clinical_review(self.page):
            return False
        return super().can_publish()
