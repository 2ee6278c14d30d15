"""Extension points the feature apps plug into, so `lms` never imports them.

Each feature app (certificates, lms.awareness, lms.cohorts, ...) registers here from
its AppConfig.ready(). The registries are plain lists and dicts.

- ``dashboard_section(fn)``: ``fn(user) -> DashboardSection | None``, shown on
  "My learning" in ``order``.
- ``demo_seeder(fn)``: ``fn(users: dict[str, User]) -> DemoResult``; run at the end
  of ``seed_demo`` inside its transaction; must be idempotent.
- ``learner_fact(name, fn)``: ``fn(user_ids, programme) -> dict[user_id, value]``;
  columns a trainer's gradebook can show (certificate status, practice hours, ...),
  one query per fact.
- ``personal_data(model, user_field, ...)``: every model holding a person's data
  says how to export it and what to do when the person asks to be erased.
- ``email_choices(wanted, unsubscribe_url)``: the app that keeps people's email
  choices says whether someone wants one kind of email (``wanted(user_id, kind)``)
  and gives the sign-in-free link that stops it (``unsubscribe_url(user_id, kind)``).
  Apps that send their own emails ask ``email_wanted`` first and add
  ``email_unsubscribe_line`` at the end.
- ``nav_link(fn)``: ``fn(user) -> NavLink | None``: a link in the main menu for the
  signed-in people it applies to (practice for trainees, say).
- ``destination(name, url_name)``: a place an app above offers by name (such as
  "certificates", the person's certificates), for pages below to link to when it
  is there: ``destination_url(name)`` gives its URL or None.
- ``role_permissions(role, names)``: model permissions ("app_label.codename") an
  app above lms gives one of the roles (lms/roles.py names the roles); restored by
  ``manage.py roles_sync`` with the rest.
- ``account_link(fn)``: ``fn(user) -> NavLink | None``: a link under "Other things
  you can do" on the person's account page.
- ``learner_trainers(fn)``: ``fn(user) -> list[str]``: the names of the people who
  train this learner (a quiz names them when its attempts are used up);
  ``learner_trainer_names(user)`` gathers them.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DashboardSection:
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    order: int = 100
    # A staff member's home (a supervisor's queue, a team lead's teams): someone
    # with one is not told "You are not taking a programme yet".
    home: bool = False


@dataclass(frozen=True)
class NavLink:
    label: str
    url: str
    order: int = 100


@dataclass
class DemoResult:
    """What a demo seeder made: counts for the summary line and extra sign-in lines."""

    counts: dict[str, int] = field(default_factory=dict)
    sign_ins: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PersonalData:
    model: type
    user_field: str
    # "delete": rows go when the person is erased; "anonymise": rows stay with the
    # person's link removed (records others rely on, such as a verifiable
    # certificate's status history); "keep": kept by law or contract, and listed
    # in the export.
    on_erase: str = "delete"
    export_fields: tuple[str, ...] | None = None
    reason: str = ""


_dashboard_sections: list[Callable] = []
_demo_seeders: list[Callable] = []
_learner_facts: dict[str, Callable] = {}
_personal_data: list[PersonalData] = []
_email_choices: list[tuple[Callable, Callable]] = []
_nav_links: list[Callable] = []


def nav_link(fn: Callable) -> Callable:
    if fn not in _nav_links:
        _nav_links.append(fn)
    return fn


def nav_links(user) -> list[NavLink]:
    """The feature apps' main-menu links that apply to this person, in order."""
    if not getattr(user, "is_authenticated", False):
        return []
    links = [link for fn in _nav_links if (link := fn(user))]
    return sorted(links, key=lambda link: link.order)


_account_links: list[Callable] = []


def account_link(fn: Callable) -> Callable:
    if fn not in _account_links:
        _account_links.append(fn)
    return fn


def account_links(user) -> list[NavLink]:
    """The feature apps' links on the account page that apply to this person."""
    if not getattr(user, "is_authenticated", False):
        return []
    links = [link for fn in _account_links if (link := fn(user))]
    return sorted(links, key=lambda link: link.order)


def dashboard_section(fn: Callable) -> Callable:
    if fn not in _dashboard_sections:
        _dashboard_sections.append(fn)
    return fn


def dashboard_sections(user) -> list[DashboardSection]:
    sections = [section for fn in _dashboard_sections if (section := fn(user))]
    return sorted(sections, key=lambda section: section.order)


def demo_seeder(fn: Callable) -> Callable:
    if fn not in _demo_seeders:
        _demo_seeders.append(fn)
    return fn


def demo_seeders() -> list[Callable]:
    return list(_demo_seeders)


def learner_fact(name: str, fn: Callable) -> Callable:
    _learner_facts[name] = fn
    return fn


def learner_facts() -> dict[str, Callable]:
    return dict(_learner_facts)


def personal_data(
    model: type,
    user_field: str,
    *,
    on_erase: str = "delete",
    export_fields: tuple[str, ...] | None = None,
    reason: str = "",
) -> None:
    if on_erase not in {"delete", "anonymise", "keep"}:
        raise ValueError(f"Unknown erase rule {on_erase!r} for {model.__name__}")
    if any(entry.model is model for entry in _personal_data):
        return
    _personal_data.append(
        PersonalData(model, user_field, on_erase, export_fields, reason)
    )


def personal_data_registry() -> list[PersonalData]:
    return list(_personal_data)


def email_choices(wanted: Callable, unsubscribe_url: Callable) -> None:
    if (wanted, unsubscribe_url) not in _email_choices:
        _email_choices.append((wanted, unsubscribe_url))


def email_wanted(user_id: int, kind: str) -> bool:
    """Whether the person still wants this kind of email (yes unless they said no)."""
    return all(wanted(user_id, kind) for wanted, _ in _email_choices)


def email_unsubscribe_line(user_id: int, kind: str) -> str:
    """The closing line of an email that someone can choose not to get."""
    from django.utils.translation import gettext as _

    for _wanted, unsubscribe_url in _email_choices:
        return _("To stop these emails, open: %s") % unsubscribe_url(user_id, kind)
    return ""


role_permission_registry: dict[str, list[str]] = {}


def role_permissions(role: str, names: list[str]) -> None:
    """Give a role (a group name) model permissions from an app above lms."""
    held = role_permission_registry.setdefault(str(role), [])
    held += [name for name in names if name not in held]


destination_registry: dict[str, str] = {}


def destination(name: str, url_name: str) -> None:
    """Offer a page by name (an app above lms registers, pages below link to it)."""
    destination_registry[name] = url_name


def destination_url(name: str) -> str | None:
    """The URL of a named destination, or None when no installed app offers it."""
    from django.urls import reverse

    url_name = destination_registry.get(name)
    return reverse(url_name) if url_name else None


_learner_trainers: list[Callable] = []


def learner_trainers(fn: Callable) -> Callable:
    """Say who trains a learner (the app that knows cohorts registers)."""
    if fn not in _learner_trainers:
        _learner_trainers.append(fn)
    return fn


def learner_trainer_names(user) -> list[str]:
    """The names of the people who train this learner, each once, in order."""
    names = [name for fn in _learner_trainers for name in fn(user)]
    return list(dict.fromkeys(name for name in names if name))
