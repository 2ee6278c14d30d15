"""The "Question bank" admin menu: a viewset per question type, categories, rubrics."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from lms.choosers import CheckedChooserMixin, CheckedSnippetChooserViewSet

from .admin_views import ImportQuestionsView
from .models import (
    EssayQuestion,
    MatchingQuestion,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    QuestionCategory,
    Rubric,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from .services import authoring_warnings, question_quiz_warnings


class QuestionChooserViewSet(CheckedChooserMixin, ChooserViewSet):
    """Pick any question from the bank (used by quizzes)."""

    model = Question
    icon = "help"
    choose_one_text = _("Choose a question")
    choose_another_text = _("Choose another question")
    url_filter_parameters = ["category"]


question_chooser_viewset = QuestionChooserViewSet("question_chooser")


@hooks.register("register_admin_viewset")
def register_question_chooser():
    return question_chooser_viewset


def _question_viewset(question_model, label, order):
    return type(
        f"{question_model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": question_model,
            "chooser_viewset_class": CheckedSnippetChooserViewSet,
            "icon": "help",
            "menu_label": label,
            "menu_order": order,
            "list_display": [
                "name",
                "category",
                BooleanColumn("is_safety_critical", label=_("Safety-critical")),
                "updated_at",
            ],
            "list_filter": ["category", "is_safety_critical"],
            "search_fields": ["name", "text"],
        },
    )


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    chooser_viewset_class = CheckedSnippetChooserViewSet
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    menu_order = 10


class RubricViewSet(SnippetViewSet):
    model = Rubric
    chooser_viewset_class = CheckedSnippetChooserViewSet
    icon = "table"
    menu_label = _("Rubrics")
    menu_order = 100


class QuestionBankGroup(SnippetViewSetGroup):
    menu_label = _("Question bank")
    menu_icon = "help"
    menu_order = 260
    items = (
        QuestionCategoryViewSet,
        _question_viewset(SingleChoiceQuestion, _("Single choice"), 20),
        _question_viewset(MultipleResponseQuestion, _("Multiple response"), 21),
        _question_viewset(TrueFalseQuestion, _("True or false"), 22),
        _question_viewset(MatchingQuestion, _("Matching"), 23),
        _question_viewset(OrderingQuestion, _("Ordering"), 24),
        _question_viewset(ShortAnswerQuestion, _("Short answer"), 25),
        _question_viewset(NumericQuestion, _("Numeric"), 26),
        _question_viewset(EssayQuestion, _("Essay"), 27),
        RubricViewSet,
    )


@hooks.register("register_admin_viewset")
def register_question_bank():
    return QuestionBankGroup()


@hooks.register("register_admin_urls")
def question_import_urls():
    return [
        path(
            "question-bank/import/",
            ImportQuestionsView.as_view(),
            name="assessments_import_questions",
        )
    ]


class _ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("assessments.add_question")


@hooks.register("register_admin_menu_item")
def question_import_menu_item():
    return _ImportMenuItem(
        _("Import questions"),
        reverse("assessments_import_questions"),
        icon_name="upload",
        order=261,
    )


# --- authoring checks: warn, never refuse ------------------------------------------


def _warn(request, warnings, prefix=""):
    for warning in warnings:
        messages.warning(request, f"{prefix}{warning}")


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_quiz_or_scenario(request, page):
    _warn(request, authoring_warnings(page))


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_about_quizzes_using_question(request, instance):
    if isinstance(instance, Question):
        for quiz, warnings in question_quiz_warnings(question=instance):
            _warn(request, warnings, prefix=_("Quiz “%s”: ") % quiz.title)
