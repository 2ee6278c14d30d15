"""Short answer: typed words matched against accepted answers (with `*`)."""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from ...blocks import (
    AcceptedAnswerBlock,
)
from .base import (
    FULL_MARKS,
    Question,
    Score,
    _option_feedback,
    _stream_items,
    _stream_json,
)
from .interchange import ACCEPTED_ANSWER_LENGTH, full_credit, text_answer_problems


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

    menu_order = 60

    @classmethod
    def import_problems(cls, item):
        answers = list(item.get("answers") or [])
        problems = text_answer_problems(answers, ACCEPTED_ANSWER_LENGTH)
        if problems:
            return problems
        if not answers:
            problems.append(_("A short-answer question needs at least one answer."))
        elif not full_credit(answers):
            problems.append(_("None of the answers gets full credit (100%)."))
        return problems

    def sample_form_data(self, frozen, prefix, *, right=True):
        if not right:
            return {prefix: ["zzz"]}
        best = max(self.answers, key=lambda c: float(c.value["fraction"]))
        return {prefix: [best.value["text"].replace("*", "")]}

    def response_text(self, frozen, response):
        return str(response)
