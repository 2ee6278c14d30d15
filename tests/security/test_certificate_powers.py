"""L10: one person's certificate powers have limits.

Renewals never stack (one per refresher completion, or per expiry when the programme
has no refresher); a re-issue carries the name on the holder's profile, never a typed
one; issuing by hand needs a second person, an admin of the cohort's organisation.
Each step leaves its line in the audit log.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import hand_issue, services
from certificates.models import Certificate, HandIssueRequest
from courses.models import ModulePage
from lms.models import AuditEvent
from lms.roles import Role
from lms.services import enrolment_create
from tests.certificates.conftest import make_rules
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(programme_tree):
    return programme_tree[0]


@pytest.fixture
def enrolled(trainee, cohort):
    enrolment_create(user=trainee, programme=cohort.programme, cohort=cohort)
    return trainee


@pytest.fixture
def rules(programme, settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY_DIR = tmp_path / "keys"
    settings.SITE_URL = "http://testserver"
    return make_rules(programme, validity_months=24)


@pytest.fixture
def org_admin(cohort, organisation_admin):
    cohort.organisation.admins.add(organisation_admin)
    return organisation_admin


@pytest.fixture
def certificate(enrolled, programme, rules, site_admin):
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=site_admin, reason="Paper record"
    )
    return certificate


def _act(client, certificate, action, **data):
    data.setdefault("reason", f"Reason to {action}")
    return client.post(
        reverse("certificates_admin_action", args=[certificate.pk, action]), data
    )


# Renewal


def test_renewals_do_not_stack(client, certificate, trainer):
    """The review's five clicks: 2028 became 2038. Now not one renewal is taken
    while the certificate is years from expiry, and the page says when it opens."""
    client.force_login(trainer)
    expires = certificate.expires_on
    for _ in range(5):
        _act(client, certificate, "renew")
    certificate.refresh_from_db()
    assert certificate.expires_on == expires
    assert not certificate.events.filter(action="renewed").exists()
    page = client.get(reverse("certificates_admin_detail", args=[certificate.pk]))
    text = page.content.decode()
    assert ">Renew</button>" not in text
    assert "Renewal opens 60 days before that" in text


def test_near_expiry_it_renews_once_from_the_old_expiry(client, certificate, trainer):
    client.force_login(trainer)
    soon = timezone.localdate() + datetime.timedelta(days=20)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=soon)
    detail = client.get(reverse("certificates_admin_detail", args=[certificate.pk]))
    assert ">Renew</button>" in detail.content.decode()
    _act(client, certificate, "renew")
    _act(client, certificate, "renew")  # a double click, or a second try
    certificate.refresh_from_db()
    assert certificate.expires_on == soon.replace(year=soon.year + 2)
    assert certificate.events.filter(action="renewed").count() == 1
    line = AuditEvent.objects.get(
        action=AuditEvent.Action.CERTIFICATE, detail__change="renewed"
    )
    assert line.actor == trainer


def test_with_a_refresher_only_a_new_completion_renews(
    client, certificate, rules, trainer, programme
):
    rules.refresher = ModulePage.objects.descendant_of(programme).first()
    rules.save()
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + datetime.timedelta(days=5)
    )
    client.force_login(trainer)
    response = _act(client, certificate, "renew")
    assert response.status_code == 400
    assert "completes the refresher" in response.content.decode()
    assert not certificate.events.filter(action="renewed").exists()


# Re-issue


def test_a_reissue_takes_the_profile_name_not_a_typed_one(
    client, certificate, trainer, enrolled
):
    client.force_login(trainer)
    _act(client, certificate, "reissue", name="true")
    certificate.refresh_from_db()
    assert certificate.name == enrolled.name_for_certificate
    enrolled.certificate_name = "Tess New-Name"
    enrolled.save()
    page = client.get(reverse("certificates_admin_detail", args=[certificate.pk]))
    assert "Tess New-Name" in page.content.decode()  # what a re-issue will carry
    _act(client, certificate, "reissue", name="Someone Else")
    certificate.refresh_from_db()
    assert certificate.name == "Tess New-Name"
    verify = client.get(reverse("certificates:verify", args=[certificate.token]))
    assert "Someone Else" not in verify.content.decode()
    assert AuditEvent.objects.filter(detail__change="reissued").count() == 2


# Issue by hand


def _ask(client, cohort, trainee, reason="Finished on paper before moving here"):
    return client.post(
        reverse("certificates_admin_issue", args=[cohort.pk, trainee.pk]),
        {"reason": reason},
    )


def test_issuing_by_hand_waits_for_an_organisation_admin(
    client, cohort, enrolled, trainer, org_admin, rules
):
    client.force_login(trainer)
    _ask(client, cohort, enrolled)
    _ask(client, cohort, enrolled)  # asked twice: one request
    assert not Certificate.objects.exists()
    request = HandIssueRequest.objects.get()
    assert request.status == "pending"
    page = client.get(reverse("certificates_admin_cohort", args=[cohort.pk]))
    assert "waiting for an admin's approval" in page.content.decode()
    # The trainer cannot approve their own request.
    decide = reverse("certificates_admin_hand_issue", args=[request.pk])
    assert client.get(decide).status_code == 404
    assert client.post(decide, {"decision": "approve"}).status_code == 404
    assert not Certificate.objects.exists()

    client.force_login(org_admin)
    listing = client.get(reverse("certificates_admin_list")).content.decode()
    assert "Waiting for your approval" in listing and decide in listing
    page = client.get(decide).content.decode()
    assert "Finished on paper before moving here" in page
    assert "What Alongside shows as still to do" in page
    client.post(decide, {"decision": "approve"})
    certificate = Certificate.objects.get()
    assert certificate.user == enrolled
    request.refresh_from_db()
    assert (request.status, request.decided_by, request.certificate) == (
        "approved",
        org_admin,
        certificate,
    )
    changes = list(
        AuditEvent.objects.filter(action=AuditEvent.Action.CERTIFICATE)
        .order_by("pk")
        .values_list("actor__email", "detail__change")
    )
    assert changes == [
        (trainer.email, "hand issue requested"),
        (trainer.email, "issued"),
        (org_admin.email, "hand issue approved"),
    ]
    # Deciding again does nothing more.
    assert client.post(decide, {"decision": "approve"}).status_code == 404
    assert Certificate.objects.count() == 1


def test_a_declined_request_says_why_and_issues_nothing(
    client, cohort, enrolled, trainer, org_admin, rules
):
    client.force_login(trainer)
    _ask(client, cohort, enrolled)
    request = HandIssueRequest.objects.get()
    client.force_login(org_admin)
    decide = reverse("certificates_admin_hand_issue", args=[request.pk])
    empty = client.post(decide, {"decision": "decline", "reason": " "})
    assert empty.status_code == 400
    assert HandIssueRequest.objects.get().status == "pending"
    client.post(decide, {"decision": "decline", "reason": "No paper record found."})
    assert HandIssueRequest.objects.get().status == "declined"
    assert not Certificate.objects.exists()
    client.force_login(trainer)
    page = client.get(reverse("certificates_admin_cohort", args=[cohort.pk]))
    assert "No paper record found." in page.content.decode()
    assert AuditEvent.objects.filter(detail__change="hand issue declined").exists()


def test_an_organisation_admin_cannot_approve_their_own_request(
    client, cohort, enrolled, org_admin, rules
):
    client.force_login(org_admin)
    _ask(client, cohort, enrolled)
    request = HandIssueRequest.objects.get()
    decide = reverse("certificates_admin_hand_issue", args=[request.pk])
    assert client.post(decide, {"decision": "approve"}).status_code == 404
    assert not Certificate.objects.exists()
    # A second admin of the same organisation can.
    second = make_user(Role.ORGANISATION_ADMIN, full_name="Second Admin")
    cohort.organisation.admins.add(second)
    client.force_login(second)
    client.post(decide, {"decision": "approve"})
    assert Certificate.objects.get().user == enrolled


def test_an_admin_of_another_organisation_cannot_decide(
    client, cohort, enrolled, trainer, rules
):
    client.force_login(trainer)
    _ask(client, cohort, enrolled)
    request = HandIssueRequest.objects.get()
    elsewhere = make_user(Role.ORGANISATION_ADMIN, full_name="Elsewhere")
    elsewhere.administered_organisations.add(
        type(cohort.organisation).objects.create(name="Another charity", kind="charity")
    )
    client.force_login(elsewhere)
    decide = reverse("certificates_admin_hand_issue", args=[request.pk])
    assert client.get(decide).status_code == 404
    assert client.post(decide, {"decision": "approve"}).status_code == 404
    assert (
        "Waiting for your approval"
        not in client.get(reverse("certificates_admin_list")).content.decode()
    )
    assert not Certificate.objects.exists()


def test_the_service_refuses_the_person_who_asked(cohort, enrolled, trainer, rules):
    request = hand_issue.hand_issue_request(
        trainee=enrolled, cohort=cohort, requested_by=trainer, reason="Paper"
    )
    with pytest.raises(Exception) as refused:
        hand_issue.hand_issue_approve(request=request, approver=trainer)
    assert refused.type.__name__ == "PermissionDenied"
    assert not Certificate.objects.exists()
