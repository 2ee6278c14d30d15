"""The gradebook: each trainee's progress and marks, module by module, in a few
queries."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q
from django.db.models.functions import Substr
from django.utils import timezone

from alongside import extensions
from alongside.cache import versioned_get_or_set
from assessments.models import (
    FreeTextScenarioPage,
    FreeTextSubmission,
    QuizAttempt,
    QuizPage,
    ScenarioAttempt,
    ScenarioPage,
)
from courses.models import LessonPage, ModulePage, ProgrammePage
from courses.selectors import programme_modules
from lms.models import Enrolment, LessonCompletion, ModuleCompletion

from ..models import (
    ModuleSchedule,
)

INACTIVE_DAYS = 14


@dataclass
class Structure:
    """A programme's live modules and what is inside each, by module path."""

    programme: ProgrammePage
    modules: list[ModulePage]
    lessons: dict[str, list[tuple[int, int]]]  # module path -> [(id, minutes)]
    quizzes: dict[str, list[tuple[int, str]]]  # module path -> [(id, title)]
    scenarios: dict[str, list[tuple[int, str]]]
    free_text: dict[str, list[tuple[int, str]]]

    def module_of(self, path: str) -> str:
        return path[: -ModulePage.steplen]


def programme_structure(programme: ProgrammePage) -> Structure:
    """Modules, lessons, quizzes and scenarios of a programme (five queries, then
    cached until authored content next changes: every trainer page reads it)."""
    modules, lessons, quizzes, scenarios, free_text = versioned_get_or_set(
        f"programme-structure:{programme.pk}:{programme.path}",
        lambda: _structure_build(programme),
    )
    return Structure(programme, modules, lessons, quizzes, scenarios, free_text)


def _structure_build(programme: ProgrammePage) -> tuple:
    modules = programme_modules(programme)
    paths = {m.path for m in modules}

    def grouped(model, *fields):
        found: dict[str, list] = {p: [] for p in paths}
        rows = (
            model.objects.live()
            .filter(path__startswith=programme.path)
            .order_by("path")
            .values_list("path", *fields)
        )
        for path, *values in rows:
            parent = path[: -ModulePage.steplen]
            if parent in found:
                found[parent].append(tuple(values))
        return found

    return (
        modules,
        grouped(LessonPage, "pk", "estimated_minutes"),
        grouped(QuizPage, "pk", "title"),
        grouped(ScenarioPage, "pk", "title"),
        grouped(FreeTextScenarioPage, "pk", "title"),
    )


@dataclass
class ModuleCell:
    """One trainee's standing in one module."""

    lessons_done: int = 0
    lessons_total: int = 0
    quiz_best: float | None = None
    quiz_attempts: int = 0
    quizzes_passed: int = 0
    quizzes_waiting: int = 0  # not passed, an attempt waiting for a trainer's mark
    quizzes_total: int = 0
    awaiting_marking: int = 0
    # The learner's durable record (lms.ModuleCompletion): finished stays finished.
    finished_for_good: bool = False
    passed_for_good: bool = False
    scenarios_passed: int = 0
    scenarios_tried: int = 0
    scenarios_total: int = 0
    unsafe_choices: int = 0
    written: list[dict] = field(default_factory=list)
    due_on: datetime.date | None = None

    @property
    def started(self) -> bool:
        return bool(
            self.lessons_done
            or self.quiz_attempts
            or self.scenarios_tried
            or self.finished_for_good
        ) or any(w["status"] != "draft" for w in self.written)

    @property
    def lessons_all_done(self) -> bool:
        return self.lessons_total > 0 and self.lessons_done >= self.lessons_total

    @property
    def complete(self) -> bool:
        """Finished, as the learner sees it (``ModuleOutline.is_finished``): for good
        once recorded, or every lesson done and every quiz passed or sent for
        marking. Lessons published later never undo it."""
        return self.finished_for_good or (
            self.lessons_all_done
            and self.quizzes_passed + self.quizzes_waiting >= self.quizzes_total
        )

    @property
    def passed(self) -> bool:
        """Finished with every quiz passed (``ModuleOutline.is_complete``)."""
        return self.passed_for_good or (
            self.complete and self.quizzes_passed >= self.quizzes_total
        )

    @property
    def overdue(self) -> bool:
        return bool(
            self.due_on and self.due_on < timezone.localdate() and not self.complete
        )

    @property
    def percent(self) -> int:
        if not self.lessons_total:
            return 0
        return round(100 * self.lessons_done / self.lessons_total)


@dataclass
class GradebookRow:
    """A trainee, their module cells and the registered learner facts."""

    user_id: int
    name: str
    email: str
    last_active_at: datetime.datetime | None
    enrolled_at: datetime.datetime
    cells: list[ModuleCell]
    facts: dict[str, object] = field(default_factory=dict)

    @property
    def status(self) -> str:
        if self.cells and all(c.passed for c in self.cells):
            return "complete"
        if any(c.started for c in self.cells):
            return "in_progress"
        return "not_started"

    @property
    def overdue(self) -> bool:
        return any(c.overdue for c in self.cells)

    @property
    def inactive(self) -> bool:
        if self.status == "complete":
            return False
        since = self.last_active_at or self.enrolled_at
        return since < timezone.now() - datetime.timedelta(days=INACTIVE_DAYS)

    @property
    def stuck(self) -> bool:
        """Overdue, or away for a fortnight, or work held up waiting to be marked."""
        return self.overdue or self.inactive

    @property
    def awaiting_marking(self) -> int:
        return sum(c.awaiting_marking for c in self.cells) + sum(
            1 for c in self.cells for w in c.written if w["status"] == "submitted"
        )


STATUS_LABELS = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "complete": "Complete",
}


@dataclass
class Gradebook:
    structure: Structure
    rows: list[GradebookRow]
    fact_names: list[str]

    @property
    def modules(self) -> list[ModulePage]:
        return self.structure.modules


def gradebook(
    *,
    programme: ProgrammePage,
    user_ids: list[int],
    schedules: dict[int, ModuleSchedule] | None = None,
    structure: Structure | None = None,
) -> Gradebook:
    """The trainee × module grid, in a fixed number of queries."""
    structure = structure or programme_structure(programme)
    schedules = schedules or {}
    modules = structure.modules
    people = list(
        Enrolment.objects.filter(programme=programme, user_id__in=user_ids)
        .order_by("user__full_name", "user_id")
        .values_list(
            "user_id",
            "user__full_name",
            "user__email",
            "last_active_at",
            "enrolled_at",
        )
    )
    ids = [p[0] for p in people]
    cells: dict[tuple[int, str], ModuleCell] = {}
    for uid in ids:
        for m in modules:
            cells[(uid, m.path)] = ModuleCell(
                lessons_total=len(structure.lessons[m.path]),
                quizzes_total=len(structure.quizzes[m.path]),
                scenarios_total=len(structure.scenarios[m.path]),
                due_on=schedules[m.pk].due_on if m.pk in schedules else None,
            )
    if modules and ids:
        _fill_lessons(cells, structure, ids)
        _fill_records(cells, structure, ids)
        _fill_quizzes(cells, structure, ids)
        _fill_scenarios(cells, structure, ids)
        _fill_written(cells, structure, ids)
    facts = extensions.learner_facts()
    fact_values = {name: fn(ids, programme) for name, fn in facts.items()}
    rows = [
        GradebookRow(
            user_id=uid,
            name=name or email,
            email=email,
            last_active_at=last_active,
            enrolled_at=enrolled,
            cells=[cells[(uid, m.path)] for m in modules],
            facts={n: values.get(uid) for n, values in fact_values.items()},
        )
        for uid, name, email, last_active, enrolled in people
    ]
    return Gradebook(structure=structure, rows=rows, fact_names=list(facts))


def _fill_lessons(cells, structure: Structure, ids: list[int]) -> None:
    length = len(structure.modules[0].path)
    rows = (
        LessonCompletion.objects.filter(
            user_id__in=ids,
            lesson__live=True,
            lesson__path__startswith=structure.programme.path,
            lesson__depth=structure.modules[0].depth + 1,
        )
        .annotate(module_path=Substr("lesson__path", 1, length))
        .values_list("user_id", "module_path")
        .annotate(n=Count("pk"))
    )
    for uid, module_path, n in rows:
        cell = cells.get((uid, module_path))
        if cell is not None:
            cell.lessons_done = n


def _fill_records(cells, structure: Structure, ids: list[int]) -> None:
    path_of = {m.pk: m.path for m in structure.modules}
    rows = ModuleCompletion.objects.filter(
        user_id__in=ids, module_id__in=list(path_of)
    ).values_list("user_id", "module_id", "passed_at")
    for uid, module_id, passed_at in rows:
        cell = cells.get((uid, path_of[module_id]))
        if cell is not None:
            cell.finished_for_good = True
            cell.passed_for_good = passed_at is not None


def _page_module(structure: Structure, group: dict) -> dict[int, str]:
    return {pk: path for path, pages in group.items() for pk, *_ in pages}


def _fill_quizzes(cells, structure: Structure, ids: list[int]) -> None:
    module_of = _page_module(structure, structure.quizzes)
    if not module_of:
        return
    rows = (
        QuizAttempt.objects.filter(user_id__in=ids, quiz_id__in=list(module_of))
        .exclude(status=QuizAttempt.Status.IN_PROGRESS)
        .values_list("user_id", "quiz_id")
        .annotate(
            best=Max("score_percent"),
            n=Count("pk"),
            passes=Count("pk", filter=Q(passed=True)),
            waiting=Count("pk", filter=Q(status=QuizAttempt.Status.AWAITING_MARKING)),
            sent=Count(
                "pk",
                filter=Q(
                    status=QuizAttempt.Status.AWAITING_MARKING, passed__isnull=True
                ),
            ),
        )
    )
    for uid, quiz_id, best, n, passed, waiting, sent in rows:
        cell = cells.get((uid, module_of[quiz_id]))
        if cell is None:
            continue
        cell.quiz_attempts += n
        cell.quizzes_passed += 1 if passed else 0
        cell.quizzes_waiting += 1 if sent and not passed else 0
        cell.awaiting_marking += waiting
        if best is not None:
            cell.quiz_best = max(cell.quiz_best or 0, best)


def _fill_scenarios(cells, structure: Structure, ids: list[int]) -> None:
    module_of = _page_module(structure, structure.scenarios)
    if not module_of:
        return
    rows = (
        ScenarioAttempt.objects.filter(
            user_id__in=ids,
            scenario_id__in=list(module_of),
            finished_at__isnull=False,
        )
        .values_list("user_id", "scenario_id")
        .annotate(
            passed=Count("pk", filter=Q(passed=True)),
            unsafe=Count("pk", filter=Q(made_unsafe_choice=True)),
        )
    )
    for uid, scenario_id, passed, unsafe in rows:
        cell = cells.get((uid, module_of[scenario_id]))
        if cell is None:
            continue
        cell.scenarios_tried += 1
        cell.scenarios_passed += 1 if passed else 0
        cell.unsafe_choices += unsafe


def _fill_written(cells, structure: Structure, ids: list[int]) -> None:
    module_of = _page_module(structure, structure.free_text)
    if not module_of:
        return
    titles = {
        pk: title for pages in structure.free_text.values() for pk, title in pages
    }
    latest: dict[tuple[int, int], dict] = {}
    rows = (
        FreeTextSubmission.objects.filter(
            user_id__in=ids, scenario_id__in=list(module_of)
        )
        .order_by("number")
        .values_list("pk", "user_id", "scenario_id", "status", "points", "passed")
    )
    for pk, uid, scenario_id, status, points, passed in rows:
        latest[(uid, scenario_id)] = {
            "pk": pk,
            "title": titles[scenario_id],
            "status": status,
            "points": points,
            "passed": passed,
        }
    for (uid, scenario_id), item in latest.items():
        cell = cells.get((uid, module_of[scenario_id]))
        if cell is not None:
            cell.written.append(item)


def gradebook_filter(
    rows: list[GradebookRow], *, status: str = "", overdue: bool = False
) -> list[GradebookRow]:
    """Rows matching the trainer's filters (unknown values are ignored)."""
    if status in STATUS_LABELS:
        rows = [r for r in rows if r.status == status]
    elif status == "stuck":
        rows = [r for r in rows if r.stuck]
    if overdue:
        rows = [r for r in rows if r.overdue]
    return rows
