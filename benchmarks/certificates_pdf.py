"""Benchmark: certificate PDFs rendered per second on one core (target: 100 or more).

Run from the project root:

    .venv/bin/python benchmarks/certificates_pdf.py --count 500

Rendering is a pure function of the certificate, so no database is needed: the
certificates are unsaved model instances with realistic text. Prints the rate and
the largest PDF's size (target: 30 KB or less), and exits non-zero if either misses.
"""

import argparse
import datetime
import os
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--rate", type=float, default=100.0, help="PDFs per second")
    args = parser.parse_args()

    import django

    django.setup()
    from certificates.models import (
        Certificate,
        certificate_number_new,
        verification_token_new,
    )
    from certificates.pdf import certificate_pdf

    today = datetime.date(2026, 12, 1)
    certificates = [
        Certificate(
            kind="programme",
            number=certificate_number_new(),
            token=verification_token_new(),
            name=f"Trainee Number {n} Example-Surname",
            title="Perinatal Peer Support: Foundation Certificate",
            organisation_name="Brighter Days Peer Support",
            signatory_name="Ruth Adeyemi",
            signatory_role="Lead trainer",
            learning_hours=Decimal("40"),
            issued_on=today,
            expires_on=today.replace(year=2028),
        )
        for n in range(args.count)
    ]
    certificate_pdf(certificates[0])  # fonts registered once per process
    started = time.perf_counter()
    largest = max(len(certificate_pdf(c)) for c in certificates)
    elapsed = time.perf_counter() - started
    rate = args.count / elapsed
    print(
        f"{args.count} PDFs in {elapsed:.2f} s: {rate:.0f} per second on one core; "
        f"largest {largest / 1024:.1f} KB"
    )
    return 0 if rate >= args.rate and largest <= 30 * 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
