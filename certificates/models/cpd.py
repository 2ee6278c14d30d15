"""Reflective accounts for NMC revalidation."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CpdReflection(models.Model):
    """A learner's reflective account on a piece of CPD done here, for NMC
    revalidation: their own words, private to them.

    The prompts follow the NMC's reflective accounts form
    (https://www.nmc.org.uk/revalidation/requirements/written-reflective-accounts/).
    """

    class Source(models.TextChoices):
        AWARENESS = "awareness", _("Staff-awareness course")
        MODULE = "module", _("Programme module")

    class CodeTheme(models.TextChoices):
        # The four themes of the NMC Code, in the NMC's words: the Code "is
        # structured around four themes – prioritise people, practise effectively,
        # preserve safety and promote professionalism and trust"
        # (https://www.nmc.org.uk/standards/code/, and the Code itself, 2015,
        # updated 10 October 2018). Checked in December 2026 against copies of that
        # page and of the Code's text; nmc.org.uk itself was not reachable here.
        PRIORITISE_PEOPLE = "prioritise_people", _("Prioritise people")
        PRACTISE_EFFECTIVELY = "practise_effectively", _("Practise effectively")
        PRESERVE_SAFETY = "preserve_safety", _("Preserve safety")
        PROMOTE_PROFESSIONALISM = (
            "promote_professionalism",
            _("Promote professionalism and trust"),
        )

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cpd_reflections",
    )
    source = models.CharField(max_length=12, choices=Source.choices)
    # The awareness Completion or the ModuleCompletion this reflects on.
    record_id = models.PositiveBigIntegerField()
    relates_to_practice = models.TextField(
        _("how the topic relates to your practice"), blank=True, max_length=2000
    )
    nature = models.TextField(_("what the activity was"), blank=True, max_length=2000)
    learned = models.TextField(_("what you learnt"), blank=True, max_length=4000)
    changed = models.TextField(
        _("how you changed or improved your work"), blank=True, max_length=4000
    )
    code_theme = models.CharField(
        _("the part of the Code most relevant"),
        max_length=30,
        choices=CodeTheme.choices,
        blank=True,
    )
    code_relevance = models.TextField(
        _("how this is relevant to the Code"), blank=True, max_length=4000
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "source", "record_id"],
                name="certificates_one_cpd_reflection",
            )
        ]
        verbose_name = _("CPD reflective account")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.source} {self.record_id}"
