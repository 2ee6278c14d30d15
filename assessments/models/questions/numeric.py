"""Numeric: a typed number, within a tolerance or a range."""

import math

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from ...blocks import (
    NumericAnswerBlock,
    NumericRangeBlock,
    OtherNumberBlock,
)
from .base import FULL_MARKS, Question, Score, _new_id, _option_feedback
from .interchange import fraction_problems, full_credit, is_number


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

    menu_order = 70

    @classmethod
    def import_problems(cls, item):
        answers = list(item.get("answers") or [])
        if not answers:
            return [_("A numeric question needs at least one number.")]
        problems = []
        others = [a for a in answers if a.get("value") == "*"]
        if len(others) > 1:
            problems.append(_("Only one answer can stand for any other number (*)."))
        for answer in answers:
            value, tolerance = answer.get("value"), answer.get("tolerance", 0)
            if value == "*":
                continue
            if not is_number(value):
                problems.append(_("“%(value)s” is not a number.") % {"value": value})
            if not is_number(tolerance) or tolerance < 0:
                problems.append(
                    _("The tolerance for %(value)s must be a number of 0 or more.")
                    % {"value": value}
                )
        problems += fraction_problems(answers, lambda a: str(a.get("value")))
        if not problems and not full_credit(answers):
            problems.append(_("None of the numbers gets full credit (100%)."))
        return problems

    def sample_form_data(self, frozen, prefix, *, right=True):
        if not right:
            return {prefix: ["987654321"]}
        best = max(self.answers, key=lambda c: float(c.value.get("fraction", 0)))
        value = best.value
        middle = value["value"] if "value" in value else value.get("minimum", 0)
        return {prefix: [str(middle)]}

    def response_text(self, frozen, response):
        return str(response)


def _number_text(number: float) -> str:
    """1.0 as "1", 2.5 as "2.5"."""
    return f"{number:g}"
