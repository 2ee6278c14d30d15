"""The "Question bank" admin menu: a viewset per question type, categories, rubrics."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from alongside.choosers import CheckedChooserMixin, CheckedSnippetChooserViewSet

from .admin_views import ImportQuestionsView, may_import
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
from .permissions import (
    question_bank_collections,
    question_bank_policies_register,
    question_bank_visible,
)
from .services import authoring_warnings, question_quiz_warnings

question_bank_policies_register()


class QuestionChooserViewSet(CheckedChooserMixin, ChooserViewSet):
    """Pick a question from the bank (used by quizzes): the shared curriculum's or
    your organisation's, as the question listings show."""

    model = Question
    icon = "help"
    choose_one_text = _("Choose a question")
    choose_another_text = _("Choose another question")
    url_filter_parameters = ["category"]

    def chooser_scope(self, request, queryset):
        return question_bank_visible(request.user, queryset)


question_chooser_viewset = QuestionChooserViewSet("question_chooser")


@hooks.register("register_admin_viewset")
def register_question_chooser():
    return question_chooser_viewset


class CollectionScopedSnippetViewSet(SnippetViewSet):
    """A question-bank listing, its objects and its forms, limited by Wagtail's
    collection permissions (assessments/permissions.py): another organisation's
    item is not found, and only collections one may add to are offered."""

    chooser_viewset_class = CheckedSnippetChooserViewSet

    @property
    def chooser_viewset(self):
        chooser = super().chooser_viewset
        chooser.chooser_scope = self.visible
        return chooser

    def visible(self, request, queryset):
        return question_bank_visible(request.user, queryset)

    def get_queryset(self, request):
        return self.visible(request, self.model._default_manager.all())

    def construct_view(self, view_class, **kwargs):
        if view_class is not self.index_view_class and hasattr(
            view_class, "get_object"
        ):
            view_class = _scoped_object_view(self, view_class)
        if hasattr(view_class, "get_form"):
            view_class = _limited_form_view(view_class)
        return super().construct_view(view_class, **kwargs)


def _scoped_object_view(viewset, base):
    class ScopedObjectView(base):
        def get_object(self, *args, **kwargs):
            try:
                obj = super().get_object(*args, **kwargs)
            except (ValueError, TypeError, OverflowError, ValidationError) as error:
                # An id that could not be one is not found, never a 500.
                raise Http404 from error
            if obj is None:  # a create view has no object yet
                return obj
            # Editing or deleting needs that permission on the object's collection;
            # anything else (history, usage, copying) needs any permission there.
            action = getattr(self, "permission_required", None)
            if action in ("change", "delete"):
                collections = question_bank_collections(
                    self.request.user, viewset.model, action
                )
                allowed = collections.filter(pk=obj.collection_id).exists()
            else:
                allowed = viewset.visible(
                    self.request, viewset.model._default_manager.filter(pk=obj.pk)
                ).exists()
            if not allowed:
                raise Http404
            return obj

    ScopedObjectView.__name__ = f"Scoped{base.__name__}"
    return ScopedObjectView


def _limited_form_view(base):
    class LimitedFormView(base):
        def get_form(self, *args, **kwargs):
            form = super().get_form(*args, **kwargs)
            user = self.request.user
            if "collection" in form.fields:
                is_new = getattr(self, "permission_required", None) == "add"
                action = "add" if is_new else "change"
                form.fields["collection"].queryset = question_bank_collections(
                    user, self.model, action
                )
            if "category" in form.fields:
                form.fields["category"].queryset = question_bank_visible(
                    user, QuestionCategory.objects.all()
                )
            return form

    LimitedFormView.__name__ = f"Limited{base.__name__}"
    return LimitedFormView


def _question_viewset(question_model, label, order):
    return type(
        f"{question_model.__name__}ViewSet",
        (CollectionScopedSnippetViewSet,),
        {
            "model": question_model,
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


class QuestionCategoryViewSet(CollectionScopedSnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    menu_order = 10


class RubricViewSet(CollectionScopedSnippetViewSet):
    model = Rubric
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
        return may_import(request.user)


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
