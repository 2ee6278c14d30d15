"""Who may use the trainer pages; the cohorts, programmes, invites and trainees
they see."""

from django.db.models import Q, QuerySet
from django.http import Http404

from courses.models import ProgrammePage
from lms.models import Cohort, Enrolment
from lms.roles import Role
from lms.selectors import user_has_role

from ..models import (
    CohortInvite,
    ModuleSchedule,
)


def sees_every_cohort(user) -> bool:
    """Site admins see every cohort."""
    return user.is_authenticated and (
        user.is_superuser or user_has_role(user, Role.SITE_ADMIN)
    )


def may_use_trainer_pages(user) -> bool:
    """Trainers, organisation admins and site admins."""
    return user.is_authenticated and (
        sees_every_cohort(user)
        or user_has_role(user, Role.TRAINER)
        or user_has_role(user, Role.ORGANISATION_ADMIN)
    )


def cohorts_for_user(user) -> QuerySet[Cohort]:
    """Cohorts the user trains or whose organisation they run (all, for site admins)."""
    cohorts = Cohort.objects.select_related("programme", "organisation")
    if sees_every_cohort(user):
        return cohorts
    if not user.is_authenticated:
        return cohorts.none()
    return cohorts.filter(Q(trainers=user) | Q(organisation__admins=user)).distinct()


def cohort_get_for_user(*, user, pk: int) -> Cohort:
    """A cohort the user may see, or 404 (never reveal that someone else's exists)."""
    cohort = cohorts_for_user(user).filter(pk=pk).first()
    if cohort is None:
        raise Http404
    return cohort


def programmes_for_user(user) -> list[ProgrammePage]:
    """Programmes of the cohorts the user sees."""
    ids = cohorts_for_user(user).values_list("programme_id", flat=True)
    return list(ProgrammePage.objects.filter(pk__in=ids).order_by("path"))


def cohort_trainee_ids(cohort: Cohort) -> list[int]:
    """Trainees enrolled through the cohort."""
    return list(
        Enrolment.objects.filter(cohort=cohort)
        .order_by("user__full_name")
        .values_list("user_id", flat=True)
    )


def programme_trainee_ids(*, user, programme: ProgrammePage) -> list[int]:
    """Trainees on a programme in the cohorts the user sees."""
    cohort_ids = list(
        cohorts_for_user(user).filter(programme=programme).values_list("pk", flat=True)
    )
    return list(
        Enrolment.objects.filter(
            programme=programme, cohort_id__in=cohort_ids
        ).values_list("user_id", flat=True)
    )


def cohort_invites(cohort: Cohort) -> QuerySet[CohortInvite]:
    """Invites sent for a cohort, newest first."""
    return CohortInvite.objects.filter(cohort=cohort)


def invite_by_token(token: str) -> CohortInvite | None:
    """An unaccepted invite to an open cohort."""
    return (
        CohortInvite.objects.filter(
            token=token, accepted_at__isnull=True, cohort__is_open=True
        )
        .select_related("cohort__programme", "cohort__organisation")
        .first()
    )


def module_schedules(cohort: Cohort) -> dict[int, ModuleSchedule]:
    """The cohort's dates, by module id."""
    return {s.module_id: s for s in ModuleSchedule.objects.filter(cohort=cohort)}
