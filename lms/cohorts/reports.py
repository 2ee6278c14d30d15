"""Report figures: completion funnel, time per module, quiz item analysis, scenario
choices and the paired confidence survey.

Every function reads in a few bulk queries and does the arithmetic in Python, so a
report costs the same number of queries for 5 trainees or 500.
"""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Exists, F, OuterRef, Sum

from assessments.models import QuizAttempt, ScenarioAttempt, ScenarioPage
from lms.models import LessonCompletion

from .models import ConfidenceItem, ConfidenceResponse, SurveyStage
from .selectors import Gradebook, Structure

MIN_CELL = 5  # never show a count of 1 to 4 people where it could identify someone
FULL_MARKS = 0.9999


def suppress(count: int, *, min_cell: int = MIN_CELL) -> int | None:
    """The count, or None when it is between 1 and min_cell - 1."""
    return None if 0 < count < min_cell else count


def shown(count: int | None) -> str:
    return "fewer than 5" if count is None else str(count)


# --- completion and time ---------------------------------------------------------


@dataclass
class FunnelStep:
    label: str
    count: int | None

    @property
    def text(self) -> str:
        return shown(self.count)


def completion_funnel(book: Gradebook, *, min_cell: int = 0) -> list[FunnelStep]:
    """Enrolled → started → each module complete → programme complete."""
    rows = book.rows

    def step(label, n):
        return FunnelStep(label, suppress(n, min_cell=min_cell) if min_cell else n)

    steps = [
        step("Enrolled", len(rows)),
        step("Started", sum(1 for r in rows if r.status != "not_started")),
    ]
    for index, module in enumerate(book.modules):
        done = sum(1 for r in rows if r.cells[index].complete)
        steps.append(step(f"Finished {module.title}", done))
    steps.append(
        step("Finished the programme", sum(1 for r in rows if r.status == "complete"))
    )
    return steps


@dataclass
class ModuleTime:
    title: str
    people: int
    minutes: float | None

    @property
    def text(self) -> str:
        return "no one yet" if self.minutes is None else f"{round(self.minutes)} min"


def time_per_module(book: Gradebook, user_ids: list[int]) -> list[ModuleTime]:
    """Average minutes per trainee who started each module.

    Lessons count at the time measured from opening to finishing them, or at their
    planned length where that was not measured; quizzes at the time between
    starting and submitting each attempt; lessons since deleted keep the time
    spent on them. Three aggregate queries.
    """
    structure: Structure = book.structure
    quiz_module = {
        pk: path for path, pages in structure.quizzes.items() for pk, _t in pages
    }
    quiz_minutes: dict[str, float] = defaultdict(float)
    if quiz_module and user_ids:
        for quiz_id, total in (
            QuizAttempt.objects.filter(
                user_id__in=user_ids,
                quiz_id__in=list(quiz_module),
                submitted_at__isnull=False,
            )
            .values_list("quiz_id")
            .annotate(total=Sum(F("submitted_at") - F("started_at")))
        ):
            if total is not None:
                quiz_minutes[quiz_module[quiz_id]] += total.total_seconds() / 60
    # Per lesson: measured seconds, and how many completions were measured.
    lesson_module = {
        pk: path for path, lessons in structure.lessons.items() for pk, _m in lessons
    }
    measured: dict[str, tuple[float, int]] = defaultdict(lambda: (0.0, 0))
    if lesson_module and user_ids:
        for lesson_id, seconds, count in (
            LessonCompletion.objects.filter(
                user_id__in=user_ids,
                lesson_id__in=list(lesson_module),
                seconds_spent__isnull=False,
            )
            .values_list("lesson_id")
            .annotate(seconds=Sum("seconds_spent"), count=Count("pk"))
        ):
            path = lesson_module[lesson_id]
            total, n = measured[path]
            measured[path] = (total + seconds / 60, n + count)
    removed = _removed_lesson_minutes(structure, user_ids)
    result = []
    for index, module in enumerate(book.modules):
        lessons = structure.lessons[module.path]
        per_lesson = sum(m for _pk, m in lessons) / len(lessons) if lessons else 0
        started = [r for r in book.rows if r.cells[index].started]
        done = sum(r.cells[index].lessons_done for r in started)
        measured_minutes, measured_count = measured[module.path]
        unmeasured = max(done - measured_count, 0)
        total = measured_minutes + unmeasured * per_lesson + quiz_minutes[module.path]
        total += sum(m if m is not None else per_lesson for m in removed[module.path])
        result.append(
            ModuleTime(
                title=module.title,
                people=len(started),
                minutes=total / len(started) if started else None,
            )
        )
    return result


def _removed_lesson_minutes(structure, user_ids: list[int]) -> dict[str, list]:
    """Minutes spent on lessons since deleted (None where not measured), by the
    module they were in when finished: time spent is never lost from the report."""
    removed: dict[str, list] = defaultdict(list)
    if not user_ids or not structure.modules:
        return removed
    length = len(structure.modules[0].path)
    for lesson_path, seconds in LessonCompletion.objects.filter(
        user_id__in=user_ids,
        lesson__isnull=True,
        lesson_path__startswith=structure.programme.path,
    ).values_list("lesson_path", "seconds_spent"):
        removed[lesson_path[:length]].append(None if seconds is None else seconds / 60)
    return removed


# --- quiz item analysis ----------------------------------------------------------


@dataclass
class ItemStats:
    question_id: int
    name: str
    attempts: int
    facility: float | None  # mean mark as a percentage
    discrimination: float | None  # upper-group mean minus lower-group mean, -1..1
    failed: int  # attempts without full marks

    @property
    def failed_percent(self) -> int:
        return round(100 * self.failed / self.attempts) if self.attempts else 0


@dataclass
class QuizAnalysis:
    quiz_id: int
    title: str
    attempts: int
    items: list[ItemStats] = field(default_factory=list)

    @property
    def most_failed(self) -> list[ItemStats]:
        failing = [i for i in self.items if i.failed]
        return sorted(failing, key=lambda i: (-i.failed_percent, i.name))[:5]


GROUP_FRACTION = 0.27  # Kelley's upper and lower 27 per cent


def item_statistics(
    scored: list[tuple[float, dict[int, float]]], *, min_attempts: int = MIN_CELL
) -> dict[int, tuple[int, float | None, float | None, int]]:
    """Facility and discrimination per question from (total score, {q: mark}).

    Facility index: the mean mark on the question, as a percentage of its maximum.
    Discrimination index: attempts are ranked by their total score; with n the
    upper and lower 27 per cent (at least one attempt each), it is the mean mark of
    the upper group minus that of the lower group, from -1 to 1. Both need at least
    ``min_attempts`` attempts, or they are None.
    """
    per_question: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for total, marks in scored:
        for qid, mark in marks.items():
            per_question[qid].append((total, mark))
    stats = {}
    for qid, pairs in per_question.items():
        n = len(pairs)
        failed = sum(1 for _t, m in pairs if m < FULL_MARKS)
        if n < min_attempts:
            stats[qid] = (n, None, None, failed)
            continue
        facility = 100 * sum(m for _t, m in pairs) / n
        ranked = sorted(pairs, key=lambda p: p[0])
        size = max(1, math.floor(GROUP_FRACTION * n + 0.5))
        lower = ranked[:size]
        upper = ranked[-size:]
        discrimination = (
            sum(m for _t, m in upper) / size - sum(m for _t, m in lower) / size
        )
        stats[qid] = (n, facility, discrimination, failed)
    return stats


def quiz_item_analysis(
    structure: Structure, user_ids: list[int], *, min_attempts: int = MIN_CELL
) -> list[QuizAnalysis]:
    """Each quiz's questions with their facility and discrimination (two queries).

    Each trainee's first marked attempt counts, so practice does not skew the figures.
    """
    from assessments.models import Question

    titles = {pk: title for pages in structure.quizzes.values() for pk, title in pages}
    if not titles or not user_ids:
        return []
    graded = QuizAttempt.objects.filter(status=QuizAttempt.Status.GRADED)
    rows = (
        graded.filter(user_id__in=user_ids, quiz_id__in=list(titles))
        # Only first marked attempts leave the database (their results are JSON
        # that takes longer to read than to fetch).
        .exclude(
            Exists(
                graded.filter(
                    user_id=OuterRef("user_id"),
                    quiz_id=OuterRef("quiz_id"),
                    number__lt=OuterRef("number"),
                )
            )
        )
        .order_by("user_id", "quiz_id", "number")
        .values_list("user_id", "quiz_id", "score_percent", "results")
    )
    by_quiz: dict[int, list[tuple[float, dict[int, float]]]] = defaultdict(list)
    question_ids: set[int] = set()
    seen: set[tuple[int, int]] = set()
    for uid, quiz_id, score, results in rows:
        if (uid, quiz_id) in seen:
            continue  # only each trainee's first marked attempt counts
        seen.add((uid, quiz_id))
        # Every question of a marked attempt has a result; pending ones are skipped.
        marks = {
            int(key): float(result.get("fraction", 0))
            for key, result in results.items()
            if not result.get("pending")
        }
        question_ids.update(marks)
        by_quiz[quiz_id].append((score or 0.0, marks))
    names = dict(
        Question.objects.non_polymorphic()
        .filter(pk__in=question_ids)
        .values_list("pk", "name")
    )
    analyses = []
    for quiz_id, title in titles.items():
        scored = by_quiz.get(quiz_id, [])
        analysis = QuizAnalysis(quiz_id=quiz_id, title=title, attempts=len(scored))
        for qid, (n, facility, disc, failed) in sorted(
            item_statistics(scored, min_attempts=min_attempts).items(),
            key=lambda kv: names.get(kv[0], ""),
        ):
            analysis.items.append(
                ItemStats(
                    question_id=qid,
                    name=names.get(qid, f"Question {qid}"),
                    attempts=n,
                    facility=facility,
                    discrimination=disc,
                    failed=failed,
                )
            )
        analyses.append(analysis)
    return analyses


# --- branching scenarios ---------------------------------------------------------


@dataclass
class ChoiceCount:
    text: str
    rating: str
    count: int | None
    percent: int | None


@dataclass
class NodeChoices:
    key: str
    title: str
    total: int
    choices: list[ChoiceCount]


@dataclass
class ScenarioChoices:
    scenario_id: int
    title: str
    runs: int
    nodes: list[NodeChoices]

    @property
    def common_unsafe(self) -> list[tuple[NodeChoices, ChoiceCount]]:
        found = [
            (node, choice)
            for node in self.nodes
            for choice in node.choices
            if choice.rating == "unsafe" and choice.count
        ]
        return sorted(found, key=lambda nc: -(nc[1].count or 0))


def scenario_choice_distribution(
    structure: Structure, user_ids: list[int], *, min_cell: int = 0
) -> list[ScenarioChoices]:
    """How often each choice was made at each node of each scenario (two queries)."""
    ids = [pk for pages in structure.scenarios.values() for pk, _t in pages]
    if not ids or not user_ids:
        return []
    pages = {p.pk: p for p in ScenarioPage.objects.filter(pk__in=ids)}
    counts: dict[int, Counter] = defaultdict(Counter)
    runs: Counter = Counter()
    for scenario_id, steps in ScenarioAttempt.objects.filter(
        user_id__in=user_ids, scenario_id__in=ids
    ).values_list("scenario_id", "path"):
        runs[scenario_id] += 1
        for step in steps or []:
            counts[scenario_id][(step.get("node"), step.get("choice"))] += 1
    result = []
    for scenario_id in ids:
        page = pages.get(scenario_id)
        if page is None:
            continue
        nodes = []
        for key, node in page.node_map().items():
            if node["is_end"] or not node["choices"]:
                continue
            made = [counts[scenario_id][(key, i)] for i in range(len(node["choices"]))]
            total = sum(made)
            nodes.append(
                NodeChoices(
                    key=key,
                    title=node["title"] or key,
                    total=total,
                    choices=[
                        ChoiceCount(
                            text=choice["text"],
                            rating=choice["rating"],
                            count=suppress(n, min_cell=min_cell) if min_cell else n,
                            percent=(
                                round(100 * n / total)
                                if total and not (min_cell and 0 < n < min_cell)
                                else None
                            ),
                        )
                        for choice, n in zip(node["choices"], made, strict=True)
                    ],
                )
            )
        result.append(
            ScenarioChoices(
                scenario_id=scenario_id,
                title=page.title,
                runs=runs[scenario_id],
                nodes=nodes,
            )
        )
    return result


# --- the paired confidence survey ------------------------------------------------


@dataclass
class PairedItem:
    item_id: int
    topic: str
    statement: str
    pairs: int
    mean_before: float | None
    mean_after: float | None
    improved: int | None

    @property
    def shown(self) -> bool:
        return self.mean_before is not None

    @property
    def change(self) -> float | None:
        if self.mean_before is None or self.mean_after is None:
            return None
        return self.mean_after - self.mean_before


def confidence_paired(
    *, programme, user_ids: list[int], min_cell: int = MIN_CELL
) -> list[PairedItem]:
    """Mean rating before and after per statement, over trainees who answered both.

    Only matched pairs count, so people who left early do not flatter the change.
    Items with fewer than ``min_cell`` pairs show no figures. Two queries.
    """
    items = list(ConfidenceItem.objects.filter(programme=programme))
    ratings: dict[tuple[int, int], dict[str, int]] = defaultdict(dict)
    for uid, item_id, stage, rating in ConfidenceResponse.objects.filter(
        item__programme=programme, user_id__in=user_ids
    ).values_list("user_id", "item_id", "stage", "rating"):
        ratings[(uid, item_id)][stage] = rating
    result = []
    for item in items:
        pairs = [
            (r[SurveyStage.PRE], r[SurveyStage.POST])
            for (_uid, item_id), r in ratings.items()
            if item_id == item.pk and SurveyStage.PRE in r and SurveyStage.POST in r
        ]
        n = len(pairs)
        enough = n >= min_cell and n > 0
        result.append(
            PairedItem(
                item_id=item.pk,
                topic=item.topic,
                statement=item.statement,
                pairs=n,
                mean_before=sum(b for b, _a in pairs) / n if enough else None,
                mean_after=sum(a for _b, a in pairs) / n if enough else None,
                improved=sum(1 for b, a in pairs if a > b) if enough else None,
            )
        )
    return result


def confidence_distribution(
    *, programme, user_ids: list[int], min_cell: int = MIN_CELL
) -> list[list]:
    """Anonymous counts per statement, stage and rating; cells under 5 suppressed."""
    counts = {
        (i, s, r): n
        for i, s, r, n in ConfidenceResponse.objects.filter(
            item__programme=programme, user_id__in=user_ids
        )
        .values_list("item_id", "stage", "rating")
        .annotate(n=Count("pk"))
    }
    rows = []
    for item in ConfidenceItem.objects.filter(programme=programme):
        for stage in (SurveyStage.PRE, SurveyStage.POST):
            row = [item.topic, item.statement, stage.label]
            for rating in range(1, 6):
                n = counts.get((item.pk, stage.value, rating), 0)
                row.append("<5" if 0 < n < min_cell else n)
            rows.append(row)
    return rows
