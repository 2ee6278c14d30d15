"""Single-choice and multiple-response questions: options with credit."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from ...blocks import (
    OptionBlock,
)
from .base import (
    FULL_MARKS,
    Question,
    Score,
    _option_feedback,
    _stream_items,
    _stream_json,
)
from .interchange import OPTION_LENGTH, full_credit, percent, text_answer_problems


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

    def _chosen_in_order(self, frozen, response) -> list[str]:
        options = self._options()
        chosen = set(response) if isinstance(response, list) else {response}
        order = frozen.get("order") or list(options)
        return [
            str(options[bid]["text"])
            for bid in order
            if bid in chosen and bid in options
        ]

    def response_text(self, frozen, response):
        return "; ".join(self._chosen_in_order(frozen, response))

    def _by_credit(self) -> list[tuple[str, float]]:
        return [(bid, float(v["fraction"])) for bid, v in _stream_items(self.options)]


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

    menu_order = 10

    def offline_choice(self):
        options = [value for _bid, value in _stream_items(self.options)]
        right = [
            index
            for index, value in enumerate(options)
            if float(value["fraction"]) >= FULL_MARKS
        ]
        if len(right) != 1:
            return None
        return [str(value["text"]) for value in options], right[0]

    @classmethod
    def import_problems(cls, item):
        answers = list(item.get("answers") or [])
        problems = text_answer_problems(answers, OPTION_LENGTH)
        if problems:
            return problems
        if len(answers) < 2:
            problems.append(_("A single-choice question needs at least two answers."))
        if not full_credit(answers):
            problems.append(_("None of the answers gets full credit (100%)."))
        return problems

    def sample_form_data(self, frozen, prefix, *, right=True):
        pick = max if right else min
        return {prefix: [pick(self._by_credit(), key=lambda option: option[1])[0]]}


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

    menu_order = 20

    @classmethod
    def import_problems(cls, item):
        answers = list(item.get("answers") or [])
        problems = text_answer_problems(answers, OPTION_LENGTH)
        if problems:
            return problems
        if len(answers) < 2:
            problems.append(
                _("A multiple-response question needs at least two answers.")
            )
        total = sum(a["fraction"] for a in answers if a["fraction"] > 0)
        # Moodle's rule: the right answers together are worth exactly 100%.
        if round(total, 2) != 1:
            problems.append(
                _(
                    "The right answers' credits add up to %(total)s; together they "
                    "should make 100%%."
                )
                % {"total": percent(total)}
            )
        return problems

    def sample_form_data(self, frozen, prefix, *, right=True):
        return {
            prefix: [bid for bid, credit in self._by_credit() if (credit > 0) == right]
        }
