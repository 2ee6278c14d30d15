"""The "Question bank" admin menu: a viewset per question type, categories, rubrics."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from alongside.choosers import CheckedChooserMixin, CheckedSnippetChooserViewSet

from .admin_views import ImportQuestionsView, may_import
from .bank import (
    QuestionBankFilterSet,
    QuestionBankIndexView,
    question_kind_choice_view,
    real_kind_redirect_view,
)
from .bulk_actions import AddTagsBulkAction, MoveCategoryBulkAction
from .models import QUESTION_TYPES, Question, QuestionCategory, Rubric
from .permissions import (
    question_bank_collections,
    question_bank_policies_register,
    question_bank_visible,
)
from .services import authoring_warnings, question_quiz_warnings, questions_in_use

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
            if "rubric" in form.fields:  # an essay's rubric: theirs or the shared
                form.fields["rubric"].queryset = question_bank_visible(
                    user, form.fields["rubric"].queryset
                )
            return form

    LimitedFormView.__name__ = f"Limited{base.__name__}"
    return LimitedFormView


class QuestionBankViewSet(CollectionScopedSnippetViewSet):
    """Every kind of question in one listing (assessments/bank.py); the rows link to
    each kind's own views, and the base model's own forms redirect there too."""

    model = Question
    icon = "help"
    menu_label = _("All questions")
    menu_order = 1
    index_view_class = QuestionBankIndexView
    filterset_class = QuestionBankFilterSet
    copy_view_enabled = False
    inspect_view_enabled = False

    def get_urlpatterns(self):
        patterns = []
        for pattern in super().get_urlpatterns():
            if pattern.name == "add":
                pattern.callback = question_kind_choice_view
            elif pattern.name not in ("list", "list_results"):
                pattern.callback = real_kind_redirect_view(pattern.name)
            patterns.append(pattern)
        return patterns


def _question_viewset(question_model, label, order):
    return type(
        f"{question_model.__name__}ViewSet",
        (CollectionScopedSnippetViewSet,),
        {
            "in_bank_menu": False,
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
        QuestionBankViewSet,
        QuestionCategoryViewSet,
        # One listing and set of forms per kind, in the kinds' own order.
        *(
            _question_viewset(model, capfirst(model._meta.verbose_name_plural), order)
            for order, model in enumerate(QUESTION_TYPES.values(), start=20)
        ),
        RubricViewSet,
    )

    def get_submenu_items(self):
        # One "Question bank" listing for every kind; each kind's own listing and
        # forms stay (the listing's links lead to them), out of the menu.
        shown = [r for r in self.registerables if getattr(r, "in_bank_menu", True)]
        return [r.get_menu_item(order=i) for i, r in enumerate(shown, start=1)]


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


# --- the question bank's bulk actions, and deleting only what no quiz asks -----------


hooks.register("register_bulk_action", MoveCategoryBulkAction)
hooks.register("register_bulk_action", AddTagsBulkAction)


@hooks.register("before_delete_snippet")
def refuse_deleting_questions_in_use(request, instances):
    """A question a quiz asks is not deleted (nor would the database let it be):
    say which quizzes, so the trainer can take it out of them first."""
    questions = [item for item in instances if isinstance(item, Question)]
    in_use = questions_in_use(questions)
    if not in_use:
        return None
    for question, quizzes in in_use.items():
        messages.error(
            request,
            _("“%(question)s” is not deleted: it is asked in %(quizzes)s.")
            % {
                "question": question,
                "quizzes": ", ".join(f"“{quiz.title}”" for quiz in quizzes),
            },
        )
    back = request.GET.get("next") or request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    return redirect(back or reverse("wagtailsnippets_assessments_question:list"))
