"""Everything that changes people, enrolment, progress or the reflective log."""

from collections.abc import Mapping, Sequence

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import (
    ImproperlyConfigured,
    PermissionDenied,
    ValidationError,
)
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from courses.models import (
    HomePage,
    LessonPage,
    ModulePage,
    OrganisationIndexPage,
    ProgrammePage,
)
from courses.selectors import lesson_place, programme_of
from courses.services import clinical_review_workflow_sync

from .models import (
    REFLECTION_MAX_CHARACTERS,
    Cohort,
    ContentNoteChoice,
    Enrolment,
    LessonCompletion,
    ModuleCompletion,
    Organisation,
    ReflectiveEntry,
    Team,
    User,
)
from .roles import (
    PAGE_EDITOR_ROLES,
    PAGE_PERMISSIONS,
    Role,
    collection_permissions,
    role_definitions,
)
from .selectors import (
    content_note_needed,
    module_missing_prerequisites,
    module_outline,
    reflection_share_candidates,
)


class LearningError(ValidationError):
    """A learner asked for something they cannot do yet, with a kind explanation."""


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


@transaction.atomic
def user_create(
    *,
    email: str,
    full_name: str,
    password: str,
    nation: str = "",
    email_confirmed: bool = True,
) -> User:
    """Make an account for a new trainee (unconfirmed ones cannot sign in yet)."""
    extra = {} if email_confirmed else {"email_confirmed_at": None}
    user = User.objects.create_user(
        email=email,
        password=password,
        full_name=full_name.strip(),
        nation=nation,
        **extra,
    )
    user_add_role(user=user, role=Role.TRAINEE)
    return user


def user_update_profile(
    *, user: User, full_name: str, certificate_name: str, nation: str
) -> User:
    """Change the names and nation a person has given."""
    user.full_name = full_name.strip()
    user.certificate_name = certificate_name.strip()
    user.nation = nation
    user.save(update_fields=["full_name", "certificate_name", "nation"])
    return user


def enrolment_create(
    *, user: User, programme: ProgrammePage, cohort: Cohort | None = None
) -> Enrolment:
    """Enrol a person on a programme (idempotent); self-enrolment only where allowed."""
    if cohort is None and not programme.self_enrolment:
        raise LearningError(
            _("This programme is by invitation. Ask your trainer for an invite link.")
        )
    if not programme.live:
        raise LearningError(_("This programme is not open at the moment."))
    try:
        with transaction.atomic():
            enrolment, created = Enrolment.objects.get_or_create(
                user=user, programme=programme, defaults={"cohort": cohort}
            )
    except IntegrityError:  # a double click raced us to it
        enrolment, created = (
            Enrolment.objects.get(user=user, programme=programme),
            False,
        )
    if not created and cohort is not None and enrolment.cohort_id is None:
        enrolment.cohort = cohort
        enrolment.save(update_fields=["cohort"])
    if user_has_no_role(user):
        user_add_role(user=user, role=Role.TRAINEE)
    return enrolment


def user_has_no_role(user: User) -> bool:
    """True for a person who holds no role yet."""
    return not user.groups.exists() and not user.is_superuser


def cohort_join(*, user: User, cohort: Cohort) -> Enrolment:
    """Join a cohort through its invite link, enrolling on its programme."""
    if not cohort.is_open:
        raise LearningError(_("This invite link is no longer open."))
    enrolment = enrolment_create(user=user, programme=cohort.programme, cohort=cohort)
    cohort.organisation.members.add(user)
    return enrolment


def team_join(*, user: User, code: str) -> Team:
    """Join a team with the short code a team lead shared, as one of its attendees.

    Joining gives a place in the team and nothing more: not membership of the
    organisation, and no right to see or run anything of anyone else's.
    """
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    team = Team.objects.filter(join_code=cleaned).select_related("organisation").first()
    if team is None:
        raise LearningError(
            _("We could not find a team with that code. Check it and try again.")
        )
    team.members.add(user)
    return team


def _enrolment_for_lesson(*, user: User, programme: ProgrammePage) -> Enrolment:
    enrolment = Enrolment.objects.filter(user=user, programme=programme).first()
    if enrolment is None:
        raise PermissionDenied(_("Enrol on this programme to record your progress."))
    return enrolment


def lesson_check_access(
    *, user: User, lesson_module: ModulePage, programme: ProgrammePage
) -> Enrolment:
    """The enrolment that opens a lesson, or a LearningError saying why not."""
    enrolment = _enrolment_for_lesson(user=user, programme=programme)
    missing = module_missing_prerequisites(user=user, module=lesson_module)
    if missing:
        raise LearningError(
            _("Finish %(modules)s first, then this module opens.")
            % {"modules": ", ".join(m.title for m in missing)}
        )
    if content_note_needed(user=user, module=lesson_module):
        raise LearningError(_("Please read the content note for this module first."))
    return enrolment


# Reading the same lesson again soon after need not write: "last active" is kept to
# within this many seconds, which spares a write on most page views.
# Opening the same lesson again within this time keeps the first opening time: fewer
# writes, and the time from opening to finishing it is what reports show.
LAST_ACTIVE_RESOLUTION = 60 * 60


def lesson_visit(*, enrolment: Enrolment, lesson: LessonPage) -> None:
    """Remember the lesson as the place to resume."""
    now = timezone.now()
    if (
        enrolment.last_lesson_id == lesson.pk
        and enrolment.last_active_at is not None
        and (now - enrolment.last_active_at).total_seconds() < LAST_ACTIVE_RESOLUTION
    ):
        return
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_lesson=lesson, last_active_at=now
    )
    enrolment.last_lesson_id, enrolment.last_active_at = lesson.pk, now


# A lesson left open in a tab for longer is not more learning.
MAX_SECONDS_ON_A_LESSON = LAST_ACTIVE_RESOLUTION


def _seconds_on_lesson(enrolment: Enrolment, lesson: LessonPage) -> int | None:
    """Time since the learner opened this lesson, if it is the one they opened."""
    if enrolment.last_lesson_id != lesson.pk or enrolment.last_active_at is None:
        return None
    seconds = (timezone.now() - enrolment.last_active_at).total_seconds()
    return int(min(max(seconds, 0), MAX_SECONDS_ON_A_LESSON))


@transaction.atomic
def lesson_complete(
    *, user: User, lesson: LessonPage, programme: ProgrammePage
) -> bool:
    """Mark a lesson finished (idempotent); returns True if newly finished."""
    enrolment = _enrolment_for_lesson(user=user, programme=programme)
    _completion, created = LessonCompletion.objects.get_or_create(
        user=user,
        lesson=lesson,
        defaults={
            "lesson_path": lesson.path,
            "lesson_title": lesson.title,
            "seconds_spent": _seconds_on_lesson(enrolment, lesson),
        },
    )
    lesson_visit(enrolment=enrolment, lesson=lesson)
    if created:
        module_completion_record(user=user, module=lesson_place(lesson).module)
    return created


def module_completion_record(
    *, user: User, module: ModulePage
) -> ModuleCompletion | None:
    """Remember for good that the learner finished a module, once every lesson is
    done and every quiz passed or sent for marking; note when every quiz is passed.

    Idempotent. Called when a lesson is finished and when a quiz is passed or sent
    for marking, so later changes to the module never take it away.
    """
    outline = module_outline(user=user, module=module)
    if not outline.is_finished:
        return None
    now = timezone.now()
    passed = outline.is_complete
    record = outline.record
    if record is None:
        record, _created = ModuleCompletion.objects.get_or_create(
            user=user,
            module=module,
            defaults={
                "finished_at": now,
                "passed_at": now if passed else None,
                "module_title": module.title,
            },
        )
    if passed and record.passed_at is None:
        ModuleCompletion.objects.filter(pk=record.pk, passed_at__isnull=True).update(
            passed_at=now
        )
        record.passed_at = now
    return record


def module_completion_record_for_page(*, user_id: int, page_id: int) -> None:
    """A quiz was passed or sent for marking: record its module if now finished."""
    page = Page.objects.filter(pk=page_id).only("path", "depth").first()
    user = User.objects.filter(pk=user_id).first()
    if page is None or user is None:
        return
    module = ModulePage.objects.filter(path=page.path[: -Page.steplen]).first()
    if module is not None:
        module_completion_record(user=user, module=module)


def content_note_choose(
    *, user: User, module: ModulePage, choice: str
) -> ContentNoteChoice:
    """Record what a learner chose at a content note (no penalty for "later").

    Refused while the module is locked: the note is shown, and accepted, only when
    the learner can go straight on to the module.
    """
    if choice not in ContentNoteChoice.Choice.values:
        raise LearningError(_("Please choose one of the options."))
    missing = module_missing_prerequisites(user=user, module=module)
    if missing:
        raise LearningError(
            _("Finish %(modules)s first, then this module opens.")
            % {"modules": ", ".join(m.title for m in missing)}
        )
    return ContentNoteChoice.objects.create(user=user, module=module, choice=choice)


def break_take(*, user: User, lesson: LessonPage | None) -> None:
    """Save the learner's place so they can step away and come back."""
    if lesson is None:
        return
    programme = programme_of(lesson)
    enrolment = Enrolment.objects.filter(user=user, programme=programme).first()
    if enrolment is not None:
        lesson_visit(enrolment=enrolment, lesson=lesson)


def reflection_create(
    *,
    owner: User,
    body: str,
    title: str = "",
    prompt: str = "",
    lesson: LessonPage | None = None,
) -> ReflectiveEntry:
    """Add an entry to the owner's private reflective log."""
    if not body.strip():
        raise LearningError(_("Write something before saving, or leave it for now."))
    if len(body) > REFLECTION_MAX_CHARACTERS:
        raise LearningError(_("Your reflection is too long to save as finished."))
    return ReflectiveEntry.objects.create(
        owner=owner,
        body=body,
        title=title.strip(),
        prompt=prompt.strip(),
        lesson=lesson,
    )


def reflection_update(
    *, entry: ReflectiveEntry, title: str, body: str
) -> ReflectiveEntry:
    """Change an entry's title and text; a draft saved this way is finished."""
    if not body.strip():
        raise LearningError(_("Your reflection cannot be empty."))
    if len(body) > REFLECTION_MAX_CHARACTERS:
        raise LearningError(_("Your reflection is too long to save as finished."))
    entry.title = title.strip()
    entry.body = body
    entry.is_draft = False
    entry.save(update_fields=["title", "body", "is_draft", "updated_at"])
    return entry


def reflection_draft_save(
    *,
    owner: User,
    entry: ReflectiveEntry | None,
    title: str,
    body: str,
    prompt: str = "",
    lesson: LessonPage | None = None,
) -> ReflectiveEntry | None:
    """Keep what was typed when someone stops part-way, whole (even over the limit
    for a finished entry); None when nothing has been typed yet.

    A new or unfinished entry is kept as a draft; a finished one keeps its changes
    only when they would make a finished entry, so it never turns back into a draft.
    """
    if entry is not None and entry.owner_id != owner.pk:
        raise PermissionDenied
    if entry is not None and not entry.is_draft:
        return reflection_update(entry=entry, title=title, body=body)
    if not body.strip() and not title.strip():
        return entry
    if entry is None:
        return ReflectiveEntry.objects.create(
            owner=owner,
            title=title.strip(),
            body=body,
            prompt=prompt.strip(),
            lesson=lesson,
            is_draft=True,
        )
    entry.title = title.strip()
    entry.body = body
    entry.save(update_fields=["title", "body", "updated_at"])
    return entry


def reflection_delete(*, entry: ReflectiveEntry) -> None:
    """Delete an entry for good."""
    entry.delete()


def reflection_share(
    *, entry: ReflectiveEntry, owner: User, with_user: User | None
) -> ReflectiveEntry:
    """Share one entry with a named trainer or supervisor, or stop sharing it."""
    if entry.owner_id != owner.pk:
        raise PermissionDenied
    if with_user is not None and entry.is_draft:
        raise LearningError(_("Finish this entry before sharing it."))
    if (
        with_user is not None
        and not reflection_share_candidates(user=owner).filter(pk=with_user.pk).exists()
    ):
        raise LearningError(
            _("You can share only with a trainer or supervisor of your cohort.")
        )
    entry.shared_with = with_user
    entry.shared_at = timezone.now() if with_user else None
    entry.save(update_fields=["shared_with", "shared_at", "updated_at"])
    return entry
