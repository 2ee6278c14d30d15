"""Who leads, presents and joins what: teams, sessions, invitations, staff records."""

from django.db.models import Q, QuerySet
from django.utils import timezone

from lms.models import Team, User
from lms.roles import Role

from ..models import (
    Attendance,
    LiveSession,
    StaffProfile,
    TeamInvitation,
)


def is_trainer(user: User) -> bool:
    return user.groups.filter(name=Role.TRAINER).exists()


def teams_managed_by(*, user: User) -> QuerySet[Team]:
    """Teams a person may report on: ones they lead, or in organisations they run."""
    teams = Team.objects.select_related("organisation")
    if not user.is_authenticated:
        return teams.none()
    if user.is_superuser:
        return teams.all()
    return teams.filter(Q(leads=user) | Q(organisation__admins=user)).distinct()


def team_is_managed_by(*, team: Team, user: User) -> bool:
    return teams_managed_by(user=user).filter(pk=team.pk).exists()


def teams_presented_by(*, user: User) -> QuerySet[Team]:
    """Teams an organisation admin named this trainer to present for."""
    if not user.is_authenticated or not is_trainer(user):
        return Team.objects.none()
    return Team.objects.filter(presenters=user).select_related("organisation")


def team_can_present(*, team: Team, user: User) -> bool:
    """Team leads and organisation admins, or a trainer an admin named as presenter.

    Only a role given by an admin of the team's organisation counts: being in the
    team or the organisation (joining with a code, say) gives no right to present.
    """
    if team_is_managed_by(team=team, user=user):
        return True
    return is_trainer(user) and team.presenters.filter(pk=user.pk).exists()


def session_can_present(*, session: LiveSession, user: User) -> bool:
    """Whoever may present for the team now; having started it is not enough."""
    return team_can_present(team=session.team, user=user)


def organisations_for_new_team(*, user: User):
    """Organisations a person may add a team to."""
    from lms.models import Organisation

    if not user.is_authenticated:
        return Organisation.objects.none()
    if user.is_superuser:
        return Organisation.objects.all()
    lead = user.groups.filter(name=Role.TEAM_LEAD).exists()
    query = Q(admins=user)
    if lead:
        # Membership, which a join code never gives (only an admin, a cohort or
        # leading a team does).
        query |= Q(members=user) | Q(teams__leads=user)
    return Organisation.objects.filter(query).distinct()


def session_open_by_code(*, code: str) -> LiveSession | None:
    cleaned = "".join(code.split()).upper()
    return (
        LiveSession.objects.filter(join_code=cleaned, ended_at__isnull=True)
        .select_related("team", "course")
        .first()
    )


def session_is_early(*, session: LiveSession, at=None) -> bool:
    """Whether ending now would be before the planned length or the last section."""
    end = at or session.ended_at or timezone.now()
    ran = (end - session.started_at).total_seconds()
    last = len(session.course.sections) - 1
    return session.current_section < last or ran < session.course.total_minutes * 60


def session_attendees(*, session: LiveSession) -> QuerySet[Attendance]:
    return session.attendances.select_related("user").order_by("user__full_name")


def session_removals(*, session: LiveSession):
    """People the presenter took off the register."""
    return session.removals.select_related("user").order_by("user__full_name")


def invitations_open_for(*, user: User) -> QuerySet[TeamInvitation]:
    """Team invitations waiting for this person's answer."""
    if not user.is_authenticated:
        return TeamInvitation.objects.none()
    return TeamInvitation.objects.filter(
        user=user, accepted_at__isnull=True, declined_at__isnull=True
    ).select_related("team__organisation", "invited_by")


def staff_profile_of(*, user: User) -> StaffProfile:
    """The person's staff profile, or an unsaved empty one."""
    return StaffProfile.objects.filter(user=user).first() or StaffProfile(user=user)
