"""Writes for the staff-awareness course: progress, teams, enrolment, live sessions."""

from __future__ import annotations

import datetime
import secrets
from dataclasses import dataclass, field

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from alongside import signals
from alongside.csvsafe import csv_read
from alongside.fields import single_line
from lms.models import AuditEvent, Organisation, Team, User
from lms.security.audit import audit_record

from . import selectors
from .models import (
    SECTION_CAP_FACTOR,
    Attendance,
    AwarenessCoursePage,
    Completion,
    CourseProgress,
    LiveSession,
    PendingImport,
    RegisterRemoval,
    StaffProfile,
    TeamInvitation,
    TeamReminder,
)

IMPORT_HEADERS = ["name", "email", "job role", "team"]
# For the trust's training records (ESR): given for new people only; someone with an
# account gives their own on their profile.
IMPORT_OPTIONAL = ["employee number", "assignment number"]
INVITE_BATCH = 250


class AwarenessError(Exception):
    """Something a person asked for that cannot be done, with a message for them."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# Self-paced ---------------------------------------------------------------------


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


def session_minutes(
    session: LiveSession, *, at: datetime.datetime | None = None
) -> int:
    """How long a live session ran, from start to end (or ``at``), to the minute."""
    end = at or session.ended_at or timezone.now()
    seconds = (end - session.started_at).total_seconds()
    return max(1, round(seconds / 60))


# Teams --------------------------------------------------------------------------


@transaction.atomic
def team_create(*, lead: User, organisation: Organisation, name: str) -> Team:
    """A new team with its creator as lead."""
    name = " ".join(name.split())
    if not name:
        raise AwarenessError(_("Give the team a name."))
    if (
        not selectors.organisations_for_new_team(user=lead)
        .filter(pk=organisation.pk)
        .exists()
    ):
        raise AwarenessError(_("You cannot add teams to that organisation."))
    if Team.objects.filter(organisation=organisation, name__iexact=name).exists():
        raise AwarenessError(
            _("%(org)s already has a team called %(name)s.")
            % {"org": organisation.name, "name": name}
        )
    team = Team.objects.create(organisation=organisation, name=name)
    team.leads.add(lead)
    organisation.members.add(lead)
    return team


# Bulk enrolment -----------------------------------------------------------------


@dataclass
class PreviewRow:
    line: int
    name: str
    email: str
    job_role: str
    team_name: str
    team_id: int | None = None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    employee_number: str = ""
    assignment_number: str = ""


@dataclass
class ImportPreview:
    rows: list[PreviewRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    neutralised: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows) and not self.error_rows

    @property
    def error_rows(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.errors]

    @property
    def new_people(self) -> int:
        return sum(1 for row in self.rows if "new" in row.notes)


def enrolment_preview(*, actor: User, upload) -> ImportPreview:
    """Check an uploaded CSV of staff, row by row, without writing anything."""
    read = csv_read(upload, required=IMPORT_HEADERS, optional=IMPORT_OPTIONAL)
    preview = ImportPreview(
        errors=list(read.errors), neutralised=read.neutralised_count
    )
    if read.errors:
        return preview
    teams: dict[str, list[Team]] = {}
    for team in selectors.teams_managed_by(user=actor):
        teams.setdefault(team.name.casefold(), []).append(team)
    emails = [row.values["email"].strip().lower() for row in read.rows]
    existing = dict(
        User.objects.filter(email__in=[e for e in emails if e]).values_list(
            "email", "pk"
        )
    )
    memberships = set(
        Team.members.through.objects.filter(user_id__in=existing.values()).values_list(
            "team_id", "user_id"
        )
    )
    seen: dict[str, int] = {}
    for csv_row, email in zip(read.rows, emails, strict=True):
        values = csv_row.values
        row = PreviewRow(
            line=csv_row.line,
            name=" ".join(values["name"].split()),
            email=email,
            job_role=values["job role"].strip(),
            team_name=values["team"].strip(),
            errors=list(csv_row.errors),
        )
        if not row.name:
            row.errors.append(_("The name is missing."))
        elif len(row.name) > 150:
            row.errors.append(_("The name is longer than 150 characters."))
        if len(row.job_role) > 120:
            row.errors.append(_("The job role is longer than 120 characters."))
        row.employee_number = " ".join(values.get("employee number", "").split())
        row.assignment_number = " ".join(values.get("assignment number", "").split())
        if len(row.employee_number) > 30 or len(row.assignment_number) > 30:
            row.errors.append(
                _("An employee or assignment number is longer than 30 characters.")
            )
        try:
            validate_email(email)  # allows 320 characters; the column holds 254
            if len(email) > 254:
                raise ValidationError("too long")
        except ValidationError:
            row.errors.append(
                _("“%(email)s” is not a valid email address.") % {"email": email}
                if email
                else _("The email address is missing.")
            )
        else:
            if email in seen:
                row.errors.append(
                    _("This email address is also on line %(line)d.")
                    % {"line": seen[email]}
                )
            else:
                seen[email] = row.line
        matches = teams.get(row.team_name.casefold(), [])
        if not row.team_name:
            row.errors.append(_("The team is missing."))
        elif not matches:
            row.errors.append(
                _("“%(team)s” is not one of your teams.") % {"team": row.team_name}
            )
        elif len(matches) > 1:
            row.errors.append(
                _("More than one of your teams is called “%(team)s”.")
                % {"team": row.team_name}
            )
        else:
            row.team_id = matches[0].pk
        if email in existing:
            if (row.team_id, existing[email]) in memberships:
                row.notes.append("already")
            else:
                row.notes.append("existing")
        else:
            row.notes.append("new")
        preview.rows.append(row)
    if not preview.rows:
        preview.errors.append(_("The file has no rows."))
    return preview


def pending_import_create(*, actor: User, preview: ImportPreview) -> PendingImport:
    """Keep a checked file's rows until the person confirms the import."""
    PendingImport.objects.filter(
        created_by=actor, created_at__lt=timezone.now() - datetime.timedelta(days=1)
    ).delete()
    return PendingImport.objects.create(
        created_by=actor,
        rows=[
            {
                "line": row.line,
                "name": row.name,
                "email": row.email,
                "job_role": row.job_role,
                "team_id": row.team_id,
                "employee_number": row.employee_number,
                "assignment_number": row.assignment_number,
            }
            for row in preview.rows
        ],
    )


@dataclass
class ImportResult:
    created: int = 0
    added: int = 0
    already: int = 0
    # People who already have an account: asked to accept, never added.
    asked: int = 0
    invited_ids: list[int] = field(default_factory=list)


@transaction.atomic
def enrolment_import(*, actor: User, pending: PendingImport) -> ImportResult:
    """Create every new person and their team place in one go, or nothing at all.

    Someone who already has an account is not added to a team, and nothing of
    theirs is changed: they get an invitation to accept or decline, and the team's
    report shows them as invited until they answer. Rows were checked at preview;
    the teams are checked again here, as the person's access may have changed since.
    """
    if pending.created_by_id != actor.pk:
        raise AwarenessError(_("That import is not yours."))
    rows = pending.rows
    team_ids = {row["team_id"] for row in rows}
    allowed = set(
        selectors.teams_managed_by(user=actor)
        .filter(pk__in=team_ids)
        .values_list("pk", flat=True)
    )
    if not rows or team_ids - allowed:
        raise AwarenessError(
            _("Some of these teams are no longer yours. Nothing was imported.")
        )
    emails = [row["email"] for row in rows]
    existing = dict(User.objects.filter(email__in=emails).values_list("email", "pk"))
    now = timezone.now()
    new_rows = [row for row in rows if row["email"] not in existing]
    new_users = [
        User(
            email=row["email"],
            full_name=row["name"],
            # What make_password(None) makes, without 40 calls to the system RNG
            # per person: no password works until they choose one.
            password=UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(30),
            date_joined=now,
        )
        for row in new_rows
    ]
    try:
        with transaction.atomic():
            User.objects.bulk_create(new_users, batch_size=1000)
    except IntegrityError as error:
        raise AwarenessError(
            _(
                "Someone on the list signed up while you were checking it. "
                "Nothing was imported: please upload the file again."
            )
        ) from error
    ids = dict(
        User.objects.filter(email__in=[row["email"] for row in new_rows]).values_list(
            "email", "pk"
        )
    )
    new_ids = [ids[user.email] for user in new_users]
    StaffProfile.objects.bulk_create(
        [
            StaffProfile(
                user_id=ids[row["email"]],
                job_role=row["job_role"],
                employee_number=row.get("employee_number", ""),
                assignment_number=row.get("assignment_number", ""),
                invited_by=actor,
                invited_at=now,
            )
            for row in new_rows
        ],
        batch_size=1000,
    )
    result = ImportResult(created=len(new_users))
    Team.members.through.objects.bulk_create(
        [
            Team.members.through(team_id=row["team_id"], user_id=ids[row["email"]])
            for row in new_rows
        ],
        batch_size=1000,
    )
    result.added = len(new_rows)
    # Existing accounts: an invitation each, unless already in the team.
    members = set(
        Team.members.through.objects.filter(
            team_id__in=team_ids, user_id__in=existing.values()
        ).values_list("team_id", "user_id")
    )
    asked = set(
        TeamInvitation.objects.filter(
            team_id__in=team_ids, user_id__in=existing.values()
        ).values_list("team_id", "user_id")
    )
    invitations = []
    for row in rows:
        if row["email"] not in existing:
            continue
        pair = (row["team_id"], existing[row["email"]])
        if pair in members:
            result.already += 1
            continue
        result.asked += 1
        if pair in asked:  # asked before (and perhaps declined): not asked again
            continue
        asked.add(pair)
        invitations.append(
            TeamInvitation(
                team_id=pair[0],
                user_id=pair[1],
                invited_by=actor,
                name=row["name"],
                job_role=row["job_role"],
                created_at=now,
            )
        )
    created = TeamInvitation.objects.bulk_create(invitations, batch_size=1000)
    invitation_ids = [invitation.pk for invitation in created]
    pending.delete()
    result.invited_ids = new_ids
    invites_queue(user_ids=new_ids, invited_by_id=actor.pk)
    team_invitations_queue(invitation_ids=invitation_ids)
    return result


def team_invitations_queue(*, invitation_ids: list[int]) -> None:
    """Email each invitation in the background, once the import is saved."""
    from .tasks import team_invitations_send_task

    for start in range(0, len(invitation_ids), INVITE_BATCH):
        batch = invitation_ids[start : start + INVITE_BATCH]
        transaction.on_commit(
            lambda batch=batch: team_invitations_send_task.delay(invitation_ids=batch)
        )


@transaction.atomic
def team_invitation_answer(
    *, invitation: TeamInvitation, user: User, accept: bool
) -> TeamInvitation:
    """The invited person accepts (and joins the team) or declines; once only."""
    invitation = (
        TeamInvitation.objects.select_for_update()
        .select_related("team")
        .get(pk=invitation.pk)
    )
    if invitation.user_id != user.pk:
        raise AwarenessError(_("This invitation is for someone else."))
    if not invitation.is_open:
        raise AwarenessError(_("You have already answered this invitation."))
    if accept:
        invitation.accepted_at = timezone.now()
        invitation.team.members.add(user)
    else:
        invitation.declined_at = timezone.now()
    invitation.save(update_fields=["accepted_at", "declined_at"])
    return invitation


def invites_queue(*, user_ids: list[int], invited_by_id: int) -> None:
    """Send the invitation emails in the background, once the import is saved."""
    from .tasks import invites_send_task

    for start in range(0, len(user_ids), INVITE_BATCH):
        batch = user_ids[start : start + INVITE_BATCH]
        transaction.on_commit(
            lambda batch=batch: invites_send_task.delay(
                user_ids=batch, invited_by_id=invited_by_id
            )
        )


# Live sessions ------------------------------------------------------------------


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


# Reminders ----------------------------------------------------------------------


REMINDER_INTERVAL = datetime.timedelta(hours=24)


@transaction.atomic
def team_remind(*, team: Team, course: AwarenessCoursePage, actor: User) -> int:
    """Queue a polite reminder to each member who has not finished the course; at
    most one a day for a team, so nobody is nagged twice by a double click."""
    from .tasks import reminders_send_task

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


# Emails -------------------------------------------------------------------------


def _invite_link(user: User) -> str:
    from django.conf import settings
    from django.contrib.auth.tokens import default_token_generator
    from django.urls import reverse
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    # Our own token link: PasswordResetForm skips accounts with no usable password,
    # which is exactly what an invited person has until they choose one.
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return settings.SITE_URL + reverse(
        "lms:password_reset_confirm", kwargs={"uidb64": uid, "token": token}
    )


def invites_send(*, user_ids: list[int], invited_by_id: int | None = None) -> int:
    """Email each invited person a link to choose a password and start the course."""
    from django.conf import settings
    from django.core.mail import EmailMessage, get_connection
    from django.template.loader import render_to_string

    inviter = User.objects.filter(pk=invited_by_id).first()
    course = selectors.course_default()
    messages = []
    users = User.objects.filter(pk__in=user_ids, is_active=True).prefetch_related(
        "teams"
    )
    for user in users:
        if user.has_usable_password():  # already set up: no invitation needed
            continue
        context = {
            "user": user,
            "inviter": inviter,
            "link": _invite_link(user),
            "course": course,
            "course_url": settings.SITE_URL + course.url if course else "",
            "teams": list(user.teams.all()),
        }
        messages.append(
            EmailMessage(
                subject=_(
                    "You are invited to a short course: working alongside peer workers"
                ),
                body=render_to_string("awareness/email/invite.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[user.email],
            )
        )
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0


def team_invitations_send(*, invitation_ids: list[int]) -> int:
    """Email each person who already has an account the invitation to accept."""
    from django.conf import settings
    from django.core.mail import EmailMessage, get_connection
    from django.template.loader import render_to_string
    from django.urls import reverse

    invitations = TeamInvitation.objects.filter(
        pk__in=invitation_ids,
        accepted_at__isnull=True,
        declined_at__isnull=True,
        user__is_active=True,
    ).select_related("user", "team__organisation", "invited_by")
    messages = [
        EmailMessage(
            subject=_("You are invited to join %(team)s on Alongside")
            % {"team": invitation.team.name},
            body=render_to_string(
                "awareness/email/team_invitation.txt",
                {
                    "invitation": invitation,
                    "link": settings.SITE_URL
                    + reverse("awareness:invitation", args=[invitation.pk]),
                },
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[invitation.user.email],
        )
        for invitation in invitations
    ]
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0


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


# Staff records -------------------------------------------------------------------


def staff_record_update(
    *, user: User, employee_number: str, assignment_number: str, nmc_pin: str
) -> StaffProfile:
    """The person's own numbers for their trust's training records (all optional)."""
    profile, _created = StaffProfile.objects.get_or_create(user=user)
    profile.employee_number = " ".join(employee_number.split())
    profile.assignment_number = " ".join(assignment_number.split())
    profile.nmc_pin = "".join(nmc_pin.split()).upper()
    profile.save(update_fields=["employee_number", "assignment_number", "nmc_pin"])
    return profile
