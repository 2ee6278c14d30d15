"""What a holder does with their own certificate: privacy choices, share links for
one reader each, and the "Add to wallet" exchange that binds a credential to their
wallet's DID."""

import datetime
import secrets
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import credentials, holder_binding
from ..models import AccreditationRules, Certificate, ShareLink, WalletExchange

EXCHANGE_LIFETIME = datetime.timedelta(minutes=15)
SHARE_LINKS_MOST = 50


def _rules(certificate: Certificate) -> AccreditationRules | None:
    if not certificate.programme_id:
        return None
    return AccreditationRules.objects.filter(
        programme_id=certificate.programme_id
    ).first()


def public_wording_options(certificate: Certificate) -> list[str]:
    """The wordings a holder may choose from: the title, then the neutral ones
    the organisation offers for the programme."""
    options = [certificate.title]
    rules = _rules(certificate)
    if rules:
        options += [o for o in rules.public_wording_options if o not in options]
    return options


@transaction.atomic
def certificate_privacy_set(
    *, certificate: Certificate, shows_name: bool, wording: str
) -> Certificate:
    """Save whether credentials show the holder's name and which wording they use."""
    if wording not in public_wording_options(certificate):
        raise ValidationError(
            {"wording": _("Choose one of the wordings your organisation offers.")}
        )
    certificate.holder_shows_name = bool(shows_name)
    neutral = wording != certificate.title
    certificate.public_title = wording if neutral else ""
    # A neutral wording brings the organisation's neutral description and criteria
    # (as they are now, so the badge does not change under its holder); without
    # them, Certificate.shown_description and shown_criteria say only the wording.
    rules = _rules(certificate) if neutral else None
    certificate.public_description = rules.public_description.strip() if rules else ""
    certificate.public_criteria = rules.public_criteria.strip() if rules else ""
    certificate.save(
        update_fields=[
            "holder_shows_name",
            "public_title",
            "public_description",
            "public_criteria",
        ]
    )
    return certificate


@transaction.atomic
def share_link_create(*, certificate: Certificate, label: str) -> ShareLink:
    """A new link to the certificate for one reader, named so the holder knows
    whose to withdraw."""
    if not certificate.is_shareable:
        raise ValidationError(
            _("While the certificate is %(state)s you cannot make new links to it.")
            % {"state": certificate.state_label.lower()}
        )
    label = " ".join((label or "").split())
    if not label:
        raise ValidationError(
            {"label": _("Say who the link is for, such as the employer's name.")}
        )
    live = certificate.share_links.filter(revoked_at__isnull=True).count()
    if live >= SHARE_LINKS_MOST:
        raise ValidationError(
            {"label": _("You have 50 links already. Withdraw some you no longer need.")}
        )
    return ShareLink.objects.create(
        certificate=certificate, label=label[:100], token=secrets.token_urlsafe(24)
    )


@transaction.atomic
def share_link_revoke(*, link: ShareLink) -> ShareLink:
    """Withdraw a share link: it stops working at once."""
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


def share_link_url(link: ShareLink) -> str:
    return settings.SITE_URL + reverse("certificates:shared", args=[link.token])


# --- Add to wallet ---


def exchange_url(exchange: WalletExchange) -> str:
    return settings.SITE_URL + reverse(
        "certificates:exchange", args=[exchange.exchange_id]
    )


def exchange_domain() -> str:
    """The domain a presentation is signed for: ours (SITE_URL's host)."""
    return urlsplit(settings.SITE_URL).netloc


class ExchangeRefused(Exception):
    """The exchange cannot go on: unknown, finished, out of time, or the
    presentation does not prove a DID for it. `status` is the HTTP status."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


class CertificateNotValid(ExchangeRefused):
    """The certificate is revoked, suspended or expired: no wallet gets a fresh
    credential for it, whenever the exchange began."""

    title = "Certificate not valid"

    def __init__(self, certificate: Certificate):
        super().__init__(
            f"This certificate is {certificate.state}, so it cannot be added to "
            "a wallet. The holder can ask the organisation that issued it.",
            status=403,
        )


def _refuse_unless_valid(certificate: Certificate) -> None:
    if certificate.state != "valid":
        raise CertificateNotValid(certificate)


@transaction.atomic
def wallet_exchange_start(*, certificate: Certificate) -> WalletExchange:
    """A new exchange with a fresh one-time challenge, open for 15 minutes,
    for a valid certificate only (CertificateNotValid otherwise)."""
    _refuse_unless_valid(certificate)
    now = timezone.now()
    return WalletExchange.objects.create(
        certificate=certificate,
        exchange_id=secrets.token_urlsafe(24),
        challenge=secrets.token_urlsafe(24),
        created_at=now,
        expires_at=now + EXCHANGE_LIFETIME,
    )


def wallet_deep_link(exchange: WalletExchange) -> str:
    """The Learner Credential Wallet's deep link for the exchange."""
    query = urlencode(
        {
            "issuer": settings.SITE_URL,
            "vc_request_url": exchange_url(exchange),
            "challenge": exchange.challenge,
            "auth_type": "bearer",
        }
    )
    return f"dccrequest://request?{query}"


def presentation_request(exchange: WalletExchange) -> dict:
    """What the wallet must send: a DID Authentication presentation signed with
    the exchange's challenge and our domain (VC-API exchanges)."""
    return {
        "verifiablePresentationRequest": {
            "query": [
                {
                    "type": "DIDAuthentication",
                    "acceptedMethods": [{"method": "key"}],
                    "acceptedCryptosuites": [
                        {"cryptosuite": "eddsa-rdfc-2022"},
                        {"cryptosuite": "Ed25519Signature2020"},
                    ],
                }
            ],
            "challenge": exchange.challenge,
            "domain": exchange_domain(),
            "interact": {
                "service": [
                    {
                        "type": "UnmediatedPresentationService2021",
                        "serviceEndpoint": exchange_url(exchange),
                    }
                ]
            },
        }
    }


def wallet_exchange_request(*, exchange_id: str) -> dict:
    """What an open exchange asks the wallet for; refused when the exchange is
    unknown, finished or out of time, or its certificate is no longer valid."""
    exchange = (
        WalletExchange.objects.select_related("certificate")
        .filter(
            exchange_id=exchange_id,
            used_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .first()
    )
    if exchange is None:
        raise ExchangeRefused("No open exchange.", status=404)
    _refuse_unless_valid(exchange.certificate)
    return presentation_request(exchange)


def wallet_exchange_complete(*, exchange_id: str, presentation) -> dict:
    """Check the wallet's presentation and issue the credential bound to its DID.
    The challenge works once: the exchange is closed in the same transaction.
    The certificate's state is checked here, not only when the exchange began:
    one revoked or suspended since then gets no fresh credential."""
    with transaction.atomic():
        exchange = (
            WalletExchange.objects.select_for_update()
            .select_related("certificate")
            .filter(exchange_id=exchange_id)
            .first()
        )
        if exchange is None:
            raise ExchangeRefused("No such exchange.", status=404)
        if exchange.used_at is not None:
            raise ExchangeRefused("This challenge has been used already.", status=409)
        if exchange.expires_at <= timezone.now():
            raise ExchangeRefused("This exchange has run out of time.", status=410)
        _refuse_unless_valid(exchange.certificate)
        try:
            holder = holder_binding.presentation_holder(
                presentation, challenge=exchange.challenge, domain=exchange_domain()
            )
        except holder_binding.PresentationRefused as error:
            raise ExchangeRefused(str(error)) from error
        exchange.used_at = timezone.now()
        exchange.holder_did = holder
        exchange.save(update_fields=["used_at", "holder_did"])
        certificate = exchange.certificate
    credential = credentials.credential_ld(certificate, holder_did=holder)
    return {
        "verifiablePresentation": {
            "@context": [credentials.linked_data.VC_V2],
            "type": ["VerifiablePresentation"],
            "verifiableCredential": [credential],
        }
    }
