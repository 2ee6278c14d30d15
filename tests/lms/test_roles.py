"""Role groups: made once by a migration, restored only on purpose by roles_sync."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import CommandError

from lms.roles import Role
from lms.services import RoleDefinitionError, roles_sync

pytestmark = pytest.mark.django_db


def _perm(name: str) -> Permission:
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _names(group: Group) -> set[str]:
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }


def _admin_edits_supervisors() -> Group:
    """What an admin might do in Wagtail's Groups pages."""
    group = Group.objects.get(name=Role.SUPERVISOR)
    group.permissions.remove(_perm("lms.view_cohort"))
    group.permissions.add(_perm("lms.view_team"))
    return group


def test_the_migrated_database_has_every_role_as_defined():
    # The groups come from lms/migrations/0005_role_groups.py, frozen when written.
    assert roles_sync(dry_run=True) == [], (
        "lms/roles.py no longer matches the role groups a new site is given by its "
        "migrations: add a data migration for the change (see 0005_role_groups.py)."
    )


def test_an_admins_edit_to_a_group_survives_migrate():
    group = _admin_edits_supervisors()

    call_command("migrate", verbosity=0)

    assert _names(group) == {"lms.view_team"}


def test_roles_sync_restores_the_definitions_and_says_what_changed():
    group = _admin_edits_supervisors()
    Group.objects.filter(name=Role.TEAM_LEAD).delete()
    out = StringIO()

    call_command("roles_sync", stdout=out)

    assert _names(group) == {"lms.view_cohort"}
    assert _names(Group.objects.get(name=Role.TEAM_LEAD)) == {
        "lms.view_team",
        "lms.change_team",
    }
    report = out.getvalue()
    assert "Supervisors: add lms.view_cohort" in report
    assert "Supervisors: remove lms.view_team" in report
    assert "Team leads: create the group" in report
    assert "Team leads: add lms.change_team" in report
    # Nothing left to do the second time.
    out = StringIO()
    call_command("roles_sync", stdout=out)
    assert "Every role already has exactly its defined permissions." in out.getvalue()


def test_a_dry_run_says_what_would_change_and_changes_nothing():
    group = _admin_edits_supervisors()
    out = StringIO()

    call_command("roles_sync", "--dry-run", stdout=out)

    report = out.getvalue()
    assert "dry run: nothing saved" in report
    assert "Supervisors: add lms.view_cohort" in report
    assert "Supervisors: remove lms.view_team" in report
    assert _names(group) == {"lms.view_team"}


def test_trainers_are_given_page_and_collection_permissions_again():
    trainers = Group.objects.get(name=Role.TRAINER)
    trainers.page_permissions.all().delete()

    changes = roles_sync()

    assert "Trainers: add wagtailcore.publish_page on every page" in changes
    assert trainers.page_permissions.filter(
        permission__codename="publish_page", page__depth=1
    ).exists()


@pytest.mark.parametrize("bad", ["lms.view_cohrot", "view_cohort", "nosuchapp.view_x"])
def test_an_unknown_permission_name_is_refused_clearly(bad):
    group = _admin_edits_supervisors()

    with pytest.raises(RoleDefinitionError) as refused:
        roles_sync(definitions={"Supervisors": ["lms.view_cohort", bad]})

    assert f"Supervisors: {bad}" in str(refused.value)
    assert "do not exist" in str(refused.value)
    # Refused before anything was changed.
    assert _names(group) == {"lms.view_team"}


def test_the_command_turns_a_bad_definition_into_a_clear_error(monkeypatch):
    monkeypatch.setattr(
        "lms.services.ROLE_PERMISSIONS", {"Supervisors": ["lms.view_cohrot"]}
    )

    with pytest.raises(CommandError, match="Supervisors: lms.view_cohrot"):
        call_command("roles_sync", stdout=StringIO())
