"""Benchmark: check and import a 5,000-row staff CSV (target: 10 seconds or less).

Run from the project root, on PostgreSQL for a realistic figure:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/alongside_bench \\
        .venv/bin/python benchmarks/awareness_import.py --rows 5000

It builds a throwaway test database (``test_<name>``), makes one organisation with
ten teams and a team lead, then times the three steps a team lead's upload takes:
the preview (reading and checking every row), the all-or-nothing import, and
sending the invitations (in-process here, with email kept in memory; in production
a Celery worker sends them in batches after the import has been saved).
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("CELERY_BROKER_URL", "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--limit", type=float, default=10.0, help="seconds allowed")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core import mail
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        from lms.awareness import services
        from lms.awareness.models import PendingImport
        from lms.models import Organisation, Team, User

        lead = User.objects.create_user(
            email="bench-lead@example.org", password=None, full_name="Bench Lead"
        )
        trust = Organisation.objects.create(name="Bench Trust", kind="nhs_trust")
        teams = [
            Team.objects.create(organisation=trust, name=f"Ward {n}") for n in range(10)
        ]
        for team in teams:
            team.leads.add(lead)
        lines = ["name,email,job role,team"]
        for n in range(args.rows):
            lines.append(
                f"Staff Member {n},staff{n}@bench.example.org,Staff nurse,Ward {n % 10}"
            )
        data = ("\n".join(lines) + "\n").encode("utf-8")

        started = time.perf_counter()
        preview = services.enrolment_preview(actor=lead, upload=data)
        assert preview.ok, preview.errors or preview.error_rows[:3]
        pending = services.pending_import_create(actor=lead, preview=preview)
        checked = time.perf_counter()
        pending = PendingImport.objects.get(pk=pending.pk)
        # Invitations are queued on commit; time them separately below.
        from django.db import transaction

        with transaction.atomic():
            result = services.enrolment_import(actor=lead, pending=pending)
            imported = time.perf_counter()
        sent = time.perf_counter()
        total = imported - started

        assert (
            User.objects.filter(email__endswith="@bench.example.org").count()
            == args.rows
        )
        assert result.created == args.rows
        print(f"rows:          {args.rows}")
        print(f"file size:     {len(data) / 1024:.0f} KB")
        print(f"preview:       {checked - started:.2f} s")
        print(f"import:        {imported - checked:.2f} s")
        print(f"preview+import {total:.2f} s (limit {args.limit:.0f} s)")
        print(f"invitations:   {sent - imported:.2f} s for {len(mail.outbox)} emails")
        return 0 if total <= args.limit else 1
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    raise SystemExit(main())
