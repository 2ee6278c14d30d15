"""Checks on the interchange form of a question (what imports and the demo load),
shared by the kinds' ``import_problems``. Messages are for the author of the file."""

import math

from django.utils.translation import gettext as _

from .base import FULL_MARKS

# Longest text each kind of answer holds (the answer blocks' max_length).
OPTION_LENGTH, ACCEPTED_ANSWER_LENGTH, PAIR_LENGTH = 500, 200, 300


def is_number(value) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
    )


def percent(fraction: float) -> str:
    return f"{fraction * 100:g}%"


def fraction_problems(answers: list[dict], describe) -> list[str]:
    """Each answer's credit is a number from -100% to 100%."""
    problems = []
    for answer in answers:
        fraction = answer.get("fraction")
        if not is_number(fraction):
            problems.append(
                _("The credit for %(answer)s is not a number.")
                % {"answer": describe(answer)}
            )
        elif not -1 <= fraction <= 1:
            problems.append(
                _(
                    "The credit for %(answer)s is %(credit)s; credit must be between "
                    "-100%% and 100%%."
                )
                % {"answer": describe(answer), "credit": percent(fraction)}
            )
    return problems


def full_credit(answers: list[dict]) -> list[dict]:
    """The answers worth full marks."""
    numbers = [a for a in answers if is_number(a.get("fraction"))]
    return [a for a in numbers if a["fraction"] >= FULL_MARKS]


def text_answer_problems(answers: list[dict], limit: int) -> list[str]:
    """Answers given as text with a credit: each has text, within the limit, and a
    credit that is a number from -100% to 100%."""
    problems = []
    for answer in answers:
        text = str(answer.get("text") or "")
        if not text.strip():
            problems.append(_("An answer has no text."))
        elif len(text) > limit:
            problems.append(
                _("The answer “%(answer)s…” is longer than %(limit)s characters.")
                % {"answer": text[:40], "limit": limit}
            )
    return problems + fraction_problems(answers, lambda a: f"“{a.get('text', '')}”")
