"""The question bank: one polymorphic base and one subtype per kind of question.

Every subtype answers the same small interface, so views never ask what kind a
question is:

- ``freeze(rng)``: the learner's fixed option order, chosen when an attempt starts;
- ``learner_context(frozen, response)``: what the learner sees (never the answer);
- ``parse_response(data, prefix, frozen)``: the learner's answer from a form;
- ``grade(response, frozen) -> Score``: marking, on the server only;
- ``review_context(frozen, response)``: feedback and the right answer, after marking;
- ``to_dict()`` / ``fields_from_dict(data)``: the interchange form used by imports.
"""

import html
import math
import random
import re
import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from polymorphic.models import PolymorphicModel
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Collection, PreviewableMixin, get_root_collection_id
from wagtail.search import index

from alongside.numbers import whole_number
from courses.blocks import RICH_TEXT_FEATURES

from ..blocks import (
    AcceptedAnswerBlock,
    ItemBlock,
    NumericAnswerBlock,
    NumericRangeBlock,
    OptionBlock,
    OtherNumberBlock,
    PairBlock,
)

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


class _OptionQuestion(Question):
    """Shared behaviour of single-choice, multiple-response and true/false."""

    shuffles = True

    class Meta:
        abstract = True

    def _options(self) -> dict[str, dict]:
        return dict(_stream_items(self.options))

    def freeze(self, rng, *, shuffle=True):
        order = [bid for bid, _v in _stream_items(self.options)]
        if shuffle and self.shuffles:
            rng.shuffle(order)
        return {"order": order}

    def learner_context(self, frozen, response):
        options = self._options()
        chosen = set(response or []) if isinstance(response, list) else {response}
        return {
            "options": [
                {"id": bid, "text": options[bid]["text"], "checked": bid in chosen}
                for bid in frozen.get("order", [])
                if bid in options
            ]
        }

    def review_context(self, frozen, response):
        options = self._options()
        chosen = set(response or []) if isinstance(response, list) else {response}
        return {
            "options": [
                {
                    "text": options[bid]["text"],
                    "chosen": bid in chosen,
                    "right": float(options[bid]["fraction"]) > 0,
                    "feedback": _option_feedback(options[bid]),
                }
                for bid in frozen.get("order", [])
                if bid in options
            ]
        }

    def to_dict(self):
        return {
            **super().to_dict(),
            "answers": [
                {
                    "text": v["text"],
                    "fraction": float(v["fraction"]),
                    "feedback": v.get("feedback") or "",
                }
                for _bid, v in _stream_items(self.options)
            ],
        }

    @classmethod
    def fields_from_dict(cls, data):
        return {
            "options": _stream_json(
                "option",
                [
                    {
                        "text": a["text"],
                        "fraction": float(a["fraction"]),
                        "feedback": a.get("feedback", ""),
                    }
                    for a in data.get("answers", [])
                ],
            )
        }


class SingleChoiceQuestion(_OptionQuestion):
    """Choose one option."""

    kind = "single_choice"
    learner_template = "assessments/questions/single_choice.html"

    options = StreamField([("option", OptionBlock())], verbose_name=_("options"))

    panels = [*Question.common_panels, FieldPanel("options"), *Question.settings_panels]

    class Meta:
        verbose_name = _("single-choice question")

    def parse_response(self, data, prefix, frozen):
        value = data.get(prefix, "")
        return value if value in frozen.get("order", []) else None

    def grade(self, response, frozen):
        option = self._options().get(response) if response else None
        if option is None:
            return Score(0.0, feedback=[])
        feedback = [_option_feedback(option)] if _option_feedback(option) else []
        return Score(max(0.0, float(option["fraction"])), feedback=feedback)


class MultipleResponseQuestion(_OptionQuestion):
    """Choose every option that applies; wrong choices can cost marks."""

    kind = "multiple_response"
    learner_template = "assessments/questions/multiple_response.html"

    options = StreamField([("option", OptionBlock())], verbose_name=_("options"))

    panels = [*Question.common_panels, FieldPanel("options"), *Question.settings_panels]

    class Meta:
        verbose_name = _("multiple-response question")

    def parse_response(self, data, prefix, frozen):
        allowed = set(frozen.get("order", []))
        chosen = [v for v in data.getlist(prefix) if v in allowed]
        return sorted(set(chosen)) or None

    def grade(self, response, frozen):
        options = self._options()
        chosen = [options[bid] for bid in response or [] if bid in options]
        total = sum(float(o["fraction"]) for o in chosen)
        feedback = [_option_feedback(o) for o in chosen if _option_feedback(o)]
        return Score(min(1.0, max(0.0, total)), feedback=feedback)


class TrueFalseQuestion(Question):
    """True or false."""

    kind = "true_false"
    learner_template = "assessments/questions/true_false.html"

    correct_answer = models.BooleanField(_("the statement is true"), default=True)
    feedback_true = models.TextField(_("feedback when answering true"), blank=True)
    feedback_false = models.TextField(_("feedback when answering false"), blank=True)

    panels = [
        *Question.common_panels,
        FieldPanel("correct_answer"),
        FieldRowPanel([FieldPanel("feedback_true"), FieldPanel("feedback_false")]),
        *Question.settings_panels,
    ]

    class Meta:
        verbose_name = _("true/false question")

    def freeze(self, rng, *, shuffle=True):
        return {"order": ["true", "false"]}

    def learner_context(self, frozen, response):
        return {
            "options": [
                {"id": "true", "text": _("True"), "checked": response == "true"},
                {"id": "false", "text": _("False"), "checked": response == "false"},
            ]
        }

    def parse_response(self, data, prefix, frozen):
        value = data.get(prefix, "")
        return value if value in ("true", "false") else None

    def grade(self, response, frozen):
        if response is None:
            return Score(0.0)
        said_true = response == "true"
        feedback = self.feedback_true if said_true else self.feedback_false
        right = said_true == self.correct_answer
        return Score(1.0 if right else 0.0, feedback=[feedback] if feedback else [])

    def review_context(self, frozen, response):
        return {
            "options": [
                {
                    "text": _("True"),
                    "chosen": response == "true",
                    "right": self.correct_answer,
                    "feedback": self.feedback_true,
                },
                {
                    "text": _("False"),
                    "chosen": response == "false",
                    "right": not self.correct_answer,
                    "feedback": self.feedback_false,
                },
            ]
        }

    def to_dict(self):
        return {
            **super().to_dict(),
            "answers": [
                {
                    "text": "True",
                    "fraction": 1.0 if self.correct_answer else 0.0,
                    "feedback": self.feedback_true,
                },
                {
                    "text": "False",
                    "fraction": 0.0 if self.correct_answer else 1.0,
                    "feedback": self.feedback_false,
                },
            ],
        }

    @classmethod
    def fields_from_dict(cls, data):
        answers = {a["text"].strip().lower(): a for a in data.get("answers", [])}
        true, false = answers.get("true", {}), answers.get("false", {})
        return {
            "correct_answer": float(true.get("fraction", 0)) >= FULL_MARKS,
            "feedback_true": true.get("feedback", ""),
            "feedback_false": false.get("feedback", ""),
        }


class MatchingQuestion(Question):
    """Match each prompt to its answer; extra answers can be distractors."""

    kind = "matching"
    learner_template = "assessments/questions/matching.html"
    shuffles = True

    pairs = StreamField([("pair", PairBlock())], verbose_name=_("pairs"))
    distractors = StreamField(
        [("distractor", ItemBlock())],
        blank=True,
        verbose_name=_("extra wrong answers"),
    )

    panels = [
        *Question.common_panels,
        FieldPanel("pairs"),
        FieldPanel("distractors"),
        *Question.settings_panels,
    ]

    class Meta:
        verbose_name = _("matching question")

    def _answers(self) -> list[str]:
        answers = [v["answer"] for _b, v in _stream_items(self.pairs)]
        answers += [str(v) for _b, v in _stream_items(self.distractors)]
        return list(dict.fromkeys(answers))  # one entry per distinct answer

    def freeze(self, rng, *, shuffle=True):
        prompts = [bid for bid, _v in _stream_items(self.pairs)]
        answers = self._answers()
        if shuffle:
            rng.shuffle(prompts)
        # Always: unshuffled, the answers would follow the prompts one for one.
        rng.shuffle(answers)
        return {"prompts": prompts, "answers": answers}

    def learner_context(self, frozen, response):
        pairs = dict(_stream_items(self.pairs))
        response = response or {}
        return {
            "prompts": [
                {
                    "id": bid,
                    "text": pairs[bid]["prompt"],
                    "choice": response.get(bid),
                }
                for bid in frozen.get("prompts", [])
                if bid in pairs
            ],
            "answers": list(enumerate(frozen.get("answers", []))),
        }

    def parse_response(self, data, prefix, frozen):
        answers = frozen.get("answers", [])
        chosen = {}
        for bid in frozen.get("prompts", []):
            answer = whole_number(data.get(f"{prefix}-{bid}"), maximum=len(answers) - 1)
            if answer is not None:
                chosen[bid] = answer
        return chosen or None

    def grade(self, response, frozen):
        pairs = dict(_stream_items(self.pairs))
        answers = frozen.get("answers", [])
        if not pairs:
            return Score(0.0)
        right = sum(
            1
            for bid, index in (response or {}).items()
            if bid in pairs
            and 0 <= index < len(answers)
            and answers[index] == pairs[bid]["answer"]
        )
        return Score(right / len(pairs))

    def review_context(self, frozen, response):
        pairs = dict(_stream_items(self.pairs))
        answers = frozen.get("answers", [])
        response = response or {}
        rows = []
        for bid in frozen.get("prompts", []):
            if bid not in pairs:
                continue
            index = response.get(bid)
            given = answers[index] if index is not None and index < len(answers) else ""
            rows.append(
                {
                    "prompt": pairs[bid]["prompt"],
                    "given": given,
                    "answer": pairs[bid]["answer"],
                    "right": given == pairs[bid]["answer"],
                }
            )
        return {"pairs": rows}

    def to_dict(self):
        return {
            **super().to_dict(),
            "pairs": [
                {"prompt": v["prompt"], "answer": v["answer"]}
                for _b, v in _stream_items(self.pairs)
            ],
            "distractors": [str(v) for _b, v in _stream_items(self.distractors)],
        }

    @classmethod
    def fields_from_dict(cls, data):
        return {
            "pairs": _stream_json(
                "pair",
                [
                    {"prompt": p["prompt"], "answer": p["answer"]}
                    for p in data.get("pairs", [])
                ],
            ),
            "distractors": _stream_json(
                "distractor", list(data.get("distractors", []))
            ),
        }


class OrderingQuestion(Question):
    """Put the items in the right order."""

    kind = "ordering"
    learner_template = "assessments/questions/ordering.html"
    shuffles = True

    items = StreamField(
        [("item", ItemBlock())],
        verbose_name=_("items, in the right order"),
    )

    panels = [*Question.common_panels, FieldPanel("items"), *Question.settings_panels]

    class Meta:
        verbose_name = _("ordering question")

    def freeze(self, rng, *, shuffle=True):
        # Always shuffled, whatever the quiz says: the authored order is the answer.
        # A fair shuffle, which sometimes shows the right order: never showing it
        # would give the answer away (with two items, always the reverse).
        order = [bid for bid, _v in _stream_items(self.items)]
        rng.shuffle(order)
        return {"order": order}

    def learner_context(self, frozen, response):
        items = dict(_stream_items(self.items))
        response = response or {}
        count = len(frozen.get("order", []))
        return {
            "items": [
                {"id": bid, "text": str(items[bid]), "position": response.get(bid)}
                for bid in frozen.get("order", [])
                if bid in items
            ],
            "positions": list(range(1, count + 1)),
        }

    def parse_response(self, data, prefix, frozen):
        count = len(frozen.get("order", []))
        chosen = {}
        for bid in frozen.get("order", []):
            position = whole_number(data.get(f"{prefix}-{bid}"), maximum=count)
            if position:  # 1…count
                chosen[bid] = position
        return chosen or None

    def grade(self, response, frozen):
        correct = [bid for bid, _v in _stream_items(self.items)]
        if not correct:
            return Score(0.0)
        response = response or {}
        right = sum(
            1 for index, bid in enumerate(correct) if response.get(bid) == index + 1
        )
        return Score(right / len(correct))

    def review_context(self, frozen, response):
        response = response or {}
        return {
            "items": [
                {
                    "text": str(v),
                    "position": index + 1,
                    "given": response.get(bid),
                    "right": response.get(bid) == index + 1,
                }
                for index, (bid, v) in enumerate(_stream_items(self.items))
            ]
        }

    def to_dict(self):
        items = [str(v) for _b, v in _stream_items(self.items)]
        return {
            **super().to_dict(),
            "items": items,
            # The same, in the shape every other kind uses: the right order, each
            # item worth its share of the marks.
            "answers": [{"text": t, "fraction": 1.0, "feedback": ""} for t in items],
        }

    @classmethod
    def fields_from_dict(cls, data):
        items = data.get("items")
        if items is None:
            items = [answer["text"] for answer in data.get("answers", [])]
        return {"items": _stream_json("item", list(items))}


def _wildcard_match(pattern: str, answer: str, *, case_sensitive: bool) -> bool:
    pattern, answer = pattern.strip(), answer.strip()
    if not case_sensitive:
        pattern, answer = pattern.lower(), answer.lower()
    # Only `*` is special, as in Moodle (fnmatch would also treat ? and [ as special).
    translated = "".join("*" if ch == "*" else re.escape(ch) for ch in pattern)
    regex = "^" + translated.replace("*", ".*") + "$"
    return re.match(regex, answer, flags=re.DOTALL) is not None


class ShortAnswerQuestion(Question):
    """Type a short answer; several answers can be accepted, with their own credit."""

    kind = "short_answer"
    learner_template = "assessments/questions/short_answer.html"

    answers = StreamField(
        [("answer", AcceptedAnswerBlock())], verbose_name=_("accepted answers")
    )
    case_sensitive = models.BooleanField(_("capital letters matter"), default=False)

    panels = [
        *Question.common_panels,
        FieldPanel("answers"),
        FieldPanel("case_sensitive"),
        *Question.settings_panels,
    ]

    class Meta:
        verbose_name = _("short-answer question")

    def learner_context(self, frozen, response):
        return {"value": response or ""}

    response_limit = 500

    def parse_response(self, data, prefix, frozen):
        value = data.get(prefix, "").strip()
        return value or None

    def grade(self, response, frozen):
        if not response:
            return Score(0.0)
        best = None
        for _bid, answer in _stream_items(self.answers):
            if _wildcard_match(
                answer["text"], response, case_sensitive=self.case_sensitive
            ) and (best is None or float(answer["fraction"]) > float(best["fraction"])):
                best = answer
        if best is None:
            return Score(0.0)
        feedback = [_option_feedback(best)] if _option_feedback(best) else []
        return Score(max(0.0, float(best["fraction"])), feedback=feedback)

    def review_context(self, frozen, response):
        accepted = [
            v["text"]
            for _b, v in _stream_items(self.answers)
            if float(v["fraction"]) >= FULL_MARKS
        ]
        return {"given": response or "", "accepted": accepted}

    def to_dict(self):
        return {
            **super().to_dict(),
            "case_sensitive": self.case_sensitive,
            "answers": [
                {
                    "text": v["text"],
                    "fraction": float(v["fraction"]),
                    "feedback": v.get("feedback") or "",
                }
                for _b, v in _stream_items(self.answers)
            ],
        }

    @classmethod
    def fields_from_dict(cls, data):
        return {
            "case_sensitive": bool(data.get("case_sensitive", False)),
            "answers": _stream_json(
                "answer",
                [
                    {
                        "text": a["text"],
                        "fraction": float(a["fraction"]),
                        "feedback": a.get("feedback", ""),
                    }
                    for a in data.get("answers", [])
                ],
            ),
        }


def parse_number(raw: str) -> float | None:
    """A number typed by a person: spaces and thousands commas allowed."""
    cleaned = raw.strip().replace(" ", "").replace(",", "")
    if not cleaned or len(cleaned) > 40:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


class NumericQuestion(Question):
    """Type a number: accepted within a tolerance, or anywhere in a range; an optional
    "any other number" answer gives its own credit and feedback (Moodle's *)."""

    kind = "numeric"
    learner_template = "assessments/questions/numeric.html"

    answers = StreamField(
        [
            ("answer", NumericAnswerBlock()),
            ("range", NumericRangeBlock()),
            ("other", OtherNumberBlock()),
        ],
        verbose_name=_("accepted numbers"),
    )

    panels = [*Question.common_panels, FieldPanel("answers"), *Question.settings_panels]

    class Meta:
        verbose_name = _("numeric question")

    def _accepted(self) -> list[tuple[float, float, dict]]:
        """(lowest, highest, answer) for each accepted number or range, in order."""
        accepted = []
        for child in self.answers:
            value = child.value
            if child.block_type == "answer":
                middle, tolerance = (
                    float(value["value"]),
                    float(value["tolerance"] or 0),
                )
                accepted.append((middle - tolerance, middle + tolerance, value))
            elif child.block_type == "range":
                accepted.append(
                    (float(value["minimum"]), float(value["maximum"]), value)
                )
        return accepted

    def _other(self) -> dict | None:
        return next(
            (child.value for child in self.answers if child.block_type == "other"), None
        )

    def learner_context(self, frozen, response):
        return {"value": "" if response is None else response}

    def parse_response(self, data, prefix, frozen):
        raw = data.get(prefix, "")
        return raw.strip()[:40] or None

    def grade(self, response, frozen):
        number = parse_number(response or "")
        best = None
        if number is not None:
            for low, high, answer in self._accepted():
                if low - 1e-9 <= number <= high + 1e-9 and (
                    best is None or float(answer["fraction"]) > float(best["fraction"])
                ):
                    best = answer
        if best is None:
            best = self._other() if response else None
        if best is None:
            return Score(0.0)
        feedback = [_option_feedback(best)] if _option_feedback(best) else []
        return Score(max(0.0, float(best["fraction"])), feedback=feedback)

    def review_context(self, frozen, response):
        accepted = []
        for low, high, answer in self._accepted():
            if float(answer["fraction"]) < FULL_MARKS:
                continue
            if "minimum" in answer:
                accepted.append({"low": _number_text(low), "high": _number_text(high)})
            else:
                accepted.append(
                    {"value": answer["value"], "tolerance": answer["tolerance"]}
                )
        return {"given": response or "", "accepted": accepted}

    def to_dict(self):
        answers = []
        for child in self.answers:
            value = child.value
            if child.block_type == "other":
                answers.append(
                    {
                        "value": "*",
                        "tolerance": 0.0,
                        "fraction": float(value["fraction"]),
                        "feedback": value.get("feedback") or "",
                    }
                )
                continue
            if child.block_type == "range":
                low, high = float(value["minimum"]), float(value["maximum"])
                middle, tolerance = (low + high) / 2, (high - low) / 2
            else:
                middle = float(value["value"])
                tolerance = float(value["tolerance"] or 0)
            answers.append(
                {
                    "value": middle,
                    "tolerance": tolerance,
                    "fraction": float(value["fraction"]),
                    "feedback": value.get("feedback") or "",
                }
            )
        return {**super().to_dict(), "answers": answers}

    @classmethod
    def fields_from_dict(cls, data):
        stream = []
        for answer in data.get("answers", []):
            feedback = answer.get("feedback", "")
            if answer["value"] == "*":
                block = ("other", {"fraction": float(answer["fraction"])})
            else:
                block = (
                    "answer",
                    {
                        "value": float(answer["value"]),
                        "tolerance": float(answer.get("tolerance", 0) or 0),
                        "fraction": float(answer["fraction"]),
                    },
                )
            stream.append(
                {
                    "type": block[0],
                    "value": {**block[1], "feedback": feedback},
                    "id": _new_id(),
                }
            )
        return {"answers": stream}


def _number_text(number: float) -> str:
    """1.0 as "1", 2.5 as "2.5"."""
    return f"{number:g}"


class EssayQuestion(Question):
    """A written answer, marked by a trainer."""

    kind = "essay"
    learner_template = "assessments/questions/essay.html"

    guidance_for_markers = models.TextField(
        _("guidance for markers"),
        blank=True,
        help_text=_("Never shown to learners."),
    )
    min_words = models.PositiveIntegerField(
        _("suggested minimum words"),
        default=0,
        help_text=_("Learners are asked to check before submitting a shorter answer."),
    )
    max_words = models.PositiveIntegerField(_("suggested maximum words"), default=300)

    panels = [
        *Question.common_panels,
        FieldRowPanel([FieldPanel("min_words"), FieldPanel("max_words")]),
        FieldPanel("guidance_for_markers"),
        *Question.settings_panels,
    ]

    class Meta:
        verbose_name = _("essay question")

    response_limit = 20000

    def learner_context(self, frozen, response):
        return {
            "value": response or "",
            "min_words": self.min_words,
            "max_words": self.max_words,
            "max_characters": self.response_limit,
        }

    def parse_response(self, data, prefix, frozen):
        value = data.get(prefix, "").strip()
        return value or None

    def submit_warning(self, response):
        if response is None:
            return super().submit_warning(response)
        words = len(response.split())
        if words < self.min_words or (self.max_words and words > self.max_words):
            low, high = self.min_words, self.max_words
            asked = (
                gettext("%(low)d to %(high)d words") % {"low": low, "high": high}
                if low
                else gettext("up to %(high)d words") % {"high": high}
            )
            return ngettext(
                "Your answer has %(n)d word; the task asks for %(asked)s.",
                "Your answer has %(n)d words; the task asks for %(asked)s.",
                words,
            ) % {"n": words, "asked": asked}
        return ""

    def grade(self, response, frozen):
        return Score(0.0, pending=bool(response))

    def review_context(self, frozen, response):
        return {"given": response or ""}

    def to_dict(self):
        extra = {}
        if self.guidance_for_markers:
            extra["guidance_for_markers"] = self.guidance_for_markers
        return {**super().to_dict(), "answers": [], **extra}

    @classmethod
    def fields_from_dict(cls, data):
        fields = {"guidance_for_markers": data.get("guidance_for_markers", "")}
        if data.get("min_words"):
            fields["min_words"] = int(data["min_words"])
        if data.get("max_words"):
            fields["max_words"] = int(data["max_words"])
        return fields


QUESTION_TYPES: dict[str, type[Question]] = {
    model.kind: model
    for model in (
        SingleChoiceQuestion,
        MultipleResponseQuestion,
        TrueFalseQuestion,
        MatchingQuestion,
        OrderingQuestion,
        ShortAnswerQuestion,
        NumericQuestion,
        EssayQuestion,
    )
}
