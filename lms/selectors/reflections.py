"""The reflective log: a person's entries and drafts, and what is shared with whom."""

from django.db.models import Q, QuerySet
from django.http import Http404

from ..models import (
    Cohort,
    ReflectiveEntry,
    User,
)
from ..roles import Role
from .people import user_has_role


def reflection_list(*, owner: User) -> QuerySet[ReflectiveEntry]:
    """The owner's own reflective log, newest first."""
    return ReflectiveEntry.objects.filter(owner=owner).select_related(
        "shared_with", "lesson"
    )


def reflection_draft_for(
    *, user: User, lesson_id: int | None
) -> ReflectiveEntry | None:
    """The user's unfinished entry written after this lesson, if any."""
    if lesson_id is None or not user.is_authenticated:
        return None
    return (
        ReflectiveEntry.objects.filter(owner=user, lesson_id=lesson_id, is_draft=True)
        .order_by("-updated_at")
        .first()
    )


def reflection_drafts_by_prompt(
    *, user: User, lesson_id: int | None
) -> dict[str, ReflectiveEntry]:
    """The user's unfinished entries for this lesson, by the prompt they answer
    (the newest for each), so each prompt on the lesson opens its own draft."""
    if lesson_id is None or not user.is_authenticated:
        return {}
    drafts = ReflectiveEntry.objects.filter(
        owner=user, lesson_id=lesson_id, is_draft=True
    ).order_by("updated_at")
    return {draft.prompt: draft for draft in drafts}


def _cohorts_read_by(user: User) -> QuerySet[Cohort]:
    """Cohorts this person trains or supervises now, holding that role now."""
    reach = Q(pk__in=[])
    if user_has_role(user, Role.TRAINER):
        reach |= Q(trainers=user)
    if user_has_role(user, Role.SUPERVISOR):
        reach |= Q(supervisors=user)
    return Cohort.objects.filter(reach)


def reflections_shared_with(*, user: User) -> QuerySet[ReflectiveEntry]:
    """Entries other people chose to share with this user (never a draft).

    A share is for the trainer or supervisor someone has now: once the reader
    leaves the owner's cohorts or loses the role, the entry is theirs no more.
    """
    return (
        ReflectiveEntry.objects.filter(
            shared_with=user,
            is_draft=False,
            owner__enrolments__cohort__in=_cohorts_read_by(user),
        )
        .distinct()
        .select_related("owner", "lesson")
    )


def reflection_get_for_owner(*, user: User, pk: int) -> ReflectiveEntry:
    """The owner's entry, or 404 for anyone else's (never reveal that it exists)."""
    entry = ReflectiveEntry.objects.filter(pk=pk, owner=user).first()
    if entry is None:
        raise Http404
    return entry


def reflection_get_shared(*, user: User, pk: int) -> ReflectiveEntry:
    """An entry shared with this user, or 404."""
    entry = reflections_shared_with(user=user).filter(pk=pk).first()
    if entry is None:
        raise Http404
    return entry


def reflection_share_candidates(*, user: User) -> QuerySet[User]:
    """Trainers and supervisors of the user's cohorts: whom they may share with."""
    cohorts = Cohort.objects.filter(enrolments__user=user)
    return (
        User.objects.filter(
            Q(cohorts_training__in=cohorts) | Q(cohorts_supervising__in=cohorts),
            is_active=True,
        )
        .exclude(pk=user.pk)
        .distinct()
        .order_by("full_name")
    )
