"""Email really goes through a Celery worker on Redis (run by .ci/run)."""

import time

from django.urls import reverse

from lms.factories import UserFactory


def _wait_for_files(folder, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        files = list(folder.iterdir())
        if files:
            return files
        time.sleep(0.2)
    return []


def test_password_reset_email_is_sent_by_the_worker(client, celery_worker):
    UserFactory(email="parent@example.org", full_name="Pat Parent")

    response = client.post(
        reverse("lms:password_reset"), {"email": "parent@example.org"}
    )

    assert response.status_code == 302
    files = _wait_for_files(celery_worker)
    assert len(files) == 1, "the worker should have written exactly one email"
    message = files[0].read_text()
    assert "To: parent@example.org" in message
    assert "Reset your Alongside password" in message
    assert "/accounts/password/reset/" in message


def test_no_email_for_an_unknown_address(client, celery_worker):
    UserFactory(email="parent@example.org", full_name="Pat Parent")

    client.post(reverse("lms:password_reset"), {"email": "nobody@example.org"})
    # The worker takes tasks from its queue in order: once the next request's email
    # is written, any email for the unknown address would have been written first.
    client.post(reverse("lms:password_reset"), {"email": "parent@example.org"})

    files = _wait_for_files(celery_worker)
    assert len(files) == 1
    assert "To: parent@example.org" in files[0].read_text()
