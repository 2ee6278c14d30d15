"""Role groups: made once by a migration, restored only on purpose by roles_sync."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from lms.factories import OrganisationFactory
from lms.models import Organisation
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


def test_curriculum_editors_are_given_page_and_collection_permissions_again():
    editors = Group.objects.get(name=Role.CURRICULUM_EDITOR)
    editors.page_permissions.all().delete()
    editors.collection_permissions.all().delete()

    changes = roles_sync()

    assert "Curriculum editors: add wagtailcore.publish_page on every page" in changes
    assert (
        "Curriculum editors: add assessments.change_question in every collection"
        in changes
    )
    assert editors.page_permissions.filter(
        permission__codename="publish_page", page__depth=1
    ).exists()


def test_trainers_hold_nothing_on_the_whole_tree_and_roles_sync_takes_it_back():
    # As every site had it before the security review (I6).
    trainers = Group.objects.get(name=Role.TRAINER)
    assert not trainers.page_permissions.exists()
    assert not trainers.collection_permissions.exists()
    trainers.page_permissions.create(
        page=Page.get_first_root_node(), permission=_perm("wagtailcore.publish_page")
    )

    changes = roles_sync()

    assert "Trainers: remove wagtailcore.publish_page on every page" in changes
    assert not trainers.page_permissions.exists()


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
        "lms.services.role_groups.role_definitions",
        lambda: {"Supervisors": ["lms.view_cohrot"]},
    )

    with pytest.raises(CommandError, match="Supervisors: lms.view_cohrot"):
        call_command("roles_sync", stdout=StringIO())


def test_a_new_organisation_gets_its_own_editors_area_and_collection(
    client, home, site_admin
):
    client.force_login(site_admin)

    response = client.post(
        reverse("organisation:add"),
        {"name": "Hillside Parents", "kind": "charity", "support_contact": ""},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    organisation = Organisation.objects.get(name="Hillside Parents")
    assert organisation.editors.name == "Editors: Hillside Parents"
    area = organisation.content_page
    assert area.get_parent().pk == home.pk and not area.live
    assert organisation.collection.get_parent().depth == 1
    assert set(
        organisation.editors.page_permissions.filter(page=area).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}
    assert organisation.editors.collection_permissions.filter(
        collection=organisation.collection, permission__codename="change_rubric"
    ).exists()
    # Nobody else holds anything there but the curriculum editors, from the root.
    assert (
        not GroupPagePermission.objects.filter(page=area)
        .exclude(group=organisation.editors)
        .exists()
    )


def test_roles_sync_gives_each_organisation_its_area_and_permissions_back(home, roles):
    organisation = OrganisationFactory(name="Riverside Trust")
    assert organisation.editors is None  # made before this change, say

    changes = roles_sync()

    organisation.refresh_from_db()
    assert "Riverside Trust (organisation): create its editors group" in changes
    assert "Riverside Trust (organisation): create its own programmes page" in changes
    organisation.editors.page_permissions.all().delete()
    assert roles_sync(dry_run=True) == [
        f"Editors: Riverside Trust: add wagtailcore.{codename} on its own pages"
        for codename in (
            "add_page",
            "change_page",
            "publish_page",
            "lock_page",
            "unlock_page",
        )
    ]
    roles_sync()
    assert organisation.editors.page_permissions.count() == 5
    assert roles_sync(dry_run=True) == []
