"""NMC revalidation CPD records of the learning done here, and reflective accounts.

Nurses, midwives and nursing associates must keep a record of their CPD containing
"the CPD method; a description of the topic and how it related to your practice; the
dates on which the activity was undertaken; the number of hours (including the number
of participatory hours); the identification of the part of the Code most relevant to
the activity; evidence that you undertook the CPD activity"
(https://www.nmc.org.uk/revalidation/requirements/cpd/, "Last updated 08/09/2021";
checked against that page in December 2026). Participatory learning is
"activity that involves interaction with one or more other professionals" (same
page): a live team session is, learning on one's own is not, so its participatory
hours are 0.

Reflective accounts follow the NMC's form: what you learnt, how you changed or
improved your work, and how it relates to the Code
(https://www.nmc.org.uk/revalidation/requirements/written-reflective-accounts/),
without anything that could identify another person.

Selectors and pure rendering: nothing here writes to the database.
"""

import datetime
import io
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import KeepTogether

from lms.awareness.models import Completion, StaffProfile
from lms.models import ModuleCompletion, User

from .models import Certificate, CpdReflection
from .pdf import DEFAULT_COLOUR, REGULAR, TEXT_COLOUR, _register_fonts

NMC_CPD_URL = "https://www.nmc.org.uk/revalidation/requirements/cpd/"
NMC_REFLECTION_URL = (
    "https://www.nmc.org.uk/revalidation/requirements/written-reflective-accounts/"
)

METHOD_LIVE = "Live training session with colleagues (participatory learning)"
METHOD_SELF_PACED = "E-learning on my own (not participatory)"
METHOD_MODULE = "E-learning module on my own (not participatory)"
NOT_CHOSEN = "Not chosen yet: add it in your reflective account"
NOT_WRITTEN = "Not written yet: add it in your reflective account"

CSV_HEADERS = [
    "Date",
    "CPD method",
    "Topic",
    "How it relates to my practice",
    "Number of hours",
    "Number of participatory hours",
    "Part of the Code most relevant",
    "Evidence",
]


def hours(minutes: int | None) -> Decimal:
    """Minutes as hours, to two decimal places (45 minutes is 0.75)."""
    return (Decimal(minutes or 0) / 60).quantize(Decimal("0.01"), ROUND_HALF_UP)


def hours_text(value: Decimal) -> str:
    """Hours as written on the record: 0.75, 1.5, 0."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass
class CpdEntry:
    source: str
    record_id: int
    title: str
    method: str
    topic: str
    date: datetime.date
    minutes: int
    participatory_minutes: int
    evidence_url: str
    reflection: CpdReflection | None = None

    @property
    def hours(self) -> Decimal:
        return hours(self.minutes)

    @property
    def participatory_hours(self) -> Decimal:
        return hours(self.participatory_minutes)

    @property
    def hours_text(self) -> str:
        return hours_text(self.hours)

    @property
    def participatory_hours_text(self) -> str:
        return hours_text(self.participatory_hours)

    @property
    def relates_to_practice(self) -> str:
        text = self.reflection.relates_to_practice if self.reflection else ""
        return text or NOT_WRITTEN

    @property
    def code_part(self) -> str:
        if self.reflection and self.reflection.code_theme:
            return str(self.reflection.get_code_theme_display())
        return NOT_CHOSEN

    @property
    def has_reflection(self) -> bool:
        return bool(self.reflection and self.reflection.learned.strip())

    def csv_row(self) -> list[str]:
        return [
            self.date.strftime("%d/%m/%Y"),
            self.method,
            self.topic,
            self.relates_to_practice,
            hours_text(self.hours),
            hours_text(self.participatory_hours),
            self.code_part,
            self.evidence_url,
        ]


def _own_record_url() -> str:
    return settings.SITE_URL + reverse("certificates:cpd")


def _topic(title: str, summary: str) -> str:
    summary = " ".join((summary or "").split())
    return f"{title}: {summary}" if summary else title


def cpd_entries(*, user: User) -> list[CpdEntry]:
    """The person's CPD entries, oldest first: each awareness course and programme
    module they completed (a fixed number of queries)."""
    from .pdf import verification_url

    if not user.is_authenticated:
        return []
    certificates = list(
        Certificate.objects.filter(
            user=user,
            kind__in=[Certificate.Kind.ATTENDANCE, Certificate.Kind.COMPLETION],
        )
    )
    by_session = {c.session_id: c for c in certificates if c.session_id}
    by_course = {
        c.course_id: c
        for c in certificates
        if c.kind == Certificate.Kind.COMPLETION and c.course_id
    }
    reflections = {
        (r.source, r.record_id): r for r in CpdReflection.objects.filter(user=user)
    }
    entries = []
    for completion in Completion.objects.filter(user=user).select_related(
        "course", "session"
    ):
        course = completion.course
        live = completion.mode == Completion.Mode.LIVE
        minutes = completion.minutes_spent
        if minutes is None:
            minutes = course.total_minutes
        if live:
            certificate = by_session.get(completion.session_id)
            when = completion.session.started_at if completion.session else None
        else:
            certificate = by_course.get(course.pk)
            when = None
        source = CpdReflection.Source.AWARENESS
        entries.append(
            CpdEntry(
                source=source,
                record_id=completion.pk,
                title=course.title,
                method=METHOD_LIVE if live else METHOD_SELF_PACED,
                topic=_topic(course.title, course.summary),
                date=timezone.localdate(when or completion.completed_at),
                minutes=minutes,
                # A live session's real running time; learning alone is not
                # participatory (NMC_CPD_URL).
                participatory_minutes=minutes if live else 0,
                evidence_url=(
                    verification_url(certificate) if certificate else _own_record_url()
                ),
                reflection=reflections.get((source, completion.pk)),
            )
        )
    for record in ModuleCompletion.objects.filter(user=user).select_related("module"):
        module = record.module
        source = CpdReflection.Source.MODULE
        title = module.title if module else record.module_title
        entries.append(
            CpdEntry(
                source=source,
                record_id=record.pk,
                title=title,
                method=METHOD_MODULE,
                topic=_topic(title, module.summary if module else ""),
                date=timezone.localdate(record.finished_at),
                # Its planned length: lessons are not timed.
                minutes=module.estimated_minutes if module else 0,
                participatory_minutes=0,
                evidence_url=_own_record_url(),
                reflection=reflections.get((source, record.pk)),
            )
        )
    entries.sort(key=lambda e: (e.date, e.source, e.record_id))
    return entries


def cpd_entry_of(*, user: User, source: str, record_id: int) -> CpdEntry | None:
    """One of the person's own entries, or None (someone else's is None too)."""
    for entry in cpd_entries(user=user):
        if entry.source == source and entry.record_id == record_id:
            return entry
    return None


def nmc_pin_of(user: User) -> str:
    profile = StaffProfile.objects.filter(user=user).only("nmc_pin").first()
    return profile.nmc_pin if profile else ""


# PDFs -----------------------------------------------------------------------------


def _styles():
    _register_fonts()
    base = ParagraphStyle(
        "base", fontName=REGULAR, fontSize=9, leading=12, textColor=TEXT_COLOUR
    )
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontSize=18,
            leading=22,
            textColor=HexColor(DEFAULT_COLOUR),
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontSize=12, leading=15, spaceBefore=8, spaceAfter=3
        ),
        "head": ParagraphStyle(
            "head", parent=base, fontSize=8, leading=10, textColor=HexColor("#FFFFFF")
        ),
    }


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def _document(buffer, *, title: str, author: str, pagesize) -> SimpleDocTemplate:
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=title,
        author=author,
        creator="Alongside",
        lang="en-GB",
    )
    return doc


def _person_line(user: User, pin: str) -> str:
    name = user.certificate_name or user.full_name or user.email
    return f"{name}" + (f", NMC PIN {pin}" if pin else "")


def cpd_record_pdf(*, user: User, entries: list[CpdEntry], pin: str) -> bytes:
    """The CPD record as an A4 landscape table with the NMC's fields."""
    styles = _styles()
    buffer = io.BytesIO()
    doc = _document(
        buffer,
        title="CPD record for NMC revalidation",
        author=user.full_name or user.email,
        pagesize=landscape(A4),
    )
    story = [
        _p("CPD record for NMC revalidation", styles["h1"]),
        _p(_person_line(user, pin), styles["base"]),
        _p(
            "Learning done on Alongside. The NMC asks for these fields: " + NMC_CPD_URL,
            styles["small"],
        ),
        Spacer(1, 4 * mm),
    ]
    rows = [[_p(h, styles["head"]) for h in CSV_HEADERS]]
    for entry in entries:
        rows.append([_p(value, styles["small"]) for value in entry.csv_row()])
    total = sum((e.hours for e in entries), Decimal(0))
    participatory = sum((e.participatory_hours for e in entries), Decimal(0))
    rows.append(
        [
            _p("Total", styles["small"]),
            "",
            "",
            "",
            _p(hours_text(total), styles["small"]),
            _p(hours_text(participatory), styles["small"]),
            "",
            "",
        ]
    )
    widths = [22, 38, 55, 50, 18, 24, 30, 30]
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HexColor(DEFAULT_COLOUR)),
                ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#AEB7BD")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(table)
    doc.build(story)
    return buffer.getvalue()


REFLECTION_PROMPTS = [
    ("nature", "What was the nature of the CPD activity?"),
    ("learned", "What did you learn from the CPD activity?"),
    ("changed", "How did you change or improve your practice as a result?"),
    ("code_relevance", "How is this relevant to the Code?"),
]


def reflection_pdf(*, user: User, entry: CpdEntry, pin: str) -> bytes:
    """A reflective account in the order of the NMC's form, on A4."""
    styles = _styles()
    buffer = io.BytesIO()
    doc = _document(
        buffer,
        title=f"Reflective account: {entry.title}",
        author=user.full_name or user.email,
        pagesize=A4,
    )
    reflection = entry.reflection
    story = [
        _p("Reflective account", styles["h1"]),
        _p(_person_line(user, pin), styles["base"]),
        _p(f"{entry.title}, {entry.date:%d/%m/%Y}", styles["base"]),
        _p(
            "Following the NMC's reflective accounts form: " + NMC_REFLECTION_URL,
            styles["small"],
        ),
    ]
    for name, prompt in REFLECTION_PROMPTS:
        value = getattr(reflection, name, "") if reflection else ""
        if name == "nature" and not value:
            value = f"{entry.method}. {entry.topic}"
        if name == "code_relevance" and reflection and reflection.code_theme:
            value = f"{reflection.get_code_theme_display()}. {value}".strip()
        story.append(
            KeepTogether(
                [
                    _p(prompt, styles["h2"]),
                    _p(value or "(not written yet)", styles["base"]),
                ]
            )
        )
    doc.build(story)
    return buffer.getvalue()
