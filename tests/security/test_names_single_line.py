"""Names are single-line, and the emails that carry them are sent (review L7).

The review saved the full name ``"Mallory\\r\\nBcc: someone@evil.example"``. Email
subjects are built from names and Django refuses a header with a line break, so a
new practice entry and a check-in asking for contact gave a 500, the supervisor's
email was lost, and the notification said it had been emailed. A name is now put on
one line wherever it is set, and every subject is made single-line before sending.
"""

import importlib

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse

from lms.cohorts.models import Notification, WellbeingCheckIn
from lms.models import User

pytestmark = pytest.mark.django_db

TWO_LINES = "Mallory\r\nBcc: someone@evil.example"
ONE_LINE = "Mallory Bcc: someone@evil.example"


def _profile(name: str) -> dict:
    return {"full_name": name, "certificate_name": name, "nation": ""}


def test_the_profile_keeps_a_name_on_one_line(client, world):
    trainee = world.user("trainee")
    client.force_login(trainee)
    response = client.post(reverse("lms:profile"), _profile(TWO_LINES))
    assert response.status_code == 302
    trainee.refresh_from_db()
    assert trainee.full_name == ONE_LINE
    assert trainee.certificate_name == ONE_LINE


def test_sign_up_keeps_a_name_on_one_line(client, world):
    client.post(
        reverse("lms:signup"),
        {
            "full_name": "Nia\nNew\u2028Person\t",
            "email": "nia.new@example.org",
            "nation": "",
            "password1": "Zebra-quartz-99!",
            "password2": "Zebra-quartz-99!",
        },
    )
    assert User.objects.get(email="nia.new@example.org").full_name == "Nia New Person"


def test_any_other_way_of_setting_a_name_keeps_it_on_one_line(world):
    """The admin, CSV imports and services all save through the model field."""
    user = world.user("other_trainee")
    user.full_name = TWO_LINES
    user.save()
    user.refresh_from_db()
    assert user.full_name == ONE_LINE
    made = User.objects.create_user(
        email="csv.person@example.org", password=None, full_name="Csv\r\nPerson"
    )
    made.refresh_from_db()
    assert made.full_name == "Csv Person"


def test_the_csv_import_keeps_names_on_one_line(client, world):
    pending = world.pending_import
    pending.rows = [{**pending.rows[0], "name": "Nia\r\nImported"}]
    pending.save()
    client.force_login(world.user("team_lead"))
    response = client.post(reverse("awareness:enrol_confirm", args=[pending.pk]))
    assert response.status_code == 302
    assert User.objects.get(email=pending.rows[0]["email"]).full_name == "Nia Imported"


def _name_with_a_line_break(user) -> None:
    """As a name saved before names were kept on one line (bypassing the field)."""
    User.objects.filter(pk=user.pk).update(full_name=TWO_LINES)


def test_a_new_practice_entry_emails_the_supervisor(
    client, world, django_capture_on_commit_callbacks
):
    trainee, supervisor = world.user("trainee"), world.user("supervisor")
    _name_with_a_line_break(trainee)
    client.force_login(trainee)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("certificates:ledger_create"),
            {
                "kind": "practice",
                "programme": world.programme.pk,
                "date": "2026-12-01",
                "hours": "1",
                "activity": "one_to_one",
                "supervisor": supervisor.pk,
                "notes": "",
            },
        )
    assert response.status_code == 302
    sent = [m for m in mail.outbox if m.to == [supervisor.email]]
    assert len(sent) == 1
    assert "\n" not in sent[0].subject and "\r" not in sent[0].subject
    assert ONE_LINE in sent[0].subject
    assert Notification.objects.get(user=supervisor, kind="countersign").emailed_at


def test_a_check_in_asking_for_contact_reaches_the_supervisor(
    client, world, django_capture_on_commit_callbacks
):
    trainee, supervisor = world.user("trainee"), world.user("supervisor")
    _name_with_a_line_break(trainee)
    client.force_login(trainee)
    url = reverse("cohorts:check_in", args=[world.difficult_module.pk, "after"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"feeling": "2", "wants_contact": "on"})
    assert response.status_code == 200  # the thank-you page
    check_in = WellbeingCheckIn.objects.get(user=trainee, moment="after")
    assert check_in.supervisors_told_at is not None
    sent = [m for m in mail.outbox if m.to == [supervisor.email]]
    assert len(sent) == 1
    assert ONE_LINE in sent[0].subject
    assert Notification.objects.get(user=supervisor, kind="check_in").emailed_at


def test_a_notification_is_marked_emailed_only_once_it_has_gone(world, monkeypatch):
    from lms.cohorts import services

    def refuse(*args, **kwargs):
        raise OSError("The mail server is down.")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    notification = Notification.objects.create(
        user=world.user("supervisor"), kind="check_in", title="x", key="down"
    )
    with pytest.raises(OSError):
        services.notification_email(
            notification_id=notification.pk, subject="x", body="x", to=["a@b.org"]
        )
    notification.refresh_from_db()
    assert notification.emailed_at is None  # retried later, not recorded as sent


def test_the_migration_puts_existing_names_on_one_line(world):
    user = world.user("other_trainee")
    User.objects.filter(pk=user.pk).update(
        full_name=TWO_LINES, certificate_name="Olly\u2029Other"
    )
    migration = importlib.import_module("lms.migrations.0011_names_on_one_line")
    migration.names_on_one_line(apps, None)
    user.refresh_from_db()
    assert (user.full_name, user.certificate_name) == (ONE_LINE, "Olly Other")
