"""The small pieces every matrix file shares: an entry, and expected statuses."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse

from .world import ROLES, World


def roles(default: int, **overrides: int) -> dict[str, int]:
    """Expected status for every role: ``default`` unless overridden."""
    unknown = set(overrides) - set(ROLES)
    assert not unknown, f"unknown roles {unknown}"
    return {role: overrides.get(role, default) for role in ROLES}


def signed_in(status: int, **overrides: int) -> dict[str, int]:
    """Anonymous visitors are sent to sign in; everyone else gets ``status``."""
    return roles(status, anonymous=302, **overrides)


@dataclass(frozen=True)
class Route:
    url: Callable[[World], str]
    expect: dict[str, int]
    method: str = "get"
    data: Callable[[World], dict[str, Any]] = field(default=lambda w: {})


def _u(name: str, *args: Callable[[World], Any]) -> Callable[[World], str]:
    return lambda w: reverse(name, args=[arg(w) for arg in args])
