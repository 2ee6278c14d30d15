"""One small, complete world for the security suites: every role and every object.

The authorisation matrix and the fuzzers both need someone in each role and one of
every kind of object a route can name, owned by the trainee, so that everyone else
is trying "someone else's object".
"""

import json
import uuid
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document

from assessments import services as assessment_services
from assessments.models import (
    FreeTextScenarioPage,
    QuestionCategory,
    QuizAttempt,
    Rubric,
    ScenarioAttempt,
)
from assessments.seed import question_create
from lms.factories import CohortFactory, OrganisationFactory, TeamFactory
from lms.models import ReflectiveEntry
from lms.roles import Role
from lms.services import enrolment_create, roles_sync
from tests.assessments.helpers import node, quiz_create, scenario_create, single_choice
from tests.conftest import build_programme, make_user

from .world_features import add_feature_objects

ROLES = (
    "anonymous",
    "trainee",
    "other_trainee",
    "team_lead",
    "trainer",
    "supervisor",
    "org_admin",
    "admin",
)


@dataclass
class World:
    users: dict = field(default_factory=dict)
    home: object = None
    programme: object = None
    course: object = None
    module: object = None
    lesson: object = None
    quiz: object = None
    scenario: object = None
    written: object = None
    cohort: object = None
    team: object = None
    entry: object = None
    attempt: object = None
    open_attempt: object = None
    run: object = None
    submission: object = None
    essay_attempt: object = None
    other_organisation: object = None
    document: object = None
    ledger_entry: object = None
    certificate: object = None
    hand_request: object = None
    share_link: object = None
    wallet_exchange: object = None

    def user(self, role: str):
        return self.users.get(role)


def _rubric() -> Rubric:
    levels = [
        {"label": "Not yet", "points": 0, "descriptor": "Not shown."},
        {"label": "Secure", "points": 1, "descriptor": "Shown."},
    ]
    criteria = [
        {
            "type": "criterion",
            "id": str(uuid.uuid4()),
            "value": {
                "name": "Listening",
                "levels": [
                    {"type": "item", "value": level, "id": str(uuid.uuid4())}
                    for level in levels
                ],
            },
        }
    ]
    return Rubric.objects.create(name="Support skills", criteria=json.dumps(criteria))


def build_world(home) -> World:
    """Everyone, and one of everything the trainee owns."""
    roles_sync()
    w = World(home=home)
    w.programme, w.course, built = build_programme(home, modules=2, lessons=2)
    w.module, lessons = built[0]
    w.lesson = lessons[0]
    w.users = {
        "trainee": make_user(Role.TRAINEE, full_name="Tess Trainee"),
        "other_trainee": make_user(Role.TRAINEE, full_name="Olly Other"),
        "team_lead": make_user(Role.TEAM_LEAD, full_name="Lee Lead"),
        "trainer": make_user(Role.TRAINER, full_name="Tara Trainer"),
        "supervisor": make_user(Role.SUPERVISOR, full_name="Sid Supervisor"),
        "org_admin": make_user(Role.ORGANISATION_ADMIN, full_name="Orla Orgadmin"),
        "admin": make_user(
            Role.SITE_ADMIN, full_name="Sasha Admin", is_staff=True, is_superuser=True
        ),
    }
    u = w.users
    w.cohort = CohortFactory(organisation=OrganisationFactory(), programme=w.programme)
    w.cohort.trainers.add(u["trainer"])
    w.cohort.supervisors.add(u["supervisor"])
    # The organisation admin runs another organisation: the cohort is not theirs.
    w.other_organisation = OrganisationFactory(name="Another charity")
    w.other_organisation.admins.add(u["org_admin"])
    w.team = TeamFactory()
    w.team.leads.add(u["team_lead"])
    for who in ("trainee", "other_trainee"):
        enrolment_create(user=u[who], programme=w.programme, cohort=w.cohort)

    category = QuestionCategory.objects.create(name="Foundations")
    question = single_choice(category, "Who you are")
    w.quiz = quiz_create(w.module, [question])
    essay_category = QuestionCategory.objects.create(name="Essays")
    essay = question_create(
        data={
            "type": "essay",
            "name": "Your approach",
            "text": "Describe your approach.",
            "answers": [],
        },
        category=essay_category,
        lessons={},
    )
    essay_quiz = quiz_create(
        w.module, [essay], slug="essay-quiz", title="Write about it"
    )
    w.scenario = scenario_create(
        w.module,
        [
            node("start", choices=[("Listen", "end", "Good.", "best", 1)]),
            node("end", end=True, debrief="Listening helped."),
        ],
    )
    w.written = FreeTextScenarioPage(
        title="A worried dad",
        slug="a-worried-dad",
        prompt="<p>A dad tells you he cannot sleep.</p>",
        rubric=_rubric(),
        pass_points=1,
        model_answer="MODEL-ANSWER-FOR-MARKERS",
    )
    w.module.add_child(instance=w.written)
    w.written.save_revision().publish()

    trainee = u["trainee"]
    w.entry = ReflectiveEntry.objects.create(
        owner=trainee,
        title="My first week",
        body="PRIVATE-REFLECTION",
        shared_with=u["trainer"],
        shared_at=timezone.now(),
    )
    w.attempt = assessment_services.attempt_start(user=trainee, quiz=w.quiz)
    assessment_services.attempt_submit(
        attempt=w.attempt, revision=w.attempt.revision, data={}
    )
    w.attempt.refresh_from_db()
    w.open_attempt = assessment_services.attempt_start(user=trainee, quiz=w.quiz)
    w.essay_attempt = assessment_services.attempt_start(user=trainee, quiz=essay_quiz)
    assessment_services.attempt_submit(
        attempt=w.essay_attempt,
        revision=w.essay_attempt.revision,
        data={f"q-{essay.pk}": "I would listen."},
    )
    w.essay_attempt.refresh_from_db()
    w.run = assessment_services.scenario_start(user=trainee, scenario=w.scenario)
    submission = assessment_services.free_text_current(user=trainee, scenario=w.written)
    w.submission = assessment_services.free_text_save(
        submission=submission,
        text="I would listen first.",
        revision=submission.revision,
        submit=True,
    )
    w.document = Document.objects.create(
        title="Handout", file=ContentFile(b"%PDF-1.4 handout", name="handout.pdf")
    )
    assert isinstance(w.attempt, QuizAttempt)
    assert isinstance(w.run, ScenarioAttempt)
    add_feature_objects(w, built)
    return w
