"""Benchmark data on top of the seeded demo: the lesson and quiz under test, and
signed-in learners (sessions made in advance, so sign-in's deliberate slowness is not
what the load test measures).

``python -m benchmarks.fixtures LEARNERS OUT.json`` (settings and database from the
environment) writes the lesson and quiz URLs and one session key per learner.
"""

import json
import random
import sys
import time
from pathlib import Path

import django

BENCH_EMAIL = "bench-learner-{n}@example.org"


def bench_lesson():
    """The lesson every benchmark reads: the second lesson of the first module."""
    from courses.models import LessonPage, ModulePage
    from courses.selectors import programme_list

    programme = programme_list().first()
    module = ModulePage.objects.live().descendant_of(programme).order_by("path")[0]
    return LessonPage.objects.live().child_of(module).order_by("path")[1]


def bench_quiz():
    """The quiz in the same module: a team starts it together."""
    from assessments.models import QuizPage
    from courses.models import ModulePage

    module = ModulePage.objects.parent_of(bench_lesson()).get()
    return QuizPage.objects.live().child_of(module).order_by("path").first()


def learners_prepare(count: int) -> list[str]:
    """`count` enrolled learners, each with a signed-in session; their keys.

    Each session carries the idle sign-out stamp that a learner's earlier pages would
    have left, dated at random within its rewrite interval: a population of learners
    already at work, whose session rewrites fall due spread out, not all on their
    first page of the run.
    """
    from django.conf import settings
    from django.test import Client

    from courses.selectors import programme_list
    from lms.models import User
    from lms.security.middleware import LAST_SEEN_KEY, TOUCH_EVERY
    from lms.services import enrolment_create

    rng = random.Random(7)  # spreads benchmark data; nothing secret

    programme = programme_list().first()
    keys = []
    for n in range(count):
        email = BENCH_EMAIL.format(n=n)
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email, password=None, full_name=f"Bench Learner {n}"
            )
        enrolment_create(user=user, programme=programme)
        client = Client()
        client.force_login(user)
        session = client.session
        session[LAST_SEEN_KEY] = int(time.time()) - rng.randrange(TOUCH_EVERY)
        session.save()
        keys.append(client.cookies[settings.SESSION_COOKIE_NAME].value)
    return keys


def main(count: int, out: str) -> None:
    django.setup()
    from django.templatetags.static import static

    lesson, quiz = bench_lesson(), bench_quiz()
    data = {
        "lesson_url": lesson.url,
        "quiz_url": quiz.url if quiz else None,
        "quiz_id": quiz.pk if quiz else None,
        "sessions": learners_prepare(count),
        "learner": BENCH_EMAIL.format(n=0),
        "static_url": static("lms/alongside.css"),
    }
    Path(out).write_text(json.dumps(data), encoding="utf-8")
    print(json.dumps({k: v for k, v in data.items() if k != "sessions"}))


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
