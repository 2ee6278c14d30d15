"""What a programme transcript (CLR 2.0) is made of: the holder's finished modules,
passed scenarios and countersigned practice and supervision."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Sum

from assessments.models import (
    FreeTextScenarioPage,
    FreeTextSubmission,
    ScenarioAttempt,
    ScenarioPage,
)
from lms.selectors import programme_outline

from ..models import Certificate, LedgerEntry
from .accreditation import countersigned_entries


@dataclass
class TranscriptFacts:
    """The parts of a programme certificate, for its holder's transcript."""

    modules: list = field(default_factory=list)
    scenarios: list = field(default_factory=list)
    practice_hours: Decimal = Decimal(0)
    supervision_hours: Decimal = Decimal(0)
    supervision_sessions: int = 0


def transcript_facts(certificate: Certificate) -> TranscriptFacts | None:
    """The facts for a programme certificate whose holder still has an account."""
    if (
        certificate.kind != Certificate.Kind.PROGRAMME
        or certificate.user is None
        or certificate.programme is None
    ):
        return None
    user, programme = certificate.user, certificate.programme
    facts = TranscriptFacts()
    outline = programme_outline(user=user, programme=programme)
    facts.modules = [m.module for m in outline.modules if m.is_complete]
    passed = set(
        ScenarioAttempt.objects.filter(user=user, passed=True).values_list(
            "scenario_id", flat=True
        )
    ) | set(
        FreeTextSubmission.objects.filter(user=user, passed=True).values_list(
            "scenario_id", flat=True
        )
    )
    facts.scenarios = [
        page
        for model in (ScenarioPage, FreeTextScenarioPage)
        for page in model.objects.live().descendant_of(programme).order_by("path")
        if page.pk in passed
    ]
    entries = countersigned_entries(user=user, programme=programme)
    practice = entries.filter(kind=LedgerEntry.Kind.PRACTICE)
    supervision = entries.filter(kind=LedgerEntry.Kind.SUPERVISION)
    facts.practice_hours = practice.aggregate(t=Sum("hours"))["t"] or Decimal(0)
    facts.supervision_hours = supervision.aggregate(t=Sum("hours"))["t"] or Decimal(0)
    facts.supervision_sessions = supervision.count()
    return facts
