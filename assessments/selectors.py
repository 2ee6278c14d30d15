"""Read-only queries over the question bank, attempts and submissions."""

from collections import Counter

from django.db.models import Count, Q, QuerySet

from alongside.cache import versioned_get_or_set
from courses.models import ModulePage

from .models import (
    FreeTextScenarioPage,
    FreeTextSubmission,
    Question,
    QuizAttempt,
    QuizAttemptAllowance,
    QuizPage,
    ScenarioAttempt,
    ScenarioPage,
)


def attempt_questions(attempt: QuizAttempt) -> list[tuple[dict, Question]]:
    """The attempt's frozen items with their questions, in a fixed number of queries."""
    cache = getattr(attempt, "_question_cache", None)
    if cache is None:
        ids = [item["id"] for item in attempt.questions]
        by_id = {q.pk: q for q in Question.objects.filter(pk__in=ids)}
        cache = [
            (item, by_id[item["id"]])
            for item in attempt.questions
            if item["id"] in by_id
        ]
        attempt._question_cache = cache
    return cache


def quiz_question_pool(
    quiz: QuizPage,
) -> tuple[list[int], list[tuple[int, list[int]]], dict[int, Question]]:
    """What attempts at a quiz are drawn from: the fixed question ids, each random
    draw as (how many, the ids in its category), and every one of those questions.

    Cached until content changes: quiz pages, their slots and draws, and questions
    all bump the content version when saved or deleted (``assessments.receivers``),
    so a team starting the same quiz at once asks the database for none of it.
    """

    def build():
        fixed = list(quiz.slots.values_list("question_id", flat=True))
        draws = [(d.category_id, d.count) for d in quiz.draws.all()]
        pools: dict[int, list[int]] = {category: [] for category, _n in draws}
        for pk, category in (
            Question.objects.filter(category_id__in=pools)
            .order_by("pk")
            .values_list("pk", "category_id")
        ):
            pools[category].append(pk)
        wanted = set(fixed).union(*pools.values())
        # One query per kind of question (django-polymorphic), not one per question.
        by_id = {q.pk: q for q in Question.objects.filter(pk__in=wanted).order_by()}
        return fixed, [(count, pools[category]) for category, count in draws], by_id

    return versioned_get_or_set(f"quiz-questions:{quiz.pk}", build)


def attempt_for_user(*, user, quiz: QuizPage, attempt_id: int) -> QuizAttempt | None:
    """The user's own attempt at this quiz, or None (never someone else's)."""
    return (
        QuizAttempt.objects.filter(pk=attempt_id, quiz=quiz, user=user)
        .select_related("quiz")
        .first()
    )


def quiz_attempts(*, user, quiz: QuizPage) -> QuerySet[QuizAttempt]:
    """The user's attempts at a quiz, newest first."""
    return QuizAttempt.objects.filter(user=user, quiz=quiz).order_by("-number")


def quiz_question_count(quiz: QuizPage) -> int:
    """How many questions an attempt will hold: draws are capped by their pool."""
    fixed_ids = set(quiz.slots.values_list("question_id", flat=True))
    total = len(fixed_ids)
    draws = list(quiz.draws.all())
    pools = dict(
        Question.objects.filter(category_id__in=[d.category_id for d in draws])
        .exclude(pk__in=fixed_ids)
        .values_list("category_id")
        .annotate(n=Count("pk"))
    )
    for draw in draws:
        available = pools.get(draw.category_id, 0)
        taken = min(draw.count, available)
        pools[draw.category_id] = available - taken
        total += taken
    return total


def quiz_has_safety_questions(quiz: QuizPage) -> bool:
    """Whether any question this quiz can ask must be right to pass."""
    return Question.objects.filter(
        Q(pk__in=quiz.slots.values("question_id"))
        | Q(category_id__in=quiz.draws.values("category_id")),
        is_safety_critical=True,
    ).exists()


def quiz_attempt_limit(*, quiz: QuizPage, user_id: int) -> int | None:
    """How many attempts this learner may have at this quiz: the quiz's own limit
    plus any their trainer allowed since (None when there is no limit)."""
    if not quiz.attempts_allowed:
        return None
    extra = QuizAttemptAllowance.objects.filter(user_id=user_id, quiz=quiz).count()
    return quiz.attempts_allowed + extra


def quiz_attempts_left(
    *, quiz: QuizPage, attempts: list[QuizAttempt], user_id: int
) -> int | None:
    """Attempts the learner may still start (None when there is no limit)."""
    limit = quiz_attempt_limit(quiz=quiz, user_id=user_id)
    if limit is None:
        return None
    finished = sum(1 for a in attempts if not a.is_open)
    return max(0, limit - finished)


def quiz_attempts_used_up(*, learner_ids=None) -> list[QuizAttempt]:
    """The last attempt of each learner who has used every attempt at a quiz without
    passing it (so may not start another unless their trainer allows one), oldest
    first."""
    attempts = QuizAttempt.objects.filter(quiz__attempts_allowed__gt=0).select_related(
        "user", "quiz"
    )
    allowances = QuizAttemptAllowance.objects.all()
    if learner_ids is not None:
        attempts = attempts.filter(user_id__in=learner_ids)
        allowances = allowances.filter(user_id__in=learner_ids)
    extra = Counter(allowances.values_list("user_id", "quiz_id"))
    by_learner_and_quiz: dict[tuple[int, int], list[QuizAttempt]] = {}
    for attempt in attempts.order_by("number"):
        by_learner_and_quiz.setdefault((attempt.user_id, attempt.quiz_id), []).append(
            attempt
        )
    used_up = [
        tries[-1]
        for key, tries in by_learner_and_quiz.items()
        if all(a.status == QuizAttempt.Status.GRADED and not a.passed for a in tries)
        and len(tries) >= tries[0].quiz.attempts_allowed + extra[key]
    ]
    return sorted(used_up, key=lambda a: a.submitted_at or a.started_at)


def module_activities(module: ModulePage) -> dict[str, list]:
    """Live quizzes and scenarios in a module, in tree order."""
    return {
        "quizzes": list(QuizPage.objects.live().child_of(module).order_by("path")),
        "scenarios": list(
            ScenarioPage.objects.live().child_of(module).order_by("path")
        ),
        "free_text": list(
            FreeTextScenarioPage.objects.live().child_of(module).order_by("path")
        ),
    }


def quiz_standings(*, user, quiz_ids) -> tuple[set[int], dict]:
    """Which of these quizzes the user has passed, and which wait for a trainer's
    mark (quiz id -> when the attempt was sent), in one query."""
    quiz_ids = list(quiz_ids)
    if not user.is_authenticated or not quiz_ids:
        return set(), {}
    passed: set[int] = set()
    waiting: dict = {}
    rows = (
        QuizAttempt.objects.filter(user=user, quiz_id__in=quiz_ids)
        .exclude(status=QuizAttempt.Status.IN_PROGRESS)
        .values_list("quiz_id", "status", "passed", "submitted_at")
    )
    for quiz_id, status, did_pass, sent_at in rows:
        if did_pass:
            passed.add(quiz_id)
        elif status == QuizAttempt.Status.AWAITING_MARKING and did_pass is None:
            waiting[quiz_id] = sent_at
    return passed, {pk: at for pk, at in waiting.items() if pk not in passed}


def live_quizzes_in(paths: Q) -> list[QuizPage]:
    """Live quizzes matching a filter on their tree path, in order, with what a
    link needs (one query)."""
    return list(
        QuizPage.objects.live()
        .filter(paths)
        .order_by("path")
        .only("id", "title", "slug", "url_path", "path", "depth")
    )


def scenario_attempt_for_user(*, user, scenario: ScenarioPage, attempt_id: int):
    """The user's own run through a scenario, or None."""
    return ScenarioAttempt.objects.filter(
        pk=attempt_id, scenario=scenario, user=user
    ).first()


def scenario_attempts(*, user, scenario: ScenarioPage) -> QuerySet[ScenarioAttempt]:
    """The user's runs through a scenario, newest first."""
    return ScenarioAttempt.objects.filter(user=user, scenario=scenario).order_by(
        "-number"
    )


def submissions_awaiting_marking(*, learner_ids=None) -> QuerySet[FreeTextSubmission]:
    """Submitted free-text answers waiting for a mark, oldest first."""
    qs = FreeTextSubmission.objects.filter(
        status=FreeTextSubmission.Status.SUBMITTED
    ).select_related("user", "scenario")
    if learner_ids is not None:
        qs = qs.filter(user_id__in=learner_ids)
    return qs.order_by("submitted_at")


def essays_awaiting_marking(*, learner_ids=None) -> QuerySet[QuizAttempt]:
    """Quiz attempts with essay answers waiting for a mark, oldest first."""
    qs = QuizAttempt.objects.filter(
        status=QuizAttempt.Status.AWAITING_MARKING
    ).select_related("user", "quiz")
    if learner_ids is not None:
        qs = qs.filter(user_id__in=learner_ids)
    return qs.order_by("submitted_at")


def unseen_marks(*, user) -> QuerySet[FreeTextSubmission]:
    """Marked answers the learner has not looked at yet."""
    return FreeTextSubmission.objects.filter(
        user=user, learner_seen_mark=False, marked_at__isnull=False
    ).select_related("scenario")


def activity_statuses(*, user, module: ModulePage) -> list[dict]:
    """The module's quizzes and scenarios with the learner's status on each."""
    found = module_activities(module)
    ids = [p.pk for group in found.values() for p in group]
    if not ids:
        return []
    passed_quizzes: set[int] = set()
    waiting_quizzes: dict = {}
    scenario_state: dict[int, bool] = {}
    free_text_state: dict[int, str] = {}
    if user.is_authenticated:
        passed_quizzes, waiting_quizzes = quiz_standings(
            user=user, quiz_ids=[q.pk for q in found["quizzes"]]
        )
        for scenario_id, passed in ScenarioAttempt.objects.filter(
            user=user, scenario_id__in=ids, finished_at__isnull=False
        ).values_list("scenario_id", "passed"):
            scenario_state[scenario_id] = scenario_state.get(
                scenario_id, False
            ) or bool(passed)
        for scenario_id, status, passed in (
            FreeTextSubmission.objects.filter(user=user, scenario_id__in=ids)
            .order_by("number")
            .values_list("scenario_id", "status", "passed")
        ):
            free_text_state[scenario_id] = "passed" if passed else status
    rows = []
    for quiz in found["quizzes"]:
        rows.append(
            {
                "page": quiz,
                "kind": "quiz",
                "status": "passed"
                if quiz.pk in passed_quizzes
                else ("submitted" if quiz.pk in waiting_quizzes else ""),
            }
        )
    for scenario in found["scenarios"]:
        state = scenario_state.get(scenario.pk)
        rows.append(
            {
                "page": scenario,
                "kind": "scenario",
                "status": "passed" if state else ("tried" if state is False else ""),
            }
        )
    for scenario in found["free_text"]:
        rows.append(
            {
                "page": scenario,
                "kind": "free_text",
                "status": free_text_state.get(scenario.pk, ""),
            }
        )
    return rows


def scenario_alternatives(*, scenario: ScenarioPage) -> dict:
    """The live scenarios a learner may take instead of this one ("instead"), or
    the one this is an alternative to ("original"), for the scenario's page."""
    original = None
    if scenario.alternative_to_id:
        original = ScenarioPage.objects.live().filter(pk=scenario.alternative_to_id)
        original = original.first()
    instead = list(
        ScenarioPage.objects.live()
        .filter(alternative_to_id=scenario.pk)
        .order_by("path")
    )
    return {"original": original, "instead": instead}


def scenario_ids_with_alternatives(ids) -> dict[int, set[int]]:
    """For each scenario id, itself and the live scenarios that may replace it."""
    found: dict[int, set[int]] = {pk: {pk} for pk in ids}
    for pk, original in (
        ScenarioPage.objects.live()
        .filter(alternative_to_id__in=found)
        .values_list("pk", "alternative_to_id")
    ):
        found[original].add(pk)
    return found


def question_quiz_usage(question_ids) -> dict[int, list[QuizPage]]:
    """The quizzes that ask each question as a fixed question, by question id."""
    from .models import QuizQuestionSlot

    usage: dict[int, list[QuizPage]] = {}
    slots = (
        QuizQuestionSlot.objects.filter(question_id__in=list(question_ids))
        .select_related("quiz")
        .order_by("quiz__title", "quiz_id")
    )
    for slot in slots:
        quizzes = usage.setdefault(slot.question_id, [])
        if slot.quiz not in quizzes:
            quizzes.append(slot.quiz)
    return usage


def category_quiz_draws(category_ids) -> dict[int, list[QuizPage]]:
    """The quizzes that draw questions at random from each category, by category id."""
    from .models import QuizRandomDraw

    draws: dict[int, list[QuizPage]] = {}
    rows = (
        QuizRandomDraw.objects.filter(category_id__in=list(category_ids))
        .select_related("quiz")
        .order_by("quiz__title", "quiz_id")
    )
    for draw in rows:
        quizzes = draws.setdefault(draw.category_id, [])
        if draw.quiz not in quizzes:
            quizzes.append(draw.quiz)
    return draws
