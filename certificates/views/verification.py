"""The holder's certificates, public verification, and the PDF."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django_ratelimit.decorators import ratelimit

from .. import selectors
from ..forms import VerifyForm
from ..models import Certificate
from ..pdf import certificate_lines, certificate_pdf, verification_url

VERIFY_RATE = "30/m"


@login_required
def my_certificates(request):
    """Every certificate the person holds, with links to share and download."""
    certificates = [
        (certificate, verification_url(certificate))
        for certificate in selectors.certificates_of(request.user)
    ]
    return render(request, "certificates/mine.html", {"certificates": certificates})


def rate_limited(request, exception=None):
    return render(request, "certificates/429.html", status=429)


def _certificate_or_404(request, token: str) -> Certificate:
    certificate = selectors.certificate_by_token(token)
    if certificate is None:
        raise Http404
    return certificate


def _verify_context(certificate: Certificate, *, share_link=None) -> dict:
    """What the verification page shows. On the public link the holder is named
    only if they chose it (otherwise by initials); through a share link the holder
    made for one reader, by name. Both use the wording the holder chose."""
    if share_link is None:
        pdf_url = reverse("certificates:pdf", args=[certificate.token])
    else:
        pdf_url = reverse("certificates:shared_pdf", args=[share_link.token])
    return {
        "certificate": certificate,
        "lines": certificate_lines(certificate),
        "history": selectors.certificate_history(certificate),
        "url": verification_url(certificate),
        "holder_name": certificate.name if share_link else certificate.public_name,
        "name_withheld": share_link is None and not certificate.holder_shows_name,
        "pdf_url": pdf_url,
    }


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def verify(request, token: str):
    """The certificate's status and contents, from its link or QR code."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = selectors.certificate_by_token(token)
    if certificate is None:
        return render(request, "certificates/not_found.html", status=404)
    return render(request, "certificates/verify.html", _verify_context(certificate))


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def verify_form(request):
    """Check a certificate from its number and the holder's surname."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    form = VerifyForm(request.GET or None)
    if request.GET and form.is_valid():
        certificate = selectors.certificate_by_number_and_surname(
            form.cleaned_data["number"], form.cleaned_data["surname"]
        )
        if certificate is not None:
            return redirect("certificates:verify", token=certificate.token)
        form.add_error(
            None,
            _(
                "We could not find a certificate with that number and surname. "
                "Check both and try again."
            ),
        )
    return render(request, "certificates/verify_form.html", {"form": form})


def _file_name(certificate: Certificate, prefix: str, extension: str) -> str:
    """certificate-AL-….pdf, or certificate-AL-…-revoked.pdf when it is not valid."""
    state = "" if certificate.state == "valid" else f"-{certificate.state}"
    return f"{prefix}-{certificate.number}{state}.{extension}"


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def certificate_pdf_download(request, token: str):
    """The certificate as a PDF, as the public link shows it (the holder's own
    copy, with their name: holder.own_pdf)."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = _certificate_or_404(request, token)
    return pdf_response(certificate, reader="public")


def pdf_response(certificate: Certificate, *, reader: str) -> HttpResponse:
    """The certificate's PDF for ``reader`` (see certificates.pdf), to open."""
    response = HttpResponse(
        certificate_pdf(certificate, reader=reader), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'inline; filename="{_file_name(certificate, "certificate", "pdf")}"'
    )
    # Always asked again, so a revoked certificate never comes back from a cache.
    response["Cache-Control"] = "no-cache"
    return response
