"""The demo pages answer."""

import pytest

# The demo pages on the embedded default (SQLite) that `make run` serves.
pytestmark = [pytest.mark.django_db, pytest.mark.embedded]


def test_programme_page_lists_modules(client, programme_tree):
    programme, _course, modules = programme_tree
    response = client.get(programme.url)
    assert response.status_code == 200
    for module, _lessons in modules:
        assert module.title in response.content.decode()
