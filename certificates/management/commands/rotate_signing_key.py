"""Make a new Open Badges signing key; old public keys stay published."""

from django.conf import settings
from django.core.management.base import BaseCommand

from certificates.credentials import signing_key_rotate


class Command(BaseCommand):
    help = "Create a new signing key for Open Badges credentials and sign with it."

    def handle(self, *args, **options):
        kid = signing_key_rotate()
        self.stdout.write(
            self.style.SUCCESS(
                f"New signing key {kid} in {settings.CERTIFICATE_SIGNING_KEY_DIR}. "
                "Credentials signed with older keys still verify."
            )
        )
