"""The demo's assessments: what the issue promises a charity trying Alongside out."""

import random

import pytest

from assessments.models import (
    QUESTION_TYPES,
    FreeTextScenarioPage,
    FreeTextSubmission,
    QuizPage,
    ScenarioPage,
)
from assessments.selectors import quiz_question_pool
from assessments.services import quiz_answer_pattern_warnings, quiz_draw_questions
from courses.models import ModulePage

pytestmark = pytest.mark.django_db


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


# Each test seeds the whole demo, so related checks share one.


def test_demo_quizzes_ask_for_80_percent_and_give_nothing_away(seeded):
    """The brief's pass mark; and the authoring check a trainer sees finds no
    length or position pattern, even with shuffling off. Across the programme the
    right option is rarely the longest (the review found 31 of 33)."""
    quizzes = list(QuizPage.objects.live())
    assert len(quizzes) == 11
    assert {quiz.pass_mark for quiz in quizzes} == {80}
    right_longest = total = 0
    for quiz in quizzes:
        assert quiz_answer_pattern_warnings(quiz=quiz) == [], quiz.title
        quiz.shuffle_options = False
        assert quiz_answer_pattern_warnings(quiz=quiz) == [], quiz.title
        for question in _quiz_questions(quiz):
            if question.kind != "single_choice":
                continue
            lengths = [
                (len(o.value["text"]), float(o.value["fraction"]) > 0)
                for o in question.options
            ]
            right = next(length for length, is_right in lengths if is_right)
            total += 1
            right_longest += all(
                right > length for length, is_right in lengths if not is_right
            )
    assert total >= 40
    assert right_longest * 3 <= total, (right_longest, total)


def test_demo_quizzes_draw_half_their_banks_so_a_retake_differs(seeded):
    rng = random.Random(15)
    for quiz in QuizPage.objects.live():
        fixed, draws, _by_id = quiz_question_pool(quiz)
        assert draws, quiz.title
        for count, pool in draws:
            bank = [pk for pk in pool if pk not in fixed]
            assert len(bank) >= 2 * count >= 2, (quiz.title, count, len(bank))

        first = {q.pk for q in quiz_draw_questions(quiz=quiz, rng=rng)} - set(fixed)
        again = quiz_draw_questions(quiz=quiz, rng=rng, seen=frozenset(first))
        drawn_again = {q.pk for q in again} - set(fixed)

        assert len(drawn_again) == len(first) >= 4, quiz.title
        assert not first & drawn_again, quiz.title


def test_the_demo_cannot_hold_a_question_an_author_could_not_import(db):
    """The demo's questions go through the importer's checks: a single-choice
    question with no right answer stops the seed and says why."""
    from assessments.models import QuestionCategory
    from assessments.seed import DemoContentError, question_create

    category = QuestionCategory.objects.create(name="Checks")
    wrong = {
        "type": "single_choice",
        "name": "Nothing right",
        "text": "Which is right?",
        "answers": [
            {"text": "This", "fraction": 0.0},
            {"text": "That", "fraction": 0.0},
        ],
    }
    with pytest.raises(DemoContentError, match="None of the answers gets full"):
        question_create(data=wrong, category=category, lessons={})
    assert not category.questions.exists()


def test_the_demo_directory_cannot_hold_an_entry_an_editor_could_not_save(db):
    from django.core.exceptions import ValidationError

    from courses.models import Signpost
    from courses.services import signposts_sync

    entry = {
        "name": "A service with a broken address",
        "category": "listening",
        "purpose": "Support.",
        "website": "not a web address",
        "nations": ["england"],
    }
    with pytest.raises(ValidationError) as refused:
        signposts_sync(entries=[entry])
    assert list(refused.value.message_dict) == ["website"]
    assert not Signpost.objects.filter(name=entry["name"]).exists()
