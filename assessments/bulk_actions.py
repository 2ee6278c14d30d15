"""Bulk actions on the question bank's listings: move to a category, add tags.

Wagtail's own bulk-action views, so each selected question is checked against the
person's collection permissions (``check_perm``): another organisation's question,
named by a hand-made request, is listed as one they may not change and left alone.
Deleting is Wagtail's own action, refused for questions a quiz asks
(``refuse_deleting_questions_in_use`` in wagtail_hooks.py).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin import widgets
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from .models import QUESTION_TYPES, Question, QuestionCategory
from .permissions import question_bank_visible
from .services import questions_move_category, questions_tag


class QuestionBulkAction(SnippetBulkAction):
    """A change to several questions, each needing "change" on its collection."""

    models = [Question, *QUESTION_TYPES.values()]

    def check_perm(self, question):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", question
        )


class MoveCategoryForm(forms.Form):
    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"] = forms.ModelChoiceField(
            label=_("New category"),
            queryset=question_bank_visible(user, QuestionCategory.objects.all()),
        )


class MoveCategoryBulkAction(QuestionBulkAction):
    display_name = _("Move to category")
    action_type = "move_category"
    aria_label = _("Move the selected questions to another category")
    template_name = "assessments/admin/bulk_move_category.html"
    action_priority = 20
    form_class = MoveCategoryForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_execution_context(self):
        return {"category": self.cleaned_form.cleaned_data["category"]}

    @classmethod
    def execute_action(cls, objects, category=None, **kwargs):
        if category is None:
            return 0, 0
        return questions_move_category(questions=objects, category=category), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        category = self.cleaned_form.cleaned_data["category"]
        return ngettext(
            "%(count)d question moved to “%(category)s”.",
            "%(count)d questions moved to “%(category)s”.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "category": category}


class TagForm(forms.Form):
    tags = forms.CharField(
        label=_("Tags to add"),
        widget=widgets.AdminTagWidget,
        help_text=_("Separate tags with commas. Tags the questions have stay."),
    )


class AddTagsBulkAction(QuestionBulkAction):
    display_name = _("Tag")
    action_type = "add_tags"
    aria_label = _("Add tags to the selected questions")
    template_name = "assessments/admin/bulk_add_tags.html"
    action_priority = 25
    form_class = TagForm

    def get_execution_context(self):
        return {"tags": self.cleaned_form.cleaned_data["tags"].split(",")}

    @classmethod
    def execute_action(cls, objects, tags=None, **kwargs):
        return questions_tag(questions=objects, tags=tags or []), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "Tags added to %(count)d question.",
            "Tags added to %(count)d questions.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
