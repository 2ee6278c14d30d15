"""manage.py personal_data export|erase EMAIL: a site admin runs a person's request."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from lms.models import AuditEvent, User
from lms.privacy import personal_data_erase, personal_data_export
from lms.security.audit import audit_record


class Command(BaseCommand):
    help = "Export (JSON on stdout) or erase everything held about one person."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("email")
        parser.add_argument(
            "--yes", action="store_true", help="Erase without asking to confirm."
        )

    def handle(self, *args, action, email, yes=False, **options):
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError(f"No account with the address {email}.")
        if action == "export":
            data = personal_data_export(user=user)
            audit_record(action=AuditEvent.Action.DATA_EXPORTED, subject=user, by="cli")
            self.stdout.write(json.dumps(data, indent=2, cls=DjangoJSONEncoder))
            return
        if not yes:
            answer = input(f"Erase {email} and all their data? Type 'erase': ")
            if answer.strip() != "erase":
                raise CommandError("Nothing was erased.")
        personal_data_erase(user=user)
        self.stdout.write(self.style.SUCCESS(f"{email} has been erased."))
