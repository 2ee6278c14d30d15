"""Time a learner spends on each demo module's quiz and scenarios, from their size.

A quiz counts a minute and a half for each question an attempt asks; a branching
scenario ten minutes (an alternative is taken instead, so it is not counted again);
a written scenario thirty minutes.
"""

import math

from .quizzes import QUIZZES
from .scenarios import BRANCHING, FREE_TEXT

QUESTION_MINUTES = 1.5
BRANCHING_MINUTES = 10
FREE_TEXT_MINUTES = 30


def activity_minutes() -> dict[str, int]:
    minutes: dict[str, float] = {}
    for quiz in QUIZZES:
        draw = quiz.get("draw")
        asked = sum(draw.values()) if draw else len(quiz["questions"])
        minutes[quiz["module"]] = (
            minutes.get(quiz["module"], 0) + asked * QUESTION_MINUTES
        )
    for scenario in BRANCHING:
        if not scenario.get("alternative_to"):
            code = scenario["module"]
            minutes[code] = minutes.get(code, 0) + BRANCHING_MINUTES
    for scenario in FREE_TEXT:
        code = scenario["module"]
        minutes[code] = minutes.get(code, 0) + FREE_TEXT_MINUTES
    return {code: math.ceil(value) for code, value in minutes.items()}
