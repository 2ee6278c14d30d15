"""Fixtures for the staff-awareness course: the demo course, teams and people."""

import pytest

from lms.awareness.demo import course_seed
from lms.factories import OrganisationFactory, TeamFactory
from lms.models import Organisation
from lms.roles import Role
from tests.conftest import make_user


@pytest.fixture
def course(home):
    return course_seed(home=home)


@pytest.fixture
def trust(db):
    return OrganisationFactory(
        name="Northfield Trust", kind=Organisation.Kind.NHS_TRUST
    )


@pytest.fixture
def team_lead(roles):
    return make_user(Role.TEAM_LEAD, full_name="Lee Lead")


@pytest.fixture
def other_lead(roles):
    return make_user(Role.TEAM_LEAD, full_name="Otto Otherlead")


@pytest.fixture
def team(trust, team_lead):
    team = TeamFactory(organisation=trust, name="Ward 7")
    team.leads.add(team_lead)
    trust.members.add(team_lead)
    return team


@pytest.fixture
def other_team(other_lead):
    team = TeamFactory(name="Hilltop community team")
    team.leads.add(other_lead)
    return team


@pytest.fixture
def member(roles, team):
    user = make_user(None, full_name="Mo Member")
    team.members.add(user)
    return user


@pytest.fixture
def org_admin(roles, trust):
    user = make_user(Role.ORGANISATION_ADMIN, full_name="Ada Admin")
    trust.admins.add(user)
    return user
