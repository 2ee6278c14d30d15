"""Fixtures for the security suites: one world per test module, rolled back after."""

import pytest
from django.db import transaction
from wagtail.models import Page, Site

from courses.factories import HomePageFactory

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
