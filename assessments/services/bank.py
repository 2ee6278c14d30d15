"""The question bank in bulk: moving, tagging, and where questions are used."""

from django.db import transaction
from django.utils import timezone

from ..models import (
    Question,
    QuestionCategory,
    QuizPage,
)
from ..selectors import question_quiz_usage


@transaction.atomic
def questions_move_category(*, questions, category: QuestionCategory) -> int:
    """Put questions in another category; the caller has checked who may."""
    ids = [question.pk for question in questions]
    return Question.objects.filter(pk__in=ids).update(
        category=category, updated_at=timezone.now()
    )


@transaction.atomic
def questions_tag(*, questions, tags: list[str]) -> int:
    """Add tags to questions (keeping the tags they have)."""
    tags = [tag.strip() for tag in tags if tag.strip()]
    if not tags:
        return 0
    for question in questions:
        question.tags.add(*tags)
    return len(questions)


def questions_in_use(questions) -> dict[Question, list[QuizPage]]:
    """Those of the questions a quiz asks as a fixed question, with its quizzes."""
    usage = question_quiz_usage(question.pk for question in questions)
    return {
        question: usage[question.pk] for question in questions if question.pk in usage
    }
