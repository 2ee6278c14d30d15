"""A person's way through the course: steps, progress, completion, the check."""

import math
from dataclasses import dataclass, field

from lms.models import User

from ..models import (
    AwarenessCoursePage,
    Completion,
    CourseProgress,
)


def course_default() -> AwarenessCoursePage | None:
    """The live awareness course teams take (the first, if there are several)."""
    return AwarenessCoursePage.objects.live().order_by("path").first()


def course_steps(*, course: AwarenessCoursePage) -> int:
    """Sections, plus one for the knowledge check if there is one."""
    return len(course.sections) + (1 if len(course.knowledge_check) else 0)


def progress_for(*, user: User, course: AwarenessCoursePage) -> CourseProgress | None:
    if not user.is_authenticated:
        return None
    return CourseProgress.objects.filter(user=user, course=course).first()


def completion_for(*, user: User, course: AwarenessCoursePage) -> Completion | None:
    if not user.is_authenticated:
        return None
    return Completion.objects.filter(user=user, course=course).first()


@dataclass
class Outstanding:
    """What someone still needs to do before the course counts as completed."""

    sections_left: list[int] = field(default_factory=list)
    check_needed: bool = False
    minutes_needed: int = 0
    minutes_spent: int = 0
    minimum_minutes: int = 0
    # Sections read more briefly than planned, as (number, title), to suggest.
    brief_sections: list[tuple[int, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.sections_left or self.check_needed or self.minutes_needed)


def completion_outstanding(
    *, course: AwarenessCoursePage, progress: CourseProgress | None
) -> Outstanding:
    """Sections, the check and time still needed; falsy once there is nothing left."""
    done = set(progress.sections_done if progress else [])
    seconds = progress.section_seconds if progress else {}
    spent = progress.seconds_spent if progress else 0
    minimum = course.minimum_minutes
    sections = list(enumerate(course.sections, start=1))
    return Outstanding(
        sections_left=[n for n, block in sections if block.id not in done],
        check_needed=bool(len(course.knowledge_check))
        and not (progress and progress.check_passed),
        minutes_needed=max(0, math.ceil((minimum * 60 - spent) / 60)),
        minutes_spent=spent // 60,
        minimum_minutes=minimum,
        brief_sections=[
            (n, block.value["title"])
            for n, block in sections
            if int(seconds.get(block.id, 0)) < int(block.value["minutes"] or 0) * 60
        ],
    )


def check_needed_right(*, course: AwarenessCoursePage) -> int:
    """How many knowledge-check answers must be right to pass it."""
    return math.ceil(course.check_pass_mark * len(course.knowledge_check) / 100)


def course_overview(*, course: AwarenessCoursePage, user: User) -> dict:
    """What the course and section pages show: done flags and a progress bar."""
    progress = progress_for(user=user, course=course)
    done_ids = set(progress.sections_done if progress else [])
    sections = [
        {"number": number, "block": block, "done": block.id in done_ids}
        for number, block in enumerate(course.sections, start=1)
    ]
    has_check = bool(len(course.knowledge_check))
    check_done = bool(progress and progress.check_passed)
    total = course_steps(course=course)
    done = sum(1 for section in sections if section["done"]) + (
        1 if has_check and check_done else 0
    )
    completion = completion_for(user=user, course=course)
    if completion:
        done = total
    next_number = next(
        (section["number"] for section in sections if not section["done"]), None
    )
    return {
        "sections": sections,
        "has_check": has_check,
        "check_done": check_done,
        "course_progress": {
            "done": done,
            "total": total,
            "percent": round(100 * done / total) if total else 0,
        },
        "next_number": next_number,
        "started": progress is not None,
        "completion": completion,
        "outstanding": None
        if completion
        else completion_outstanding(course=course, progress=progress),
    }
