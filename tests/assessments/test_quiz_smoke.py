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
        if q.kind == "single_choice":
            right = [
                b for b, v in [(c.id, c.value) for c in q.options] if v["fraction"] == 1
            ]
            data[prefix] = right[0]
        elif q.kind == "multiple_response":
            data.setlist(prefix, [c.id for c in q.options if c.value["fraction"] > 0])
        elif q.kind == "true_false":
            data[prefix] = "true"
        elif q.kind == "matching":
            answers = frozen["answers"]
            for child in q.pairs:
                data[f"{prefix}-{child.id}"] = str(answers.index(child.value["answer"]))
        elif q.kind == "ordering":
            for position, child in enumerate(q.items, 1):
                data[f"{prefix}-{child.id}"] = str(position)
        elif q.kind == "short_answer":
            data[prefix] = "  SAMARITANS "
        elif q.kind == "numeric":
            data[prefix] = "5"
        elif q.kind == "essay":
            data[prefix] = "I would listen first."
    attempt = services.attempt_submit(
        attempt=attempt, revision=attempt.revision, data=data
    )
    assert attempt.status == "awaiting_marking"
    assert attempt.passed is None
    fractions = {k: v["fraction"] for k, v in attempt.results.items()}
    essay_id = str(questions["essay"].pk)
    assert attempt.results[essay_id]["pending"] is True
    assert all(f == 1.0 for k, f in fractions.items() if k != essay_id)
