"""Taking the course alone: sections, time spent, the knowledge check, completion."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from alongside import signals
from lms.models import User

from .. import selectors
from ..models import (
    SECTION_CAP_FACTOR,
    AwarenessCoursePage,
    Completion,
    CourseProgress,
    LiveSession,
)


class AwarenessError(Exception):
    """Something a person asked for that cannot be done, with a message for them."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _progress(*, user: User, course: AwarenessCoursePage) -> CourseProgress:
    progress, _created = CourseProgress.objects.select_for_update().get_or_create(
        user=user, course=course
    )
    return progress


def _clock_stop(
    *, progress: CourseProgress, course: AwarenessCoursePage, now: datetime.datetime
) -> None:
    """Count the time since the open section was served, and stop its clock.

    A section counts for at most ``SECTION_CAP_FACTOR`` times its planned minutes in
    all, so a tab left open overnight adds a little, never hours.
    """
    blocks = {block.id: block for block in course.sections}
    block = blocks.get(progress.open_section)
    if block is not None and progress.opened_at is not None:
        cap = int(block.value["minutes"] or 0) * 60 * SECTION_CAP_FACTOR
        elapsed = max(0, int((now - progress.opened_at).total_seconds()))
        before = int(progress.section_seconds.get(block.id, 0))
        progress.section_seconds = {
            **progress.section_seconds,
            block.id: min(cap, before + elapsed),
        }
    progress.open_section = ""
    progress.opened_at = None


_CLOCK_FIELDS = ["section_seconds", "open_section", "opened_at", "updated_at"]


@transaction.atomic
def section_open(
    *, user: User, course: AwarenessCoursePage, block_id: str
) -> CourseProgress:
    """A section is being served: count the one before, start this one's clock."""
    if block_id not in {block.id for block in course.sections}:
        raise AwarenessError(_("That section is not part of this course."))
    progress = _progress(user=user, course=course)
    now = timezone.now()
    _clock_stop(progress=progress, course=course, now=now)
    progress.open_section = block_id
    progress.opened_at = now
    progress.save(update_fields=_CLOCK_FIELDS)
    return progress


@transaction.atomic
def section_complete(
    *, user: User, course: AwarenessCoursePage, block_id: str
) -> CourseProgress:
    """Mark one section as read and count its time; safe to repeat.

    Time counts only for the section whose clock is running (the one last served),
    so pressing "Continue" on a page that was never opened adds nothing.
    """
    if block_id not in {block.id for block in course.sections}:
        raise AwarenessError(_("That section is not part of this course."))
    progress = _progress(user=user, course=course)
    if progress.open_section == block_id:
        _clock_stop(progress=progress, course=course, now=timezone.now())
    if block_id not in progress.sections_done:
        progress.sections_done = [*progress.sections_done, block_id]
    progress.save(update_fields=["sections_done", *_CLOCK_FIELDS])
    _complete_if_finished(user=user, course=course, progress=progress)
    return progress


def check_passes(*, course: AwarenessCoursePage, score: int, total: int) -> bool:
    """Whether a knowledge-check score reaches the course's pass mark."""
    return total == 0 or score * 100 >= course.check_pass_mark * total


@transaction.atomic
def check_submit(
    *, user: User, course: AwarenessCoursePage, answers: dict[str, int]
) -> list[dict]:
    """Score the knowledge check; it can be taken again until it is passed.

    The right answers are given only with a pass, so they cannot be read off a
    failed go and copied into the next.
    """
    questions = list(course.knowledge_check)
    results = []
    for block in questions:
        options = block.value["options"]
        chosen = answers.get(block.id)
        if chosen is None or not 0 <= chosen < len(options):
            raise AwarenessError(_("Please answer every question."))
        results.append(
            {
                "question": block.value["question"],
                "chosen": options[chosen]["text"],
                "right": bool(options[chosen]["correct"]),
                "answer": next(o["text"] for o in options if o["correct"]),
                "explanation": block.value["explanation"],
            }
        )
    progress = _progress(user=user, course=course)
    progress.check_score = sum(1 for result in results if result["right"])
    progress.check_total = len(results)
    passed = check_passes(
        course=course, score=progress.check_score, total=progress.check_total
    )
    progress.check_passed = progress.check_passed or passed
    progress.save(
        update_fields=["check_score", "check_total", "check_passed", "updated_at"]
    )
    if not passed:
        for result in results:
            del result["answer"]
            del result["explanation"]
    _complete_if_finished(user=user, course=course, progress=progress)
    return results


def _complete_if_finished(
    *, user: User, course: AwarenessCoursePage, progress: CourseProgress
) -> Completion | None:
    if selectors.completion_outstanding(course=course, progress=progress):
        return None
    return completion_record(
        user=user,
        course=course,
        mode=Completion.Mode.SELF_PACED,
        minutes=progress.minutes_spent,
    )


def completion_record(
    *,
    user: User,
    course: AwarenessCoursePage,
    mode: str,
    session: LiveSession | None = None,
    when: datetime.datetime | None = None,
    minutes: int | None = None,
) -> Completion:
    """Record that someone has done the course, once; the first record stands."""
    completion, _created = completion_record_once(
        user=user, course=course, mode=mode, session=session, when=when, minutes=minutes
    )
    return completion


def _is_refresher(
    *, user: User, course: AwarenessCoursePage, completion: Completion, mode: str
) -> bool:
    """Whether finishing again now renews a completion whose refresher is due.

    At a live session, yes. On one's own only with progress begun after the last
    completion: sections read years ago are not a refresher.
    """
    if selectors.refresher_status(
        course=course, completed_at=completion.completed_at
    ) not in (selectors.Refresher.DUE_SOON, selectors.Refresher.OVERDUE):
        return False
    if mode == Completion.Mode.LIVE:
        return True
    return CourseProgress.objects.filter(
        user=user, course=course, started_at__gt=completion.completed_at
    ).exists()


def completion_record_once(
    *,
    user: User,
    course: AwarenessCoursePage,
    mode: str,
    session: LiveSession | None = None,
    when: datetime.datetime | None = None,
    minutes: int | None = None,
) -> tuple[Completion, bool]:
    """The person's one completion of the course, and whether it is new now."""
    completion, created = Completion.objects.get_or_create(
        user=user,
        course=course,
        defaults={
            "mode": mode,
            "session": session,
            "completed_at": when or timezone.now(),
            "minutes_spent": minutes,
        },
    )
    if not created and _is_refresher(
        user=user, course=course, completion=completion, mode=mode
    ):
        # Taken again as a refresher: the new date starts the next period.
        completion.mode = mode
        completion.session = session
        completion.completed_at = when or timezone.now()
        completion.minutes_spent = minutes
        completion.save(
            update_fields=["mode", "session", "completed_at", "minutes_spent"]
        )
        created = True
    if created and mode == Completion.Mode.SELF_PACED:
        team = user.teams.order_by("pk").only("organisation_id").first()
        payload = {
            "completion_id": completion.pk,
            "user_id": user.pk,
            "course_id": course.pk,
            "title": course.title,
            "completed_on": timezone.localdate(completion.completed_at),
            # The time actually spent, as the certificate states it.
            "minutes": minutes if minutes is not None else course.total_minutes,
            "organisation_id": team.organisation_id if team else None,
        }
        transaction.on_commit(
            lambda: signals.awareness_course_completed.send(
                sender=Completion, **payload
            )
        )
    return completion, created
