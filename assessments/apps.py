from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    """Question bank, quizzes and scenarios."""

    name = "assessments"
    verbose_name = _("Assessments")

    def ready(self):
        from alongside.cache import content_models_add

        # Quiz pages read their question pools.
        content_models_add(
            "assessments.Question",
            "assessments.QuizQuestionSlot",
            "assessments.QuizRandomDraw",
        )
