"""Demo curriculum written for Alongside from ../shared/curriculum-brief.md.

``MODULES`` (M1 to M11) and ``SIGNPOSTS`` are plain data; ``courses.services`` turns
them into pages and directory entries.
"""

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

__all__ = ["MODULES", "PROGRAMME", "SIGNPOSTS"]
