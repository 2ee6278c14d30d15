"""Benchmark: gradebook and reports for 500 trainees × 12 modules (target: ≤ 1 s each).

Run from the project root, on PostgreSQL for a realistic figure:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/alongside_bench \\
        .venv/bin/python benchmarks/cohorts_gradebook.py --trainees 500

It builds a throwaway test database (``test_<name>``) with one programme of 12
modules (4 lessons and a 5-question quiz each, and a branching scenario in every
third module), one cohort of N trainees with varied progress (lessons finished,
one or two marked quiz attempts per module reached, scenario runs), then times each
trainer page through Django's test client, rendering included, and counts its SQL
queries. Each page is fetched once to warm caches, then timed as the best of three.
"""

import argparse
import json
import os
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("CELERY_BROKER_URL", "")

MODULES = 12
LESSONS = 4
QUESTIONS = 5


def _second_step_passed(client, user) -> None:
    """Staff pages wait for the second step (TOTP): mark this session as past it."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name="Benchmark", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def _build(trainees: int):
    from django.utils import timezone
    from wagtail.models import Page, Site

    from assessments.models import (
        QuestionCategory,
        QuizAttempt,
        QuizPage,
        QuizQuestionSlot,
        ScenarioAttempt,
        ScenarioPage,
    )
    from assessments.seed import question_create
    from courses.factories import (
        CoursePageFactory,
        HomePageFactory,
        LessonPageFactory,
        ModulePageFactory,
        ProgrammePageFactory,
    )
    from lms.factories import CohortFactory, OrganisationFactory
    from lms.models import Enrolment, LessonCompletion, User
    from lms.roles import Role
    from lms.services import roles_sync, user_add_role

    rng = random.Random(500)  # noqa: S311 - deterministic benchmark data
    roles_sync()
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Alongside")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    programme = ProgrammePageFactory(parent=home)
    course = CoursePageFactory(parent=programme)
    category = QuestionCategory.objects.create(name="Bench")
    lessons, quizzes, scenarios = [], [], []
    for m in range(MODULES):
        module = ModulePageFactory(parent=course, title=f"Module {m + 1}")
        lessons.append([LessonPageFactory(parent=module) for _ in range(LESSONS)])
        questions = [
            question_create(
                data={
                    "type": "single_choice",
                    "name": f"M{m + 1} Q{q + 1}",
                    "text": f"Question {q + 1}?",
                    "answers": [
                        {"text": "Right", "fraction": 1.0, "feedback": ""},
                        {"text": "Wrong", "fraction": 0.0, "feedback": ""},
                    ],
                },
                category=category,
                lessons={},
            )
            for q in range(QUESTIONS)
        ]
        quiz = QuizPage(title=f"Quiz {m + 1}", slug=f"quiz-{m}", pass_mark=60)
        for order, question in enumerate(questions):
            quiz.slots.add(QuizQuestionSlot(question=question, sort_order=order))
        module.add_child(instance=quiz)
        quiz.save_revision().publish()
        quizzes.append((quiz, questions))
        if m % 3 == 0:
            choice = {"text": "Listen", "goto": "end", "feedback": "", "points": 1}
            unsafe = {**choice, "text": "Tell her what to do", "points": 0}
            nodes = [
                {
                    "type": "node",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "key": "start",
                        "title": "Start",
                        "text": "<p>Start</p>",
                        "is_end": False,
                        "choices": [
                            {
                                "type": "item",
                                "id": str(uuid.uuid4()),
                                "value": {**choice, "rating": "best"},
                            },
                            {
                                "type": "item",
                                "id": str(uuid.uuid4()),
                                "value": {**unsafe, "rating": "unsafe"},
                            },
                        ],
                    },
                },
                {
                    "type": "node",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "key": "end",
                        "title": "End",
                        "text": "<p>End</p>",
                        "is_end": True,
                        "choices": [],
                    },
                },
            ]
            scenario = ScenarioPage(
                title=f"Scenario {m + 1}", slug=f"scenario-{m}", nodes=json.dumps(nodes)
            )
            module.add_child(instance=scenario)
            scenario.save_revision().publish()
            scenarios.append(scenario)

    trainer = User.objects.create_user(
        email="bench-trainer@example.org", password=None, full_name="Bench Trainer"
    )
    user_add_role(user=trainer, role=Role.TRAINER)
    cohort = CohortFactory(organisation=OrganisationFactory(), programme=programme)
    cohort.trainers.add(trainer)
    users = User.objects.bulk_create(
        [
            User(email=f"trainee{n}@bench.example.org", full_name=f"Trainee {n:04d}")
            for n in range(trainees)
        ]
    )
    now = timezone.now()
    Enrolment.objects.bulk_create(
        [
            Enrolment(user=u, programme=programme, cohort=cohort, last_active_at=now)
            for u in users
        ]
    )
    completions, attempts, runs = [], [], []
    for user in users:
        reached = rng.randint(0, MODULES)
        for m in range(reached):
            for lesson in lessons[m]:
                completions.append(
                    LessonCompletion(user=user, lesson=lesson, lesson_path=lesson.path)
                )
            quiz, questions = quizzes[m]
            for number in range(1, rng.choice([2, 2, 3]) + 0):
                marks = {q.pk: float(rng.random() < 0.75) for q in questions}
                score = round(100 * sum(marks.values()) / len(marks), 1)
                attempts.append(
                    QuizAttempt(
                        user=user,
                        quiz=quiz,
                        number=number,
                        status=QuizAttempt.Status.GRADED,
                        started_at=now,
                        submitted_at=now,
                        graded_at=now,
                        questions=[
                            {"id": q.pk, "frozen": {"order": []}, "mark": 1}
                            for q in questions
                        ],
                        responses={},
                        results={
                            str(pk): {"fraction": f, "pending": False, "feedback": []}
                            for pk, f in marks.items()
                        },
                        score_percent=score,
                        passed=score >= 60,
                    )
                )
        for n, scenario in enumerate(scenarios):
            if 3 * n < reached:
                unsafe = rng.random() < 0.2
                runs.append(
                    ScenarioAttempt(
                        user=user,
                        scenario=scenario,
                        number=1,
                        finished_at=now,
                        current_node="end",
                        path=[
                            {
                                "node": "start",
                                "choice": int(unsafe),
                                "text": "x",
                                "rating": "unsafe" if unsafe else "best",
                            }
                        ],
                        made_unsafe_choice=unsafe,
                        passed=not unsafe,
                    )
                )
    LessonCompletion.objects.bulk_create(completions, batch_size=5000)
    QuizAttempt.objects.bulk_create(attempts, batch_size=2000)
    ScenarioAttempt.objects.bulk_create(runs, batch_size=2000)
    return trainer, cohort, programme, len(completions), len(attempts), len(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=500)
    parser.add_argument("--limit", type=float, default=1.0, help="seconds allowed")
    parser.add_argument("--profile", default="", help="profile one page by name")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment
    from django.urls import reverse

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, keepdb=False)
    failed = False
    try:
        started = time.perf_counter()
        trainer, cohort, programme, n_done, n_attempts, n_runs = _build(args.trainees)
        print(
            f"Built {args.trainees} trainees × {MODULES} modules on "
            f"{connection.vendor}: {n_done} lessons finished, {n_attempts} quiz "
            f"attempts, {n_runs} scenario runs ({time.perf_counter() - started:.0f} s)"
        )
        client = Client()
        client.force_login(trainer)
        _second_step_passed(client, trainer)
        pages = {
            "gradebook": reverse("trainer:gradebook", args=[cohort.pk]),
            "overview": reverse("trainer:cohort_overview", args=[cohort.pk]),
            "cohort report": reverse("trainer:cohort_report", args=[cohort.pk]),
            "programme report": reverse(
                "trainer:programme_report", args=[programme.pk]
            ),
            "evaluation": reverse("trainer:cohort_evaluation", args=[cohort.pk]),
            "answers CSV (every answer)": reverse(
                "trainer:answers_csv", args=[cohort.pk]
            ),
        }
        if args.profile == "script":
            exec(Path(os.environ["BENCH_SCRIPT"]).read_text())  # noqa: S102
            return 0
        if args.profile == "parts":
            from lms.cohorts import reports, selectors

            ids = selectors.cohort_trainee_ids(cohort)
            for label, fn in [
                ("structure", lambda: selectors.programme_structure(programme)),
                (
                    "gradebook",
                    lambda: selectors.gradebook(programme=programme, user_ids=ids),
                ),
                (
                    "items",
                    lambda: reports.quiz_item_analysis(
                        selectors.programme_structure(programme), ids
                    ),
                ),
                (
                    "choices",
                    lambda: reports.scenario_choice_distribution(
                        selectors.programme_structure(programme), ids
                    ),
                ),
            ]:
                fn()
                t0 = time.perf_counter()
                fn()
                print(f"  {label:12s} {(time.perf_counter() - t0) * 1000:6.0f} ms")
            return 0
        if args.profile:
            import cProfile
            import pstats

            url = pages[args.profile]
            client.get(url)
            profiler = cProfile.Profile()
            profiler.enable()
            client.get(url)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
            return 0
        for name, url in pages.items():
            client.get(url)
            best = None
            for _ in range(3):
                with CaptureQueriesContext(connection) as queries:
                    t0 = time.perf_counter()
                    response = client.get(url)
                    elapsed = time.perf_counter() - t0
                assert response.status_code == 200, (name, response.status_code)
                best = elapsed if best is None else min(best, elapsed)
            limit = args.limit if "CSV" not in name else None
            verdict = ""
            if limit is not None:
                verdict = "ok" if best <= limit else f"OVER {limit:.1f} s"
                failed = failed or best > limit
            print(
                f"  {name:28s} {best * 1000:7.0f} ms  {len(queries):3d} queries  "
                f"{len(response.content) / 1024:7.0f} KiB  {verdict}"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
