"""Awareness invitations and reminders really go through a Celery worker on Redis."""

import time

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from courses.services import home_page_ensure
from lms.awareness.demo import course_seed
from lms.factories import OrganisationFactory, TeamFactory, UserFactory


def _messages(folder, count, timeout=60):
    """The emails the worker wrote (several may share a file), once there are enough."""
    deadline = time.monotonic() + timeout
    while True:
        text = "".join(path.read_text() for path in sorted(folder.iterdir()))
        messages = [m for m in text.split("\n" + "-" * 79 + "\n") if m.strip()]
        if len(messages) >= count or time.monotonic() > deadline:
            return messages
        time.sleep(0.2)


def _wagtail_root_ensure():
    """Other transactional tests flush the tables, Wagtail's root page too."""
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if not Page.get_first_root_node():
        Page.add_root(title="Root", slug="root")


def test_imported_staff_are_invited_by_the_worker(client, celery_worker):
    _wagtail_root_ensure()
    course_seed(home=home_page_ensure())
    lead = UserFactory(email="lead@example.org", full_name="Lee Lead")
    team = TeamFactory(organisation=OrganisationFactory(), name="Ward 7")
    team.leads.add(lead)
    client.force_login(lead)
    data = (
        b"name,email,job role,team\n"
        b"Ann Able,ann@example.org,Midwife,Ward 7\n"
        b"Bo Brown,bo@example.org,Nurse,Ward 7\n"
    )

    preview = client.post(
        reverse("awareness:enrol"),
        {"file": SimpleUploadedFile("staff.csv", data, content_type="text/csv")},
    )
    client.post(preview.url)

    messages = _messages(celery_worker, 2)
    assert len(messages) == 2
    assert any("To: ann@example.org" in message for message in messages)
    assert all("/accounts/password/reset/" in message for message in messages)

    # A reminder goes to both, as neither has started.
    client.post(reverse("awareness:remind", args=[team.pk]))
    messages = _messages(celery_worker, 4)
    assert sum("Subject: A gentle reminder" in message for message in messages) == 2
