"""StreamField blocks for answers, scenario nodes and rubrics."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from courses.blocks import RICH_TEXT_FEATURES

FRACTION_HELP = _("Credit from -1 (penalty) to 1 (full marks), for example 0.5.")


class FractionBlock(blocks.FloatBlock):
    """A share of the question's marks, from -1 to 1."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", -1.0)
        kwargs.setdefault("max_value", 1.0)
        kwargs.setdefault("default", 0.0)
        kwargs.setdefault("help_text", FRACTION_HELP)
        super().__init__(**kwargs)


class OptionBlock(blocks.StructBlock):
    """One answer option with its credit and the feedback it earns."""

    text = blocks.CharBlock(max_length=500)
    fraction = FractionBlock()
    feedback = blocks.TextBlock(required=False)

    class Meta:
        icon = "list-ul"
        template = "assessments/blocks/option_block.html"
        description = _("An answer option with its credit and feedback.")
        preview_value = {
            "text": "Listen, then gently suggest they speak to their midwife.",
            "fraction": 1.0,
            "feedback": "Listening first, then signposting, keeps you in your role.",
        }


class AcceptedAnswerBlock(blocks.StructBlock):
    """An accepted short answer; `*` matches any run of characters."""

    text = blocks.CharBlock(max_length=200, help_text=_("Use * as a wildcard."))
    fraction = FractionBlock(default=1.0)
    feedback = blocks.TextBlock(required=False)

    class Meta:
        icon = "tick"
        template = "assessments/blocks/option_block.html"
        description = _("An accepted answer with its credit and feedback.")
        preview_value = {"text": "Samaritans", "fraction": 1.0, "feedback": ""}


class NumericAnswerBlock(blocks.StructBlock):
    """An accepted number, with a tolerance either side."""

    value = blocks.FloatBlock()
    tolerance = blocks.FloatBlock(default=0.0, min_value=0.0)
    fraction = FractionBlock(default=1.0)
    feedback = blocks.TextBlock(required=False)

    class Meta:
        icon = "order"
        template = "assessments/blocks/numeric_answer_block.html"
        description = _("An accepted number with a tolerance.")
        preview_value = {"value": 5, "tolerance": 0, "fraction": 1.0, "feedback": ""}


class NumericRangeBlock(blocks.StructBlock):
    """Any number from the smallest to the largest, both included."""

    minimum = blocks.FloatBlock(label=_("smallest"))
    maximum = blocks.FloatBlock(label=_("largest"))
    fraction = FractionBlock(default=1.0)
    feedback = blocks.TextBlock(required=False)

    def clean(self, value):
        cleaned = super().clean(value)
        if cleaned["minimum"] > cleaned["maximum"]:
            raise StructBlockValidationError(
                block_errors={
                    "maximum": ValidationError(
                        _("The largest number cannot be smaller than the smallest.")
                    )
                }
            )
        return cleaned

    class Meta:
        icon = "order"
        template = "assessments/blocks/numeric_range_block.html"
        description = _("Any number in a range, both ends included.")
        preview_value = {"minimum": 1, "maximum": 5, "fraction": 1.0, "feedback": ""}


class OtherNumberBlock(blocks.StructBlock):
    """Credit and feedback for any number that no other answer accepts."""

    fraction = FractionBlock(default=0.0)
    feedback = blocks.TextBlock(required=False)

    class Meta:
        icon = "help"
        template = "assessments/blocks/other_number_block.html"
        description = _("What anyone giving another number gets (Moodle's *).")
        preview_value = {
            "fraction": 0.0,
            "feedback": "Have another look at the lesson.",
        }


class PairBlock(blocks.StructBlock):
    """A prompt and the answer that matches it."""

    prompt = blocks.CharBlock(max_length=300)
    answer = blocks.CharBlock(max_length=300)

    class Meta:
        icon = "link"
        template = "assessments/blocks/pair_block.html"
        description = _("A prompt and its matching answer.")
        preview_value = {"prompt": "Safe and nurturing", "answer": "Trust and empathy"}


class ItemBlock(blocks.CharBlock):
    """One item of an ordering question, listed in the right order."""

    class Meta:
        icon = "order"
        template = "assessments/blocks/item_block.html"
        description = _("An item, in its correct position.")
        preview_value = "Listen to what the parent is telling you"


RATINGS = [
    ("best", _("Best")),
    ("acceptable", _("Acceptable")),
    ("not_yours", _("Not your advice to give")),
    ("unsafe", _("Unsafe")),
]
RATING_LABELS = dict(RATINGS)


class ScenarioChoiceBlock(blocks.StructBlock):
    """A choice at a scenario node: where it leads, its feedback, rating and points."""

    text = blocks.CharBlock(max_length=400)
    goto = blocks.CharBlock(
        max_length=60,
        label=_("Leads to node"),
        help_text=_("The key of the next node."),
    )
    feedback = blocks.TextBlock()
    rating = blocks.ChoiceBlock(choices=RATINGS, default="acceptable")
    points = blocks.IntegerBlock(default=0, min_value=0, max_value=100)
    delays_escalation = blocks.BooleanBlock(
        required=False,
        label=_("Delays escalating a risk"),
        help_text=_(
            "Tick when this choice puts off telling someone about a risk: at the "
            "next supervision, next week, wait and see. In a safety-critical "
            "scenario such a choice must be rated Unsafe."
        ),
    )

    class Meta:
        icon = "arrow-right"
        template = "assessments/blocks/scenario_choice_block.html"
        description = _("A choice leading to another node.")
        preview_value = {
            "text": "Thank her for telling you and ask what would help most today.",
            "goto": "next",
            "feedback": "Asking what would help keeps her in charge of her support.",
            "rating": "best",
            "points": 2,
            "delays_escalation": False,
        }


class ScenarioNodeBlock(blocks.StructBlock):
    """A moment in a branching scenario, with its choices or, at the end, a debrief."""

    key = blocks.CharBlock(
        max_length=60, help_text=_("A short unique name, such as start or end-good.")
    )
    title = blocks.CharBlock(max_length=200)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    media = DocumentChooserBlock(required=False)
    transcript = blocks.TextBlock(
        required=False, help_text=_("Required when there is audio or video.")
    )
    choices = blocks.ListBlock(ScenarioChoiceBlock(), default=[])
    is_end = blocks.BooleanBlock(required=False, label=_("This is an end node"))
    debrief = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False)

    def clean(self, value):
        cleaned = super().clean(value)
        if cleaned.get("media") and not (cleaned.get("transcript") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "transcript": ValidationError(
                        _("Add a transcript of the audio or video.")
                    )
                }
            )
        return cleaned

    class Meta:
        icon = "placeholder"
        template = "assessments/blocks/scenario_node_block.html"
        description = _("A situation with choices, or an ending with a debrief.")
        preview_value = {
            "key": "start",
            "title": "A quiet question",
            "text": "<p>At the end of a group, a mum asks if you can tell her whether "
            "she has postnatal depression.</p>",
            "choices": [],
            "is_end": False,
        }


class RubricLevelBlock(blocks.StructBlock):
    """One level of a rubric criterion."""

    label = blocks.CharBlock(max_length=60)
    points = blocks.IntegerBlock(min_value=0, max_value=100)
    descriptor = blocks.TextBlock()

    class Meta:
        icon = "list-ol"
        template = "assessments/blocks/rubric_level_block.html"
        description = _("A level with its points and descriptor.")
        preview_value = {
            "label": "Secure",
            "points": 2,
            "descriptor": "Listens first and reflects feelings back.",
        }


class RubricCriterionBlock(blocks.StructBlock):
    """A criterion and its levels."""

    name = blocks.CharBlock(max_length=120)
    must_meet = blocks.BooleanBlock(
        required=False,
        label=_("Must be met"),
        help_text=_(
            "A score of 0 here means “Not yet competent”, whatever the total. Use it "
            "for criteria such as staying in the peer role, or signposting and "
            "escalation, in safety-critical scenarios."
        ),
    )
    levels = blocks.ListBlock(RubricLevelBlock(), min_num=2)

    class Meta:
        icon = "list-ul"
        template = "assessments/blocks/rubric_criterion_block.html"
        description = _("A criterion marked at one of its levels.")
        preview_value = {
            "name": "Listening and empathy",
            "must_meet": False,
            "levels": [],
        }
