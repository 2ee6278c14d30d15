"""Fixtures for certificates: rules on the shared programme, a supervisor, keys."""

import json

import pytest

from certificates.models import AccreditationRules, OrganisationBranding
from lms.factories import OrganisationFactory


def requirement(kind: str, **value) -> dict:
    return {"type": kind, "value": value}


def make_rules(programme, *requirements, **kwargs) -> AccreditationRules:
    organisation = kwargs.pop("organisation", None) or OrganisationFactory(
        name="Brighter Days Peer Support"
    )
    OrganisationBranding.objects.get_or_create(
        organisation=organisation,
        defaults={"signatory_name": "Ruth Adeyemi", "signatory_role": "Lead trainer"},
    )
    defaults = {
        "issuing_organisation": organisation,
        "description": "Trained to offer perinatal peer support safely and well.",
        "criteria": "Complete every module, practise under supervision, sign-off.",
        "learning_hours": 40,
        "validity_months": 24,
    }
    defaults.update(kwargs)
    return AccreditationRules.objects.create(
        programme=programme, requirements=json.dumps(list(requirements)), **defaults
    )


@pytest.fixture(autouse=True)
def signing_keys(settings, tmp_path):
    """Each test signs with keys in a folder of its own."""
    settings.CERTIFICATE_SIGNING_KEY_DIR = tmp_path / "keys"
    settings.SITE_URL = "http://testserver"
    return settings.CERTIFICATE_SIGNING_KEY_DIR


@pytest.fixture
def programme(programme_tree):
    return programme_tree[0]


@pytest.fixture
def enrolled(trainee, cohort):
    """The trainee in the cohort (whose supervisor is `supervisor`)."""
    from lms.services import enrolment_create

    enrolment_create(user=trainee, programme=cohort.programme, cohort=cohort)
    return trainee


@pytest.fixture
def certificate(enrolled, trainer, programme):
    """A programme certificate issued to `enrolled` (modules that need another
    kind of certificate define their own)."""
    from certificates import services

    make_rules(programme, requirement("reflections", entries=1))
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="test"
    )
    return certificate


@pytest.fixture
def holder(client, enrolled):
    """The test client, signed in as the certificate's holder."""
    client.force_login(enrolled)
    return client
