"""Essay: a written answer, marked by a trainer."""

from django.db import models
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .base import Question, Score


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
    rubric = models.ForeignKey(
        "assessments.Rubric",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("rubric"),
        help_text=_(
            "Optional. The marker chooses a level for each criterion instead of "
            "giving a percentage. 0 on a must-meet criterion means “not yet "
            "competent”, whatever the total."
        ),
    )
    model_answer = models.TextField(
        _("model answer"),
        blank=True,
        help_text=_("For markers only; never shown to learners."),
    )

    panels = [
        *Question.common_panels,
        FieldRowPanel([FieldPanel("min_words"), FieldPanel("max_words")]),
        MultiFieldPanel(
            [
                FieldPanel("guidance_for_markers"),
                FieldPanel("rubric"),
                FieldPanel("model_answer"),
            ],
            heading=_("Marking"),
        ),
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
        if self.model_answer:
            extra["model_answer"] = self.model_answer
        return {**super().to_dict(), "answers": [], **extra}

    @classmethod
    def fields_from_dict(cls, data):
        fields = {
            "guidance_for_markers": data.get("guidance_for_markers", ""),
            "model_answer": data.get("model_answer", ""),
        }
        if data.get("min_words"):
            fields["min_words"] = int(data["min_words"])
        if data.get("max_words"):
            fields["max_words"] = int(data["max_words"])
        return fields

    menu_order = 80
    marked_by_hand = True

    @classmethod
    def import_problems(cls, item):
        return []  # no answers to check: a trainer marks it

    def sample_form_data(self, frozen, prefix, *, right=True):
        return {
            prefix: [
                "I would listen first, thank her for telling me, then ask "
                "what would help and talk through her options."
            ]
        }

    def response_text(self, frozen, response):
        return str(response)
