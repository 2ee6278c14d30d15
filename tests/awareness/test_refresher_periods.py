"""Refresher periods: the team report shows each completion as up to date, due soon
or overdue, the team lead's reminder includes the overdue, and a live session
renews an overdue completion."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from lms.awareness.models import Attendance, Completion, LiveSession
from lms.awareness.selectors import Refresher, refresher_status, team_report
from lms.awareness.services import live_session_end
from tests.conftest import make_user

from .helpers import run_to_the_end

pytestmark = pytest.mark.django_db


def _ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def three_years(course):
    course.refresher_months = 36
    course.save()
    return course


@pytest.fixture
def ward(team, three_years):
    """Done a year ago, done nearly three years ago, done four years ago, not done."""
    people = {
        name: make_user(None, full_name=name)
        for name in ("Recent Rae", "Soon Sol", "Late Lou", "New Nat")
    }
    team.members.add(*people.values())
    for name, days in (("Recent Rae", 365), ("Soon Sol", 3 * 365 - 20)):
        Completion.objects.create(
            user=people[name],
            course=three_years,
            mode="self_paced",
            completed_at=_ago(days),
        )
    Completion.objects.create(
        user=people["Late Lou"],
        course=three_years,
        mode="live",
        completed_at=_ago(4 * 365),
    )
    return people


def test_status_follows_the_completion_date_and_period(course):
    done = timezone.make_aware(datetime.datetime(2024, 3, 10, 12))
    course.refresher_months = 36
    due = datetime.date(2027, 3, 10)
    assert (
        refresher_status(course=course, completed_at=done, today=due)
        == Refresher.OVERDUE
    )
    day_before = due - datetime.timedelta(days=1)
    assert (
        refresher_status(course=course, completed_at=done, today=day_before)
        == Refresher.DUE_SOON
    )
    a_year_on = datetime.date(2025, 3, 10)
    assert (
        refresher_status(course=course, completed_at=done, today=a_year_on)
        == Refresher.CURRENT
    )
    course.refresher_months = None
    assert refresher_status(course=course, completed_at=done, today=due) == ""


def test_the_team_report_shows_each_members_refresher(
    client, team_lead, team, ward, three_years
):
    client.force_login(team_lead)
    body = client.get(reverse("awareness:report", args=[team.pk])).content.decode()
    assert "refreshed every 36 months: 1 overdue, 1 due within 60 days" in body
    rows = {row.name: row for row in team_report(team=team, course=three_years).rows}
    assert rows["Recent Rae"].refresher == Refresher.CURRENT
    assert rows["Soon Sol"].refresher == Refresher.DUE_SOON
    assert rows["Late Lou"].refresher == Refresher.OVERDUE
    assert rows["New Nat"].refresher == ""
    assert "Up to date" in body
    assert "Refresher due soon" in body
    assert "Overdue, due" in body

    text = client.get(reverse("awareness:report_csv", args=[team.pk]))
    table = {
        row["Name"]: row
        for row in csv.DictReader(io.StringIO(text.content.decode("utf-8-sig")))
    }
    assert table["Late Lou"]["Refresher"] == "Overdue"
    assert table["Soon Sol"]["Refresher"] == "Refresher due soon"
    assert table["Recent Rae"]["Refresher"] == "Up to date"
    assert table["New Nat"]["Refresher"] == ""
    assert table["Late Lou"]["Refresher due"]


def test_remind_includes_the_overdue_but_not_the_up_to_date(
    client, team_lead, team, ward, django_capture_on_commit_callbacks
):
    client.force_login(team_lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("awareness:remind", args=[team.pk]), follow=True)
    assert "sending a reminder to 2 people" in response.content.decode()
    sent = {m.to[0]: m for m in mail.outbox}
    assert set(sent) == {ward["Late Lou"].email, ward["New Nat"].email}
    assert "time to refresh" in sent[ward["Late Lou"].email].body
    assert "every 36 months" in sent[ward["Late Lou"].email].body
    assert "time to refresh" not in sent[ward["New Nat"].email].body


def test_a_live_session_renews_an_overdue_completion(client, team_lead, team, ward):
    client.force_login(team_lead)
    client.post(reverse("awareness:session_start", args=[team.pk]))
    session = LiveSession.objects.get()
    for name in ("Late Lou", "Recent Rae"):
        Attendance.objects.create(session=session, user=ward[name], how="register")
    run_to_the_end(session)
    live_session_end(session=session)

    renewed = Completion.objects.get(user=ward["Late Lou"])
    assert renewed.session == session
    assert timezone.now() - renewed.completed_at < datetime.timedelta(minutes=5)
    # Up to date already: the first record stands.
    kept = Completion.objects.get(user=ward["Recent Rae"])
    assert kept.session is None
    assert kept.completed_at < _ago(300)
    rows = {row.name: row for row in team_report(team=team, course=session.course).rows}
    assert rows["Late Lou"].refresher == Refresher.CURRENT
