"""The question bank: one polymorphic base and one subtype per kind of question.

Every subtype answers the same small interface, so views never ask what kind a
question is:

- ``freeze(rng)``: the learner's fixed option order, chosen when an attempt starts;
- ``learner_context(frozen, response)``: what the learner sees (never the answer);
- ``parse_response(data, prefix, frozen)``: the learner's answer from a form;
- ``grade(response, frozen) -> Score``: marking, on the server only;
- ``review_context(frozen, response)``: feedback and the right answer, after marking;
- ``to_dict()`` / ``fields_from_dict(data)``: the interchange form used by imports."""

import html
import random
import re
import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from polymorphic.models import PolymorphicModel
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Collection, PreviewableMixin, get_root_collection_id
from wagtail.search import index

from courses.blocks import RICH_TEXT_FEATURES

FULL_MARKS = 0.9999


def collection_field() -> models.ForeignKey:
    """Where an item of the question bank lives: the root collection is the shared
    curriculum, and each organisation has its own (assessments/permissions.py)."""
    return models.ForeignKey(
        Collection,
        on_delete=models.PROTECT,
        default=get_root_collection_id,
        related_name="+",
        verbose_name=_("collection"),
        help_text=_("Who may edit it: the shared curriculum or your organisation."),
    )


@dataclass
class Score:
    """The result of marking one answer."""

    fraction: float = 0.0
    pending: bool = False
    feedback: list[str] = field(default_factory=list)

    @property
    def is_correct(self) -> bool:
        return not self.pending and self.fraction >= FULL_MARKS

    def as_dict(self) -> dict:
        return {
            "fraction": round(self.fraction, 5),
            "pending": self.pending,
            "feedback": self.feedback,
        }


class QuestionCategory(models.Model):
    """A folder in the question bank; quizzes can draw questions from it at random."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    collection = collection_field()

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("collection")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")

    def __str__(self) -> str:
        return self.name


class TaggedQuestion(TaggedItemBase):
    """A tag on a question."""

    content_object = models.ForeignKey(
        "assessments.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


def _stream_items(stream) -> list[tuple[str, Any]]:
    """(block id, value) pairs of a StreamField, in order."""
    return [(child.id, child.value) for child in stream]


def _option_feedback(value) -> str:
    return (value.get("feedback") or "").strip()


class Question(PreviewableMixin, index.Indexed, PolymorphicModel):
    """A question in the bank. Subtypes add their answers and marking."""

    kind: ClassVar[str] = ""
    learner_template: ClassVar[str] = ""
    shuffles: ClassVar[bool] = False
    # A trainer marks the answer (the attempt waits for them); the others are marked
    # by grade() on the spot.
    marked_by_hand: ClassVar[bool] = False
    # Where the kind comes in lists of kinds (the question bank's menus), lowest first.
    menu_order: ClassVar[int] = 100

    name = models.CharField(
        _("name"), max_length=255, help_text=_("A short title trainers recognise.")
    )
    category = models.ForeignKey(
        QuestionCategory,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("category"),
    )
    text = RichTextField(_("question"), features=RICH_TEXT_FEATURES)
    general_feedback = RichTextField(
        _("general feedback"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after marking, whatever the answer."),
    )
    is_safety_critical = models.BooleanField(
        _("safety-critical"),
        default=False,
        help_text=_("Answering this wrongly fails the attempt, whatever the total."),
    )
    teaches = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lesson that teaches it"),
        help_text=_("Where to send a learner who gets it wrong."),
    )
    default_mark = models.FloatField(_("marks"), default=1.0)
    collection = collection_field()
    tags = TaggableManager(through=TaggedQuestion, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    common_panels: ClassVar[list] = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("default_mark")]),
        FieldPanel("text"),
        FieldPanel("collection"),
    ]
    settings_panels: ClassVar[list] = [
        FieldPanel("general_feedback"),
        MultiFieldPanel(
            [
                FieldPanel("is_safety_critical"),
                FieldPanel("teaches"),
                FieldPanel("tags"),
            ],
            heading=_("Safety and tags"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("text"),
        index.AutocompleteField("name"),
        index.AutocompleteField("text"),
        # Every filter the admin's listings put on a search must be indexed, or the
        # search backend refuses it (a 500): the collection filter is how an editor
        # sees only their organisation's questions (assessments/permissions.py).
        index.FilterField("category_id"),
        index.FilterField("collection_id"),
        index.FilterField("is_safety_critical"),
        index.FilterField("polymorphic_ctype_id"),
        index.FilterField("updated_at"),
    ]

    class Meta:
        ordering = ["category__name", "name"]
        verbose_name = _("question")

    def __str__(self) -> str:
        return self.name

    # --- the interface -------------------------------------------------------

    def freeze(self, rng: random.Random, *, shuffle: bool = True) -> dict:
        """The fixed presentation for one attempt (option order and the like)."""
        return {}

    def learner_context(self, frozen: dict, response: Any) -> dict:
        """Everything the learner's form needs, and nothing that gives the answer."""
        return {}

    def parse_response(self, data, prefix: str, frozen: dict) -> Any:
        """The learner's answer from submitted form data (None when unanswered)."""
        raise TypeError(f"{type(self).__name__} must define parse_response()")

    def grade(self, response: Any, frozen: dict) -> Score:
        """Mark an answer on the server."""
        raise TypeError(f"{type(self).__name__} must define grade()")

    # The most characters a typed answer may hold: longer ones are refused with a
    # message, never cut short (None: the answer is not typed).
    response_limit: ClassVar[int | None] = None

    def response_too_long(self, response: Any) -> bool:
        """Whether a typed answer is over this question's limit."""
        return (
            self.response_limit is not None
            and isinstance(response, str)
            and len(response) > self.response_limit
        )

    def submit_warning(self, response: Any) -> str:
        """Why the learner may want another look before submitting (or "")."""
        return "" if response is not None else gettext("Not answered yet.")

    def review_context(self, frozen: dict, response: Any) -> dict:
        """Right answers, for feedback after marking."""
        return {}

    def offline_choice(self) -> tuple[list[str], int] | None:
        """The options and the index of the one right option, for a package that
        marks answers with no server (a SCORM export); None when this kind cannot be
        marked that way."""
        return None

    def to_dict(self) -> dict:
        """The interchange form (as printed by `import_questions --dry-run --json`)."""
        return {
            "name": self.name,
            "type": self.kind,
            "text": self.text,
            "general_feedback": self.general_feedback,
        }

    @classmethod
    def fields_from_dict(cls, data: dict) -> dict:
        """Model field values for the subtype from the interchange form."""
        return {}

    @classmethod
    def import_problems(cls, item: dict) -> list[str]:
        """What is wrong with this kind's own part of an interchange item (its
        answers, pairs or items); the importer checks the name, text, category,
        tags and mark of every kind itself. [] when nothing is wrong."""
        raise TypeError(f"{cls.__name__} must define import_problems()")

    def sample_form_data(
        self, frozen: dict, prefix: str, *, right: bool = True
    ) -> dict[str, list[str]]:
        """Form data answering wholly right (or wholly wrong), as a browser sends it
        (each field a list of values): for the demo's trainees and the tests."""
        raise TypeError(f"{type(self).__name__} must define sample_form_data()")

    def response_text(self, frozen: dict, response: Any) -> str:
        """An answer in plain words, as the learner saw it, for a trainer reading the
        answers (the trainee's page, the answers CSV). Called with an answer."""
        raise TypeError(f"{type(self).__name__} must define response_text()")

    # --- preview in the admin -------------------------------------------------

    def get_preview_template(self, request, mode_name):
        return "assessments/question_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        frozen = self.freeze(random.Random(0))  # noqa: S311 - preview only
        context.update(
            question=self,
            frozen=frozen,
            field=self.learner_context(frozen, None),
            prefix="preview",
        )
        return context

    @property
    def plain_text(self) -> str:
        # Blocks end in a space, so paragraphs do not run together; unescaped,
        # because templates escape it again ("parent's", not "parent&#x27;s").
        spaced = re.sub(r"<br\s*/?>|</(?:p|li|h[1-6])>", " ", self.text or "")
        return " ".join(html.unescape(strip_tags(spaced)).split())


def _new_id() -> str:
    return str(uuid.uuid4())


def _stream_json(block_type: str, values: list) -> list[dict]:
    return [{"type": block_type, "value": v, "id": _new_id()} for v in values]
