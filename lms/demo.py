"""The demo: curriculum, directory, organisations and one account per role."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone

from alongside import extensions
from assessments import demo as assessment_demo
from assessments.demo.hours import activity_minutes as demo_activity_minutes
from assessments.models import FreeTextSubmission
from assessments.seed import quizzes_seed, scenarios_seed
from assessments.services import free_text_mark
from courses import demo as curriculum
from courses.demo.hours import with_measured_minutes
from courses.models import LessonPage, ProgrammePage
from courses.services import curriculum_seed, home_page_ensure, signposts_sync

from .models import Cohort, ContentNoteChoice, Enrolment, Organisation, Team, User
from .roles import Role
from .services import (
    enrolment_create,
    lesson_complete,
    organisation_content_area_ensure,
    roles_sync,
    user_add_role,
)

DEMO_PASSWORD = "alongside-demo"  # noqa: S105 - local demo only, refused in production


@dataclass(frozen=True)
class DemoAccount:
    email: str
    full_name: str
    roles: tuple[Role, ...]
    nation: str = "england"
    superuser: bool = False


DEMO_ACCOUNTS = [
    DemoAccount("trainee@example.org", "Priya Shah", (Role.TRAINEE,)),
    DemoAccount(
        "trainer@example.org",
        "Helen Morgan",
        (Role.TRAINER, Role.CURRICULUM_EDITOR),
        "wales",
    ),
    DemoAccount("supervisor@example.org", "Grace Okafor", (Role.SUPERVISOR,)),
    DemoAccount("teamlead@example.org", "Sam Fraser", (Role.TEAM_LEAD,), "scotland"),
    DemoAccount(
        "admin@example.org",
        "Alex Rowe",
        (Role.SITE_ADMIN, Role.ORGANISATION_ADMIN),
        superuser=True,
    ),
]


def _account(spec: DemoAccount) -> User:
    user = User.objects.filter(email=spec.email).first()
    if user is None:
        user = User.objects.create_user(
            email=spec.email,
            password=DEMO_PASSWORD,
            full_name=spec.full_name,
            nation=spec.nation,
            is_staff=spec.superuser,
            is_superuser=spec.superuser,
        )
    for role in spec.roles:
        user_add_role(user=user, role=role)
    return user


def demo_seed() -> dict:
    """Create the whole demo if missing; running it again changes nothing."""
    # Refused before the database is opened: production may not even reach one here.
    if not getattr(settings, "ALLOW_DEMO_ACCOUNTS", False):
        raise ImproperlyConfigured(
            "Demo accounts are refused under these settings "
            "(ALLOW_DEMO_ACCOUNTS=False)."
        )
    return _demo_seed()


@transaction.atomic
def _demo_seed() -> dict:
    roles_sync()
    signposts_sync(entries=curriculum.SIGNPOSTS)
    home = home_page_ensure()
    programme = curriculum_seed(
        home=home,
        programme=curriculum.PROGRAMME,
        # Lesson and module minutes measured from the content, never typed.
        modules=with_measured_minutes(
            curriculum.MODULES, activity_minutes=demo_activity_minutes()
        ),
    )
    quizzes_seed(programme=programme, quizzes=assessment_demo.QUIZZES)
    scenarios = scenarios_seed(
        programme=programme,
        branching=assessment_demo.BRANCHING,
        free_text=assessment_demo.FREE_TEXT,
    )
    users = {spec.email: _account(spec) for spec in DEMO_ACCOUNTS}
    _organisations(programme, users)
    _written_work(scenarios["free_text"], users)
    counts = {
        "modules": len(curriculum.MODULES),
        "lessons": LessonPage.objects.descendant_of(programme).count(),
        "accounts": len(users),
    }
    sign_ins: list[str] = []
    for seeder in extensions.demo_seeders():
        result = seeder(users)
        counts.update(result.counts)
        sign_ins.extend(result.sign_ins)
    counts["sign_ins"] = sign_ins
    return counts


def _organisations(programme: ProgrammePage, users: dict[str, User]) -> None:
    charity, _ = Organisation.objects.get_or_create(
        name="Brighter Days Peer Support",
        defaults={
            "kind": Organisation.Kind.CHARITY,
            "support_contact": "Call your coordinator on 01632 960 123 (demo number), "
            "Monday to Friday, 9am to 5pm",
        },
    )
    trust, _ = Organisation.objects.get_or_create(
        name="Northfield NHS Foundation Trust (demo)",
        defaults={"kind": Organisation.Kind.NHS_TRUST},
    )
    charity.admins.add(users["admin@example.org"])
    trust.admins.add(users["admin@example.org"])
    cohort, _ = Cohort.objects.get_or_create(
        organisation=charity,
        name="Autumn 2026 cohort",
        defaults={"programme": programme, "start_date": datetime.date(2026, 9, 7)},
    )
    cohort.trainers.add(users["trainer@example.org"])
    cohort.supervisors.add(users["supervisor@example.org"])
    charity.members.add(
        users["trainee@example.org"],
        users["trainer@example.org"],
        users["supervisor@example.org"],
    )
    team, _ = Team.objects.get_or_create(
        organisation=trust, name="Community perinatal mental health team"
    )
    team.leads.add(users["teamlead@example.org"])
    trust.members.add(users["teamlead@example.org"])
    # Each organisation's own programmes and files; the demo trainer edits the
    # charity's as well as the shared curriculum.
    for organisation in (charity, trust):
        organisation_content_area_ensure(organisation=organisation)
    charity.refresh_from_db()
    users["trainer@example.org"].groups.add(charity.editors)

    trainee = users["trainee@example.org"]
    if not Enrolment.objects.filter(user=trainee, programme=programme).exists():
        enrolment_create(user=trainee, programme=programme, cohort=cohort)
        # A little progress, so the dashboard shows a next step.
        first_lessons = (
            LessonPage.objects.live().descendant_of(programme).order_by("path")[:2]
        )
        for lesson in first_lessons:
            lesson_complete(user=trainee, lesson=lesson, programme=programme)
        ContentNoteChoice.objects.get_or_create(
            user=trainee,
            module=first_lessons[0].get_parent().specific,
            choice=ContentNoteChoice.Choice.CONTINUE,
        )


def _written_work(pages, users: dict[str, User]) -> None:
    """One marked and one unmarked written answer for the demo trainee."""
    trainee, trainer = users["trainee@example.org"], users["trainer@example.org"]
    answers = {d["slug"]: d.get("demo_answer", "") for d in assessment_demo.FREE_TEXT}
    for index, page in enumerate(pages[:2]):
        if FreeTextSubmission.objects.filter(user=trainee, scenario=page).exists():
            continue
        submission = FreeTextSubmission.objects.create(
            user=trainee,
            scenario=page,
            text=answers.get(page.slug) or "I would listen first, then signpost.",
            status=FreeTextSubmission.Status.SUBMITTED,
            submitted_at=timezone.now() - datetime.timedelta(days=4 - index),
        )
        if index == 0:
            criteria = page.rubric.criteria_list()
            free_text_mark(
                submission=submission,
                marker=trainer,
                # The top level for every criterion but the last, which is one below.
                levels={
                    str(i): len(c["levels"]) - (2 if i == len(criteria) - 1 else 1)
                    for i, c in enumerate(criteria)
                },
                comments=(
                    "A warm, clear answer: you were honest about your role and "
                    "offered real choices. Next time, say a little more about how "
                    "you would check she knows where to turn out of hours."
                ),
                ask_to_resubmit=False,
            )
