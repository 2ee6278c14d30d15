"""Honest hours for the demo: each lesson's time measured from its words.

A lesson counts its reading time at 180 words a minute (signposting cards and
content notes aside) plus five minutes for each reflection prompt. A module adds
the time of its quiz and scenarios (given by the assessments layer) and any
declared live session. Nothing here is a number typed once.
"""

import copy
import math
import re
from html import unescape

from .blended import LIVE_SESSION_MINUTES

WORDS_PER_MINUTE = 180
REFLECTION_MINUTES = 5
_NOT_READ = {"signpost", "content_note", "resource"}


def _words(value) -> int:
    if isinstance(value, str):
        text = unescape(re.sub(r"<[^>]+>", " ", value))
        return len(text.split())
    if isinstance(value, dict):
        return sum(_words(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return sum(_words(v) for v in value)
    return 0


def lesson_minutes(lesson: dict) -> int:
    words = sum(
        _words(value) for kind, value in lesson["body"] if kind not in _NOT_READ
    )
    reflections = sum(kind == "reflection_prompt" for kind, _value in lesson["body"])
    return (
        max(1, math.ceil(words / WORDS_PER_MINUTE)) + REFLECTION_MINUTES * reflections
    )


def with_measured_minutes(modules: list[dict], *, activity_minutes: dict) -> list[dict]:
    """The modules with lesson and module minutes measured, not typed."""
    measured = copy.deepcopy(modules)
    for module in measured:
        for lesson in module["lessons"]:
            lesson["estimated_minutes"] = lesson_minutes(lesson)
        module["estimated_minutes"] = (
            sum(lesson["estimated_minutes"] for lesson in module["lessons"])
            + activity_minutes.get(module["code"], 0)
            + LIVE_SESSION_MINUTES.get(module["code"], 0)
        )
    return measured
