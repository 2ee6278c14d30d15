""" "Remind those not done": at most once a day, with a set-password link if needed."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from alongside.fields import single_line
from lms.models import Team, User

from .. import selectors
from ..models import (
    AwarenessCoursePage,
    Completion,
    TeamReminder,
)
from .course import AwarenessError
from .teams import _invite_link

REMINDER_INTERVAL = datetime.timedelta(hours=24)


@transaction.atomic
def team_remind(*, team: Team, course: AwarenessCoursePage, actor: User) -> int:
    """Queue a polite reminder to each member who has not finished the course; at
    most one a day for a team, so nobody is nagged twice by a double click."""
    from ..tasks import reminders_send_task

    # Two tabs, one click each: the second waits here, then sees the first.
    Team.objects.select_for_update().filter(pk=team.pk).first()
    last = selectors.team_last_reminder(team=team, course=course)
    if last is not None and timezone.now() - last.sent_at < REMINDER_INTERVAL:
        next_at = timezone.localtime(last.sent_at + REMINDER_INTERVAL)
        raise AwarenessError(
            _(
                "You reminded this team on %(when)s. You can send another "
                "reminder after %(next)s, so nobody gets two in one day."
            )
            % {
                "when": formats.date_format(
                    timezone.localtime(last.sent_at), "j F Y, H:i"
                ),
                "next": formats.date_format(next_at, "j F Y, H:i"),
            }
        )
    report = selectors.team_report(team=team, course=course)
    user_ids = [row.user_id for row in report.not_done]
    if user_ids:
        TeamReminder.objects.create(team=team, course=course, people=len(user_ids))
        transaction.on_commit(
            lambda: reminders_send_task.delay(
                user_ids=user_ids, course_id=course.pk, team_id=team.pk
            )
        )
    return len(user_ids)


def reminders_send(*, user_ids: list[int], course_id: int, team_id: int) -> int:
    """A gentle nudge to each person who has not yet finished the course."""
    from django.conf import settings
    from django.core.mail import EmailMessage, get_connection
    from django.template.loader import render_to_string

    course = AwarenessCoursePage.objects.filter(pk=course_id).first()
    team = Team.objects.filter(pk=team_id).first()
    if course is None or team is None:
        return 0
    # Finished, unless the refresher is overdue: those are reminded to refresh.
    completed = {
        c.user_id: c.completed_at
        for c in Completion.objects.filter(course=course, user_id__in=user_ids)
    }
    overdue = {
        user_id
        for user_id, completed_at in completed.items()
        if selectors.refresher_status(course=course, completed_at=completed_at)
        == selectors.Refresher.OVERDUE
    }
    messages = [
        EmailMessage(
            subject=single_line(
                _("A gentle reminder: %(title)s") % {"title": course.title}
            ),
            body=render_to_string(
                "awareness/email/reminder.txt",
                {
                    "user": user,
                    "course": course,
                    "team": team,
                    "course_url": settings.SITE_URL + course.url,
                    "minutes": course.total_minutes,
                    "refresher": user.pk in overdue,
                    # Never chose a password (added from a spreadsheet): a link
                    # to choose one, as the invitation had.
                    "set_password_link": (
                        "" if user.has_usable_password() else _invite_link(user)
                    ),
                },
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
        )
        for user in User.objects.filter(pk__in=user_ids, is_active=True)
        if user.pk not in completed or user.pk in overdue
    ]
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0
