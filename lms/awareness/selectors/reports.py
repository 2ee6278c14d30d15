"""Team reports, refresher periods, registers and reminders."""

import calendar
import datetime
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils import timezone

from lms.models import Team, User

from ..models import (
    AwarenessCoursePage,
    Completion,
    CourseProgress,
    LiveSession,
    TeamInvitation,
)
from .access import teams_managed_by, teams_presented_by


class Status:
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    INVITED = "invited"

    LABELS = {
        COMPLETED: "Completed",
        IN_PROGRESS: "In progress",
        NOT_STARTED: "Not started",
        INVITED: "Invited",
    }


# Refresher periods ("refresh every 3 years"): a completion is current until
# completion date + the course's refresher_months, due soon in the last
# REFRESHER_DUE_SOON_DAYS of that (the window in which certificates/services opens
# renewal, and sends its first reminder), and overdue after it.
REFRESHER_DUE_SOON_DAYS = 60


class Refresher:
    CURRENT = "current"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"

    LABELS = {CURRENT: "Up to date", DUE_SOON: "Refresher due soon", OVERDUE: "Overdue"}


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def refresher_due_on(
    *, course: AwarenessCoursePage, completed_at: datetime.datetime
) -> datetime.date | None:
    """When a completion needs refreshing: its date plus the course's period."""
    if not course.refresher_months:
        return None
    return _add_months(timezone.localdate(completed_at), course.refresher_months)


def refresher_status(
    *,
    course: AwarenessCoursePage,
    completed_at: datetime.datetime,
    today: datetime.date | None = None,
) -> str:
    """Current, due soon or overdue; "" when the course needs no refresher."""
    due = refresher_due_on(course=course, completed_at=completed_at)
    if due is None:
        return ""
    today = today or timezone.localdate()
    if today >= due:
        return Refresher.OVERDUE
    if today >= due - datetime.timedelta(days=REFRESHER_DUE_SOON_DAYS):
        return Refresher.DUE_SOON
    return Refresher.CURRENT


@dataclass
class ReportRow:
    user_id: int
    name: str
    email: str
    job_role: str
    status: str
    how: str = ""
    completed_at: object = None
    # Refresher.CURRENT, DUE_SOON or OVERDUE for a completion; "" otherwise.
    refresher: str = ""
    refresher_due_on: datetime.date | None = None

    @property
    def status_label(self) -> str:
        return Status.LABELS[self.status]

    @property
    def refresher_label(self) -> str:
        return Refresher.LABELS.get(self.refresher, "")


@dataclass
class TeamReport:
    team: Team
    course: AwarenessCoursePage | None
    rows: list[ReportRow] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def completed(self) -> int:
        return self.count(Status.COMPLETED)

    @property
    def in_progress(self) -> int:
        return self.count(Status.IN_PROGRESS)

    @property
    def not_started(self) -> int:
        return self.count(Status.NOT_STARTED)

    @property
    def total(self) -> int:
        return len(self.rows)

    def percent(self, status: str = Status.COMPLETED) -> int:
        return round(100 * self.count(status) / self.total) if self.total else 0

    @property
    def percent_completed(self) -> int:
        return self.percent(Status.COMPLETED)

    @property
    def bars(self) -> list[dict]:
        """Chart bars: label, count, percent and width (of a 100-wide track)."""
        return [
            {
                "key": key,
                "label": Status.LABELS[key],
                "count": self.count(key),
                "percent": self.percent(key),
                "width": round(200 * self.count(key) / self.total) if self.total else 0,
            }
            for key in (Status.COMPLETED, Status.IN_PROGRESS, Status.NOT_STARTED)
        ] + (
            [
                {
                    "key": Status.INVITED,
                    "label": Status.LABELS[Status.INVITED],
                    "count": self.count(Status.INVITED),
                    "percent": self.percent(Status.INVITED),
                    "width": round(200 * self.count(Status.INVITED) / self.total),
                }
            ]
            if self.count(Status.INVITED)
            else []
        )

    @property
    def not_done(self) -> list[ReportRow]:
        """Members who have not finished, or whose refresher is overdue (not people
        still deciding whether to join)."""
        return [
            row
            for row in self.rows
            if row.status not in (Status.COMPLETED, Status.INVITED)
            or row.refresher == Refresher.OVERDUE
        ]

    def refresher_count(self, refresher: str) -> int:
        return sum(1 for row in self.rows if row.refresher == refresher)

    @property
    def overdue(self) -> int:
        return self.refresher_count(Refresher.OVERDUE)

    @property
    def due_soon(self) -> int:
        return self.refresher_count(Refresher.DUE_SOON)

    @property
    def due_soon_days(self) -> int:
        return REFRESHER_DUE_SOON_DAYS


def team_report(*, team: Team, course: AwarenessCoursePage | None) -> TeamReport:
    """Each member's status on the course: three queries, whatever the team size."""
    report = TeamReport(team=team, course=course)
    members = list(
        team.members.order_by("full_name", "email").select_related("staff_profile")
    )
    completions: dict[int, Completion] = {}
    started: set[int] = set()
    if course is not None:
        ids = [member.pk for member in members]
        completions = {
            c.user_id: c
            for c in Completion.objects.filter(course=course, user_id__in=ids)
        }
        started = set(
            CourseProgress.objects.filter(course=course, user_id__in=ids).values_list(
                "user_id", flat=True
            )
        )
    # A job role given on a spreadsheet and accepted with the invitation is shown
    # here only; the person's own profile is theirs.
    accepted_roles = dict(
        TeamInvitation.objects.filter(team=team, accepted_at__isnull=False).values_list(
            "user_id", "job_role"
        )
    )
    today = timezone.localdate()
    for member in members:
        completion = completions.get(member.pk)
        if completion:
            status = Status.COMPLETED
        elif member.pk in started:
            status = Status.IN_PROGRESS
        else:
            status = Status.NOT_STARTED
        profile = getattr(member, "staff_profile", None)
        report.rows.append(
            ReportRow(
                user_id=member.pk,
                name=member.full_name,
                email=member.email,
                job_role=(profile.job_role if profile else "")
                or accepted_roles.get(member.pk, ""),
                status=status,
                how=completion.get_mode_display() if completion else "",
                completed_at=completion.completed_at if completion else None,
                refresher=(
                    refresher_status(
                        course=course, completed_at=completion.completed_at, today=today
                    )
                    if completion
                    else ""
                ),
                refresher_due_on=(
                    refresher_due_on(
                        course=course, completed_at=completion.completed_at
                    )
                    if completion
                    else None
                ),
            )
        )
    # People with an account asked to join: the name and address the spreadsheet
    # gave, nothing of their account, until they accept.
    for invitation in invitations_open_for_team(team=team):
        report.rows.append(
            ReportRow(
                user_id=invitation.user_id,
                name=invitation.name,
                email=invitation.user.email,
                job_role=invitation.job_role,
                status=Status.INVITED,
            )
        )
    return report


def invitations_open_for_team(*, team: Team) -> QuerySet[TeamInvitation]:
    return (
        TeamInvitation.objects.filter(
            team=team, accepted_at__isnull=True, declined_at__isnull=True
        )
        .select_related("user")
        .order_by("name")
    )


def team_sessions(*, team: Team) -> QuerySet[LiveSession]:
    return team.awareness_sessions.select_related("course").order_by("-started_at")


REGISTER_HEADERS = [
    "Name",
    "Email",
    "Employee number",
    "Assignment number",
    "Date",
    "Start time",
    "End time",
    "Duration (minutes)",
    "Attended",
    "Course",
    "Course version",
    "Competence",
    "Refresher period (months)",
]


def session_register_rows(*, session: LiveSession) -> list[list[str]]:
    """One row per person on the team or at the session: what a learning
    administrator keys into a class in ESR's learning management (OLM).

    Everyone present (ticked or joined by code) attended; team members who were
    not, and anyone taken off the register, did not. Times are UK local time.
    """
    start = timezone.localtime(session.started_at)
    end = timezone.localtime(session.ended_at) if session.ended_at else None
    minutes = max(1, round((end - start).total_seconds() / 60)) if end else None
    present = set(session.attendances.values_list("user_id", flat=True))
    people = (
        User.objects.filter(
            Q(teams=session.team)
            | Q(awareness_attendances__session=session)
            | Q(pk__in=session.removals.values("user_id"))
        )
        .distinct()
        .select_related("staff_profile")
        .order_by("full_name", "email")
    )
    course = session.course
    common = [
        start.date().isoformat(),
        start.strftime("%H:%M"),
        end.strftime("%H:%M") if end else "",
        str(minutes) if minutes else "",
    ]
    tail = [
        course.title,
        session.course_version or str(course.live_revision_id or ""),
        course.competence_name or course.title,
        str(course.refresher_months or ""),
    ]
    rows = []
    for person in people:
        profile = getattr(person, "staff_profile", None)
        rows.append(
            [
                person.full_name or person.email,
                person.email,
                profile.employee_number if profile else "",
                profile.assignment_number if profile else "",
                *common,
                "Yes" if person.pk in present else "No",
                *tail,
            ]
        )
    return rows


def team_last_reminder(*, team, course):
    """The team's latest "remind those not done" for the course, or None."""
    from ..models import TeamReminder

    if course is None:
        return None
    return TeamReminder.objects.filter(team=team, course=course).first()


def team_can_remind_at(*, team, course):
    """When the team lead may next send a reminder (None: now)."""
    from ..services import REMINDER_INTERVAL

    last = team_last_reminder(team=team, course=course)
    if last is None or timezone.now() - last.sent_at >= REMINDER_INTERVAL:
        return None
    return last.sent_at + REMINDER_INTERVAL


@dataclass(frozen=True)
class TeamAtAGlance:
    """One of a team lead's teams on their home page."""

    team: Team
    report: TeamReport
    open_session: LiveSession | None
    may_see_report: bool


def teams_at_a_glance(*, user: User, course) -> list[TeamAtAGlance]:
    """The teams this person leads or presents to, with progress and any session
    running now, by name."""
    managed = {team.pk for team in teams_managed_by(user=user)}
    teams = (
        Team.objects.filter(
            Q(pk__in=managed) | Q(pk__in=teams_presented_by(user=user).values("pk"))
        )
        .select_related("organisation")
        .order_by("name", "pk")
    )
    glances = []
    for team in teams[:20]:
        glances.append(
            TeamAtAGlance(
                team=team,
                report=team_report(team=team, course=course),
                open_session=team.awareness_sessions.filter(ended_at__isnull=True)
                .order_by("-started_at")
                .first(),
                may_see_report=team.pk in managed,
            )
        )
    return glances
