"""A real Celery worker on Redis, consuming from a queue of its own."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection

from config.celery import app

ROOT = Path(__file__).resolve().parents[2]
BROKER = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")


def pytest_collection_modifyitems(items):
    for item in items:
        if "/integration/" in str(item.fspath):
            item.add_marker(pytest.mark.integration)
            # Every test here commits for real. They all restore the database the
            # same way (serialised rollback), so one test's flush never re-creates
            # rows (the role groups) that the next one restores from the snapshot.
            if item.get_closest_marker("django_db") is None:
                item.add_marker(
                    pytest.mark.django_db(transaction=True, serialized_rollback=True)
                )


@pytest.fixture
def celery_worker(transactional_db, tmp_path):
    """Start `celery -A config worker` on the test database; yield its mail folder."""
    queue = f"alongside-test-{uuid.uuid4().hex[:8]}"
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "CELERY_BROKER_URL": BROKER,
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail_dir),
    }
    if db["ENGINE"].endswith("postgresql"):
        env["DATABASE_URL"] = (
            f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        )
    worker = subprocess.Popen(  # noqa: S603 - our own worker command
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "--loglevel=WARNING",
            "-Q",
            queue,
            "-n",
            f"{queue}@%h",
        ],
        cwd=ROOT,
        env=env,
    )
    changed = {
        "broker_url": BROKER,
        "task_always_eager": False,
        "task_default_queue": queue,
    }
    previous = {key: app.conf.get(key) for key in changed}
    app.conf.update(changed)
    try:
        _wait_for_worker(f"{queue}@")
        yield mail_dir
    finally:
        app.conf.update(previous)
        worker.terminate()
        worker.wait(timeout=30)


def _wait_for_worker(name_prefix: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        replies = app.control.ping(timeout=1) or []
        if any(next(iter(r)).startswith(name_prefix) for r in replies):
            return
    raise RuntimeError("The Celery worker did not start within a minute.")
