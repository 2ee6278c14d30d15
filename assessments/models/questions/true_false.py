"""True or false."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from .base import FULL_MARKS, Question, Score
from .interchange import OPTION_LENGTH, full_credit, text_answer_problems


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

    def offline_choice(self):
        return [str(_("True")), str(_("False"))], 0 if self.correct_answer else 1

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

    menu_order = 30

    @classmethod
    def import_problems(cls, item):
        answers = list(item.get("answers") or [])
        problems = text_answer_problems(answers, OPTION_LENGTH)
        if problems:
            return problems
        texts = sorted(str(a.get("text", "")).strip().lower() for a in answers)
        if texts != ["false", "true"] or len(full_credit(answers)) != 1:
            problems.append(
                _(
                    "A true/false question needs a True and a False answer, one of "
                    "them right."
                )
            )
        return problems

    def sample_form_data(self, frozen, prefix, *, right=True):
        said_true = self.correct_answer if right else not self.correct_answer
        return {prefix: ["true" if said_true else "false"]}

    def response_text(self, frozen, response):
        return str(_("True") if response == "true" else _("False"))
