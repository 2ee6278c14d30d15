"""Blocks for the short staff-awareness course: timed sections and checks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from courses.blocks import RICH_TEXT_FEATURES


class SectionBlock(blocks.StructBlock):
    """A timed part of the session: what to show, how long, and presenter notes."""

    title = blocks.CharBlock(max_length=120, label=_("Section title"))
    minutes = blocks.IntegerBlock(
        min_value=1,
        max_value=45,
        label=_("Planned minutes"),
        help_text=_("All the sections together must come to 40 to 50 minutes."),
    )
    content = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Content"),
        help_text=_(
            "What staff read on their own, and what shows on the shared screen."
        ),
    )
    speaker_notes = blocks.TextBlock(
        required=False,
        label=_("Speaker notes"),
        help_text=_("Only the presenter sees these, below the section."),
    )

    class Meta:
        icon = "time"
        template = "awareness/blocks/section_block.html"
        description = _("A timed section with content and speaker notes.")
        preview_value = {
            "title": "What peer support is",
            "minutes": 7,
            "content": "<p>Peer workers bring their own experience of recovery.</p>",
            "speaker_notes": "Ask who has worked with a peer worker before.",
        }


class CheckOptionBlock(blocks.StructBlock):
    """One possible answer to a knowledge-check question."""

    text = blocks.CharBlock(max_length=250, label=_("Answer"))
    correct = blocks.BooleanBlock(required=False, label=_("This is the right answer"))

    class Meta:
        icon = "tick"
        description = _("An answer, marked right or not.")
        preview_value = {
            "text": "Listening and sharing lived experience",
            "correct": True,
        }


class CheckQuestionBlock(blocks.StructBlock):
    """A single-choice question with a short explanation shown after answering."""

    question = blocks.CharBlock(max_length=300, label=_("Question"))
    options = blocks.ListBlock(CheckOptionBlock(), min_num=2, max_num=6)
    explanation = blocks.TextBlock(
        required=False,
        label=_("Explanation"),
        help_text=_("Shown once the person has answered."),
    )

    def clean(self, value):
        cleaned = super().clean(value)
        right = sum(1 for option in cleaned["options"] if option["correct"])
        if right != 1:
            raise StructBlockValidationError(
                block_errors={
                    "options": ValidationError(_("Mark exactly one answer as right."))
                }
            )
        return cleaned

    class Meta:
        icon = "help"
        template = "awareness/blocks/check_question_block.html"
        description = _("A quick question with one right answer.")
        preview_value = {
            "question": "Which of these is part of a peer worker's role?",
            "options": [
                {
                    "text": "Sharing their lived experience when it helps",
                    "correct": True,
                },
                {"text": "Changing medication", "correct": False},
            ],
            "explanation": "Peer workers offer support from lived experience.",
        }
