"""People's accounts: creating one, and their own profile."""

from django.db import transaction

from ..models import (
    User,
)
from ..roles import (
    Role,
)
from .role_groups import user_add_role


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
