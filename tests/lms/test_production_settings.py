"""Production settings pass Django's deploy checks, and refuse to start on a
configuration that would fail in production (with what to set instead)."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


# A configuration that works in production: PostgreSQL, Redis for the cache and the
# broker, SMTP, and signing keys on a declared folder. Nothing here connects to them.
GOOD = {
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "alongside.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/alongside_ops_production",
    "REDIS_CACHE_URL": "redis://127.0.0.1:6379/9",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/10",
    "EMAIL_URL": "smtp+tls://alongside:password@smtp.example.org:587",
}


def _manage(*args, tmp_path, settings="config.settings.production", **env):
    clean = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": settings,
        **GOOD,
        # Declared, and not temporary (nothing here writes a key to it).
        "CERTIFICATE_SIGNING_KEY_DIR": "/var/lib/alongside/signing-keys",
        **env,
    }
    clean = {name: value for name, value in clean.items() if value is not None}
    return subprocess.run(  # noqa: S603 - fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_deploy_check_passes_with_a_production_configuration(tmp_path):
    result = _manage("check", "--deploy", "--fail-level", "WARNING", tmp_path=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


# Each configuration that would fail in production, the check it fails and what the
# message tells the person deploying to set.
REFUSED = {
    "sqlite": (
        {"DATABASE_URL": "sqlite:///alongside.sqlite3"},
        "alongside.W001",
        "Set DATABASE_URL to a PostgreSQL database",
    ),
    "console email": (
        {"EMAIL_URL": "consolemail://"},
        "alongside.W002",
        "Set EMAIL_URL to your mail server",
    ),
    "no email configured": ({"EMAIL_URL": None}, "alongside.W002", "EMAIL_URL"),
    "dummy email": ({"EMAIL_URL": "dummymail://"}, "alongside.W002", "EMAIL_URL"),
    "per-process cache": (
        {"REDIS_CACHE_URL": None},
        "alongside.W003",
        "say so with ALLOW_SINGLE_PROCESS=true",
    ),
    "no broker": (
        {"CELERY_BROKER_URL": None},
        "alongside.W004",
        "Set CELERY_BROKER_URL to a Redis database",
    ),
    "signing keys defaulted": (
        {"CERTIFICATE_SIGNING_KEY_DIR": None},
        "alongside.W005",
        "Set CERTIFICATE_SIGNING_KEY_DIR to a folder on persistent",
    ),
    "signing keys under /tmp": (
        {"CERTIFICATE_SIGNING_KEY_DIR": "/tmp/alongside-keys"},  # noqa: S108
        "alongside.W005",
        "not under /tmp",
    ),
    "one repeated character": (
        {"SECRET_KEY": "x" * 50},
        "alongside.W006",
        "SECRET_KEY must be a long random value in production",
    ),
    "too short": ({"SECRET_KEY": "too-short"}, "alongside.W006", "SECRET_KEY"),
    "the development key": (
        {"SECRET_KEY": "dev-only-not-secret-alongside-local-key-0123456789-padding"},
        "alongside.W006",
        "SECRET_KEY",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_production_settings_refuse_to_start(tmp_path, case):
    env, check_id, advice = REFUSED[case]

    result = _manage("check", "--deploy", tmp_path=tmp_path, **env)

    assert result.returncode != 0
    assert "ImproperlyConfigured: Alongside's production settings refuse" in (
        result.stderr
    )
    assert check_id in result.stderr
    assert advice in result.stderr
    # Only the one problem is reported: the rest of the configuration is good.
    assert result.stderr.count("[alongside.W") == 1


def test_one_declared_process_may_use_the_per_process_cache(tmp_path):
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        tmp_path=tmp_path,
        REDIS_CACHE_URL=None,
        ALLOW_SINGLE_PROCESS="true",
    )

    assert result.returncode == 0, result.stderr


def test_check_deploy_warns_for_settings_built_on_base(tmp_path):
    # Someone's own settings module, on the embedded defaults, slips past production.py.
    (tmp_path / "own_settings.py").write_text(
        "from config.settings.base import *  # noqa\n"
        "SECRET_KEY = 'x' * 50\n"
        "ALLOWED_HOSTS = ['alongside.example.org']\n"
    )
    result = _manage(
        "check",
        "--deploy",
        tmp_path=tmp_path,
        settings="own_settings",
        PYTHONPATH=str(tmp_path),
        DATABASE_URL=None,
        REDIS_CACHE_URL=None,
        CELERY_BROKER_URL=None,
        EMAIL_URL=None,
        CERTIFICATE_SIGNING_KEY_DIR=None,
    )

    output = result.stderr + result.stdout
    for check_id in [f"alongside.W00{n}" for n in range(1, 7)]:
        assert f"({check_id})" in output, output
    assert "HINT: Set EMAIL_URL to your mail server" in output


def test_missing_secret_key_is_refused(tmp_path):
    result = _manage("check", "--deploy", tmp_path=tmp_path, SECRET_KEY=None)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_missing_allowed_hosts_is_refused(tmp_path):
    result = _manage("check", "--deploy", tmp_path=tmp_path, ALLOWED_HOSTS=None)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "ALLOWED_HOSTS" in result.stderr


def test_seed_demo_is_refused_in_production(tmp_path):
    result = _manage("seed_demo", tmp_path=tmp_path)

    assert result.returncode != 0
    assert "CommandError: Demo accounts are refused under these settings" in (
        result.stderr
    )
    assert "Demo ready" not in result.stdout


def test_collectstatic_works_with_production_settings(tmp_path):
    static_root = tmp_path / "static"
    result = _manage(
        "collectstatic", "--noinput", tmp_path=tmp_path, STATIC_ROOT=str(static_root)
    )

    assert result.returncode == 0, result.stderr
    manifest = (static_root / "staticfiles.json").read_text()
    # Our own files and the NHS.UK frontend (whose CSS names a missing source map)
    # come out hashed and compressed.
    assert '"lms/alongside.css": "lms/alongside.' in manifest
    assert "wagtailnhsukfrontend/css/nhsuk-frontend-10.4.2.min." in manifest
    hashed = next((static_root / "lms").glob("alongside.*.css"))
    assert hashed.with_name(hashed.name + ".gz").exists()


@pytest.mark.parametrize(
    ("redis", "engine"),
    [
        (None, "django.contrib.sessions.backends.db"),
        ("redis://127.0.0.1:6379/9", "django.contrib.sessions.backends.cached_db"),
    ],
)
def test_sessions_use_the_cache_only_when_it_is_shared(tmp_path, redis, engine):
    result = _manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SESSION_ENGINE)",
        tmp_path=tmp_path,
        REDIS_CACHE_URL=redis,
        ALLOW_SINGLE_PROCESS="true",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == engine
