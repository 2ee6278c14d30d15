"""Make new Open Badges signing keys; old public keys stay published."""

from django.conf import settings
from django.core.management.base import BaseCommand

from certificates import did
from certificates.credentials import signing_key_rotate


class Command(BaseCommand):
    help = (
        "Create new signing keys for Open Badges credentials (RSA for the VC-JWT, "
        "Ed25519 for the Data Integrity proof) and sign with them."
    )

    def handle(self, *args, **options):
        kid = signing_key_rotate()
        multikey = did.rotate()
        self.stdout.write(
            self.style.SUCCESS(
                f"New signing keys {kid} (RSA) and {multikey} (Ed25519) in "
                f"{settings.CERTIFICATE_SIGNING_KEY_DIR}. Credentials signed with "
                "older keys still verify: their public keys stay in "
                "/.well-known/jwks.json and /.well-known/did.json."
            )
        )
