"""The manager report: numbers, chart, CSV export, reminders and who may see it."""

import csv
import datetime
import io
import re

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from lms.awareness.models import (
    Attendance,
    CourseProgress,
    LiveSession,
    TeamReminder,
)
from lms.awareness.selectors import team_report
from lms.awareness.services import completion_record, live_session_end
from lms.factories import TeamFactory
from lms.models import AuditEvent, User
from tests.conftest import make_user

from .helpers import run_to_the_end

pytestmark = pytest.mark.django_db


@pytest.fixture
def ward(team, course, team_lead):
    """Ten people: 3 done alone, 2 at a live session, 2 part-way, 3 not started."""
    people = [make_user(None, full_name=f"Person {n:02d}") for n in range(10)]
    team.members.add(*people)
    for person in people[:3]:
        completion_record(user=person, course=course, mode="self_paced")
    session = LiveSession.objects.create(team=team, course=course, presenter=team_lead)
    for person in people[3:5]:
        Attendance.objects.create(session=session, user=person, how="register")
    run_to_the_end(session)
    live_session_end(session=session)
    for person in people[5:7]:
        CourseProgress.objects.create(user=person, course=course, sections_done=[])
    return people


def test_report_counts_match_the_fixture(team, course, ward):
    report = team_report(team=team, course=course)
    assert (report.completed, report.in_progress, report.not_started) == (5, 2, 3)
    assert report.percent_completed == 50
    assert [bar["width"] for bar in report.bars] == [100, 40, 60]
    how = {row.name: row.how for row in report.rows}
    assert how["Person 00"] == "On their own"
    assert how["Person 03"] == "At a live session"


def test_report_page_has_chart_and_table(client, team_lead, team, ward):
    client.force_login(team_lead)
    page = client.get(reverse("awareness:report", args=[team.pk])).content.decode()
    assert "<strong>50%</strong> of the team (5 of 10)" in page
    assert 'role="img"' in page
    assert "Completed: 5 (50%). In progress: 2 (20%). Not started: 3 (30%)." in page
    # Each person is a row of the responsive table (stacked cards on a phone), its
    # cells labelled for the card.
    assert page.count('<tr class="nhsuk-table__row" role="row">') == 1 + 10
    assert "nhsuk-table-responsive" in page
    assert (
        page.count('nhsuk-table-responsive__heading" aria-hidden="true">Status') == 10
    )
    assert 'font-size="5"' not in page  # no chart text drawn too small to read


def test_csv_export_is_formula_safe(client, team_lead, team, course, ward):
    sneaky = make_user(None, full_name='=HYPERLINK("http://evil.example")')
    team.members.add(sneaky)
    client.force_login(team_lead)

    response = client.get(reverse("awareness:report_csv", args=[team.pk]))

    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "Name",
        "Email",
        "Job role",
        "Status",
        "How",
        "Completed on",
        "Refresher",
        "Refresher due",
    ]
    assert len(rows) == 12
    names = {row[0]: row for row in rows[1:]}
    assert '\'=HYPERLINK("http://evil.example")' in names
    assert names["Person 03"][3:5] == ["Completed", "At a live session"]
    (logged,) = AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED)
    assert logged.actor == team_lead
    assert logged.detail["rows"] == "11"
    assert names["Person 09"][3] == "Not started"


def test_remind_emails_only_those_not_done(
    client, team_lead, team, ward, django_capture_on_commit_callbacks
):
    client.force_login(team_lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("awareness:remind", args=[team.pk]), follow=True)
    assert "sending a reminder to 5 people" in response.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in ward[5:])
    assert "gentle reminder" in mail.outbox[0].subject.lower()
    assert "/working-alongside-peer-workers/" in mail.outbox[0].body


def test_organisation_admin_sees_their_organisations_teams(
    client, org_admin, team, ward
):
    client.force_login(org_admin)
    assert client.get(reverse("awareness:report", args=[team.pk])).status_code == 200
    other = TeamFactory(name="Elsewhere")
    assert client.get(reverse("awareness:report", args=[other.pk])).status_code == 404


@pytest.mark.parametrize("name", ["report", "report_csv", "team"])
def test_report_is_refused_to_everyone_else(
    client, team, other_lead, member, name, ward
):
    url = reverse(f"awareness:{name}", args=[team.pk])
    assert client.get(url).status_code == 302  # anonymous: sign in first
    client.force_login(member)
    assert client.get(url).status_code == 404
    client.force_login(other_lead)
    assert client.get(url).status_code == 404


def test_other_lead_cannot_remind_my_team(client, team, other_lead, ward):
    client.force_login(other_lead)
    response = client.post(reverse("awareness:remind", args=[team.pk]))
    assert response.status_code == 404
    assert mail.outbox == []


def test_reminding_needs_post(client, team_lead, team):
    client.force_login(team_lead)
    assert client.get(reverse("awareness:remind", args=[team.pk])).status_code == 405


def test_reminding_again_within_a_day_is_refused_and_the_last_time_shown(
    client, team_lead, team, ward, django_capture_on_commit_callbacks
):
    client.force_login(team_lead)
    remind = reverse("awareness:remind", args=[team.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(remind)
    assert len(mail.outbox) == 5
    page = client.get(reverse("awareness:report", args=[team.pk])).content.decode()
    assert "Last reminded on " in page and "(5 people)" in page
    assert "You can send another reminder after" in page
    assert "Remind the 5 not done yet" not in page

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(remind, follow=True)
    assert "You reminded this team on" in again.content.decode()
    assert len(mail.outbox) == 5  # nobody got a second email
    assert TeamReminder.objects.count() == 1

    TeamReminder.objects.update(
        sent_at=timezone.now() - datetime.timedelta(hours=24, minutes=1)
    )
    page = client.get(reverse("awareness:report", args=[team.pk])).content.decode()
    assert "Remind the 5 not done yet" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(remind)
    assert len(mail.outbox) == 10


def test_a_reminder_to_someone_with_no_password_has_a_set_password_link(
    client, team_lead, team, ward, django_capture_on_commit_callbacks
):
    invited = ward[9]
    invited.set_unusable_password()
    invited.save()
    client.force_login(team_lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("awareness:remind", args=[team.pk]))
    bodies = {message.to[0]: message.body for message in mail.outbox}
    assert "You have not chosen a password yet" in bodies[invited.email]
    link = re.search(
        r"(https?://[^/\s]+)(/accounts/password/reset/\S+)", bodies[invited.email]
    )
    assert link, bodies[invited.email]
    assert link[1] == settings.SITE_URL
    assert "You have not chosen a password yet" not in bodies[ward[5].email]
    client.logout()
    page = client.get(link[2], follow=True)
    assert "password" in page.content.decode().lower()
    assert page.status_code == 200


def test_names_are_stored_as_typed_and_guarded_only_in_the_export(
    client, team_lead, team, django_capture_on_commit_callbacks
):
    """The formula guard works on the way out: the person's name is theirs."""
    from lms.awareness.models import PendingImport

    client.force_login(team_lead)
    upload = SimpleUploadedFile(
        "staff.csv",
        b"Name,Email,Job role,Team\n-Jo Dash,jo@example.org,=Nurse,Ward 7\n",
        content_type="text/csv",
    )
    response = client.post(reverse("awareness:enrol"), {"file": upload})
    assert response.status_code == 302, response.content.decode()[:2000]
    pending = PendingImport.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("awareness:enrol_confirm", args=[pending.pk]))
    jo = User.objects.get(email="jo@example.org")
    assert jo.full_name == "-Jo Dash"
    page = client.get(reverse("awareness:report", args=[team.pk])).content.decode()
    assert "-Jo Dash" in page and "'-Jo Dash" not in page
    exported = client.get(reverse("awareness:report_csv", args=[team.pk]))
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    (row,) = [row for row in rows if row[1] == "jo@example.org"]
    assert row[0] == "'-Jo Dash" and row[2] == "'=Nurse"
