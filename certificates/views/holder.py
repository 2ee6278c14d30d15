"""A holder's own certificate page: what a digital badge is and every way to take
it away (baked badge images, the JSON credential, LinkedIn), their privacy
choices, share links for one reader each, and "Add to wallet"."""

import json

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from .. import baking, credentials, delivery, selectors, services, transcript
from ..forms import CertificatePrivacyForm, ShareLinkForm
from ..models import Certificate, ShareLink, WalletExchange
from ..pdf import verification_url
from .verification import (
    VERIFY_RATE,
    _certificate_or_404,
    _file_name,
    _verify_context,
    pdf_response,
    rate_limited,
)

# A DID Authentication presentation is a few kilobytes; refuse anything huge.
PRESENTATION_MAX_BYTES = 64 * 1024


def _own_certificate(request, pk: int) -> Certificate:
    """The signed-in person's certificate; anyone else's looks like no certificate."""
    certificate = Certificate.objects.filter(pk=pk, user=request.user).first()
    if certificate is None:
        raise Http404
    return certificate


def _detail(request, certificate: Certificate, *, privacy_form=None, share_form=None):
    options = services.public_wording_options(certificate)
    privacy_form = privacy_form or CertificatePrivacyForm(
        options=options,
        initial={
            "wording": certificate.shown_title,
            "shows_name": certificate.holder_shows_name,
        },
    )
    links = certificate.share_links.all()
    if not certificate.is_shareable:
        # Revoked or suspended: only the links still working, to withdraw.
        links = links.filter(revoked_at__isnull=True)
    links = [(link, services.share_link_url(link)) for link in links]
    status = 400 if (privacy_form.errors or (share_form and share_form.errors)) else 200
    return render(
        request,
        "certificates/certificate.html",
        {
            "certificate": certificate,
            "url": verification_url(certificate),
            "linkedin_url": delivery.linkedin_url(
                certificate, name=certificate.shown_title
            ),
            "privacy_form": privacy_form,
            "share_form": share_form or ShareLinkForm(),
            "share_links": links,
        },
        status=status,
    )


@login_required
def certificate_detail(request, pk: int):
    """One of the holder's certificates, with its badge and where to put it."""
    return _detail(request, _own_certificate(request, pk))


@login_required
@require_POST
def certificate_privacy(request, pk: int):
    """Save what the holder's badge shows."""
    certificate = _own_certificate(request, pk)
    form = CertificatePrivacyForm(
        request.POST, options=services.public_wording_options(certificate)
    )
    if not form.is_valid():
        return _detail(request, certificate, privacy_form=form)
    services.certificate_privacy_set(
        certificate=certificate,
        shows_name=form.cleaned_data["shows_name"],
        wording=form.cleaned_data["wording"],
    )
    messages.success(request, _("Saved. Badges you download from now on show this."))
    return redirect("certificates:certificate", pk=certificate.pk)


@login_required
@require_POST
def share_link_create(request, pk: int):
    """A new link for one reader."""
    certificate = _own_certificate(request, pk)
    form = ShareLinkForm(request.POST)
    if form.is_valid():
        try:
            link = services.share_link_create(
                certificate=certificate, label=form.cleaned_data["label"]
            )
        except ValidationError as error:
            if not certificate.is_shareable:  # its form is not on the page
                messages.error(request, " ".join(error.messages))
                return redirect("certificates:certificate", pk=certificate.pk)
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Link for %(label)s made. Copy it from the list below.")
                % {"label": link.label},
            )
            return redirect("certificates:certificate", pk=certificate.pk)
    return _detail(request, certificate, share_form=form)


@login_required
@require_POST
def share_link_withdraw(request, pk: int, link_pk: int):
    """Withdraw one share link."""
    certificate = _own_certificate(request, pk)
    link = ShareLink.objects.filter(pk=link_pk, certificate=certificate).first()
    if link is None:
        raise Http404
    services.share_link_revoke(link=link)
    messages.success(
        request, _("The link for %(label)s no longer works.") % {"label": link.label}
    )
    return redirect("certificates:certificate", pk=certificate.pk)


@login_required
def own_pdf(request, pk: int):
    """The holder's own PDF: the certificate as issued, with their name."""
    return pdf_response(_own_certificate(request, pk), reader="holder")


def _link_not_found(request):
    """A withdrawn or mistyped share link: says nothing of the certificate."""
    return render(
        request, "certificates/not_found.html", {"share_link": True}, status=404
    )


def _live_link(token: str) -> ShareLink | None:
    if not token or len(token) > 64:
        return None
    return (
        ShareLink.objects.filter(token=token, revoked_at__isnull=True)
        .select_related("certificate")
        .first()
    )


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def shared(request, token: str):
    """The verification page, reached through a holder's share link: it names
    the holder, who chose to share it with this reader."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    link = _live_link(token)
    if link is None:
        return _link_not_found(request)
    context = _verify_context(link.certificate, share_link=link)
    context["url"] = services.share_link_url(link)
    return render(request, "certificates/verify.html", context)


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def shared_pdf(request, token: str):
    """The PDF through a share link: with the holder's name, in their wording;
    gone as soon as the link is withdrawn."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    link = _live_link(token)
    if link is None:
        return _link_not_found(request)
    response = pdf_response(link.certificate, reader="shared")
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def wallet_start(request, pk: int):
    """Start an "Add to wallet" exchange and show its QR code and link."""
    certificate = _own_certificate(request, pk)
    try:
        exchange = services.wallet_exchange_start(certificate=certificate)
    except services.CertificateNotValid:
        messages.error(request, _("Only a valid certificate can be added to a wallet."))
        return redirect("certificates:certificate", pk=certificate.pk)
    return redirect(
        "certificates:wallet", pk=certificate.pk, exchange_id=exchange.exchange_id
    )


@login_required
def wallet(request, pk: int, exchange_id: str):
    """The QR code and deep link for the holder's wallet app."""
    certificate = _own_certificate(request, pk)
    exchange = WalletExchange.objects.filter(
        certificate=certificate, exchange_id=exchange_id
    ).first()
    if exchange is None:
        raise Http404
    link = services.wallet_deep_link(exchange)
    qr = segno.make(link, error="m").svg_inline(
        scale=4, title=_("QR code to add the certificate to your wallet")
    )
    return render(
        request,
        "certificates/wallet.html",
        {
            "certificate": certificate,
            "exchange": exchange,
            "open": exchange.used_at is None
            and exchange.expires_at > timezone.now()
            and certificate.state == "valid",
            "deep_link": link,
            # segno's own SVG of our own link.
            "qr_svg": mark_safe(qr),  # nosec B308 B703  # noqa: S308
        },
    )


def _exchange_error(error) -> JsonResponse:
    """A refusal the wallet can show: VC-API errors are problem details (RFC 9457:
    title and detail), and "error" stays for clients that read only that."""
    message = str(error)
    return JsonResponse(
        {
            "type": "about:blank",
            "title": getattr(error, "title", "Exchange refused"),
            "detail": message,
            "status": error.status,
            "error": message,
        },
        status=error.status,
    )


@csrf_exempt  # a wallet app, not a browser: the one-time challenge is the guard
@require_POST
@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def exchange(request, exchange_id: str):
    """The VC-API-style exchange a wallet talks to: an empty body gets the
    presentation request; a signed DID Authentication presentation gets the
    credential, bound to the wallet's DID."""
    if getattr(request, "limited", False):
        return JsonResponse({"error": "Too many requests"}, status=429)
    if len(request.body) > PRESENTATION_MAX_BYTES:
        return JsonResponse({"error": "Too large"}, status=413)
    try:
        body = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return JsonResponse({"error": "The body must be JSON."}, status=400)
    if not isinstance(body, dict):
        return JsonResponse({"error": "The body must be a JSON object."}, status=400)
    presentation = body.get("verifiablePresentation", body if "proof" in body else None)
    try:
        if presentation is None:
            answer = services.wallet_exchange_request(exchange_id=exchange_id[:64])
        else:
            answer = services.wallet_exchange_complete(
                exchange_id=exchange_id[:64], presentation=presentation
            )
    except services.ExchangeRefused as error:
        return _exchange_error(error)
    return JsonResponse(answer)


def _transcript_facts(request, pk: int):
    certificate = _own_certificate(request, pk)
    facts = selectors.transcript_facts(certificate)
    if facts is None:
        raise Http404
    return certificate, facts


@login_required
def transcript_ld(request, pk: int):
    """The holder's programme transcript (CLR 2.0) with a Data Integrity proof."""
    certificate, facts = _transcript_facts(request, pk)
    body = json.dumps(transcript.clr_ld(certificate, facts))
    return _download(
        certificate, body, "application/ld+json", ("transcript", "json"), "no-store"
    )


@login_required
def transcript_jwt(request, pk: int):
    """The holder's programme transcript (CLR 2.0) as a VC-JWT."""
    certificate, facts = _transcript_facts(request, pk)
    body = transcript.clr_jwt(certificate, facts)
    return _download(
        certificate, body, "application/vc+jwt", ("transcript", "jwt"), "no-store"
    )


def _download(certificate: Certificate, body, content_type: str, name, cache: str):
    """A file to save: ``name`` is (what, extension) for the file's name."""
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{_file_name(certificate, *name)}"'
    )
    response["Cache-Control"] = cache
    return response


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def badge_png(request, token: str):
    """The badge as a PNG with the signed credential baked in."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = _certificate_or_404(request, token)
    png = baking.badge_png(credentials.credential_ld(certificate))
    return _download(certificate, png, "image/png", ("badge", "png"), "no-cache")


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def badge_svg(request, token: str):
    """The badge as an SVG with the signed credential baked in."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = _certificate_or_404(request, token)
    svg = baking.badge_svg(credentials.credential_ld(certificate))
    return _download(certificate, svg, "image/svg+xml", ("badge", "svg"), "no-cache")
