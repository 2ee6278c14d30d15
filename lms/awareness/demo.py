"""The awareness part of ``seed_demo``: the course and a ward team of twenty."""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.rich_text import RichText

from alongside.extensions import DemoResult
from courses.models import HomePage
from lms.models import Organisation, Team, User

from . import demo_content as content
from .models import (
    Attendance,
    AwarenessCoursePage,
    Completion,
    CourseProgress,
    LiveSession,
    StaffProfile,
    course_check_publishable,
)
from .services import completion_record, live_session_end

WARD_TEAM = "Willow Ward perinatal team (demo)"
TRUST = "Northfield NHS Foundation Trust (demo)"
WARD_STAFF = [
    ("Amira Haddad", "Midwife"),
    ("Ben Carter", "Staff nurse"),
    ("Chloe Evans", "Healthcare assistant"),
    ("Dev Patel", "Psychiatrist"),
    ("Ella Nowak", "Nursery nurse"),
    ("Femi Adeyemi", "Occupational therapist"),
    ("Gwen Price", "Ward manager"),
    ("Hassan Ali", "Staff nurse"),
    ("Isla Murray", "Clinical psychologist"),
    ("Jack Thompson", "Healthcare assistant"),
    ("Kerry Walsh", "Social worker"),
    ("Leah Brown", "Midwife"),
    ("Marek Kowalski", "Staff nurse"),
    ("Nadia Rahman", "Pharmacist"),
    ("Owen Hughes", "Student nurse"),
    ("Poppy Clarke", "Health visitor"),
    ("Qasim Iqbal", "Psychiatrist"),
    ("Rosie Bennett", "Staff nurse"),
    ("Sian Jones", "Administrator"),
    ("Tom Fletcher", "Healthcare assistant"),
]
SELF_PACED = range(0, 6)  # completed on their own
AT_SESSION = range(6, 13)  # at a past live session
IN_PROGRESS = range(13, 16)  # part-way through on their own


def ward_email(index: int) -> str:
    return f"ward.staff{index + 1:02d}@example.org"


@transaction.atomic
def course_seed(*, home: HomePage) -> AwarenessCoursePage:
    """Create and publish the demo course if it is missing (idempotent)."""
    existing = AwarenessCoursePage.objects.filter(slug=content.SLUG).first()
    if existing is not None:
        return existing
    course = AwarenessCoursePage(
        title=content.TITLE,
        slug=content.SLUG,
        summary=content.SUMMARY,
        intro=content.INTRO,
        learning_outcomes=[("outcome", text) for text in content.OUTCOMES],
        sections=[
            (
                "section",
                {
                    "title": section["title"],
                    "minutes": section["minutes"],
                    "content": RichText(section["content"]),
                    "speaker_notes": section["notes"],
                },
            )
            for section in content.SECTIONS
        ],
        knowledge_check=[
            (
                "question",
                {
                    "question": question["question"],
                    "options": [
                        {"text": text, "correct": correct}
                        for text, correct in question["options"]
                    ],
                    "explanation": question["explanation"],
                },
            )
            for question in content.CHECK
        ],
    )
    course_check_publishable(course)
    home.add_child(instance=course)
    course.save_revision().publish()
    return course


def _ward(users: dict[str, User]) -> tuple[Team, list[User]]:
    from lms.demo import DEMO_PASSWORD

    trust, _ = Organisation.objects.get_or_create(
        name=TRUST, defaults={"kind": Organisation.Kind.NHS_TRUST}
    )
    team, _ = Team.objects.get_or_create(organisation=trust, name=WARD_TEAM)
    lead = users["teamlead@example.org"]
    team.leads.add(lead)
    trust.members.add(lead)
    staff = []
    for index, (name, role) in enumerate(WARD_STAFF):
        user = User.objects.filter(email=ward_email(index)).first()
        if user is None:
            user = User.objects.create_user(
                email=ward_email(index),
                password=DEMO_PASSWORD,
                full_name=name,
                nation="england",
            )
        StaffProfile.objects.get_or_create(
            user=user, defaults={"job_role": role, "invited_by": lead}
        )
        staff.append(user)
    team.members.add(*staff)
    trust.members.add(*staff)
    return team, staff


def _history(course: AwarenessCoursePage, team: Team, staff: list[User], lead: User):
    now = timezone.now()
    section_ids = [block.id for block in course.sections]
    for index in SELF_PACED:
        user = staff[index]
        progress, _created = CourseProgress.objects.update_or_create(
            user=user,
            course=course,
            defaults={
                "sections_done": section_ids,
                "check_score": 4,
                "check_total": len(course.knowledge_check),
                "check_passed": True,
                # Each section read for about its planned time.
                "section_seconds": {
                    block.id: int(block.value["minutes"]) * 60 + 15 * (index % 4)
                    for block in course.sections
                },
            },
        )
        completion_record(
            user=user,
            course=course,
            mode=Completion.Mode.SELF_PACED,
            when=now - datetime.timedelta(days=20 - index),
            minutes=progress.minutes_spent,
        )
    for offset, index in enumerate(IN_PROGRESS):
        CourseProgress.objects.get_or_create(
            user=staff[index],
            course=course,
            defaults={"sections_done": section_ids[: offset + 2]},
        )
    if not LiveSession.objects.filter(team=team, course=course).exists():
        held = now - datetime.timedelta(days=14)
        session = LiveSession.objects.create(
            team=team,
            course=course,
            presenter=lead,
            started_at=held,
            section_started_at=held,
            current_section=len(section_ids) - 1,
        )
        Attendance.objects.bulk_create(
            [
                Attendance(
                    session=session,
                    user=staff[index],
                    how=Attendance.How.REGISTER,
                    joined_at=held,
                )
                for index in AT_SESSION
            ]
        )
        live_session_end(
            session=session,
            ended_at=held + datetime.timedelta(minutes=course.total_minutes),
        )


def awareness_demo_seed(users: dict[str, User]) -> DemoResult:
    """The course, and a ward team of twenty for the demo team lead."""
    home = HomePage.objects.first()
    course = course_seed(home=home)
    team, staff = _ward(users)
    _history(course, team, staff, users["teamlead@example.org"])
    return DemoResult(
        counts={"awareness_team_members": len(staff)},
        sign_ins=[
            f"{ward_email(0)} … {ward_email(len(staff) - 1)}: ward staff on "
            f"{WARD_TEAM} (teamlead@example.org leads it)",
        ],
    )
