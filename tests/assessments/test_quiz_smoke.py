"""A learner takes a quiz with one question of every type."""

import pytest
from django.http import QueryDict

from assessments import services
from tests.assessments.conftest import make_quiz

pytestmark = pytest.mark.django_db


def test_every_type_right_gives_full_marks_and_pending_essay(
    client, enrolled_trainee, quiz_module, questions
):
    quiz = make_quiz(quiz_module, list(questions.values()))
    attempt = services.attempt_start(user=enrolled_trainee, quiz=quiz)
    data = QueryDict(mutable=True)
    for item in attempt.questions:
        q = next(q for q in questions.values() if q.pk == item["id"])
        prefix = f"q-{q.pk}"
        frozen = item["frozen"]
        for key, values in q.sample_form_data(frozen, prefix).items():
            data.setlist(key, values)
    attempt = services.attempt_submit(
        attempt=attempt, revision=attempt.revision, data=data
    )
    assert attempt.status == "awaiting_marking"
    assert attempt.passed is None
    fractions = {k: v["fraction"] for k, v in attempt.results.items()}
    essay_id = str(questions["essay"].pk)
    assert attempt.results[essay_id]["pending"] is True
    assert all(f == 1.0 for k, f in fractions.items() if k != essay_id)
