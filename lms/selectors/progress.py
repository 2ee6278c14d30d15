"""Progress through programmes, modules and lessons, and what comes next."""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from assessments.models import QuizPage
from assessments.selectors import live_quizzes_in, quiz_standings
from courses.models import LessonPage, ModulePage, ProgrammePage
from courses.selectors import (
    LessonPlace,
    module_prerequisite_ids,
    programme_modules,
)

from ..models import (
    ContentNoteChoice,
    Enrolment,
    LessonCompletion,
    ModuleCompletion,
    User,
)


def enrolment_get(*, user: User, programme: ProgrammePage) -> Enrolment | None:
    """The user's enrolment on a programme, if any."""
    if not user.is_authenticated:
        return None
    return (
        Enrolment.objects.filter(user=user, programme=programme)
        .select_related("last_lesson")
        .first()
    )


@dataclass
class Progress:
    """How many of a set of lessons are done."""

    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


@dataclass
class ModuleOutline:
    """A module with its lessons and the learner's progress through them.

    "Finished" comes first from the learner's durable record (``ModuleCompletion``):
    a module once finished stays finished, and lessons published into it later are
    optional catch-up ("New since you finished"), never a gate.
    """

    module: ModulePage
    lessons: list[LessonPage]
    done_ids: set[int]
    prerequisites_met: bool = True
    missing_prerequisites: list[ModulePage] = field(default_factory=list)
    quizzes: list[QuizPage] = field(default_factory=list)
    passed_quiz_ids: set[int] = field(default_factory=set)
    # Quiz id -> when the attempt waiting for a trainer's mark was sent.
    waiting_quiz_ids: dict = field(default_factory=dict)
    record: ModuleCompletion | None = None

    @property
    def quiz_ids(self) -> list[int]:
        return [quiz.pk for quiz in self.quizzes]

    @property
    def quizzes_passed(self) -> bool:
        return all(pk in self.passed_quiz_ids for pk in self.quiz_ids)

    @property
    def quizzes_sent(self) -> bool:
        """Every quiz passed or waiting for a trainer's mark."""
        return all(
            pk in self.passed_quiz_ids or pk in self.waiting_quiz_ids
            for pk in self.quiz_ids
        )

    @property
    def waiting_for_marking(self) -> list[tuple[QuizPage, object]]:
        """(quiz, when it was sent) for each quiz waiting for a trainer's mark."""
        return [
            (quiz, self.waiting_quiz_ids[quiz.pk])
            for quiz in self.quizzes
            if quiz.pk in self.waiting_quiz_ids
        ]

    @property
    def new_lessons(self) -> list[LessonPage]:
        """Lessons published (or moved) into the module after the learner finished
        it, not read yet: optional catch-up."""
        if self.record is None:
            return []
        return [ls for ls in self.lessons if ls.pk not in self.done_ids]

    @property
    def new_lesson_ids(self) -> set[int]:
        return {lesson.pk for lesson in self.new_lessons}

    @property
    def is_finished(self) -> bool:
        """Finished for good, or every lesson done and every quiz passed or sent for
        marking: what opens the modules that build on this one."""
        if self.record is not None:
            return True
        return self.progress.is_complete and self.quizzes_sent

    @property
    def is_complete(self) -> bool:
        """Finished and every quiz passed: what a certificate needs."""
        if self.record is not None and self.record.passed_at is not None:
            return True
        return self.is_finished and self.quizzes_passed

    @property
    def progress(self) -> Progress:
        """Lessons done out of those that count: catch-up lessons count once read."""
        return Progress(
            done=sum(1 for lesson in self.lessons if lesson.pk in self.done_ids),
            total=len(self.lessons) - len(self.new_lessons),
        )

    @property
    def next_lesson(self) -> LessonPage | None:
        if self.record is not None:
            return None
        return next((ls for ls in self.lessons if ls.pk not in self.done_ids), None)

    @property
    def next_quiz(self) -> QuizPage | None:
        """The quiz to take next, once the lessons are done."""
        if self.is_complete or not self.progress.is_complete:
            return None
        return next(
            (
                quiz
                for quiz in self.quizzes
                if quiz.pk not in self.passed_quiz_ids
                and quiz.pk not in self.waiting_quiz_ids
            ),
            None,
        )


@dataclass
class NextStep:
    """Where the dashboard sends the learner next, and how to say it."""

    page: Page
    label: str


@dataclass
class ProgrammeOutline:
    """A programme's modules with the learner's progress."""

    programme: ProgrammePage
    modules: list[ModuleOutline]
    enrolment: Enrolment | None

    @property
    def progress(self) -> Progress:
        return Progress(
            done=sum(m.progress.done for m in self.modules),
            total=sum(m.progress.total for m in self.modules),
        )

    @property
    def is_complete(self) -> bool:
        return bool(self.modules) and all(m.is_complete for m in self.modules)

    @property
    def waiting_for_marking(self) -> list[tuple[QuizPage, object]]:
        return [item for m in self.modules for item in m.waiting_for_marking]

    @property
    def new_lessons(self) -> list[LessonPage]:
        return [lesson for m in self.modules for lesson in m.new_lessons]

    def _open_module_of(self, page) -> ModuleOutline | None:
        parent = page.path[: -ModulePage.steplen]
        return next(
            (
                m
                for m in self.modules
                if m.module.path == parent and m.prerequisites_met
            ),
            None,
        )

    @property
    def next_lesson(self) -> LessonPage | None:
        """Where to go next: the resume point if unfinished and open, else the first
        lesson not done in an open module."""
        resume = self.enrolment.last_lesson if self.enrolment else None
        done = self.modules[0].done_ids if self.modules else set()
        if (
            resume is not None
            and resume.live
            and resume.pk not in done
            and self._open_module_of(resume) is not None
        ):
            return resume
        for outline in self.modules:
            if outline.prerequisites_met and outline.next_lesson:
                return outline.next_lesson
        return None

    @property
    def next_step(self) -> NextStep | None:
        """A lesson to read, else a quiz to take, else a new lesson to catch up on,
        always in a module that is open to the learner."""
        lesson = self.next_lesson
        if lesson is not None:
            label = _("Carry on") if self.progress.done else _("Start")
            return NextStep(lesson, label)
        for outline in self.modules:
            if outline.prerequisites_met and outline.next_quiz:
                return NextStep(outline.next_quiz, _("Take the quiz"))
        for outline in self.modules:
            if outline.prerequisites_met and outline.new_lessons:
                return NextStep(outline.new_lessons[0], _("New since you finished"))
        return None


def completed_lesson_ids(*, user: User, within: ModulePage | ProgrammePage) -> set[int]:
    """Ids of live lessons below a page that the user has finished (one query)."""
    if not user.is_authenticated:
        return set()
    return set(
        # The lesson's current path, not the one stored when it was finished: a
        # lesson moved to another module must count where it is now.
        LessonCompletion.objects.filter(
            user=user, lesson__path__startswith=within.path, lesson__live=True
        ).values_list("lesson_id", flat=True)
    )


def module_records(*, user: User, modules: list[ModulePage]) -> dict[int, Any]:
    """The learner's durable finished-module records, by module id (one query)."""
    if not user.is_authenticated or not modules:
        return {}
    return {
        record.module_id: record
        for record in ModuleCompletion.objects.filter(
            user=user, module_id__in=[m.pk for m in modules]
        )
    }


_LESSON_FIELDS = ("id", "title", "slug", "url_path", "path", "depth", "live")


def _outlines(
    *, user: User, modules: list[ModulePage], within: Page | None = None
) -> list[ModuleOutline]:
    """Outlines of some modules (all below ``within``, when given), in a fixed
    number of queries whatever their number or size."""
    if not modules:
        return []
    if within is not None:
        paths = Q(path__startswith=within.path)
    else:
        paths = Q()
        for module in modules:
            paths |= Q(path__startswith=module.path)
    by_path: dict[str, tuple[list, list]] = {m.path: ([], []) for m in modules}
    lessons = (
        LessonPage.objects.live()
        .filter(paths)
        .order_by("path")
        .only(*_LESSON_FIELDS, "estimated_minutes")
    )
    for lesson in lessons:
        found = by_path.get(lesson.path[: -ModulePage.steplen])
        if found is not None:
            found[0].append(lesson)
    for quiz in live_quizzes_in(paths):
        found = by_path.get(quiz.path[: -ModulePage.steplen])
        if found is not None:
            found[1].append(quiz)
    lesson_ids = [ls.pk for found in by_path.values() for ls in found[0]]
    done = (
        set(
            LessonCompletion.objects.filter(
                user=user, lesson_id__in=lesson_ids
            ).values_list("lesson_id", flat=True)
        )
        if user.is_authenticated and lesson_ids
        else set()
    )
    passed, waiting = quiz_standings(
        user=user, quiz_ids=[q.pk for found in by_path.values() for q in found[1]]
    )
    records = module_records(user=user, modules=modules)
    return [
        ModuleOutline(
            m,
            by_path[m.path][0],
            done,
            quizzes=by_path[m.path][1],
            passed_quiz_ids=passed,
            waiting_quiz_ids=waiting,
            record=records.get(m.pk),
        )
        for m in modules
    ]


def programme_outline(*, user: User, programme: ProgrammePage) -> ProgrammeOutline:
    """Modules, lessons and progress for a programme, in a fixed number of queries."""
    outlines = _outlines(
        user=user, modules=programme_modules(programme), within=programme
    )
    _mark_prerequisites(outlines, programme)
    return ProgrammeOutline(
        programme=programme,
        modules=outlines,
        enrolment=enrolment_get(user=user, programme=programme),
    )


def _mark_prerequisites(outlines: list[ModuleOutline], programme: ProgrammePage):
    through = ModulePage.prerequisites.through
    pairs = through.objects.filter(
        from_modulepage__path__startswith=programme.path
    ).values_list("from_modulepage_id", "to_modulepage_id")
    by_id = {o.module.pk: o for o in outlines}
    for module_id, required_id in pairs:
        outline, required = by_id.get(module_id), by_id.get(required_id)
        if outline and required and not required.is_finished:
            outline.prerequisites_met = False
            outline.missing_prerequisites.append(required.module)


def module_outline(*, user: User, module: ModulePage) -> ModuleOutline:
    """One module's lessons, progress and unmet prerequisites."""
    [outline] = _outlines(user=user, modules=[module], within=module)
    missing = module_missing_prerequisites(user=user, module=module)
    outline.missing_prerequisites = missing
    outline.prerequisites_met = not missing
    return outline


def module_missing_prerequisites(*, user: User, module: ModulePage) -> list[ModulePage]:
    """Required earlier modules the user has not finished."""
    if not module_prerequisite_ids(module):
        return []  # the usual case, answered from the cache
    required = list(module.prerequisites.live().order_by("path"))
    if not required:
        return []
    outlines = _outlines(user=user, modules=required)
    return [o.module for o in outlines if not o.is_finished]


def lesson_progress(*, user: User, place: LessonPlace) -> dict:
    """Module and course progress around a lesson, in two queries."""
    course = place.course
    done_rows = (
        list(
            LessonCompletion.objects.filter(
                user=user, lesson__path__startswith=course.path, lesson__live=True
            ).values_list("lesson_id", "lesson__path")
        )
        if user.is_authenticated
        else []
    )
    done_ids = {pk for pk, _path in done_rows}
    module_done = sum(
        1 for _pk, path in done_rows if path.startswith(place.module.path)
    )
    course_total = place.course_lesson_count
    return {
        "module": Progress(done=module_done, total=len(place.module_lessons)),
        "course": Progress(done=len(done_ids), total=course_total),
        "lesson_done": place.lesson.pk in done_ids,
        "done_ids": done_ids,
    }


def content_note_choice_latest(*, user: User, module: ModulePage) -> str | None:
    """The learner's most recent choice at a module's content note."""
    if not user.is_authenticated:
        return None
    return (
        ContentNoteChoice.objects.filter(user=user, module=module)
        .values_list("choice", flat=True)
        .first()
    )


def content_note_needed(*, user: User, module: ModulePage) -> bool:
    """True when a difficult module's note must be shown before its lessons."""
    if not module.is_difficult:
        return False
    return (
        content_note_choice_latest(user=user, module=module)
        != ContentNoteChoice.Choice.CONTINUE
    )


def dashboard_outlines(*, user: User) -> list[ProgrammeOutline]:
    """The user's programmes with progress and next step."""
    enrolments = (
        Enrolment.objects.filter(user=user)
        .select_related("programme")
        .order_by("-enrolled_at")
    )
    return [
        programme_outline(user=user, programme=e.programme)
        for e in enrolments
        if e.programme.live
    ]


def module_finished_count(module: Page) -> int:
    """How many people have finished a module for good (one query)."""
    return ModuleCompletion.objects.filter(module_id=module.pk).count()
