"""Live sessions run by a team lead: start, move on, join, register, end."""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from alongside import signals
from lms.models import AuditEvent, Team, User
from lms.security.audit import audit_record

from .. import selectors
from ..models import (
    Attendance,
    AwarenessCoursePage,
    Completion,
    LiveSession,
    RegisterRemoval,
)
from .course import AwarenessError, completion_record_once


def session_minutes(
    session: LiveSession, *, at: datetime.datetime | None = None
) -> int:
    """How long a live session ran, from start to end (or ``at``), to the minute."""
    end = at or session.ended_at or timezone.now()
    seconds = (end - session.started_at).total_seconds()
    return max(1, round(seconds / 60))


@transaction.atomic
def live_session_start(
    *, team: Team, course: AwarenessCoursePage, presenter: User
) -> LiveSession:
    """Open a live session of the course for a team."""
    if not selectors.team_can_present(team=team, user=presenter):
        raise AwarenessError(_("You cannot run a session for this team."))
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return LiveSession.objects.create(
                    team=team,
                    course=course,
                    presenter=presenter,
                    course_version=str(course.live_revision_id or ""),
                )
        except IntegrityError:  # join code clash: draw another
            continue
    raise AwarenessError(_("We could not start the session. Please try again."))


@transaction.atomic
def live_session_move(*, session: LiveSession, to: int) -> LiveSession:
    """Show another section on the shared screen and restart its timer."""
    session = LiveSession.objects.select_for_update().get(pk=session.pk)
    if not session.is_open:
        raise AwarenessError(_("This session has ended."))
    last = len(session.course.sections) - 1
    to = max(0, min(to, last))
    if to != session.current_section:
        session.current_section = to
        session.section_started_at = timezone.now()
        session.save(update_fields=["current_section", "section_started_at"])
    return session


@transaction.atomic
def register_update(
    *,
    session: LiveSession,
    present_ids: set[int],
    listed_ids: set[int] | None = None,
    actor: User | None = None,
    request=None,
) -> int:
    """Tick the register: of the people listed, those ticked are present.

    Anyone can be taken off, including people who joined with the code: they cannot
    join again with it (unless ticked again), leave the team if the code put them
    in it, and get no record of attending. Each removal is in the audit log. Only
    people on the register as the presenter saw it (``listed_ids``) are taken off,
    so someone joining with the code meanwhile is not lost; without that list,
    people who joined with the code stay.
    """
    session = LiveSession.objects.select_for_update().get(pk=session.pk)
    if not session.is_open:
        raise AwarenessError(_("This session has ended; the register is closed."))
    members = set(session.team.members.values_list("pk", flat=True))
    attendances = {
        a.user_id: a for a in session.attendances.select_related("user").all()
    }
    already = set(attendances)
    # People taken off earlier are still listed, so they can be ticked again.
    taken_off = set(session.removals.values_list("user_id", flat=True))
    if listed_ids is None:
        by_code = {pk for pk, a in attendances.items() if a.how == Attendance.How.CODE}
        listed_ids = (members | already | taken_off) - by_code
    listed_ids = listed_ids & (members | already | taken_off)
    present_ids = present_ids & listed_ids
    removed = (listed_ids - present_ids) & already
    for pk in sorted(removed):
        attendance = attendances[pk]
        if attendance.added_to_team:
            session.team.members.remove(pk)
        RegisterRemoval.objects.get_or_create(
            session=session, user_id=pk, defaults={"removed_by": actor}
        )
        audit_record(
            action=AuditEvent.Action.OTHER,
            actor=actor,
            subject=attendance.user,
            request=request,
            event="taken off a live session's register",
            session=session.pk,
            team=session.team_id,
            joined=attendance.how,
        )
    session.attendances.filter(user_id__in=removed).delete()
    # Ticking someone again lets them back in.
    session.removals.filter(user_id__in=present_ids).delete()
    Attendance.objects.bulk_create(
        [
            Attendance(session=session, user_id=pk, how=Attendance.How.REGISTER)
            for pk in present_ids - already
        ]
    )
    return session.attendances.count()


@transaction.atomic
def live_session_join(*, user: User, code: str) -> LiveSession:
    """An attendee joins a running session with its code, from their own phone."""
    session = selectors.session_open_by_code(code=code)
    if session is None:
        raise AwarenessError(
            _(
                "We could not find a session running with that code. "
                "Check it and try again."
            )
        )
    if session.removals.filter(user=user).exists():
        raise AwarenessError(
            _(
                "The presenter has taken you off this session's register. If you "
                "are in the room, ask them to tick your name."
            )
        )
    in_team = session.team.members.filter(pk=user.pk).exists()
    Attendance.objects.get_or_create(
        session=session,
        user=user,
        defaults={"how": Attendance.How.CODE, "added_to_team": not in_team},
    )
    session.team.members.add(user)
    return session


@transaction.atomic
def live_session_end(
    *,
    session: LiveSession,
    ended_at: datetime.datetime | None = None,
    end_early: bool = False,
    reason: str = "",
) -> list[int]:
    """Close the session: each attendee gets a completion record, once only.

    Ending before the planned length, or before the last section, needs an explicit
    "end early" with a reason, which the attendance record shows. Someone who had
    already completed the course (on their own or at another session) keeps that
    record and gets no second certificate.

    Returns the attendees; pressing "end" again records nobody and sends no second
    signal.
    """
    session = (
        LiveSession.objects.select_for_update()
        .select_related("course", "team")
        .get(pk=session.pk)
    )
    if not session.is_open:
        return []
    when = ended_at or timezone.now()
    reason = " ".join(reason.split())
    if selectors.session_is_early(session=session, at=when):
        if not end_early:
            raise AwarenessError(
                _(
                    "The session has run %(ran)d of its planned %(planned)d minutes "
                    "and is on section %(section)d of %(count)d. To end it now, "
                    "choose “End early” and say why."
                )
                % {
                    "ran": session_minutes(session, at=when),
                    "planned": session.course.total_minutes,
                    "section": session.current_section + 1,
                    "count": len(session.course.sections),
                }
            )
        if not reason:
            raise AwarenessError(
                _(
                    "Say why the session is ending early: the attendance record "
                    "shows it."
                )
            )
        if len(reason) > 500:
            raise AwarenessError(_("Keep the reason to 500 characters or fewer."))
        session.ended_early = True
        session.early_reason = reason
    session.ended_at = when
    session.save(update_fields=["ended_at", "ended_early", "early_reason"])
    # Nobody the presenter took off the register, whatever raced their removal.
    attendee_ids = sorted(
        session.attendances.exclude(
            user_id__in=session.removals.values("user_id")
        ).values_list("user_id", flat=True)
    )
    minutes = session_minutes(session)
    newly_completed = []
    for user in User.objects.filter(pk__in=attendee_ids).order_by("pk"):
        _completion, created = completion_record_once(
            user=user,
            course=session.course,
            mode=Completion.Mode.LIVE,
            session=session,
            when=session.ended_at,
            minutes=minutes,
        )
        if created:
            newly_completed.append(user.pk)
    course = session.course
    payload = {
        "session_id": session.pk,
        "course_id": course.pk,
        # One certificate per person per course: only people completing it now.
        "attendee_ids": newly_completed,
        "title": course.title,
        "held_on": timezone.localdate(session.started_at),
        "minutes": minutes,
        "organisation_id": session.team.organisation_id,
    }
    transaction.on_commit(
        lambda: signals.awareness_session_ended.send(sender=LiveSession, **payload)
    )
    return attendee_ids
