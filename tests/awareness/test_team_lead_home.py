"""A team lead finds the awareness course from their home: their teams, each team's
progress and a "Present now" button; the course is on the home page too."""

import pytest
from django.urls import reverse

from lms.awareness.models import LiveSession
from lms.awareness.services import completion_record
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def test_the_course_is_on_the_home_page_and_programmes_list(client, course):
    html = client.get("/").content.decode()
    assert "Short courses for teams" in html
    assert course.url in html and course.title in html
    assert f"About {course.total_minutes} minutes" in html


def test_a_team_leads_home_is_their_teams_with_progress_and_present_now(
    client, team_lead, team, other_team, course
):
    people = [make_user(None, full_name=f"Nurse {n}") for n in range(4)]
    team.members.add(*people)
    completion_record(user=people[0], course=course, mode="self_paced")
    client.force_login(team_lead)
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert "You are not taking a programme yet" not in html
    assert "Your teams and the staff-awareness course" in html
    assert course.url in html
    assert "Ward 7" in html and other_team.name not in html
    assert "1 of 4 have done the course (25%)" in html
    assert reverse("awareness:session_start", args=[team.pk]) in html
    assert "Present now" in html
    assert reverse("awareness:report", args=[team.pk]) in html
    # Teams come before anything else on the page.
    assert html.index("Your teams and the staff-awareness course") < html.index(
        "Join a live session with a code"
    )

    started = client.post(reverse("awareness:session_start", args=[team.pk]))
    session = LiveSession.objects.get()
    assert started.url == reverse("awareness:present", args=[session.pk])
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert "Back to the session running now" in html
    assert reverse("awareness:notes", args=[session.pk]) in html


def test_a_team_member_sees_the_course_but_no_present_button(client, member, course):
    client.force_login(member)
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert course.url in html
    assert "Present now" not in html
    assert "You are not taking a programme yet" in html
