"""The staff-awareness course on "My learning", for team members and leads."""

from django.urls import reverse
from django.utils.translation import gettext as _

from alongside.extensions import DashboardSection, NavLink

from . import selectors
from .models import StaffProfile


def awareness_dashboard_section(user) -> DashboardSection | None:
    """Show the course to team members, and team links to those who manage teams."""
    in_team = user.teams.exists()
    manages = (
        selectors.teams_managed_by(user=user).exists()
        or selectors.teams_presented_by(user=user).exists()
    )
    invitations = list(selectors.invitations_open_for(user=user))
    if not in_team and not manages and not invitations:
        return None
    course = selectors.course_default()
    overview = (
        selectors.course_overview(course=course, user=user)
        if course and in_team
        else None
    )
    return DashboardSection(
        template="awareness/dashboard_section.html",
        context={
            "course": course,
            "overview": overview,
            "manages": manages,
            "invitations": invitations,
            "teams": selectors.teams_at_a_glance(user=user, course=course)
            if manages
            else [],
        },
        # A team lead's home: their teams first, each with its progress and a
        # "Present now" button.
        order=5 if manages else 50,
        home=manages,
    )


def staff_record_link(user) -> NavLink | None:
    """On the account page of team members (and anyone with a staff profile)."""
    if not (user.teams.exists() or StaffProfile.objects.filter(user=user).exists()):
        return None
    return NavLink(
        label=_("Your staff record details: employee number and NMC PIN"),
        url=reverse("awareness:staff_record"),
    )
