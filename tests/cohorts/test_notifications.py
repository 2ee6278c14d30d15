"""Notifications: in-app and email, preferences honoured, signed unsubscribe links."""

import datetime
import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from alongside import signals
from lms.cohorts import tasks
from lms.cohorts.models import ModuleSchedule, Notification, NotificationPreference
from lms.cohorts.services import email_preferences_set, unsubscribe_token
from lms.models import Enrolment
from tests.cohorts.conftest import populate

pytestmark = pytest.mark.django_db


def _send(capture, signal, **kwargs):
    with capture(execute=True):
        signal.send(sender=None, **kwargs)


def test_countersign_request_is_in_app_and_emailed_with_unsubscribe(
    trainee, supervisor, django_capture_on_commit_callbacks
):
    _send(
        django_capture_on_commit_callbacks,
        signals.countersign_requested,
        entry_id=7,
        supervisor_id=supervisor.pk,
        user_id=trainee.pk,
    )
    note = Notification.objects.get(user=supervisor)
    assert trainee.full_name in note.title
    (email,) = mail.outbox
    assert email.to == [supervisor.email]
    assert "/unsubscribe/" in email.body
    # A retried task does not notify twice.
    _send(
        django_capture_on_commit_callbacks,
        signals.countersign_requested,
        entry_id=7,
        supervisor_id=supervisor.pk,
        user_id=trainee.pk,
    )
    assert Notification.objects.filter(user=supervisor).count() == 1
    assert len(mail.outbox) == 1


def test_email_preferences_are_honoured(
    client, supervisor, trainee, django_capture_on_commit_callbacks
):
    client.force_login(supervisor)
    # Untick everything: all boxes absent from the form.
    response = client.post(reverse("cohorts:email_preferences"), {})
    assert response.status_code == 302
    assert (
        "countersign" in NotificationPreference.objects.get(user=supervisor).emails_off
    )
    _send(
        django_capture_on_commit_callbacks,
        signals.countersign_requested,
        entry_id=8,
        supervisor_id=supervisor.pk,
        user_id=trainee.pk,
    )
    assert Notification.objects.filter(user=supervisor).count() == 1  # still in-app
    assert not mail.outbox
    # Tick it again: emails come back.
    client.post(reverse("cohorts:email_preferences"), {"countersign": "on"})
    _send(
        django_capture_on_commit_callbacks,
        signals.countersign_requested,
        entry_id=9,
        supervisor_id=supervisor.pk,
        user_id=trainee.pk,
    )
    assert len(mail.outbox) == 1


def test_certificate_issued_and_expiring_are_in_app_only(
    trainee, django_capture_on_commit_callbacks
):
    _send(
        django_capture_on_commit_callbacks,
        signals.certificate_issued,
        certificate_id=3,
        user_id=trainee.pk,
    )
    _send(
        django_capture_on_commit_callbacks,
        signals.certificate_expiring,
        certificate_id=3,
        user_id=trainee.pk,
        days_left=30,
    )
    kinds = set(
        Notification.objects.filter(user=trainee).values_list("kind", flat=True)
    )
    assert kinds == {"certificate_issued", "expiring"}
    assert not mail.outbox


def test_work_marked_appears_in_app(
    client, trainee, course, django_capture_on_commit_callbacks
):
    from assessments.models import FreeTextScenarioPage, FreeTextSubmission, Rubric

    module = course["tree"][0][0]
    rubric = Rubric.objects.create(name="Simple", criteria=[])
    page = FreeTextScenarioPage(
        title="Write a reply", slug="write", prompt="<p>Reply</p>", rubric=rubric
    )
    module.add_child(instance=page)
    submission = FreeTextSubmission.objects.create(
        user=trainee, scenario=page, status="marked", marked_at=timezone.now()
    )
    email_preferences_set(user_id=trainee.pk, off={"work_marked"})
    _send(
        django_capture_on_commit_callbacks,
        signals.work_marked,
        user_id=trainee.pk,
        title=page.title,
        url=page.url,
        key=f"marked-text-{submission.pk}",
    )
    assert not mail.outbox  # they turned marked-work emails off
    client.force_login(trainee)
    header = client.get(reverse("lms:dashboard")).content.decode()
    assert re.search(r"Notifications <span class=\"alongside-count\">1", header)
    listing = client.get(reverse("cohorts:notifications")).content.decode()
    assert "Write a reply" in listing
    # Read now: the count goes.
    header = client.get(reverse("lms:dashboard")).content.decode()
    assert "alongside-count" not in header


def test_unsubscribe_link_works_signed_out_and_needs_a_post(trainee, supervisor):
    token = unsubscribe_token(user_id=supervisor.pk, kind="countersign")
    browser = Client(enforce_csrf_checks=True)
    url = reverse("cohorts:unsubscribe", args=[token])
    response = browser.get(url)
    assert response.status_code == 200
    assert "Stop these emails?" in response.content.decode()
    assert not NotificationPreference.objects.exists()  # a GET changes nothing
    response = browser.post(url)
    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()
    assert NotificationPreference.objects.get(user=supervisor).emails_off == [
        "countersign"
    ]


def test_tampered_unsubscribe_links_do_nothing(supervisor):
    token = unsubscribe_token(user_id=supervisor.pk, kind="countersign")
    # Someone else's payload with this link's signature.
    other = unsubscribe_token(user_id=supervisor.pk + 1, kind="countersign")
    forged = other.rsplit(":", 1)[0] + ":" + token.rsplit(":", 1)[1]
    assert forged not in (token, other)
    browser = Client(enforce_csrf_checks=True)
    for bad in (forged, "nonsense", token[:-2] + "xx"):
        response = browser.post(reverse("cohorts:unsubscribe", args=[bad]))
        assert response.status_code == 404
    assert not NotificationPreference.objects.exists()


def test_other_views_keep_csrf(supervisor):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(supervisor)
    response = browser.post(reverse("cohorts:email_preferences"), {})
    assert response.status_code == 403


def test_inactive_trainees_get_one_gentle_nudge(
    course, cohort, roles, django_capture_on_commit_callbacks
):
    (away, active) = populate(course, cohort, 2)
    Enrolment.objects.filter(user=away).update(
        last_active_at=timezone.now() - datetime.timedelta(days=20)
    )
    Enrolment.objects.filter(user=active).update(last_active_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.inactive_nudges_task() == 1
        assert tasks.inactive_nudges_task() == 0
    note = Notification.objects.get()
    assert note.user == away and note.kind == "inactive"
    assert len(mail.outbox) == 1
    assert "no rush" in mail.outbox[0].body


def test_due_date_reminders_skip_finished_modules_and_respect_choices(
    course, cohort, roles, django_capture_on_commit_callbacks
):
    people = populate(course, cohort, 7)
    module = course["tree"][0][0]
    ModuleSchedule.objects.create(
        cohort=cohort,
        module=module,
        due_on=timezone.localdate() + datetime.timedelta(days=2),
    )
    email_preferences_set(user_id=people[0].pk, off={"due_date"})
    with django_capture_on_commit_callbacks(execute=True):
        sent = tasks.due_date_reminders_task()
    told = set(Notification.objects.values_list("user__full_name", flat=True))
    # Trainees 4 and 6 finished module 1 (see populate); the rest are reminded.
    assert told == {f"Trainee {n:03d}" for n in (0, 1, 2, 3, 5)}
    assert sent == 5
    assert people[0].email not in [m.to[0] for m in mail.outbox]
    assert len(mail.outbox) == 4
    assert tasks.due_date_reminders_task() == 0


def test_periodic_tasks_are_scheduled():
    names = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "lms.cohorts.tasks.inactive_nudges_task" in names
    assert "lms.cohorts.tasks.due_date_reminders_task" in names
