"""The private reflective log: entries, drafts, deleting and sharing."""

from django.core.exceptions import (
    PermissionDenied,
)
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import (
    LessonPage,
)

from ..models import (
    REFLECTION_MAX_CHARACTERS,
    ReflectiveEntry,
    User,
)
from ..selectors import (
    reflection_share_candidates,
)
from .learning import LearningError


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
