"""Roles as Django groups, and each organisation's editors, pages and collection."""

from collections.abc import Mapping, Sequence

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import (
    ImproperlyConfigured,
)
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from courses.models import (
    HomePage,
    OrganisationIndexPage,
)
from courses.services import clinical_review_workflow_sync

from ..models import (
    Organisation,
    User,
)
from ..roles import (
    PAGE_EDITOR_ROLES,
    PAGE_PERMISSIONS,
    Role,
    collection_permissions,
    role_definitions,
)


class RoleDefinitionError(ImproperlyConfigured):
    """A role definition names permissions that do not exist."""


def _permissions_by_name() -> dict[str, Permission]:
    return {
        f"{perm.content_type.app_label}.{perm.codename}": perm
        for perm in Permission.objects.select_related("content_type")
    }


@transaction.atomic
def roles_sync(
    *,
    definitions: Mapping[str, Sequence[str]] | None = None,
    page_editor_roles: Sequence[str] | None = None,
    dry_run: bool = False,
) -> list[str]:
    """Make each role group hold exactly its defined permissions; say what changed.

    Run by ``manage.py roles_sync`` (never on migrate, so an admin's edit to a group
    stays until someone chooses to restore the definitions). Unknown permission
    names raise ``RoleDefinitionError`` before anything is changed.
    """
    definitions = role_definitions() if definitions is None else definitions
    editors = PAGE_EDITOR_ROLES if page_editor_roles is None else page_editor_roles
    by_name = _permissions_by_name()
    page_names = [f"wagtailcore.{codename}" for codename in PAGE_PERMISSIONS]
    collection_names = [
        f"{app}.{codename}" for app, codename in collection_permissions()
    ]
    unknown = sorted(
        {
            f"{role}: {name}"
            for role, names in definitions.items()
            for name in names
            if name not in by_name
        }
        | {
            f"{role}: {name}"
            for role in editors
            for name in page_names + collection_names
            if name not in by_name
        }
    )
    if unknown:
        raise RoleDefinitionError(
            "These permissions in the role definitions do not exist (check the "
            "app label and codename, and that the app is migrated): "
            + ", ".join(unknown)
        )

    changes: list[str] = []
    groups: dict[str, Group | None] = {}
    for role, names in definitions.items():
        group = Group.objects.filter(name=str(role)).first()
        groups[str(role)] = group
        if group is None:
            changes.append(f"{role}: create the group")
            current: set[str] = set()
        else:
            current = {
                f"{perm.content_type.app_label}.{perm.codename}"
                for perm in group.permissions.select_related("content_type")
            }
        wanted = set(names)
        changes += [f"{role}: add {name}" for name in sorted(wanted - current)]
        changes += [f"{role}: remove {name}" for name in sorted(current - wanted)]
        if not dry_run:
            if group is None:
                group = groups[str(role)] = Group.objects.create(name=str(role))
            group.permissions.set([by_name[name] for name in wanted])

    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for role in editors:
        group = groups.get(str(role)) or Group.objects.filter(name=str(role)).first()
        if group is None and not dry_run:
            group = Group.objects.create(name=str(role))
        for name in page_names if root_page is not None else []:
            held = group is not None and (
                GroupPagePermission.objects.filter(
                    group=group, page=root_page, permission=by_name[name]
                ).exists()
            )
            if not held:
                changes.append(f"{role}: add {name} on every page")
                if not dry_run:
                    GroupPagePermission.objects.create(
                        group=group, page=root_page, permission=by_name[name]
                    )
        for name in collection_names if root_collection is not None else []:
            held = group is not None and (
                GroupCollectionPermission.objects.filter(
                    group=group, collection=root_collection, permission=by_name[name]
                ).exists()
            )
            if not held:
                changes.append(f"{role}: add {name} in every collection")
                if not dry_run:
                    GroupCollectionPermission.objects.create(
                        group=group,
                        collection=root_collection,
                        permission=by_name[name],
                    )
    # Other roles hold no permission on the whole tree (security review, I6).
    others = [groups.get(str(role)) for role in definitions if role not in editors]
    for group in filter(None, others):
        for held in GroupPagePermission.objects.filter(
            group=group, page__depth=1
        ).select_related("permission"):
            changes.append(
                f"{group.name}: remove wagtailcore.{held.permission.codename} "
                "on every page"
            )
            if not dry_run:
                held.delete()
        for held in GroupCollectionPermission.objects.filter(
            group=group, collection__depth=1
        ).select_related("permission__content_type"):
            perm = held.permission
            changes.append(
                f"{group.name}: remove {perm.content_type.app_label}.{perm.codename} "
                "in every collection"
            )
            if not dry_run:
                held.delete()
    for organisation in Organisation.objects.order_by("pk"):
        changes += organisation_content_area_ensure(
            organisation=organisation, dry_run=dry_run, by_name=by_name
        )
    changes += clinical_review_workflow_sync(dry_run=dry_run)
    return changes


def _editors_group_name(organisation: Organisation) -> str:
    name = f"Editors: {organisation.name}"[:150]
    if Group.objects.filter(name=name).exists():
        name = f"{name[:140]} ({organisation.pk})"
    return name


def _area_slug(home: Page, organisation: Organisation) -> str:
    base = slugify(organisation.name)[:200] or "organisation"
    if Page.objects.child_of(home).filter(slug=base).exists():
        return f"{base}-{organisation.pk}"
    return base


def organisation_content_area_ensure(
    *,
    organisation: Organisation,
    dry_run: bool = False,
    by_name: Mapping[str, Permission] | None = None,
) -> list[str]:
    """Give an organisation its editors group, its own page area under the home
    page and its own collection, with Wagtail's page and collection permissions on
    them for that group only; say what was missing.

    Run when an organisation is created, and by ``roles_sync`` for every one.
    """
    by_name = _permissions_by_name() if by_name is None else by_name
    label = f"{organisation.name} (organisation)"
    changes: list[str] = []
    group = organisation.editors
    if group is None:
        changes.append(f"{label}: create its editors group")
        if not dry_run:
            group = Group.objects.create(name=_editors_group_name(organisation))
    collection = organisation.collection
    if collection is None:
        changes.append(f"{label}: create its collection")
        if not dry_run:
            collection = Collection.get_first_root_node().add_child(
                instance=Collection(name=organisation.name[:255])
            )
    page = organisation.content_page
    home = HomePage.objects.order_by("path").first()
    if page is None and home is not None:
        changes.append(f"{label}: create its own programmes page")
        if not dry_run:
            # A draft: its programmes are reached through the organisation's cohorts.
            page = home.add_child(
                instance=OrganisationIndexPage(
                    title=organisation.name[:255],
                    slug=_area_slug(home, organisation),
                    live=False,
                )
            )
    if not dry_run:
        organisation.editors, organisation.collection = group, collection
        organisation.content_page = page
        organisation.save(update_fields=["editors", "collection", "content_page"])
    wanted = []
    if group is not None and page is not None:
        wanted += [
            (GroupPagePermission, {"page": page}, f"wagtailcore.{codename}", "pages")
            for codename in PAGE_PERMISSIONS
        ]
    if group is not None and collection is not None:
        wanted += [
            (
                GroupCollectionPermission,
                {"collection": collection},
                f"{a}.{c}",
                "collection",
            )
            for a, c in collection_permissions()
        ]
    for model, where, name, place in wanted:
        if not model.objects.filter(
            group=group, permission=by_name[name], **where
        ).exists():
            changes.append(f"{group.name}: add {name} on its own {place}")
            if not dry_run:
                model.objects.create(group=group, permission=by_name[name], **where)
    return changes
    organisation.editors, organisation.collection = group, collection
    organisation.content_page = page
    organisation.save(update_fields=["editors", "collection", "content_page"])
    for codename in PAGE_PERMISSIONS if page is not None else []:
        _, made = GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=by_name[f"wagtailcore.{codename}"]
        )
        if made:
            changes.append(f"{group.name}: add wagtailcore.{codename} on its pages")
    for app_label, codename in collection_permissions():
        _, made = GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=by_name[f"{app_label}.{codename}"],
        )
        if made:
            changes.append(
                f"{group.name}: add {app_label}.{codename} in its collection"
            )
    return changes


def user_add_role(*, user: User, role: Role) -> None:
    """Give a person a role."""
    group, _created = Group.objects.get_or_create(name=role.value)
    user.groups.add(group)
    user.__dict__.pop("_role_names", None)


def user_has_no_role(user: User) -> bool:
    """True for a person who holds no role yet."""
    return not user.groups.exists() and not user.is_superuser
