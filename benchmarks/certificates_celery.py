"""Benchmark: 1,000 certificates issued through Celery on Redis by two worker
processes (target: 30 seconds or less, with no duplicates and one email each).

Run from the project root with PostgreSQL and Redis running:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/alongside_bench \\
    CELERY_BROKER_URL=redis://127.0.0.1:6379/3 \\
        .venv/bin/python benchmarks/certificates_celery.py --count 1000

It builds a throwaway test database (``test_<name>``) with one programme whose only
requirement is one reflective-log entry, and ``count`` trainees who have written one.
Then it starts ``celery -A config worker --concurrency=2`` on a queue of its own, queues
one issuing task per trainee (plus 10% duplicates), and times until every certificate
has been issued and emailed (to files). Each task checks the rules, issues, renders
the PDF and sends the email.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--limit", type=float, default=30.0, help="seconds allowed")
    args = parser.parse_args()
    broker = os.environ.get("CELERY_BROKER_URL")
    if not broker or "DATABASE_URL" not in os.environ:
        print("Set DATABASE_URL (PostgreSQL) and CELERY_BROKER_URL (Redis).")
        return 2

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, keepdb=False)
    db = connection.settings_dict
    mail_dir = Path(tempfile.mkdtemp(prefix="alongside-bench-mail-"))
    queue = f"alongside-bench-{uuid.uuid4().hex[:8]}"
    worker = None
    try:
        from wagtail.models import Page

        from certificates.models import Certificate
        from certificates.tasks import certificate_issue_task
        from config.celery import app
        from courses.factories import HomePageFactory
        from lms.models import ReflectiveEntry, User
        from tests.certificates.conftest import make_rules, requirement
        from tests.conftest import build_programme

        home = HomePageFactory(parent=Page.get_first_root_node(), title="Bench")
        programme = build_programme(home, modules=1, lessons=1)[0]
        make_rules(programme, requirement("reflections", entries=1))
        users = User.objects.bulk_create(
            User(email=f"bench{n}@example.org", full_name=f"Bench Trainee {n}")
            for n in range(args.count)
        )
        ReflectiveEntry.objects.bulk_create(
            ReflectiveEntry(owner=user, body="counted") for user in users
        )
        env = {
            **os.environ,
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(mail_dir),
            # Workers keep their database connection between tasks, as in production.
            "CONN_MAX_AGE": "60",
            "DATABASE_URL": (
                f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:"
                f"{db['PORT'] or 5432}/{db['NAME']}"
            ),
        }
        worker = subprocess.Popen(  # noqa: S603 - our own worker command
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "--concurrency=2",
                "--loglevel=" + os.environ.get("BENCH_LOGLEVEL", "WARNING"),
                "-Q",
                queue,
                "-n",
                f"{queue}@%h",
            ],
            cwd=ROOT,
            env=env,
        )
        app.conf.update(
            broker_url=broker, task_always_eager=False, task_default_queue=queue
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            replies = app.control.ping(timeout=1) or []
            if any(next(iter(r)).startswith(f"{queue}@") for r in replies):
                break
        started = time.perf_counter()
        for index, user in enumerate(users):
            certificate_issue_task.delay(user_id=user.pk, programme_id=programme.pk)
            if index % 10 == 0:  # a double click
                certificate_issue_task.delay(user_id=user.pk, programme_id=programme.pk)
        while time.perf_counter() - started < args.limit * 10:
            done = Certificate.objects.filter(emailed_at__isnull=False).count()
            if done >= args.count:
                break
            time.sleep(0.25)
        elapsed = time.perf_counter() - started
        time.sleep(2)  # let the duplicate tasks finish too
        certificates = Certificate.objects.count()
        # Django's file backend may append two messages sent in the same second to
        # one file, so count the messages, not the files.
        emails = sum(
            path.read_text(errors="replace").count("\nMessage-ID: ")
            for path in mail_dir.iterdir()
        )
        print(
            f"{certificates} certificates and {emails} emails for {args.count} "
            f"trainees in {elapsed:.1f} s with two worker processes"
        )
        ok = certificates == args.count == emails and elapsed <= args.limit
        return 0 if ok else 1
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(timeout=60)
        connection.creation.destroy_test_db(db["NAME"], verbosity=0)
        for path in mail_dir.iterdir():
            path.unlink()
        mail_dir.rmdir()


if __name__ == "__main__":
    sys.exit(main())
