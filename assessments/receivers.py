"""Cached quiz questions stand until the question bank or a quiz's questions change."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from courses.signals import content_changed_everywhere

from .models import Question, QuizQuestionSlot, QuizRandomDraw


@receiver(post_save)
@receiver(post_delete)
def question_bank_changed(sender, instance=None, **kwargs):
    """A question (any kind), or a quiz's fixed question or random draw, saved or
    deleted: attempts started from now on see it (``selectors.quiz_question_pool``)."""
    if isinstance(instance, Question | QuizQuestionSlot | QuizRandomDraw):
        content_changed_everywhere()
