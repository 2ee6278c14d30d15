"""Marking against a rubric: one level per criterion, and must-meet criteria.

Written tasks (``scenarios.free_text_mark``) and quiz essays (``quizzes.essay_mark``)
share it, so 0 on a must-meet criterion means "not yet competent" in both, whatever
the total.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from alongside.numbers import whole_number

from .errors import AssessmentError


@dataclass
class RubricScore:
    """The levels a marker chose, what they add up to, and any must-meet missed."""

    points: int = 0
    max_points: int = 0
    chosen: dict[str, int] = field(default_factory=dict)
    unmet: list[str] = field(default_factory=list)
    outcome: list[dict] = field(default_factory=list)

    @property
    def competent(self) -> bool:
        return not self.unmet


def rubric_score(*, criteria: list[dict], levels: dict[str, int]) -> RubricScore:
    """Score ``levels`` (criterion index -> level index) against a rubric's criteria.

    Every criterion needs a level; a missing or impossible one is refused with the
    criterion's name, and nothing is marked.
    """
    score = RubricScore()
    for index, criterion in enumerate(criteria):
        level = whole_number(
            levels.get(str(index)), maximum=len(criterion["levels"]) - 1
        )
        if level is None:
            raise AssessmentError(
                _("Choose a level for “%s”.") % criterion["name"], status=400
            )
        chosen = criterion["levels"][level]
        best = max((lv["points"] for lv in criterion["levels"]), default=0)
        score.chosen[str(index)] = level
        score.points += chosen["points"]
        score.max_points += best
        met = not (criterion["must_meet"] and chosen["points"] == 0)
        if not met:
            score.unmet.append(criterion["name"])
        score.outcome.append(
            {
                "name": criterion["name"],
                "must_meet": criterion["must_meet"],
                "label": chosen["label"],
                "points": chosen["points"],
                "max_points": best,
                "met": met,
            }
        )
    return score
