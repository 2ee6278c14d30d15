"""The demo's assessments: what the issue promises a charity trying Alongside out."""

from io import StringIO

import pytest
from django.core.management import call_command

from assessments.models import (
    QUESTION_TYPES,
    FreeTextScenarioPage,
    FreeTextSubmission,
    QuizPage,
    ScenarioPage,
)
from assessments.selectors import quiz_question_pool
from courses.models import ModulePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(db):
    call_command("seed_demo", stdout=StringIO())


def _quiz_questions(quiz):
    fixed, draws, by_id = quiz_question_pool(quiz)
    ids = list(fixed) + [pk for _count, pool in draws for pk in pool]
    return [by_id[pk] for pk in ids]


def test_every_core_module_has_a_quiz_of_six_or_more_mixed_questions(seeded):
    modules = ModulePage.objects.live().order_by("path")
    assert modules.count() == 11
    kinds_seen = set()
    for module in modules:
        quizzes = QuizPage.objects.live().descendant_of(module)
        assert quizzes.exists(), module.title
        for quiz in quizzes:
            questions = _quiz_questions(quiz)
            assert len(questions) >= 6, quiz.title
            kinds = {question.kind for question in questions}
            assert len(kinds) >= 2, (quiz.title, kinds)
            kinds_seen |= kinds
    # Across the programme, every kind of question marked automatically appears.
    assert kinds_seen >= set(QUESTION_TYPES) - {"essay"}


@pytest.mark.parametrize("topic", ["safeguarding", "crisis", "sleep"])
def test_safety_questions_are_flagged_must_pass(seeded, topic):
    flagged = [
        question
        for quiz in QuizPage.objects.live()
        for question in _quiz_questions(quiz)
        if question.is_safety_critical
    ]
    assert any(
        topic in f"{question.name} {question.text}".lower() for question in flagged
    ), f"no safety-critical question about {topic}"


def test_branching_and_written_scenarios_are_there_and_sound(seeded):
    branching = list(ScenarioPage.objects.live())
    assert len(branching) >= 6
    for scenario in branching:
        assert scenario.graph_warnings() == [], scenario.title
    assert FreeTextScenarioPage.objects.live().count() >= 3


def test_the_demo_trainee_has_marked_and_unmarked_written_work(seeded):
    statuses = sorted(
        FreeTextSubmission.objects.filter(
            user__email="trainee@example.org"
        ).values_list("status", flat=True)
    )
    assert statuses == [
        FreeTextSubmission.Status.MARKED,
        FreeTextSubmission.Status.SUBMITTED,
    ]
