from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    """Question bank, quizzes and scenarios (built in the assessments issue)."""

    name = "assessments"
    verbose_name = _("Assessments")
