"""Production settings pass Django's deploy checks and fail loudly without secrets."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args, tmp_path, **env):
    clean = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        # Never touch the developer's database from these checks.
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production-check.sqlite3'}",
        **env,
    }
    return subprocess.run(  # noqa: S603 - fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_deploy_check_passes_with_every_secret(tmp_path):
    result = _manage(
        "check",
        "--deploy",
        tmp_path=tmp_path,
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="alongside.example.org",
        REDIS_CACHE_URL="redis://127.0.0.1:6379/8",
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


def test_deploy_check_says_one_process_only_without_a_shared_cache(tmp_path):
    result = _manage(
        "check",
        "--deploy",
        tmp_path=tmp_path,
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="alongside.example.org",
    )

    output = result.stderr + result.stdout
    assert "(alongside.W010)" in output
    assert "Run exactly one process." in output
    assert "REDIS_CACHE_URL" in output


def test_missing_secret_key_is_refused(tmp_path):
    result = _manage(
        "check", "--deploy", tmp_path=tmp_path, ALLOWED_HOSTS="alongside.example.org"
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


@pytest.mark.parametrize(
    "weak_key",
    ["too-short", "dev-only-not-secret-alongside-local-key-0123456789-padding-padding"],
)
def test_weak_secret_key_is_refused(tmp_path, weak_key):
    result = _manage(
        "check",
        "--deploy",
        tmp_path=tmp_path,
        SECRET_KEY=weak_key,
        ALLOWED_HOSTS="alongside.example.org",
    )

    assert result.returncode != 0
    assert "SECRET_KEY must be a long random value in production." in result.stderr


def test_missing_allowed_hosts_is_refused(tmp_path):
    result = _manage(
        "check", "--deploy", tmp_path=tmp_path, SECRET_KEY=secrets.token_urlsafe(64)
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "ALLOWED_HOSTS" in result.stderr


def test_seed_demo_is_refused_in_production(tmp_path):
    result = _manage(
        "seed_demo",
        tmp_path=tmp_path,
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="alongside.example.org",
    )

    assert result.returncode != 0
    assert "CommandError: Demo accounts are refused under these settings" in (
        result.stderr
    )
    assert "Demo ready" not in result.stdout


def test_collectstatic_works_with_production_settings(tmp_path):
    static_root = tmp_path / "static"
    result = _manage(
        "collectstatic",
        "--noinput",
        tmp_path=tmp_path,
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="alongside.example.org",
        STATIC_ROOT=str(static_root),
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
        ("", "django.contrib.sessions.backends.db"),
        ("redis://127.0.0.1:6379/7", "django.contrib.sessions.backends.cached_db"),
    ],
)
def test_sessions_use_the_cache_only_when_it_is_shared(tmp_path, redis, engine):
    result = _manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SESSION_ENGINE)",
        tmp_path=tmp_path,
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="alongside.example.org",
        REDIS_CACHE_URL=redis,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == engine
