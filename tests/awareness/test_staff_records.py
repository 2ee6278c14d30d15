"""The trust's training records: an OLM-ready register of a live session, and the
numbers (employee, assignment, NMC PIN) people give for it."""

import csv
import io

import pytest
from django.urls import reverse

from lms.awareness.models import Attendance, LiveSession, StaffProfile
from lms.awareness.selectors import REGISTER_HEADERS
from lms.awareness.services import live_session_end
from lms.models import AuditEvent
from lms.roles import Role
from tests.conftest import make_user

from .helpers import run_to_the_end

pytestmark = pytest.mark.django_db

# Cells a learning administrator cannot do without: a blank one means retyping.
REQUIRED = [
    "Name",
    "Email",
    "Date",
    "Start time",
    "End time",
    "Duration (minutes)",
    "Attended",
    "Course",
    "Course version",
    "Competence",
]


def _rows(response) -> list[dict]:
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def session(client, team_lead, team, course):
    client.force_login(team_lead)
    client.post(reverse("awareness:session_start", args=[team.pk]))
    return LiveSession.objects.get()


def test_the_register_of_a_60_person_session_has_no_blank_required_cell(
    client, session, team, course
):
    people = [
        make_user(None, full_name=f"Staff Member {n:02d}", email=f"s{n}@nhs.example")
        for n in range(60)
    ]
    team.members.add(*people)
    for person in people[:45]:
        Attendance.objects.create(session=session, user=person, how="register")
    StaffProfile.objects.create(
        user=people[0], employee_number="10293847", assignment_number="10293847-2"
    )
    url = reverse("awareness:register_csv", args=[session.pk])
    # Not while it runs: the end time and length are not known yet.
    assert client.get(url).status_code == 302
    run_to_the_end(session, minutes=47)
    live_session_end(session=session)

    response = client.get(url)
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]
    rows = _rows(response)
    assert list(rows[0]) == REGISTER_HEADERS
    assert len(rows) == 60  # everyone in the team (its lead runs it)
    for row in rows:
        blank = [name for name in REQUIRED if not row[name].strip()]
        assert not blank, (row["Name"], blank)
    attended = {row["Name"] for row in rows if row["Attended"] == "Yes"}
    assert attended == {p.full_name for p in people[:45]}
    first = next(row for row in rows if row["Name"] == "Staff Member 00")
    assert first["Employee number"] == "10293847"
    assert first["Assignment number"] == "10293847-2"
    assert {row["Duration (minutes)"] for row in rows} == {"47"}
    assert {row["Course"] for row in rows} == {course.title}
    assert AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED).exists()


def test_only_whoever_runs_the_team_downloads_its_register(
    client, session, other_lead, member
):
    run_to_the_end(session)
    live_session_end(session=session)
    url = reverse("awareness:register_csv", args=[session.pk])
    for outsider in (other_lead, member, make_user(Role.TRAINER)):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to sign in


def test_a_team_member_gives_their_numbers_and_nmc_pin(client, member):
    client.force_login(member)
    profile_page = client.get(reverse("lms:profile")).content.decode()
    url = reverse("awareness:staff_record")
    assert url in profile_page
    bad = client.post(url, {"employee_number": "1", "nmc_pin": "12A 34<5>"})
    assert bad.status_code == 400
    assert "letters and numbers only" in bad.content.decode()
    assert not StaffProfile.objects.filter(user=member, nmc_pin__gt="").exists()
    client.post(
        url,
        {
            "employee_number": " 555 123 ",
            "assignment_number": "",
            "nmc_pin": "12a3456e",
        },
    )
    profile = StaffProfile.objects.get(user=member)
    assert (profile.employee_number, profile.nmc_pin) == ("555 123", "12A3456E")
    assert "12A3456E" in client.get(url).content.decode()


def test_the_staff_record_link_is_only_for_team_members(client, roles):
    learner = make_user(Role.TRAINEE)
    client.force_login(learner)
    page = client.get(reverse("lms:profile")).content.decode()
    assert reverse("awareness:staff_record") not in page


def test_a_spreadsheet_can_give_new_people_their_numbers(
    client, team_lead, team, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(team_lead)
    upload = SimpleUploadedFile(
        "staff.csv",
        (
            "name,email,job role,team,employee number,assignment number\n"
            f"Nia New,nia@nhs.example,Midwife,{team.name},  4455 66 ,4455-1\n"
            f"Ola Other,ola@nhs.example,Nurse,{team.name},,\n"
        ).encode(),
        "text/csv",
    )
    response = client.post(reverse("awareness:enrol"), {"file": upload})
    assert response.status_code == 302, response.content.decode()[:1500]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(response.url)
    nia = StaffProfile.objects.get(user__email="nia@nhs.example")
    assert (nia.employee_number, nia.assignment_number) == ("4455 66", "4455-1")
    assert StaffProfile.objects.get(user__email="ola@nhs.example").employee_number == ""
