"""Trainers are warned, never refused, when an assessment could be passed without
judgement: right answers nearly always the longest or in the same place, true/false
keyed one way, or a delay in escalating a risk rated acceptable in a scenario
flagged safety-critical.

The checks are services (unit-tested first); then a trainer saves a quiz, a question
and a scenario through the Wagtail admin's own forms and sees the warning.
"""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from assessments.models import QuestionCategory, QuizPage, ScenarioPage
from assessments.seed import question_create
from assessments.services import (
    question_quiz_warnings,
    quiz_answer_pattern_warnings,
    scenario_escalation_warnings,
)
from tests.assessments.helpers import (
    messages_on,
    node,
    quiz_create,
    scenario_create,
)

pytestmark = pytest.mark.django_db


def _question(category, name, right, wrong, *, right_at=0):
    """A single-choice question whose right option sits at `right_at`."""
    answers = [{"text": w, "fraction": 0.0, "feedback": ""} for w in wrong]
    answers.insert(right_at, {"text": right, "fraction": 1.0, "feedback": ""})
    return question_create(
        data={
            "type": "single_choice",
            "name": name,
            "text": f"{name}?",
            "answers": answers,
        },
        category=category,
        lessons={},
    )


LONG_RIGHT = "Listen, reflect what you hear, and ask what would help her most today"
SHORT = ["Tell her to cheer up", "Change the subject", "Give her your own view"]
EVEN = [
    "Give her the helpline number and leave the rest to the health visitor",
    "Tell her about your own experience first, so she knows you understand",
    "Suggest she waits a week to see whether the feeling passes by itself",
]


def _longest_right(category, count, **kwargs):
    return [
        _question(category, f"Longest {n}", LONG_RIGHT, SHORT, **kwargs)
        for n in range(count)
    ]


def _comparable(category, count, **kwargs):
    return [
        _question(category, f"Even {n}", "Listen first, then ask", EVEN, **kwargs)
        for n in range(count)
    ]


def _true_false(category, name, answer):
    return question_create(
        data={
            "type": "true_false",
            "name": name,
            "text": f"{name}.",
            "answers": [
                {"text": "True", "fraction": 1.0 if answer else 0.0, "feedback": ""},
                {"text": "False", "fraction": 0.0 if answer else 1.0, "feedback": ""},
            ],
        },
        category=category,
        lessons={},
    )


@pytest.fixture
def module(programme_tree):
    return programme_tree[2][0][0]


# --- the quiz check ------------------------------------------------------------------


def test_right_answer_always_the_longest_is_warned(module, category):
    quiz = quiz_create(module, _longest_right(category, 4))

    warnings = quiz_answer_pattern_warnings(quiz=quiz)

    assert len(warnings) == 1
    assert "In 4 of 4 single-choice questions" in warnings[0]
    assert "longest" in warnings[0]


def test_right_answer_longest_in_four_of_five_is_still_warned(module, category):
    questions = _longest_right(category, 4) + _comparable(category, 1)
    quiz = quiz_create(module, questions)

    assert "In 4 of 5" in " ".join(quiz_answer_pattern_warnings(quiz=quiz))


def test_comparable_lengths_raise_nothing(module, category):
    questions = _longest_right(category, 2) + _comparable(category, 3)
    quiz = quiz_create(module, questions)

    assert quiz_answer_pattern_warnings(quiz=quiz) == []


def test_too_few_questions_to_tell_raise_nothing(module, category):
    quiz = quiz_create(module, _longest_right(category, 2))

    assert quiz_answer_pattern_warnings(quiz=quiz) == []


def test_same_position_is_warned_only_when_options_are_not_shuffled(module, category):
    questions = _comparable(category, 4, right_at=0)
    shuffled = quiz_create(module, questions, slug="shuffled")
    in_order = quiz_create(module, questions, slug="in-order", shuffle_options=False)

    assert quiz_answer_pattern_warnings(quiz=shuffled) == []
    (warning,) = quiz_answer_pattern_warnings(quiz=in_order)
    assert "the right answer is option 1" in warning
    assert "shuffle answer options" in warning


def test_varied_positions_in_order_raise_nothing(module, category):
    questions = [
        _question(category, f"Varied {n}", "Listen first, then ask", EVEN, right_at=n)
        for n in range(4)
    ]
    quiz = quiz_create(module, questions, shuffle_options=False)

    assert quiz_answer_pattern_warnings(quiz=quiz) == []


def test_true_false_all_keyed_true_is_warned(module, category):
    statements = [_true_false(category, f"Statement {n}", True) for n in range(3)]
    mixed = statements[:2] + [_true_false(category, "Statement false", False)]

    (warning,) = quiz_answer_pattern_warnings(
        quiz=quiz_create(module, statements, slug="all-true")
    )
    assert "3 of 3 true-or-false statements in this quiz are true" in warning
    # Two of three is not "nearly always".
    assert quiz_answer_pattern_warnings(quiz=quiz_create(module, mixed)) == []


def test_questions_drawn_from_a_bank_count(module, category):
    bank = QuestionCategory.objects.create(name="Drawn at random")
    _longest_right(bank, 5)
    quiz = quiz_create(module, [], draws=[(bank, 2)])

    assert "In 5 of 5" in " ".join(quiz_answer_pattern_warnings(quiz=quiz))


def test_a_question_reports_the_quizzes_that_use_it(module, category):
    fixed = _longest_right(category, 3)
    uses_it = quiz_create(module, fixed, slug="uses-it", title="Uses it")
    quiz_create(module, _comparable(category, 3), slug="other", title="Other")
    bank = QuestionCategory.objects.create(name="Bank")
    drawn = _longest_right(bank, 3)
    draws_it = quiz_create(module, [], slug="draws", title="Draws", draws=[(bank, 1)])

    assert [q.pk for q, _w in question_quiz_warnings(question=fixed[0])] == [uses_it.pk]
    assert [q.pk for q, _w in question_quiz_warnings(question=drawn[0])] == [
        draws_it.pk
    ]


# --- the scenario check ----------------------------------------------------------


def _delay_nodes(rating):
    start = node(
        "start",
        title="After the call",
        choices=[
            ("Tell your coordinator today", "good", "Yes.", "best", 2),
            ("Mention it at your next supervision", "late", "Too late.", rating, 1),
        ],
    )
    start["choices"][1]["delays_escalation"] = True
    return [start, node("good", end=True), node("late", end=True)]


def test_a_delay_rated_acceptable_in_a_safety_critical_scenario_is_warned(module):
    scenario = scenario_create(
        module, _delay_nodes("acceptable"), is_safety_critical=True
    )

    (warning,) = scenario_escalation_warnings(scenario=scenario)
    assert "“After the call”" in warning
    assert "“Mention it at your next supervision”" in warning
    assert "rated Acceptable" in warning


def test_a_delay_rated_unsafe_raises_nothing(module):
    scenario = scenario_create(module, _delay_nodes("unsafe"), is_safety_critical=True)

    assert scenario_escalation_warnings(scenario=scenario) == []


def test_a_scenario_not_flagged_safety_critical_is_not_checked(module):
    scenario = scenario_create(module, _delay_nodes("acceptable"))

    assert scenario_escalation_warnings(scenario=scenario) == []


def test_a_safety_critical_scenario_that_lets_unsafe_choices_pass_is_warned(module):
    scenario = scenario_create(
        module,
        _delay_nodes("unsafe"),
        is_safety_critical=True,
        pass_without_unsafe=False,
    )

    (warning,) = scenario_escalation_warnings(scenario=scenario)
    assert "“Pass only with no unsafe choice” is off" in warning


# --- what a trainer sees in the admin ---------------------------------------------


def _add_url(parent, model) -> str:
    app, name = model._meta.app_label, model._meta.model_name
    return f"/admin/pages/add/{app}/{name}/{parent.pk}/"


def _quiz_form(questions, *, action="action-publish"):
    return nested_form_data(
        {
            "title": "Check your listening",
            "slug": "check-your-listening",
            "intro": rich_text("<p>Five minutes, no rush.</p>"),
            "slots": inline_formset([{"question": q.pk} for q in questions]),
            "draws": inline_formset([]),
            "pass_mark": 80,
            "attempts_allowed": "",  # no limit
            "minutes_between_attempts": 0,
            "shuffle_options": "on",
            "feedback_timing": "after_pass",
            action: action.removeprefix("action-"),
        }
    )


def test_a_trainer_saving_a_quiz_whose_right_answers_are_longest_sees_a_warning(
    client, trainer, module, category
):
    client.force_login(trainer)

    response = client.post(
        _add_url(module, QuizPage), _quiz_form(_longest_right(category, 4)), follow=True
    )

    quiz = QuizPage.objects.get(slug="check-your-listening")
    assert quiz.live, "a warning, not a refusal"
    shown = " ".join(messages_on(response))
    assert "In 4 of 4 single-choice questions this quiz uses" in shown
    # The edit form keeps saying so until it is fixed.
    edit = client.get(f"/admin/pages/{quiz.pk}/edit/").content.decode()
    assert "Could a learner pass this without judgement?" in edit
    assert "In 4 of 4 single-choice questions" in edit


def test_a_trainer_saving_a_fair_quiz_sees_no_warning(
    client, trainer, module, category
):
    client.force_login(trainer)

    response = client.post(
        _add_url(module, QuizPage), _quiz_form(_comparable(category, 4)), follow=True
    )

    assert QuizPage.objects.get(slug="check-your-listening").live
    assert not any("single-choice" in m for m in messages_on(response))
    quiz = QuizPage.objects.get(slug="check-your-listening")
    edit = client.get(f"/admin/pages/{quiz.pk}/edit/").content.decode()
    assert "Could a learner pass this without judgement?" not in edit


def test_a_trainer_editing_a_bank_question_hears_about_the_quiz_it_leaves_guessable(
    client, trainer, module, category
):
    questions = _longest_right(category, 3) + _comparable(category, 1)
    quiz_create(module, questions, title="Listening check")
    client.force_login(trainer)
    fair = questions[3]
    url = reverse(
        "wagtailsnippets_assessments_singlechoicequestion:edit", args=[fair.pk]
    )
    # The trainer makes the last fair question's right answer the longest too.
    data = nested_form_data(
        {
            "name": fair.name,
            "collection": fair.collection_id,
            "category": category.pk,
            "default_mark": 1,
            "text": rich_text("<p>What helps?</p>"),
            "options": streamfield(
                [
                    ("option", {"text": LONG_RIGHT, "fraction": 1, "feedback": ""}),
                    *[
                        ("option", {"text": t, "fraction": 0, "feedback": ""})
                        for t in SHORT
                    ],
                ]
            ),
            "general_feedback": rich_text(""),
            "teaches": "",
            "tags": "",
        }
    )

    response = client.post(url, data, follow=True)

    fair.refresh_from_db()
    assert fair.options[0].value["text"] == LONG_RIGHT, "saved, not refused"
    assert "Quiz “Listening check”: In 4 of 4 single-choice questions" in " ".join(
        messages_on(response)
    )


def _scenario_choice(text, goto, rating, *, delays=False):
    return {
        "text": text,
        "goto": goto,
        "feedback": "Noted.",
        "rating": rating,
        "points": 2 if rating == "best" else 0,
        "delays_escalation": "on" if delays else "",
    }


def _scenario_node(key, title, *, choices=(), end=False):
    return (
        "node",
        {
            "key": key,
            "title": title,
            "text": rich_text(f"<p>{title}.</p>"),
            "media": "",
            "transcript": "",
            "choices": {
                "count": len(choices),
                **{
                    str(i): {"value": c, "id": "", "deleted": "", "order": i}
                    for i, c in enumerate(choices)
                },
            },
            "is_end": "on" if end else "",
            "debrief": rich_text("<p>What happened next.</p>" if end else ""),
        },
    )


def test_a_trainer_saving_a_safety_critical_scenario_with_an_acceptable_delay_is_warned(
    client, trainer, module
):
    client.force_login(trainer)
    data = nested_form_data(
        {
            "title": "After a worrying call",
            "slug": "after-a-worrying-call",
            "summary": "",
            "content_note": "",
            "start_key": "start",
            "nodes": streamfield(
                [
                    _scenario_node(
                        "start",
                        "After the call",
                        choices=[
                            _scenario_choice(
                                "Tell your coordinator today", "g", "best"
                            ),
                            _scenario_choice(
                                "Bring it to next week's supervision",
                                "l",
                                "acceptable",
                                delays=True,
                            ),
                        ],
                    ),
                    _scenario_node("g", "Help is on its way", end=True),
                    _scenario_node("l", "Help comes late", end=True),
                ]
            ),
            "is_safety_critical": "on",
            "pass_without_unsafe": "on",
            "pass_min_points": 2,
            "action-publish": "publish",
        }
    )

    response = client.post(_add_url(module, ScenarioPage), data, follow=True)

    scenario = ScenarioPage.objects.get(slug="after-a-worrying-call")
    assert scenario.live and scenario.is_safety_critical
    choice = scenario.node_map()["start"]["choices"][1]
    assert choice["delays_escalation"] is True
    shown = " ".join(messages_on(response))
    assert "“Bring it to next week's supervision” delays escalating a risk" in shown
    assert "rated Acceptable" in shown
    edit = client.get(f"/admin/pages/{scenario.pk}/edit/").content.decode()
    assert "delays escalating a risk but is rated Acceptable" in edit
