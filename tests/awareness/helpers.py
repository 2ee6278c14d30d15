"""Taking the awareness course as a person would: open a section, read, move on.

Time is measured on the server between serving a section and pressing "Continue".
Rather than wait, the tests move the section's start back in the database, as if
the person had spent that long reading it.
"""

import datetime

from django.urls import reverse
from django.utils import timezone

from lms.awareness.models import CourseProgress


def spend(user, course, *, minutes: float) -> None:
    """Wind back the clock of the section now open, as if read for ``minutes``."""
    CourseProgress.objects.filter(user=user, course=course).update(
        opened_at=timezone.now() - datetime.timedelta(minutes=minutes)
    )


def read_section(client, user, course, number: int, *, minutes=None):
    """Open a section, spend its planned minutes (or ``minutes``) and continue."""
    url = reverse("awareness:section", args=[course.pk, number])
    assert client.get(url).status_code == 200
    planned = course.sections[number - 1].value["minutes"]
    spend(user, course, minutes=planned if minutes is None else minutes)
    response = client.post(url)
    assert response.status_code == 302
    return response


def read_sections(client, user, course, numbers=None, *, minutes=None):
    """Read each section in turn (all of them by default); the last response."""
    numbers = numbers or range(1, len(course.sections) + 1)
    response = None
    for number in numbers:
        response = read_section(client, user, course, number, minutes=minutes)
    return response


def check_answers(course, *, right=True) -> dict:
    """Knowledge-check answers, all right or all wrong."""
    data = {}
    for block in course.knowledge_check:
        options = block.value["options"]
        index = next(
            i for i, option in enumerate(options) if bool(option["correct"]) is right
        )
        data[f"q_{block.id}"] = str(index)
    return data


def run_to_the_end(session, *, minutes=None) -> None:
    """A live session has reached its last section after ``minutes`` (its plan)."""
    from lms.awareness.models import LiveSession

    planned = session.course.total_minutes if minutes is None else minutes
    LiveSession.objects.filter(pk=session.pk).update(
        started_at=timezone.now() - datetime.timedelta(minutes=planned, seconds=5),
        current_section=len(session.course.sections) - 1,
    )
    session.refresh_from_db()
