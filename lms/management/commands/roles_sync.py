"""manage.py roles_sync: restore the role groups to the definitions in lms/roles.py."""

from django.core.management.base import BaseCommand, CommandError

from lms.services import RoleDefinitionError, roles_sync


class Command(BaseCommand):
    help = (
        "Restore each role's group to the permissions defined in lms/roles.py, undoing "
        "any edits made in the admin's Groups pages, and list what changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only say what would change; save nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        try:
            changes = roles_sync(dry_run=dry_run)
        except RoleDefinitionError as error:
            raise CommandError(str(error)) from error
        if not changes:
            self.stdout.write("Every role already has exactly its defined permissions.")
            return
        heading = (
            "These changes would be made (dry run: nothing saved):"
            if dry_run
            else "Changed:"
        )
        self.stdout.write(heading)
        for change in changes:
            self.stdout.write(f"  {change}")
        if not dry_run:
            self.stdout.write(self.style.SUCCESS(f"{len(changes)} changes made."))
