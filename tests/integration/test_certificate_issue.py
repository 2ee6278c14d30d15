"""Exactly one certificate and one email, through real Celery workers on Redis.

Duplicate tasks, two worker processes racing, and a worker killed (SIGKILL) between
issuing and emailing: each ends with one certificate and one email.
"""

import os
import signal
import subprocess
import sys
import time
import uuid

import pytest

from certificates.models import Certificate
from certificates.tasks import certificate_issue_task
from config.celery import app
from lms.models import ReflectiveEntry
from lms.services import enrolment_create
from tests.certificates.conftest import make_rules, requirement

from .conftest import BROKER, ROOT, _wait_for_worker

# Keep the rows migrations made (Wagtail's locale and root page) between tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _worker_env(mail_dir, **extra):
    from django.db import connection

    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.integration.certificates_worker_settings",
        "CELERY_BROKER_URL": BROKER,
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail_dir),
        **extra,
    }
    if db["ENGINE"].endswith("postgresql"):
        env["DATABASE_URL"] = (
            f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        )
    return env


def _start(queue, name, env, *, pool="solo", concurrency=1):
    return subprocess.Popen(  # noqa: S603 - our own worker command
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            f"--pool={pool}",
            f"--concurrency={concurrency}",
            "--loglevel=WARNING",
            "-Q",
            queue,
            "-n",
            f"{name}@%h",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )


def _stop(process, sig=signal.SIGTERM):
    if process.poll() is None:
        os.killpg(process.pid, sig)
        process.wait(timeout=30)


@pytest.fixture
def queue():
    name = f"alongside-certs-{uuid.uuid4().hex[:8]}"
    changed = {
        "broker_url": BROKER,
        "task_always_eager": False,
        "task_default_queue": name,
    }
    previous = {key: app.conf.get(key) for key in changed}
    app.conf.update(changed)
    yield name
    app.conf.update(previous)


@pytest.fixture
def eligible(transactional_db, home):
    from tests.conftest import build_programme, make_user

    programme = build_programme(home, modules=1, lessons=1)[0]
    make_rules(programme, requirement("reflections", entries=1))
    person = make_user(None, full_name="Wren Worker", email="wren@example.org")
    enrolment_create(user=person, programme=programme)
    ReflectiveEntry.objects.create(owner=person, body="counted, never read")
    return person, programme


def _wait(predicate, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def _queue_drained(queue, worker_prefix) -> bool:
    import redis

    client = redis.Redis.from_url(BROKER)
    if client.llen(queue):
        return False
    active = app.control.inspect(timeout=1).active() or {}
    return all(
        not tasks for name, tasks in active.items() if name.startswith(worker_prefix)
    )


def _unacknowledged(queue) -> list[bytes]:
    """Tasks from `queue` that a worker took and has not acknowledged (kombu's Redis
    transport keeps them in the ``unacked`` hash, to hand on if the worker dies)."""
    import json

    import redis

    client = redis.Redis.from_url(BROKER)
    waiting = []
    for payload in client.hvals("unacked"):
        _message, _exchange, routing_key = json.loads(payload)
        if routing_key == queue:
            waiting.append(payload)
    return waiting


def test_duplicate_tasks_on_two_worker_processes(eligible, queue, tmp_path):
    person, programme = eligible
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    worker = _start(queue, queue, _worker_env(mail_dir), pool="prefork", concurrency=2)
    try:
        _wait_for_worker(f"{queue}@")
        for _ in range(12):
            certificate_issue_task.delay(user_id=person.pk, programme_id=programme.pk)
        assert _wait(lambda: len(list(mail_dir.iterdir())) >= 1)
        assert _wait(lambda: _queue_drained(queue, f"{queue}@"))
    finally:
        _stop(worker)
    assert Certificate.objects.filter(user=person).count() == 1
    assert len(list(mail_dir.iterdir())) == 1
    message = next(mail_dir.iterdir()).read_text()
    assert "To: wren@example.org" in message
    assert "application/pdf" in message


def test_worker_killed_mid_task_still_one_certificate_one_email(
    eligible, queue, tmp_path
):
    person, programme = eligible
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    sending = tmp_path / "sending"
    slow = _start(
        queue, f"{queue}-slow", _worker_env(mail_dir, EMAIL_PAUSE_FILE=str(sending))
    )
    try:
        _wait_for_worker(f"{queue}-slow@")
        certificate_issue_task.delay(user_id=person.pk, programme_id=programme.pk)
        # The certificate is issued and committed; the worker is stuck sending it.
        assert _wait(sending.exists)
        assert Certificate.objects.filter(user=person).exists()
    finally:
        _stop(slow, signal.SIGKILL)
    assert list(mail_dir.iterdir()) == []
    assert Certificate.objects.get(user=person).emailed_at is None

    again = _start(queue, f"{queue}-again", _worker_env(mail_dir))
    try:
        _wait_for_worker(f"{queue}-again@")
        # Redis hands the unacknowledged task to the new worker.
        assert _wait(lambda: len(list(mail_dir.iterdir())) >= 1, timeout=90)
        assert _wait(lambda: _queue_drained(queue, f"{queue}-again@"))
        # Nothing can come back: no copy of the task waits unacknowledged in Redis.
        assert _wait(lambda: not _unacknowledged(queue))
    finally:
        _stop(again)
    assert Certificate.objects.filter(user=person).count() == 1
    assert Certificate.objects.get(user=person).emailed_at is not None
    assert len(list(mail_dir.iterdir())) == 1
