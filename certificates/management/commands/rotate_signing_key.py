"""Make new Open Badges signing keys; old public keys stay published."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from certificates import did
from certificates.credentials import signing_key_rotate


class Command(BaseCommand):
    help = (
        "Create new signing keys for Open Badges credentials (RSA for the VC-JWT, "
        "Ed25519 for the Data Integrity proof) and sign with them. With "
        "--organisation, a new Ed25519 key for that organisation's DID only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--organisation",
            type=int,
            metavar="ID",
            help="The organisation (its id) whose did:web key to rotate.",
        )

    def handle(self, *args, organisation=None, **options):
        if organisation is not None:
            self._rotate_organisation(organisation)
            return
        try:
            multikey = did.rotate()
        except did.DocumentFull as error:
            raise CommandError(str(error)) from error
        kid = signing_key_rotate()
        self.stdout.write(
            self.style.SUCCESS(
                f"New signing keys {kid} (RSA) and {multikey} (Ed25519) in "
                f"{settings.CERTIFICATE_SIGNING_KEY_DIR}. Credentials signed with "
                "older keys still verify: their public keys stay in "
                "/.well-known/jwks.json and /.well-known/did.json."
            )
        )

    def _rotate_organisation(self, organisation_id: int):
        from lms.models import Organisation

        if not Organisation.objects.filter(pk=organisation_id).exists():
            raise CommandError(f"No organisation with id {organisation_id}.")
        issuer = did.organisation(organisation_id)
        try:
            multikey = did.rotate(issuer)
        except did.DocumentFull as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"New Ed25519 key {multikey} for {issuer.did}. Credentials signed "
                "with its older keys still verify: they stay in "
                f"/organisations/{organisation_id}/did.json."
            )
        )
