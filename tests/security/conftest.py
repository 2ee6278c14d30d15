"""Fixtures for the security suites: one world per test module, rolled back after."""

import pytest
from django.db import transaction
from wagtail.models import Page, Site

from courses.factories import HomePageFactory
from lms.awareness import services as awareness_services
from lms.awareness.demo import course_seed
from lms.factories import OrganisationFactory, TeamFactory
from lms.roles import Role
from tests.conftest import make_user

from .world import build_world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Everyone and everything, built once per module inside a transaction.

    Each test runs inside it (pytest-django's own transaction becomes a savepoint),
    and the whole world is rolled back when the module is done.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        root = Page.get_first_root_node()
        home = HomePageFactory(parent=root, title="Alongside")
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home},
        )
        yield build_world(home)
        transaction.set_rollback(True)


# A team lead, their team and a live session of the demo's awareness course, for the
# join-code and register tests (test files may define their own instead).


@pytest.fixture
def lead(roles):
    return make_user(Role.TEAM_LEAD, full_name="Lee Lead")


@pytest.fixture
def team(lead):
    team = TeamFactory(organisation=OrganisationFactory(name="Northfield Trust"))
    team.leads.add(lead)
    return team


@pytest.fixture
def session(home, team, lead):
    return awareness_services.live_session_start(
        team=team, course=course_seed(home=home), presenter=lead
    )
