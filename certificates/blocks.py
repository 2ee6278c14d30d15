"""Accreditation requirement blocks a trainer combines on a programme's rules."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

TEMPLATE = "certificates/blocks/requirement_block.html"


class ModulesPassedBlock(blocks.StructBlock):
    """Modules finished, with every quiz in them passed."""

    modules = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="courses.ModulePage"),
        required=False,
        help_text=_("Leave empty to require every module in the programme."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Modules completed and quizzes passed")
        template = TEMPLATE
        description = _("Every lesson finished and every quiz in the modules passed.")
        preview_value = {"modules": []}


class ScenariosPassedBlock(blocks.StructBlock):
    """Branching scenarios passed and written scenarios marked as passed."""

    scenarios = blocks.ListBlock(
        blocks.PageChooserBlock(
            page_type=["assessments.ScenarioPage", "assessments.FreeTextScenarioPage"]
        ),
        required=False,
        help_text=_("Leave empty to require every scenario in the programme."),
    )

    class Meta:
        icon = "form"
        label = _("Scenarios passed")
        template = TEMPLATE
        description = _(
            "Branching scenarios passed and written scenarios marked as passed."
        )
        preview_value = {"scenarios": []}


class PracticeHoursBlock(blocks.StructBlock):
    """Hours of supervised practice, countersigned, within a time window."""

    hours = blocks.DecimalBlock(min_value=0, max_digits=6, decimal_places=1)
    within_months = blocks.IntegerBlock(
        min_value=1,
        required=False,
        help_text=_("Only count practice from the last this-many months. Optional."),
    )

    class Meta:
        icon = "time"
        label = _("Supervised practice hours")
        template = TEMPLATE
        description = _("Countersigned practice hours, optionally within a window.")
        preview_value = {"hours": 20, "within_months": 12}


class SupervisionSessionsBlock(blocks.StructBlock):
    """A number of countersigned supervision sessions."""

    sessions = blocks.IntegerBlock(min_value=1)
    wellbeing_required = blocks.BooleanBlock(
        required=False,
        label=_("At least one must cover the trainee's own wellbeing"),
    )

    class Meta:
        icon = "group"
        label = _("Supervision sessions")
        template = TEMPLATE
        description = _("Countersigned supervision sessions.")
        preview_value = {"sessions": 4, "wellbeing_required": True}


class ReflectionsBlock(blocks.StructBlock):
    """A number of reflective-log entries (counted, never read)."""

    entries = blocks.IntegerBlock(min_value=1)

    class Meta:
        icon = "edit"
        label = _("Reflective log entries")
        template = TEMPLATE
        description = _("Entries are only counted. Nobody reads them.")
        preview_value = {"entries": 6}


class TrainerSignOffBlock(blocks.StructBlock):
    """A trainer's final sign-off."""

    note = blocks.CharBlock(
        required=False,
        help_text=_("What the trainer checks before signing off (shown to trainees)."),
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Final sign-off by a trainer")
        template = TEMPLATE
        description = _("A trainer confirms the trainee is ready.")
        preview_value = {"note": "A final conversation with your trainer."}


class RequirementStreamBlock(blocks.StreamBlock):
    """The requirements for a programme's certificate; every one must be met."""

    modules_passed = ModulesPassedBlock()
    scenarios_passed = ScenariosPassedBlock()
    practice_hours = PracticeHoursBlock()
    supervision_sessions = SupervisionSessionsBlock()
    reflections = ReflectionsBlock()
    trainer_sign_off = TrainerSignOffBlock()
