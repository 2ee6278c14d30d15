"""The manager report: numbers, chart, CSV export, reminders and who may see it."""

import csv
import io

import pytest
from django.core import mail
from django.urls import reverse

from lms.awareness.models import Attendance, CourseProgress, LiveSession
from lms.awareness.selectors import team_report
from lms.awareness.services import completion_record, live_session_end
from lms.factories import TeamFactory
from lms.models import AuditEvent
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
    assert page.count('<tr class="nhsuk-table__row">') == 3 + 10


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
