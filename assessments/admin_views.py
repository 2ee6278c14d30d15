"""The question bank's import page in the Wagtail admin.

Wired in ``wagtail_hooks.py`` at ``/admin/question-bank/import/``, named
``assessments_import_questions``.
"""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.defaults import permission_denied
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .importers import MAX_UPLOAD_BYTES, UnreadableFile, decode_upload
from .importers.service import (
    CATEGORY_NAME_LENGTH,
    Duplicates,
    ImportFailed,
    questions_import_text,
)
from .models import QUESTION_TYPES, Question
from .permissions import question_bank_collections, question_bank_visible


def may_import(user) -> bool:
    """Imported questions join the shared question bank (the root collection), so
    importing is for those who may add questions there: curriculum editors."""
    return question_bank_collections(user, Question, "add").filter(depth=1).exists()


class ImportQuestionsForm(forms.Form):
    """A GIFT or Moodle XML file to check, or to import."""

    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "A Moodle GIFT (.txt) or Moodle XML (.xml) file of up to 2 MB, "
            "saved as UTF-8."
        ),
    )
    file_format = forms.ChoiceField(
        label=_("Format"),
        choices=[("gift", _("Moodle GIFT")), ("xml", _("Moodle XML"))],
        initial="gift",
        widget=forms.RadioSelect,
    )
    category = forms.CharField(
        label=_("Category"),
        max_length=CATEGORY_NAME_LENGTH,
        required=False,
        help_text=_(
            "Put every question in this category. Leave it blank to use the "
            "categories the file names, or “Imported questions” if it names none."
        ),
    )
    duplicates = forms.ChoiceField(
        label=_("Questions already in the bank"),
        choices=[
            (Duplicates.SKIP, _("Skip them: keep the bank's as they are")),
            (
                Duplicates.UPDATE,
                _(
                    "Update them: the file's names, text, feedback and marks replace "
                    "the bank's"
                ),
            ),
        ],
        initial=Duplicates.SKIP,
        required=False,  # skipped unless updating is asked for
        widget=forms.RadioSelect,
        help_text=_(
            "A question is already in the bank when one you can see has the same "
            "kind, question text and answers. Importing the same file twice never "
            "adds it twice."
        ),
    )
    check_only = forms.BooleanField(
        label=_("Check only"),
        required=False,
        initial=True,
        help_text=_("Show what would be imported, without saving anything."),
    )

    def clean_file(self):
        """The upload, refused if too big, empty or not UTF-8; keeps its text."""
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("The file is %(size).1f MB; the most you can import at once is 2 MB.")
                % {"size": upload.size / (1024 * 1024)}
            )
        try:
            self.text = decode_upload(upload.read())
        except UnreadableFile as error:
            raise ValidationError(str(error)) from error
        return upload


def _answer_count(item: dict) -> int:
    if item["type"] == "matching":
        return len(item.get("pairs") or []) + len(item.get("distractors") or [])
    if item["type"] == "ordering":
        return len(item.get("items") or [])
    return len(item.get("answers") or [])


def _preview_row(item: dict, existing=None) -> dict:
    return {
        "name": item["name"],
        "type": capfirst(QUESTION_TYPES[item["type"]]._meta.verbose_name),
        "category": item["category"],
        "answers": _answer_count(item),
        "line": item.get("line"),
        "existing": existing,
        "existing_url": _edit_url(existing),
    }


def _edit_url(question) -> str:
    if question is None:
        return ""
    viewset = type(question).snippet_viewset
    return reverse(viewset.get_url_name("edit"), args=[question.pk])


class ImportQuestionsView(WagtailAdminTemplateMixin, FormView):
    """Upload a GIFT or Moodle XML file: check it first, then import it."""

    template_name = "assessments/admin/import_questions.html"
    form_class = ImportQuestionsForm
    page_title = _("Import questions")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        """Only people who may add questions to the shared question bank (or
        superusers) can import them."""
        if not may_import(request.user):
            # A real 403: Wagtail's admin would turn PermissionDenied into a
            # redirect to the dashboard.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def form_valid(self, form):
        """Check the file and show a preview, or import it and say how many."""
        data = form.cleaned_data
        check_only = data["check_only"]
        try:
            outcome = questions_import_text(
                text=form.text,
                file_format=data["file_format"],
                category_name=data["category"] or None,
                dry_run=check_only,
                existing=question_bank_visible(
                    self.request.user, Question.objects.all()
                ),
                duplicates=data["duplicates"] or Duplicates.SKIP,
            )
        except ImportFailed as failure:
            return self.render_to_response(
                self.get_context_data(form=form, problems=failure.problems)
            )
        if check_only:
            # The next upload imports: keep the choices, untick "check only".
            next_form = self.form_class(
                initial={
                    "file_format": data["file_format"],
                    "category": data["category"],
                    "duplicates": data["duplicates"],
                    "check_only": False,
                }
            )
            preview = [
                _preview_row(item, outcome.existing.get(position))
                for position, item in enumerate(outcome.questions)
            ]
            return self.render_to_response(
                self.get_context_data(
                    form=next_form,
                    preview=preview,
                    already=len(outcome.existing),
                    notes=outcome.notes,
                )
            )
        messages.success(self.request, _import_message(outcome))
        for note in outcome.notes:
            messages.warning(self.request, str(note))
        return redirect(self.request.path)


def _import_message(outcome) -> str:
    """What the import did, in one sentence a trainer can check against the file."""
    parts = [
        ngettext(
            "Imported %(count)d question.",
            "Imported %(count)d questions.",
            outcome.created,
        )
        % {"count": outcome.created}
    ]
    if outcome.skipped:
        parts.append(
            ngettext(
                "%(count)d more was already in the bank and is left as it was.",
                "%(count)d more were already in the bank and are left as they were.",
                outcome.skipped,
            )
            % {"count": outcome.skipped}
        )
    if outcome.updated:
        parts.append(
            ngettext(
                "%(count)d more, already in the bank, was updated from the file.",
                "%(count)d more, already in the bank, were updated from the file.",
                outcome.updated,
            )
            % {"count": outcome.updated}
        )
    return " ".join(parts)
