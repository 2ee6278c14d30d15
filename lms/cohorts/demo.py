"""The cohorts part of the demo: twelve trainees at different points in the course.

Deterministic and idempotent: a trainee who already exists is left as they are.
Quiz and scenario work goes through the real assessment services, so the gradebook,
reports and marking queue show what real use would produce.
"""

import datetime
import random

from django.http import QueryDict
from django.utils import timezone

from alongside.extensions import DemoResult
from assessments.models import QuizAttempt, QuizPage, ScenarioPage
from assessments.selectors import attempt_questions
from assessments.services import (
    AssessmentError,
    attempt_grade,
    attempt_start,
    essay_mark,
    scenario_choose,
    scenario_start,
)
from courses.models import LessonPage, ModulePage
from lms.models import Cohort, Enrolment, User
from lms.roles import Role
from lms.services import enrolment_create, lesson_complete, user_add_role

from .models import (
    CheckInMoment,
    ConfidenceItem,
    ConfidenceResponse,
    FeedbackFormField,
    FeedbackFormPage,
    ModuleSchedule,
    Notification,
    NotificationKind,
    SurveyStage,
    WellbeingCheckIn,
)

DEMO_PASSWORD = "alongside-demo"  # noqa: S105 - local demo only
TRAINEES = [
    # name, share of lessons done, chance of a right answer, days since active
    ("Amira Hassan", 1.0, 0.95, 1),
    ("Ben Carter", 1.0, 0.9, 2),
    ("Chloe Evans", 1.0, 0.85, 1),
    ("Dylan Price", 1.0, 0.8, 3),
    ("Efua Mensah", 1.0, 0.75, 2),
    ("Fatima Begum", 0.8, 0.7, 4),
    ("Gareth Jones", 0.6, 0.65, 5),
    ("Hannah Reid", 0.45, 0.6, 9),
    ("Imran Ali", 0.3, 0.55, 16),
    ("Jess Taylor", 0.2, 0.5, 21),
    ("Kerry Walsh", 0.1, 0.45, 30),
    ("Liam O'Neill", 0.0, 0.0, 25),
]
CONFIDENCE = [
    ("Listening", "I feel confident listening without judging or fixing."),
    ("Boundaries", "I know where my role as a peer supporter begins and ends."),
    ("Safety", "I can recognise when a parent needs urgent help, and what to do."),
    ("Signposting", "I know where to signpost parents for support."),
    ("Self-care", "I know how to look after myself after a difficult conversation."),
]


def _email(name: str) -> str:
    local = "".join(
        c for c in name.lower().replace(" ", ".") if c.isalnum() or c == "."
    )
    return f"{local}@example.org"


def _take_quiz(
    user: User, quiz: QuizPage, skill: float, rng: random.Random, marker=None
) -> None:
    try:
        attempt = attempt_start(user=user, quiz=quiz)
    except AssessmentError:
        return
    responses = {}
    for item, question in attempt_questions(attempt):
        if rng.random() > skill and not question.marked_by_hand:
            continue  # a wrong (blank) answer
        prefix = f"q-{question.pk}"
        data = QueryDict(mutable=True)
        for key, values in question.sample_form_data(item["frozen"], prefix).items():
            data.setlist(key, values)
        response = question.parse_response(data, prefix, item["frozen"])
        if response is not None:
            responses[str(item["id"])] = response
    now = timezone.now()
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        responses=responses,
        submitted_at=now,
        started_at=now - datetime.timedelta(minutes=rng.randint(6, 25)),
        status=QuizAttempt.Status.AWAITING_MARKING,
    )
    attempt.refresh_from_db()
    attempt_grade(attempt=attempt)
    if marker is None or attempt.status != QuizAttempt.Status.AWAITING_MARKING:
        return
    for item, question in attempt_questions(attempt):
        if question.marked_by_hand:
            essay_mark(
                attempt=attempt,
                question_id=item["id"],
                fraction=0.8,
                comment="Warm and clear. Say a little more about what you would "
                "do if she were at risk.",
                marker=marker,
            )


def _run_scenario(user: User, scenario: ScenarioPage, skill: float, rng) -> None:
    try:
        attempt = scenario_start(user=user, scenario=scenario)
    except AssessmentError:
        return
    nodes = scenario.node_map()
    for _step in range(30):
        if attempt.is_finished:
            return
        node = nodes.get(attempt.current_node)
        if not node or not node["choices"]:
            return
        ranked = sorted(
            range(len(node["choices"])),
            key=lambda i: {"best": 0, "acceptable": 1, "not_yours": 2, "unsafe": 3}.get(
                node["choices"][i]["rating"], 1
            ),
        )
        index = ranked[0] if rng.random() < skill else ranked[-1]
        # The run shows its choices shuffled; the form sends the position shown.
        shown = attempt.choice_order(node["key"], len(node["choices"])).index(index)
        try:
            attempt = scenario_choose(
                attempt=attempt, node_key=attempt.current_node, choice_index=shown
            )
        except AssessmentError:
            return


def _notify(user: User, kind: str, title: str, body: str, key: str, url="") -> None:
    Notification.objects.get_or_create(
        key=f"demo-{key}",
        defaults={
            "user": user,
            "kind": kind,
            "title": title,
            "body": body,
            "url": url,
        },
    )


def cohorts_demo_seed(users: dict[str, User]) -> DemoResult:
    """Twelve trainees in the demo cohort, with work, check-ins and survey answers."""
    trainer = users["trainer@example.org"]
    cohort = Cohort.objects.filter(trainers=trainer).select_related("programme").first()
    if cohort is None:
        return DemoResult()
    programme = cohort.programme
    rng = random.Random(2026)  # noqa: S311 - deterministic demo data
    modules = list(ModulePage.objects.live().descendant_of(programme).order_by("path"))
    lessons = list(LessonPage.objects.live().descendant_of(programme).order_by("path"))
    quizzes = {
        q.path[: -ModulePage.steplen]: q
        for q in QuizPage.objects.live().descendant_of(programme)
    }
    scenarios = {
        s.path[: -ModulePage.steplen]: s
        for s in ScenarioPage.objects.live().descendant_of(programme)
    }
    # Dates relative to the day the demo is seeded: the first three modules are
    # already due, so the overview has someone to show as stuck.
    first_due = timezone.localdate() - datetime.timedelta(weeks=5)
    for n, module in enumerate(modules):
        ModuleSchedule.objects.get_or_create(
            cohort=cohort,
            module=module,
            defaults={
                "starts_on": first_due + datetime.timedelta(weeks=2 * n - 2),
                "due_on": first_due + datetime.timedelta(weeks=2 * n),
            },
        )
    items = []
    for order, (topic, statement) in enumerate(CONFIDENCE):
        item, _created = ConfidenceItem.objects.get_or_create(
            programme=programme,
            topic=topic,
            defaults={"statement": statement, "sort_order": order},
        )
        items.append(item)
    _feedback_form(programme)

    made = 0
    for index, (name, share, skill, days_away) in enumerate(TRAINEES):
        email = _email(name)
        if User.objects.filter(email=email).exists():
            continue
        made += 1
        user = User.objects.create_user(
            email=email, password=DEMO_PASSWORD, full_name=name, nation="england"
        )
        user_add_role(user=user, role=Role.TRAINEE)
        enrolment_create(user=user, programme=programme, cohort=cohort)
        cohort.organisation.members.add(user)
        for item in items:
            ConfidenceResponse.objects.create(
                user=user,
                item=item,
                stage=SurveyStage.PRE,
                rating=rng.choice([1, 2, 2, 3, 3]),
            )
        done = lessons[: round(share * len(lessons))]
        done_paths = {lesson.path[: -ModulePage.steplen] for lesson in done}
        for lesson in done:
            lesson_complete(user=user, lesson=lesson, programme=programme)
        for module in modules:
            if module.path not in done_paths:
                continue
            if module.path in quizzes:
                # Most essays are marked already; a few wait in the queue.
                marker = trainer if index % 4 != 3 else None
                _take_quiz(user, quizzes[module.path], skill, rng, marker)
                if (
                    skill >= 0.6
                    and not QuizAttempt.objects.filter(
                        user=user, quiz=quizzes[module.path], passed=True
                    ).exists()
                ):
                    _take_quiz(user, quizzes[module.path], 1.0, rng, trainer)
            if module.path in scenarios:
                _run_scenario(user, scenarios[module.path], skill, rng)
            if module.is_difficult and index % 2 == 0:
                WellbeingCheckIn.objects.create(
                    user=user,
                    module=module,
                    moment=CheckInMoment.BEFORE,
                    feeling=rng.choice([2, 3, 4]),
                )
        if share >= 1.0:
            for item in items:
                ConfidenceResponse.objects.create(
                    user=user,
                    item=item,
                    stage=SurveyStage.POST,
                    rating=rng.choice([3, 4, 4, 5, 5]),
                )
        Enrolment.objects.filter(user=user, programme=programme).update(
            last_active_at=timezone.now() - datetime.timedelta(days=days_away)
        )
        if days_away >= 14:
            _notify(
                user,
                NotificationKind.INACTIVE,
                f"We have saved your place in {programme.title}",
                "There is no rush: pick up where you left off whenever suits you.",
                f"inactive-{user.pk}",
            )
    trainee = users.get("trainee@example.org")
    if trainee is not None:
        _notify(
            trainee,
            NotificationKind.DUE_DATE,
            "A module is due soon",
            "Your trainer suggested finishing it by the end of next week.",
            "trainee-due",
            url=modules[0].url if modules else "",
        )
    trainees = Enrolment.objects.filter(cohort=cohort).count()
    return DemoResult(
        counts={"cohort trainees": trainees, "demo trainees added": made},
        sign_ins=[
            "Twelve more trainees (e.g. amira.hassan@example.org) share the same "
            "password; trainer@example.org sees them under Your cohorts."
        ],
    )


def _feedback_form(programme) -> None:
    if FeedbackFormPage.objects.child_of(programme).exists():
        return
    page = FeedbackFormPage(
        title="Tell us what you thought of the course",
        slug="feedback",
        intro="<p>Your answers are anonymous and help us improve the training.</p>",
    )
    for order, (label, kind) in enumerate(
        [
            ("What helped you most?", "multiline"),
            ("What could be better?", "multiline"),
            ("Would you recommend this training to a friend?", "radio"),
        ]
    ):
        page.form_fields.add(
            FeedbackFormField(
                sort_order=order,
                label=label,
                field_type=kind,
                required=order == 0,
                choices="Yes\nMaybe\nNo" if kind == "radio" else "",
            )
        )
    programme.add_child(instance=page)
    page.save_revision().publish()
