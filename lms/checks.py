"""What a production deployment needs: refused at start-up, warned by `check --deploy`.

``deploy_problems`` looks at settings values only (no models), so the production
settings module can refuse to start with it, and ``manage.py check --deploy`` can warn
with the same words for a settings module of someone's own built on ``base``.
"""

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core import checks

# Dev and test keys in this repository, and Django's own placeholder prefix.
KNOWN_WEAK_KEY_PREFIXES = ("dev-only", "test-only", "django-insecure")
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_UNIQUE_CHARACTERS = 5

# Folders that are emptied on restart (refused for signing keys, never written to).
_TEMPORARY_DIRS = {
    Path(p).resolve()
    for p in ("/tmp", "/var/tmp", "/dev/shm", tempfile.gettempdir())  # nosec B108  # noqa: S108
}
_UNSENT_EMAIL_BACKENDS = ("console", "locmem", "dummy", "filebased")


@dataclass(frozen=True)
class DeployProblem:
    """One thing that would go wrong in production, and what to set instead."""

    id: str
    message: str
    hint: str

    def __str__(self) -> str:
        return f"[{self.id}] {self.message} {self.hint}"


def _secret_key_problem(key: str) -> DeployProblem | None:
    if (
        len(key) >= SECRET_KEY_MIN_LENGTH
        and len(set(key)) >= SECRET_KEY_MIN_UNIQUE_CHARACTERS
        and not key.startswith(KNOWN_WEAK_KEY_PREFIXES)
    ):
        return None
    return DeployProblem(
        "alongside.W006",
        "SECRET_KEY must be a long random value in production (at least "
        f"{SECRET_KEY_MIN_LENGTH} characters, not one of the development or test "
        "keys).",
        "Set SECRET_KEY to a new random value, for example the output of "
        "`python -c 'import secrets; print(secrets.token_urlsafe(64))'`, and keep "
        "it secret.",
    )


def _is_temporary(path: Path) -> bool:
    resolved = path.resolve()
    return any(resolved == d or d in resolved.parents for d in _TEMPORARY_DIRS)


def deploy_problems(get: Callable[[str, Any], Any]) -> list[DeployProblem]:
    """Everything in these settings that would fail in production.

    ``get(name, default)`` reads one setting.
    """
    problems = []
    engine = get("DATABASES", {}).get("default", {}).get("ENGINE", "")
    if "sqlite" in engine:
        problems.append(
            DeployProblem(
                "alongside.W001",
                "The database is SQLite, which cannot be shared by several "
                "processes or servers.",
                "Set DATABASE_URL to a PostgreSQL database, for example "
                "DATABASE_URL=postgres://alongside:PASSWORD@db.example.org:5432/"
                "alongside.",
            )
        )
    email_backend = get("EMAIL_BACKEND", "")
    if any(f".{name}." in email_backend for name in _UNSENT_EMAIL_BACKENDS):
        problems.append(
            DeployProblem(
                "alongside.W002",
                f"Email is not sent anywhere ({email_backend}): password resets, "
                "sign-in links and certificates would never arrive.",
                "Set EMAIL_URL to your mail server, for example "
                "EMAIL_URL=smtp+tls://USER:PASSWORD@smtp.example.org:587, and "
                "DEFAULT_FROM_EMAIL to the address mail comes from.",
            )
        )
    cache_backend = get("CACHES", {}).get("default", {}).get("BACKEND", "")
    if "locmem" in cache_backend and not get("ALLOW_SINGLE_PROCESS", False):
        problems.append(
            DeployProblem(
                "alongside.W003",
                "The cache is kept separately in each process, so with more than "
                "one web process a change made in one is not seen by the others: "
                "privacy choices and edited lessons could lag.",
                "Set REDIS_CACHE_URL to a Redis database, for example "
                "REDIS_CACHE_URL=redis://redis.example.org:6379/1. If this "
                "deployment really runs a single web process (WEB_CONCURRENCY=1), "
                "say so with ALLOW_SINGLE_PROCESS=true.",
            )
        )
    if get("CELERY_TASK_ALWAYS_EAGER", False) or not get("CELERY_BROKER_URL", ""):
        problems.append(
            DeployProblem(
                "alongside.W004",
                "Background tasks would run inside web requests (Celery is eager, "
                "or has no broker), and reminders would never be sent.",
                "Set CELERY_BROKER_URL to a Redis database, for example "
                "CELERY_BROKER_URL=redis://redis.example.org:6379/0, and run a "
                "worker (`celery -A config worker`) and the scheduler "
                "(`celery -A config beat`).",
            )
        )
    key_dir = get("CERTIFICATE_SIGNING_KEY_DIR", None)
    if not get("CERTIFICATE_SIGNING_KEY_DIR_DECLARED", False) or (
        key_dir is not None and _is_temporary(Path(key_dir))
    ):
        problems.append(
            DeployProblem(
                "alongside.W005",
                "The certificate signing keys are not in a folder declared "
                "persistent. If they are lost, a new key is made and no certificate "
                "issued before can be verified.",
                "Set CERTIFICATE_SIGNING_KEY_DIR to a folder on persistent, "
                "backed-up storage (not under /tmp), for example "
                "CERTIFICATE_SIGNING_KEY_DIR=/var/lib/alongside/signing-keys.",
            )
        )
    key_problem = _secret_key_problem(get("SECRET_KEY", "") or "")
    if key_problem is not None:
        problems.append(key_problem)
    return problems


@checks.register(checks.Tags.security, deploy=True)
def deploy_settings_check(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """`manage.py check --deploy`: warn about each production problem."""
    from django.conf import settings

    problems = deploy_problems(lambda name, default: getattr(settings, name, default))
    return [
        checks.Warning(problem.message, hint=problem.hint, id=problem.id)
        for problem in problems
    ]
