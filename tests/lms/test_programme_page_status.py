"""The programme page says what the module page says (walked on the demo).

A trainee who has read every lesson of a module but not passed its quiz was told
"Finished" on the programme page, while the module page said "Pass the quiz to
finish this module" and the modules built on it stayed locked ("Finish … first").
Now the programme page says the quiz is still to pass, "Finished" once it is, and
"(waiting for marking)" while a trainer's mark is awaited.
"""

import re

import pytest
from django.urls import reverse

from assessments.models import QuestionCategory, QuizAttempt
from lms.services import enrolment_create
from tests.assessments.helpers import attempt_answers, quiz_create, single_choice
from tests.conftest import build_programme

pytestmark = pytest.mark.django_db


def _status(html: str, module) -> str:
    card = html[html.index(module.title) :]
    return re.search(r'<p class="nhsuk-body-s">About (.*?)</p>', card, re.S)[1]


def test_the_programme_page_says_finished_only_once_the_quiz_is_passed(
    client, home, trainee
):
    programme, _course, modules = build_programme(home, modules=2, lessons=2)
    first, lessons = modules[0]
    category = QuestionCategory.objects.create(name="Foundations")
    question = single_choice(category, "Who you are")
    quiz = quiz_create(first, [question], title="Foundations check")
    enrolment_create(user=trainee, programme=programme)
    client.force_login(trainee)
    for lesson in lessons:
        client.post(reverse("lms:lesson_complete", args=[lesson.pk]))

    read = _status(client.get(programme.url).content.decode(), first)
    module_page = client.get(first.url).content.decode()

    assert "Finished" not in read
    assert "Lessons done: pass the quiz to finish" in read
    assert "Pass the quiz to finish this module" in module_page

    client.post(quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=trainee, quiz=quiz)
    client.post(
        f"{quiz.url}attempts/{attempt.pk}/",
        {
            **attempt_answers(attempt, [question]),
            "action": "submit",
            "revision": attempt.revision,
        },
    )
    passed = _status(client.get(programme.url).content.decode(), first)
    assert "<strong>Finished</strong>" in passed
    assert "pass the quiz" not in passed
