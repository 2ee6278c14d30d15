"""Shared fixtures: a small page tree, people in each role, and the demo."""

import functools
import re
import time
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Page, Site
from xdist.scheduler import LoadGroupScheduling

from courses.factories import (
    CoursePageFactory,
    HomePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    SignpostFactory,
)
from lms.factories import CohortFactory, OrganisationFactory, UserFactory
from lms.roles import Role
from lms.services import enrolment_create, roles_sync, user_add_role

PASSWORD = "a-long-test-password"


def pytest_xdist_make_scheduler(config, log):
    """With ``--dist loadgroup``, each test module that reads the demo goes to one
    pytest-xdist worker as a whole (so the demo is seeded once for it); every other
    test is shared out one by one. (pytest 9 ignores the ``xdist_group`` marks.)"""
    if config.getvalue("dist") == "loadgroup":
        return _DemoModulesTogether(config, log)
    return None


class _DemoModulesTogether(LoadGroupScheduling):
    def _split_scope(self, nodeid):
        module = nodeid.split("::", 1)[0]
        return module if _reads_the_demo(module) else nodeid


@functools.cache
def _reads_the_demo(module: str) -> bool:
    """Whether a test module has a test that takes the ``seeded`` fixture."""
    path = Path(__file__).parent.parent / module
    if path.suffix != ".py" or not path.is_file():
        return False
    return re.search(r"def test_\w+\([^)]*\bseeded\b", path.read_text()) is not None


def pytest_collection_modifyitems(items):
    """In a module that reads the demo, the tests that do not take it run first: the
    demo stays in the database until the module's last test. Only neighbouring tests
    of such a module swap places (pytest-django's order, which runs the tests that
    empty the database last, is kept)."""
    runs = []  # runs of neighbouring tests of one module
    for index, item in enumerate(items):
        module = getattr(item, "module", None)
        if runs and runs[-1][0] == module:
            runs[-1][1].append(index)
        else:
            runs.append((module, [index]))
    for _module, places in runs:
        tests = [items[index] for index in places]
        if not any(_takes_the_demo(test) for test in tests):
            continue
        tests.sort(key=_takes_the_demo)  # stable: otherwise in their order
        for index, test in zip(places, tests, strict=True):
            items[index] = test


def _takes_the_demo(item) -> bool:
    return "demo_for_module" in getattr(item, "fixturenames", ())


@pytest.fixture(scope="module")
def demo_for_module(django_db_setup, django_db_blocker):
    """The whole demo, seeded once for a test module and rolled back after it.

    Seeding is slow (every module, quiz, trainee and certificate), and most demo tests
    only read it. Each test still runs in its own savepoint (the ``db`` fixture), so
    what one test changes the next does not see.
    """
    from lms.demo import demo_seed

    with django_db_blocker.unblock(), transaction.atomic():
        demo_seed()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def seeded(demo_for_module, db):
    """The demo, for a test that reads it (a test that seeds again may: it is kept)."""


@pytest.fixture(autouse=True)
def still_ratelimit_clock(monkeypatch):
    """django-ratelimit counts in windows of the wall clock: 31 requests that
    straddle the end of a minute were counted in two windows and never limited (a
    CI run did). Within a test its clock stands still, so a window never ends."""
    import types

    from django_ratelimit import core

    now = int(time.time())
    monkeypatch.setattr(core, "time", types.SimpleNamespace(time=lambda: now))


@pytest.fixture(autouse=True)
def fresh_cache():
    """The support panel is cached; each test sees only the entries it created."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def second_factor_passed(request, monkeypatch):
    """Staff sessions count as having passed the second factor (TOTP) in tests.

    So admin tests can sign in with ``client.force_login(user)``. Tests of the
    second factor itself opt out with ``@pytest.mark.mfa``.
    """
    if request.node.get_closest_marker("mfa") is None:
        monkeypatch.setattr("lms.security.mfa.mfa_satisfied", lambda request: True)


@pytest.fixture
def roles(db):
    roles_sync()


@pytest.fixture
def home(db):
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Alongside")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


def build_programme(home, *, modules=2, lessons=3, **programme_kwargs):
    """A programme with one course of `modules` modules of `lessons` lessons each."""
    programme = ProgrammePageFactory(parent=home, **programme_kwargs)
    course = CoursePageFactory(parent=programme)
    built = []
    for m in range(modules):
        module = ModulePageFactory(parent=course, title=f"Module {m + 1}")
        module_lessons = [
            LessonPageFactory(parent=module, title=f"Lesson {m + 1}.{n + 1}")
            for n in range(lessons)
        ]
        built.append((module, module_lessons))
    return programme, course, built


@pytest.fixture
def programme_tree(home):
    """(programme, course, [(module, [lessons])]) with 2 modules of 3 lessons."""
    return build_programme(home)


@pytest.fixture
def signpost(db):
    return SignpostFactory(name="Samaritans", phone="116 123")


def make_user(role: Role | None = Role.TRAINEE, **kwargs):
    user = UserFactory(**kwargs)
    if role is not None:
        user_add_role(user=user, role=role)
    return user


@pytest.fixture
def trainee(roles):
    return make_user(Role.TRAINEE, full_name="Tess Trainee")


@pytest.fixture
def other_trainee(roles):
    return make_user(Role.TRAINEE, full_name="Olly Other")


@pytest.fixture
def trainer(roles):
    """A trainer who also looks after the shared curriculum (as the demo's does), so
    may edit the programme tree and question bank of these tests."""
    user = make_user(Role.TRAINER, full_name="Tara Trainer")
    user_add_role(user=user, role=Role.CURRICULUM_EDITOR)
    return user


@pytest.fixture
def supervisor(roles):
    return make_user(Role.SUPERVISOR, full_name="Sid Supervisor")


@pytest.fixture
def cohort(programme_tree, trainer, supervisor):
    programme = programme_tree[0]
    cohort = CohortFactory(organisation=OrganisationFactory(), programme=programme)
    cohort.trainers.add(trainer)
    cohort.supervisors.add(supervisor)
    return cohort


@pytest.fixture
def organisation_admin(roles):
    return make_user(Role.ORGANISATION_ADMIN, full_name="Olu Orgadmin")


@pytest.fixture
def site_admin(roles):
    return make_user(
        Role.SITE_ADMIN, full_name="Sasha Siteadmin", is_staff=True, is_superuser=True
    )


@pytest.fixture
def enrolment(trainee, programme_tree):
    """The trainee, enrolled on the programme of `programme_tree` (self-enrolment)."""
    return enrolment_create(user=trainee, programme=programme_tree[0])


@pytest.fixture
def trainee_client(client, trainee):
    client.force_login(trainee)
    return client
