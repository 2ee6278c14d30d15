"""A programme transcript: a CLR 2.0 ClrCredential (1EdTech Comprehensive Learner
Record) bundling the programme certificate with the modules finished and scenarios
passed, each as its own signed AchievementCredential, and the countersigned
practice and supervision hours as evidence. Signed the same two ways as the Open
Badge: a Data Integrity proof (eddsa-rdfc-2022, the issuing organisation's
did:web) and VC-JWT.
"""

import calendar
import uuid

from django.conf import settings
from jwcrypto import jws
from jwcrypto.common import json_encode

from . import credentials, did, linked_data, status_lists
from .models import Certificate
from .pdf import verification_url
from .selectors import TranscriptFacts

CLR_CONTEXT = [
    linked_data.VC_V2,
    linked_data.CLR_V2,
    linked_data.OB_V3,
    linked_data.OB_EXTENSIONS,
]
CLR_SCHEMA = (
    "https://purl.imsglobal.org/spec/clr/v2p0/schema/json/"
    "clr_v2p0_clrcredential_schema.json"
)


def _hours(value) -> str:
    return f"{value.normalize():f}" if value else "0"


def _urn(certificate: Certificate, part: str) -> str:
    verify = verification_url(certificate)
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{verify}#{part}')}"


def _part_credential(
    certificate: Certificate, *, page, kind: str, achievement_type: str, issuer
) -> dict:
    """One module or scenario as an AchievementCredential, signed on its own."""
    subject = _subject_id(certificate)
    achievement = {
        # Stable for the page, whatever its address becomes.
        "id": "urn:uuid:"
        + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{settings.SITE_URL}#{kind}-{page.pk}")),
        "type": ["Achievement"],
        "achievementType": achievement_type,
        "name": page.title,
        "description": page.title,
        "criteria": {
            "narrative": "Finish every lesson and pass the module's quizzes."
            if kind == "module"
            else "Pass the scenario."
        },
        "inLanguage": "en-GB",
    }
    credential = {
        "@context": credentials.OB_CONTEXT,
        "id": _urn(certificate, f"{kind}-{page.pk}"),
        "type": ["VerifiableCredential", "AchievementCredential"],
        "name": page.title,
        "issuer": issuer,
        "validFrom": credentials._iso(certificate.issued_on),
        "credentialSubject": {
            "id": subject,
            "type": ["AchievementSubject"],
            "achievement": achievement,
            "identifier": [credentials.identity(certificate)],
        },
        "credentialSchema": credentials.credential_schema(credentials.OB_SCHEMA),
    }
    signed = did.sign(credential, did.for_certificate(certificate))
    signed["proof"] = [signed["proof"]]
    return signed


def _subject_id(certificate: Certificate) -> str:
    verify = verification_url(certificate)
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, verify + '#subject')}"


def _evidence(certificate: Certificate, facts: TranscriptFacts) -> list[dict]:
    verify = verification_url(certificate)
    return [
        {
            "id": f"{verify}#practice",
            "type": ["Evidence"],
            "name": "Supervised practice",
            "genre": "Practice hours",
            "narrative": (
                f"{_hours(facts.practice_hours)} hours of peer support practice, "
                "each entry countersigned by a named supervisor."
            ),
        },
        {
            "id": f"{verify}#supervision",
            "type": ["Evidence"],
            "name": "Supervision",
            "genre": "Supervision hours",
            "narrative": (
                f"{_hours(facts.supervision_hours)} hours of supervision in "
                f"{facts.supervision_sessions} sessions, each countersigned."
            ),
        },
    ]


def clr_credential(
    certificate: Certificate, facts: TranscriptFacts, *, issuer_id: str, status
) -> dict:
    """The transcript, unsigned."""
    issuer = {
        "id": issuer_id,
        "type": ["Profile"],
        "name": certificate.organisation_name,
        "url": settings.SITE_URL,
    }
    programme = credentials.credential_ld(certificate)
    parts = [
        _part_credential(
            certificate,
            page=page,
            kind="module",
            achievement_type="Course",
            issuer=issuer,
        )
        for page in facts.modules
    ] + [
        _part_credential(
            certificate,
            page=page,
            kind="scenario",
            achievement_type="Assessment",
            issuer=issuer,
        )
        for page in facts.scenarios
    ]
    programme_achievement = programme["credentialSubject"]["achievement"]
    credential = {
        "@context": CLR_CONTEXT,
        "id": _urn(certificate, "transcript"),
        "type": ["VerifiableCredential", "ClrCredential"],
        "name": f"Transcript: {certificate.shown_title}",
        "description": (
            f"The modules, scenarios, practice and supervision behind certificate "
            f"{certificate.number}."
        ),
        "issuer": issuer,
        "validFrom": credentials._iso(certificate.issued_on),
        "awardedDate": credentials._iso(certificate.issued_on),
        "credentialSubject": {
            "id": _subject_id(certificate),
            "type": ["ClrSubject"],
            "identifier": [credentials.identity(certificate)],
            "achievement": [
                programme_achievement,
                *(part["credentialSubject"]["achievement"] for part in parts),
            ],
            "verifiableCredential": [programme, *parts],
            "association": [
                {
                    "type": "Association",
                    "associationType": "isParentOf",
                    "sourceId": programme_achievement["id"],
                    "targetId": part["credentialSubject"]["achievement"]["id"],
                }
                for part in parts
            ],
        },
        "evidence": _evidence(certificate, facts),
        # Its type, 1EdTechJsonSchemaValidator2019, is defined by 1EdTech's OB
        # extensions context (last in CLR_CONTEXT), which wallets ship.
        "credentialSchema": credentials.credential_schema(CLR_SCHEMA),
        "credentialStatus": status,
    }
    valid_until = credentials._valid_until(certificate)
    if valid_until:
        credential["validUntil"] = credentials._iso(valid_until)
    return credential


def clr_ld(certificate: Certificate, facts: TranscriptFacts) -> dict:
    """The transcript with a Data Integrity proof, for wallets."""
    issuer = did.for_certificate(certificate)
    credential = clr_credential(
        certificate,
        facts,
        issuer_id=issuer.did,
        status=status_lists.entries(certificate),
    )
    signed = did.sign(credential, issuer)
    signed["proof"] = [signed["proof"]]
    return signed


def clr_jwt(certificate: Certificate, facts: TranscriptFacts) -> str:
    """The transcript as a VC-JWT (RS256), like the Open Badge's."""
    key = credentials.signing_key_current()
    credential = clr_credential(
        certificate,
        facts,
        issuer_id=credentials.issuer_id(certificate),
        status=credentials._status_entry(certificate),
    )
    payload = {
        **credential,
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "sub": credential["credentialSubject"]["id"],
        "nbf": calendar.timegm(certificate.issued_on.timetuple()),
    }
    valid_until = credentials._valid_until(certificate)
    if valid_until:
        payload["exp"] = calendar.timegm(valid_until.timetuple())
    token = jws.JWS(json_encode(payload).encode())
    token.add_signature(
        key,
        alg="RS256",
        protected=json_encode(
            {
                "alg": "RS256",
                "typ": "JWT",
                "kid": credentials.key_url(key.thumbprint()),
            }
        ),
    )
    return token.serialize(compact=True)
