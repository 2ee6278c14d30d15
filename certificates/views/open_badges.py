"""Open Badges credentials and what verifiers fetch: keys, DID, status lists."""

from django.http import HttpResponse, JsonResponse
from django_ratelimit.decorators import ratelimit

from .. import credentials, did, selectors, status_lists
from .verification import VERIFY_RATE, _certificate_or_404, _file_name, rate_limited


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def credential_download(request, token: str):
    """The Open Badges 3.0 credential as a signed VC-JWT."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = _certificate_or_404(request, token)
    response = HttpResponse(
        credentials.credential_jwt(certificate), content_type="application/vc+jwt"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{_file_name(certificate, "open-badge", "jwt")}"'
    )
    response["Cache-Control"] = "no-cache"
    return response


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def credential_ld_download(request, token: str):
    """The Open Badges 3.0 credential with a Data Integrity proof (JSON-LD), the
    form a wallet such as the Learner Credential Wallet takes."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = _certificate_or_404(request, token)
    response = JsonResponse(
        credentials.credential_ld(certificate), content_type="application/ld+json"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{_file_name(certificate, "open-badge", "json")}"'
    )
    response["Cache-Control"] = "no-cache"
    return response


def status_list(request, number: int, purpose: str):
    """A signed Bitstring status list (revocation or suspension), built now from
    the certificates' status, so a change shows at the next fetch."""
    return _status_list(number, purpose, None)


def organisation_status_list(request, organisation_id: int, number: int, purpose: str):
    """An organisation's status list: its own certificates, under its DID."""
    return _status_list(number, purpose, organisation_id)


def _status_list(number: int, purpose: str, organisation_id: int | None):
    if not status_lists.list_exists(number, purpose, organisation_id):
        return JsonResponse({"error": "Not found"}, status=404)
    response = JsonResponse(
        status_lists.status_list_credential(number, purpose, organisation_id),
        content_type="application/vc+ld+json",
    )
    response["Cache-Control"] = "no-cache"
    return response


def did_document(request):
    """The site's did:web DID document: its Ed25519 keys, current and retired
    (credentials of certificates without an organisation, and those issued
    before organisations had DIDs)."""
    return JsonResponse(did.did_document(), content_type="application/did+ld+json")


def organisation_did_document(request, organisation_id: int):
    """An issuing organisation's did:web DID document."""
    if not did.organisation_known(organisation_id):
        return JsonResponse({"error": "Not found"}, status=404)
    return JsonResponse(
        did.did_document(did.organisation(organisation_id)),
        content_type="application/did+ld+json",
    )


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def credential_status(request, token: str):
    """The credential's current status (revoked and suspended credentials listed)."""
    if getattr(request, "limited", False):
        return JsonResponse({"error": "Too many requests"}, status=429)
    certificate = selectors.certificate_by_token(token)
    if certificate is None:
        return JsonResponse({"error": "Not found"}, status=404)
    response = JsonResponse(credentials.status_document(certificate))
    response["Cache-Control"] = "no-cache"
    return response


def jwks(request):
    """The issuer's public keys, current and retired."""
    return JsonResponse({"keys": credentials.public_keys()})


def public_key(request, kid: str):
    """One public key, the target of a credential's `kid`."""
    key = credentials.public_key(kid)
    if key is None:
        return JsonResponse({"error": "Not found"}, status=404)
    return JsonResponse(key)


def issuer(request):
    """The site's issuer profile."""
    return JsonResponse(credentials.site_profile())


def organisation_issuer(request, organisation_id: int):
    """An issuing organisation's profile (the VC-JWT's issuer), naming its DID
    (the Data Integrity credential's issuer)."""
    profile = credentials.organisation_profile(organisation_id)
    if profile is None:
        return JsonResponse({"error": "Not found"}, status=404)
    return JsonResponse(profile)


def achievement(request, programme_id: int, kind: str):
    """What an achievement stands for: title, description and criteria."""
    from ..models import AccreditationRules, Certificate

    if kind in (Certificate.Kind.ATTENDANCE, Certificate.Kind.COMPLETION):
        # A short course, at a live session or taken alone (the id is the course's):
        # described by the latest certificate of that kind for that course.
        certificates = Certificate.objects.filter(kind=kind)
        if programme_id:
            certificates = certificates.filter(course_id=programme_id)
        latest = (
            certificates.only("title", "description", "criteria")
            .order_by("-pk")
            .first()
        )
        if latest is None:
            return JsonResponse({"error": "Not found"}, status=404)
        return JsonResponse(
            {
                "type": ["Achievement"],
                "name": latest.title,
                "description": latest.description or latest.title,
                "criteria": {"narrative": latest.criteria or latest.title},
            }
        )
    if kind != Certificate.Kind.PROGRAMME:
        return JsonResponse({"error": "Not found"}, status=404)
    rules = (
        AccreditationRules.objects.filter(programme_id=programme_id)
        .select_related("programme")
        .first()
    )
    if rules is None:
        return JsonResponse({"error": "Not found"}, status=404)
    return JsonResponse(
        {
            "type": ["Achievement"],
            "name": rules.title,
            "description": rules.description,
            "criteria": {"narrative": rules.criteria},
        }
    )
