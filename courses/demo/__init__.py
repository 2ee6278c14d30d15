"""Demo curriculum written for Alongside from ../shared/curriculum-brief.md.

``MODULES`` (M1 to M11) and ``SIGNPOSTS`` are plain data; ``courses.services`` turns
them into pages and directory entries.
"""

from .blended import DOCUMENTS, LIVED_EXPERIENCE
from .modules_a import MODULES as _MODULES_A
from .modules_b import MODULES as _MODULES_B
from .signposting import ENTRIES as SIGNPOSTS

PROGRAMME = {
    "title": "Perinatal Peer Support Foundation",
    "slug": "perinatal-peer-support-foundation",
    "summary": (
        "Eleven short modules for parents with lived experience of perinatal mental "
        "health difficulties who want to support others, as volunteers or peer workers."
    ),
    "intro": (
        "<p><strong>Demo content: not for real use until your organisation has reviewed it.</strong> It was written from public sources and has not "
        "been checked by a clinician, a safeguarding lead or a health visitor. Check "
        "every module and every number in the directory before using it with "
        "trainees.</p>"
        "<p>This programme prepares you to be alongside women, birthing people and "
        "families in pregnancy and the first year after birth. You will learn to "
        "listen well, keep clear boundaries, keep people safe and know where to "
        "signpost, while looking after yourself.</p>"
        "<p>Work through it at your own pace, on a phone or a computer. You can stop "
        "at any point and pick up where you left off.</p>"
    ),
    "who_it_is_for": (
        "Parents who have come through their own perinatal mental health difficulties "
        "and feel ready to use that experience to support others."
    ),
    "course": {
        "title": "Foundation course",
        "slug": "foundation-course",
        "summary": "The eleven core modules of the Foundation programme.",
    },
}

MODULES = [*_MODULES_A, *_MODULES_B]


def _resource(key: str, description: str) -> tuple[str, dict]:
    title, html = DOCUMENTS[key]
    return (
        "resource",
        {
            "title": title,
            "document_title": title,
            "html": html,
            "description": description,
        },
    )


def _lesson(code: str, slug: str) -> dict:
    module = next(m for m in MODULES if m["code"] == code)
    return next(lesson for lesson in module["lessons"] if lesson["slug"] == slug)


# The blended layer for modules 2 and 3: a live skills session each (declared in
# blended.LIVE_SESSION_MINUTES), a lived-experience piece and a reflective workbook.
_WORKBOOK = _resource(
    "workbook",
    "A printable page to fill in by hand or on screen. Private and not marked.",
)
_lesson("M2", "active-listening")["body"] += [
    ("rich_text", LIVED_EXPERIENCE),
    _WORKBOOK,
    _resource(
        "listening-guide",
        "The plan for your live listening session (90 minutes), with the observer "
        "checklist. Your trainer runs it; you can read it beforehand.",
    ),
]
_lesson("M3", "ground-rules-and-boundaries")["body"] += [
    _WORKBOOK,
    _resource(
        "boundaries-guide",
        "The plan for your live boundaries session (90 minutes), with situation cards "
        "and the observer checklist.",
    ),
]

__all__ = ["MODULES", "PROGRAMME", "SIGNPOSTS"]
