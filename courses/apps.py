from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Authored content: the page tree, lesson blocks and the signposting directory."""

    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from alongside.cache import content_models_add

        # The directory: signpost blocks and the support panel read it.
        content_models_add("courses.Signpost")
