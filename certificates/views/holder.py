"""A holder's own certificate page: what a digital badge is and every way to take
it away (baked badge images, the JSON credential, LinkedIn)."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django_ratelimit.decorators import ratelimit

from .. import baking, credentials, delivery
from ..models import Certificate
from ..pdf import verification_url
from .verification import VERIFY_RATE, _certificate_or_404, _file_name, rate_limited


def _own_certificate(request, pk: int) -> Certificate:
    """The signed-in person's certificate; anyone else's looks like no certificate."""
    certificate = Certificate.objects.filter(pk=pk, user=request.user).first()
    if certificate is None:
        raise Http404
    return certificate


@login_required
def certificate_detail(request, pk: int):
    """One of the holder's certificates, with its badge and where to put it."""
    certificate = _own_certificate(request, pk)
    return render(
        request,
        "certificates/certificate.html",
        {
            "certificate": certificate,
            "url": verification_url(certificate),
            "linkedin_url": delivery.linkedin_url(certificate),
        },
    )


def _badge_response(certificate: Certificate, body, content_type: str, ext: str):
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{_file_name(certificate, "badge", ext)}"'
    )
    response["Cache-Control"] = "no-cache"
    return response


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def badge_png(request, token: str):
    """The badge as a PNG with the signed credential baked in."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = _certificate_or_404(request, token)
    png = baking.badge_png(credentials.credential_ld(certificate))
    return _badge_response(certificate, png, "image/png", "png")


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def badge_svg(request, token: str):
    """The badge as an SVG with the signed credential baked in."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = _certificate_or_404(request, token)
    svg = baking.badge_svg(credentials.credential_ld(certificate))
    return _badge_response(certificate, svg, "image/svg+xml", "svg")
