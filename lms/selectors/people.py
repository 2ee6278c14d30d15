"""People and their places: roles, teams, cohorts by link, support contacts."""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet

from alongside.numbers import whole_number

from ..models import (
    Cohort,
    Organisation,
    Team,
    User,
)
from ..roles import Role


def user_has_role(user: User | AnonymousUser, role: Role) -> bool:
    """True if the user is signed in and holds the role (superusers hold every role)."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    names = getattr(user, "_role_names", None)
    if names is None:
        names = set(user.groups.values_list("name", flat=True))
        user._role_names = names
    return role.value in names


def organisations_with_support_contact(*, user: User | AnonymousUser):
    """Organisations a person belongs to, or whose teams they are in, that name a
    contact for support."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return (
        Organisation.objects.filter(Q(members=user) | Q(teams__members=user))
        .exclude(support_contact="")
        .distinct()
    )


def teams_for_member(*, user: User) -> QuerySet[Team]:
    """Teams the user belongs to."""
    return Team.objects.filter(members=user).select_related("organisation")


def cohort_by_token(token: str) -> Cohort | None:
    """An open cohort from its invite token."""
    return (
        Cohort.objects.filter(invite_token=token, is_open=True)
        .select_related("programme", "organisation")
        .first()
    )


def id_from(value) -> int | None:
    """A database id from a request parameter, or None when it cannot be one (not
    plain digits, or too big for the database to hold)."""
    return whole_number(value or "", maximum=2**31 - 1) or None
