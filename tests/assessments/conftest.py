"""Fixtures for assessments: one question of every type and a quiz in a module."""

import pytest

from assessments.models import QuestionCategory, QuizPage, QuizQuestionSlot
from assessments.seed import question_create
from lms.services import enrolment_create

EVERY_TYPE = [
    {
        "type": "single_choice",
        "name": "Who you are",
        "text": "What is a peer supporter?",
        "general_feedback": "Peer supporters use their own experience.",
        "safety_critical": False,
        "answers": [
            {
                "text": "Someone with lived experience",
                "fraction": 1.0,
                "feedback": "Yes.",
            },
            {"text": "A counsellor", "fraction": 0.0, "feedback": "No."},
            {"text": "A doctor", "fraction": 0.0, "feedback": "No."},
        ],
    },
    {
        "type": "multiple_response",
        "name": "Good listening",
        "text": "Which help listening?",
        "answers": [
            {"text": "Open questions", "fraction": 0.5, "feedback": ""},
            {"text": "Reflecting back", "fraction": 0.5, "feedback": ""},
            {"text": "Fixing it fast", "fraction": -1.0, "feedback": "Not this."},
        ],
    },
    {
        "type": "true_false",
        "name": "Psychosis is urgent",
        "text": "Postpartum psychosis is a medical emergency.",
        "safety_critical": True,
        "answers": [
            {"text": "True", "fraction": 1.0, "feedback": "Right."},
            {"text": "False", "fraction": 0.0, "feedback": "It is an emergency."},
        ],
    },
    {
        "type": "matching",
        "name": "Principles",
        "text": "Match each principle.",
        "pairs": [
            {"prompt": "Safe and nurturing", "answer": "Trust"},
            {"prompt": "Accessible and inclusive", "answer": "Reaching out"},
        ],
        "distractors": ["Diagnosis"],
    },
    {
        "type": "ordering",
        "name": "Steps",
        "text": "Put the steps in order.",
        "items": ["Listen", "Reflect", "Signpost"],
    },
    {
        "type": "short_answer",
        "name": "Listening line",
        "text": "Name a free 24-hour listening line.",
        "case_sensitive": False,
        "answers": [
            {"text": "Samaritans", "fraction": 1.0, "feedback": ""},
            {"text": "samaritan*", "fraction": 1.0, "feedback": ""},
        ],
    },
    {
        "type": "numeric",
        "name": "Principles count",
        "text": "How many principles are there?",
        "answers": [{"value": 5, "tolerance": 0, "fraction": 1.0, "feedback": ""}],
    },
    {
        "type": "essay",
        "name": "Your approach",
        "text": "Describe your approach.",
        "answers": [],
    },
]


@pytest.fixture
def category(db):
    return QuestionCategory.objects.create(name="Foundations")


@pytest.fixture
def questions(category):
    return {
        data["type"]: question_create(data=data, category=category, lessons={})
        for data in EVERY_TYPE
    }


@pytest.fixture
def quiz_module(programme_tree):
    return programme_tree[2][0][0]


def make_quiz(module, questions, **kwargs):
    kwargs.setdefault("pass_mark", 70)  # the tests were written for the old default
    # ...and for no limit on attempts; a test of the limit sets one.
    kwargs.setdefault("attempts_allowed", None)
    quiz = QuizPage(title="Check your understanding", slug="quiz", **kwargs)
    for order, question in enumerate(questions):
        quiz.slots.add(QuizQuestionSlot(question=question, sort_order=order))
    module.add_child(instance=quiz)
    quiz.save_revision().publish()
    return quiz


@pytest.fixture
def enrolled_trainee(trainee, programme_tree):
    enrolment_create(user=trainee, programme=programme_tree[0])
    return trainee
