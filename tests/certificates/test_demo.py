"""The certificates part of the demo seed."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from certificates.models import Certificate, LedgerEntry
from certificates.selectors import accreditation_progress
from courses.selectors import programme_modules
from lms.models import ModuleCompletion, User

pytestmark = pytest.mark.django_db


def test_demo_has_certificates_and_practice_to_countersign(client):
    out = StringIO()
    call_command("seed_demo", stdout=out)
    counts = (Certificate.objects.count(), LedgerEntry.objects.count())
    call_command("seed_demo", stdout=StringIO())
    assert (Certificate.objects.count(), LedgerEntry.objects.count()) == counts
    assert "certified@example.org" in out.getvalue()

    certified = Certificate.objects.get(user__email="certified@example.org")
    assert certified.state == "valid"
    assert Certificate.objects.get(user__email="revoked.demo@example.org").state == (
        "revoked"
    )
    assert Certificate.objects.get(user__email="expired.demo@example.org").state == (
        "expired"
    )
    progress = accreditation_progress(certified.user, certified.programme)
    met = {r.kind for r in progress.requirements if r.met}
    assert {"practice_hours", "supervision_sessions", "trainer_sign_off"} <= met
    # Certified, so every module is finished for good: a lesson published later is
    # "New since you finished", never a reason to lock module 2 again (walked).
    assert "modules_passed" in met
    assert ModuleCompletion.objects.filter(
        user=certified.user, passed_at__isnull=False
    ).count() == len(programme_modules(certified.programme))
    assert _sign_in(client, "certified@example.org")

    waiting = LedgerEntry.objects.filter(
        trainee__email="trainee@example.org",
        supervisor__email="supervisor@example.org",
        status="awaiting",
    )
    assert waiting.count() == 2
    assert _sign_in(client, "supervisor@example.org")
    queue = client.get(reverse("certificates:countersign_queue")).content.decode()
    assert "Priya Shah" in queue
    assert _sign_in(client, "trainee@example.org")
    dashboard = client.get(reverse("lms:dashboard")).content.decode()
    assert "What&#x27;s left" in dashboard or "What's left" in dashboard


def _sign_in(client, email: str) -> bool:
    """Sign in through the real sign-in form (django-axes needs the request)."""
    client.logout()
    response = client.post(
        reverse("lms:login"), {"username": email, "password": "alongside-demo"}
    )
    user = User.objects.get(email=email)
    return response.status_code == 302 and client.session.get("_auth_user_id") == str(
        user.pk
    )
