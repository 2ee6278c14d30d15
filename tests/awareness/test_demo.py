"""The awareness part of the demo, the dashboard section and personal data."""

import pytest
from django.urls import reverse

from alongside.extensions import personal_data_registry
from lms.awareness import models
from lms.awareness.demo import WARD_TEAM
from lms.awareness.selectors import course_default, team_report
from lms.demo import demo_seed
from lms.models import Team, User

pytestmark = pytest.mark.django_db


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in [
            models.AwarenessCoursePage,
            models.StaffProfile,
            models.CourseProgress,
            models.Completion,
            models.LiveSession,
            models.Attendance,
        ]
    }


def test_demo_ward_team_has_twenty_with_mixed_progress(seeded, client):
    team = Team.objects.get(name=WARD_TEAM)
    lead = User.objects.get(email="teamlead@example.org")
    assert team.leads.filter(pk=lead.pk).exists()
    report = team_report(team=team, course=course_default())
    assert report.total == 20
    assert (report.completed, report.in_progress, report.not_started) == (13, 3, 4)
    modes = {row.how for row in report.rows if row.completed_at}
    assert modes == {"On their own", "At a live session"}
    session = models.LiveSession.objects.get(team=team)
    assert not session.is_open and session.attendances.count() == 7

    client.force_login(lead)
    page = client.get(reverse("awareness:report", args=[team.pk])).content.decode()
    assert "<strong>65%</strong>" in page
    page = client.get(reverse("lms:dashboard")).content.decode()
    assert reverse("awareness:teams") in page

    # A member part-way through sees the course and their progress.
    member = User.objects.get(email="ward.staff14@example.org")  # in progress
    client.force_login(member)
    page = client.get(reverse("lms:dashboard")).content.decode()
    assert "Staff-awareness course" in page
    assert "Working alongside peer workers" in page
    assert "parts done" in page


def test_demo_is_repeatable_and_hidden_from_people_without_teams(seeded, client):
    before = _counts()
    demo_seed()
    assert _counts() == before

    client.force_login(User.objects.get(email="trainee@example.org"))
    page = client.get(reverse("lms:dashboard")).content.decode()
    assert "Staff-awareness course" not in page


def test_every_model_holding_personal_data_is_registered():
    registered = {entry.model for entry in personal_data_registry()}
    assert {
        models.StaffProfile,
        models.CourseProgress,
        models.Completion,
        models.Attendance,
        models.LiveSession,
        models.PendingImport,
    } <= registered
