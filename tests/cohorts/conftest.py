"""A cohort on a programme with a quiz and a scenario, and trainees with work."""

import datetime

import pytest
from django.utils import timezone

from assessments.models import QuestionCategory, QuizAttempt, ScenarioAttempt
from lms.factories import CohortFactory, OrganisationFactory
from lms.roles import Role
from lms.services import enrolment_create, lesson_complete
from tests.assessments.helpers import node, quiz_create, scenario_create, single_choice
from tests.conftest import build_programme, make_user


@pytest.fixture
def course(home, roles):
    """A programme of 2 modules × 3 lessons; a 2-question quiz in module 1 and a
    branching scenario in module 2."""
    programme, _course, tree = build_programme(home, modules=2, lessons=3)
    category = QuestionCategory.objects.create(name="Cohort tests")
    q1 = single_choice(category, "Listening", right="Listen first")
    q2 = single_choice(category, "Signposting", right="Samaritans")
    quiz = quiz_create(tree[0][0], [q1, q2], pass_mark=50)
    scenario = scenario_create(
        tree[1][0],
        [
            node(
                "start",
                title="She is upset",
                choices=[
                    ("Listen", "end", "Good", "best", 2),
                    ("Tell her what to do", "end", "No", "unsafe", 0),
                ],
            ),
            node("end", end=True),
        ],
    )
    return {
        "programme": programme,
        "tree": tree,
        "quiz": quiz,
        "questions": [q1, q2],
        "scenario": scenario,
    }


def _option_id(question, text):
    return next(c.id for c in question.options if c.value["text"] == text)


def quiz_attempt(quiz, user, marks: dict, *, number=1, questions=None):
    """A marked attempt with the given fraction per question (1 right, 0 wrong)."""
    questions = questions or list(marks)
    responses, results, items = {}, {}, []
    for question in questions:
        fraction = marks[question]
        right = question.options[0].value["text"]
        wrong = question.options[1].value["text"]
        chosen = _option_id(question, right if fraction >= 1 else wrong)
        items.append(
            {
                "id": question.pk,
                "frozen": {"order": [c.id for c in question.options]},
                "mark": 1,
            }
        )
        responses[str(question.pk)] = chosen
        results[str(question.pk)] = {
            "fraction": fraction,
            "pending": False,
            "feedback": [],
        }
    score = round(100 * sum(marks.values()) / len(marks), 1)
    now = timezone.now()
    return QuizAttempt.objects.create(
        user=user,
        quiz=quiz,
        number=number,
        status=QuizAttempt.Status.GRADED,
        started_at=now - datetime.timedelta(minutes=10),
        submitted_at=now,
        graded_at=now,
        questions=items,
        responses=responses,
        results=results,
        score_percent=score,
        passed=score >= quiz.pass_mark,
    )


def scenario_run(scenario, user, choice: int, *, number=1):
    text, rating = [("Listen", "best"), ("Tell her what to do", "unsafe")][choice]
    return ScenarioAttempt.objects.create(
        user=user,
        scenario=scenario,
        number=number,
        finished_at=timezone.now(),
        current_node="end",
        path=[{"node": "start", "choice": choice, "text": text, "rating": rating}],
        points=2 if choice == 0 else 0,
        made_unsafe_choice=choice == 1,
        passed=choice == 0,
    )


def populate(course, cohort, count: int, *, prefix="Trainee"):
    """`count` trainees in the cohort with varied lessons, quiz and scenario work."""
    programme, tree = course["programme"], course["tree"]
    lessons = [lesson for _m, ls in tree for lesson in ls]
    q1, q2 = course["questions"]
    trainees = []
    for n in range(count):
        user = make_user(Role.TRAINEE, full_name=f"{prefix} {n:03d}")
        enrolment_create(user=user, programme=programme, cohort=cohort)
        for lesson in lessons[: n % (len(lessons) + 1)]:
            lesson_complete(user=user, lesson=lesson, programme=programme)
        if n % 2 == 0:
            quiz_attempt(course["quiz"], user, {q1: 1.0, q2: float(n % 4 == 0)})
        if n % 3 == 0:
            scenario_run(course["scenario"], user, n % 2)
        trainees.append(user)
    return trainees


@pytest.fixture
def cohort(course, trainer, supervisor):
    cohort = CohortFactory(
        organisation=OrganisationFactory(), programme=course["programme"]
    )
    cohort.trainers.add(trainer)
    cohort.supervisors.add(supervisor)
    return cohort


@pytest.fixture
def other_cohort(course, roles):
    """Someone else's cohort on the same programme, with its own trainer."""
    other_trainer = make_user(Role.TRAINER, full_name="Otto Othertrainer")
    cohort = CohortFactory(
        organisation=OrganisationFactory(), programme=course["programme"]
    )
    cohort.trainers.add(other_trainer)
    populate(course, cohort, 2, prefix="Elsewhere")
    return cohort
