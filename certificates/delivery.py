"""Getting a certificate to the places people use: LinkedIn's add-to-profile link."""

from urllib.parse import urlencode

from .models import Certificate
from .pdf import verification_url

LINKEDIN_ADD = "https://www.linkedin.com/profile/add"


def linkedin_url(
    certificate: Certificate, *, name: str | None = None, cert_url: str | None = None
) -> str:
    """LinkedIn's "Add licence or certification" page, filled in: the certificate's
    name (or the wording its holder chose), issuer, dates, number and the link a
    reader follows to check it."""
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": name or certificate.title,
        "organizationName": certificate.organisation_name,
        "issueYear": certificate.issued_on.year,
        "issueMonth": certificate.issued_on.month,
    }
    if certificate.expires_on:
        params["expirationYear"] = certificate.expires_on.year
        params["expirationMonth"] = certificate.expires_on.month
    params["certUrl"] = cert_url or verification_url(certificate)
    params["certId"] = certificate.number
    return f"{LINKEDIN_ADD}?{urlencode(params)}"
