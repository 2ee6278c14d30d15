"""manage.py seed_demo: load the demo programme and accounts (idempotent)."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from lms.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, demo_seed


class Command(BaseCommand):
    help = "Create the demo curriculum, directory and accounts. Safe to run again."

    def handle(self, *args, **options):
        try:
            counts = demo_seed()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {counts['modules']} modules, {counts['lessons']} lessons."
            )
        )
        self.stdout.write(f"Demo sign-ins (password for all: {DEMO_PASSWORD}):")
        for spec in DEMO_ACCOUNTS:
            roles = ", ".join(str(role.label) for role in spec.roles)
            self.stdout.write(f"  {spec.email:<26} {roles}")
        for line in counts["sign_ins"]:
            self.stdout.write(f"  {line}")
        self.stdout.write("  The Wagtail admin is at /admin/ (admin@example.org).")
