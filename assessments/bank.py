"""The "Question bank" listing: every kind of question in one Wagtail listing.

A snippet viewset on the polymorphic ``Question`` base, so the listing, its filters,
its search and its bulk actions are Wagtail's own. Each row is the real kind of
question (django-polymorphic), so its links go to that kind's own edit views; the
base model's own forms are never shown. Collection permissions
(assessments/permissions.py) decide what a person sees and may change.
"""

import django_filters
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.snippets.views.snippets import IndexView

from .models import QUESTION_TYPES, Question, QuestionCategory
from .permissions import question_bank_visible
from .selectors import question_quiz_usage


def _kind_choices():
    models = list(QUESTION_TYPES.values())
    types = ContentType.objects.get_for_models(*models)
    return [
        (str(types[model].pk), str(model._meta.verbose_name).capitalize())
        for model in models
    ]


def _visible_categories(request):
    if request is None:
        return QuestionCategory.objects.none()
    return question_bank_visible(request.user, QuestionCategory.objects.all())


def _question_tags(request):
    if request is None:
        return Tag.objects.none()
    questions = question_bank_visible(request.user, Question.objects.all())
    return (
        Tag.objects.filter(
            assessments_taggedquestion_items__content_object__in=questions.values("pk")
        )
        .distinct()
        .order_by("name")
    )


class QuestionBankFilterSet(WagtailFilterSet):
    """Kind, category, tag and safety-critical: what a trainer narrows a bank by."""

    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        field_name="polymorphic_ctype_id",
        choices=_kind_choices,
        empty_label=_("Any kind"),
    )
    category = django_filters.ModelChoiceFilter(
        label=_("Category"), queryset=_visible_categories, empty_label=_("Any category")
    )
    tag = django_filters.ModelChoiceFilter(
        label=_("Tag"),
        field_name="tags",
        queryset=_question_tags,
        empty_label=_("Any tag"),
    )
    is_safety_critical = django_filters.BooleanFilter(
        label=_("Safety-critical"),
        widget=forms.RadioSelect(
            choices=[("", _("Any")), ("true", _("Yes")), ("false", _("No"))]
        ),
    )

    class Meta:
        model = Question
        fields = []


def _used_in(question) -> list:
    return getattr(question, "used_in", [])


class UsedInColumn(Column):
    """The quizzes that ask a question, each linked to its editor."""

    cell_template_name = "assessments/admin/used_in_cell.html"


class QuestionBankIndexView(IndexView):
    """The listing: each row links to its own kind's views."""

    page_title = _("Question bank")
    # The same search on SQLite and PostgreSQL, with every filter: the database's
    # own "contains" over name and text rather than the search index.
    search_backend_name = None
    search_fields = ["name", "text"]

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("category", "polymorphic_ctype")
            .prefetch_related("tags")
        )

    def get_add_url(self):
        # A question is added as one kind: "Add" first asks which.
        if question_kinds_addable(self.request.user):
            return reverse("wagtailsnippets_assessments_question:add")
        return None

    def get_table(self, object_list):
        questions = list(object_list)
        usage = question_quiz_usage(question.pk for question in questions)
        for question in questions:
            question.used_in = usage.get(question.pk, [])
        return super().get_table(questions)

    def _kind_url(self, instance, view_name):
        viewset = getattr(type(instance), "snippet_viewset", None)
        if viewset is None or type(instance) is Question:
            return None
        return reverse(viewset.get_url_name(view_name), args=(instance.pk,))

    def get_edit_url(self, instance):
        if self.user_has_permission("change"):
            return self._kind_url(instance, "edit")

    def get_copy_url(self, instance):
        if self.user_has_permission("add"):
            return self._kind_url(instance, "copy")

    def get_delete_url(self, instance):
        if self.user_has_permission("delete"):
            return self._kind_url(instance, "delete")

    def get_inspect_url(self, instance):
        return None

    def get_history_url(self, instance):
        return None

    def get_usage_url(self, instance):
        return None

    @cached_property
    def columns(self):
        columns = super().columns
        return [
            *columns[:2],  # the bulk actions' checkbox and the name
            Column(
                "kind",
                label=_("Kind"),
                accessor=lambda q: str(q._meta.verbose_name).capitalize(),
            ),
            Column("category", label=_("Category"), sort_key="category__name"),
            Column(
                "tags",
                label=_("Tags"),
                accessor=lambda q: ", ".join(sorted(t.name for t in q.tags.all())),
            ),
            BooleanColumn("is_safety_critical", label=_("Safety-critical")),
            UsedInColumn("used_in", label=_("Used in"), accessor=_used_in),
            DateColumn("updated_at", label=_("Updated"), sort_key="updated_at"),
        ]


def real_kind_redirect_view(view_name):
    """A view of the base model that sends the person to the question's own kind."""

    def view(request, pk=None, *args, **kwargs):
        if pk is None:
            return redirect("wagtailsnippets_assessments_question:list")
        try:
            question = question_bank_visible(
                request.user, Question.objects.filter(pk=pk)
            ).first()
        except (ValueError, TypeError, OverflowError) as error:
            raise Http404 from error
        if question is None:
            raise Http404
        viewset = type(question).snippet_viewset
        try:
            target = reverse(viewset.get_url_name(view_name), args=(question.pk,))
        except Exception as error:  # that kind has no such view
            raise Http404 from error
        return redirect(target)

    return view


def question_kinds_addable(user) -> list[tuple[str, str]]:
    """(label, add URL) of each kind of question this person may add, in menu order."""
    kinds = []
    for model in QUESTION_TYPES.values():
        viewset = getattr(model, "snippet_viewset", None)
        if viewset is None or not viewset.permission_policy.user_has_permission(
            user, "add"
        ):
            continue
        label = str(model._meta.verbose_name)
        kinds.append(
            (label[:1].upper() + label[1:], reverse(viewset.get_url_name("add")))
        )
    return kinds


def question_kind_choice_view(request, *args, **kwargs):
    """The bank's "Add": which kind of question, each leading to its own add form."""
    kinds = question_kinds_addable(request.user)
    if not kinds:
        return permission_denied(request)
    return TemplateResponse(
        request,
        "assessments/admin/question_kind_choice.html",
        {
            "kinds": kinds,
            "bank_url": reverse("wagtailsnippets_assessments_question:list"),
        },
    )
