"""Read-only queries about people, enrolment and progress."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet
from django.http import Http404

from assessments.models import QuizAttempt, QuizPage
from assessments.selectors import live_quizzes_within, passed_quiz_ids
from courses.models import LessonPage, ModulePage, ProgrammePage
from courses.selectors import (
    LessonPlace,
    lessons_live_in,
    module_prerequisite_ids,
    programme_modules,
)

from .models import (
    Cohort,
    ContentNoteChoice,
    Enrolment,
    LessonCompletion,
    ReflectiveEntry,
    Team,
    User,
)
from .numbers import whole_number
from .roles import Role


def user_has_role(user: User | AnonymousUser, role: Role) -> bool:
    """True if the user is signed in and holds the role (superusers hold every role)."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    names = getattr(user, "_role_names", None)
    if names is None:
        names = set(user.groups.values_list("name", flat=True))
        user._role_names = names
    return role.value in names


def user_roles(user: User) -> list[Role]:
    """Every role the user holds."""
    return [role for role in Role if user_has_role(user, role)]


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
    """A module with its lessons and the learner's progress through them."""

    module: ModulePage
    lessons: list[LessonPage]
    done_ids: set[int]
    prerequisites_met: bool = True
    missing_prerequisites: list[ModulePage] = field(default_factory=list)
    quiz_ids: list[int] = field(default_factory=list)
    passed_quiz_ids: set[int] = field(default_factory=set)

    @property
    def quizzes_passed(self) -> bool:
        return all(pk in self.passed_quiz_ids for pk in self.quiz_ids)

    @property
    def is_complete(self) -> bool:
        """Every lesson finished and every quiz in the module passed."""
        return self.progress.is_complete and self.quizzes_passed

    @property
    def progress(self) -> Progress:
        return Progress(
            done=sum(1 for lesson in self.lessons if lesson.pk in self.done_ids),
            total=len(self.lessons),
        )

    @property
    def next_lesson(self) -> LessonPage | None:
        return next((ls for ls in self.lessons if ls.pk not in self.done_ids), None)


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
    def next_lesson(self) -> LessonPage | None:
        """Where to go next: the resume point if unfinished, else the first not done."""
        resume = self.enrolment.last_lesson if self.enrolment else None
        done = self.modules[0].done_ids if self.modules else set()
        if resume is not None and resume.live and resume.pk not in done:
            return resume
        for outline in self.modules:
            if outline.prerequisites_met and outline.next_lesson:
                return outline.next_lesson
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


def programme_outline(*, user: User, programme: ProgrammePage) -> ProgrammeOutline:
    """Modules, lessons and progress for a programme, in a fixed number of queries."""
    modules = programme_modules(programme)
    lessons = list(
        lessons_live_in(programme).only(
            "id", "title", "slug", "url_path", "path", "depth", "estimated_minutes"
        )
    )
    done = completed_lesson_ids(user=user, within=programme)
    passed = passed_quiz_ids(user=user, within_path=programme.path)
    by_module: dict[str, list[LessonPage]] = {m.path: [] for m in modules}
    for lesson in lessons:
        parent_path = lesson.path[: -ModulePage.steplen]
        if parent_path in by_module:
            by_module[parent_path].append(lesson)
    quizzes: dict[str, list[int]] = {m.path: [] for m in modules}
    for quiz_id, quiz_path in live_quizzes_within(programme.path):
        parent_path = quiz_path[: -ModulePage.steplen]
        if parent_path in quizzes:
            quizzes[parent_path].append(quiz_id)
    outlines = [
        ModuleOutline(
            m,
            by_module[m.path],
            done,
            quiz_ids=quizzes[m.path],
            passed_quiz_ids=passed,
        )
        for m in modules
    ]
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
        if outline and required and not required.is_complete:
            outline.prerequisites_met = False
            outline.missing_prerequisites.append(required.module)


def module_outline(*, user: User, module: ModulePage) -> ModuleOutline:
    """One module's lessons, progress and unmet prerequisites."""
    lessons = list(
        LessonPage.objects.live()
        .child_of(module)
        .order_by("path")
        .only("id", "title", "slug", "url_path", "path", "depth", "estimated_minutes")
    )
    outline = ModuleOutline(
        module,
        lessons,
        completed_lesson_ids(user=user, within=module),
        quiz_ids=[pk for pk, _path in live_quizzes_within(module.path)],
        passed_quiz_ids=passed_quiz_ids(user=user, within_path=module.path),
    )
    missing = module_missing_prerequisites(user=user, module=module)
    outline.missing_prerequisites = missing
    outline.prerequisites_met = not missing
    return outline


def module_missing_prerequisites(*, user: User, module: ModulePage) -> list[ModulePage]:
    """Required earlier modules the user has not finished (two queries)."""
    if not module_prerequisite_ids(module):
        return []  # the usual case, answered from the cache
    required = list(module.prerequisites.live().order_by("path"))
    if not required:
        return []
    paths = Q()
    for req in required:
        paths |= Q(path__startswith=req.path)
    lessons = list(LessonPage.objects.live().filter(paths).values_list("pk", "path"))
    done = (
        set(
            LessonCompletion.objects.filter(
                user=user, lesson_id__in=[pk for pk, _ in lessons]
            ).values_list("lesson_id", flat=True)
        )
        if user.is_authenticated
        else set()
    )
    quizzes = list(QuizPage.objects.live().filter(paths).values_list("pk", "path"))
    passed = (
        set(
            QuizAttempt.objects.filter(
                user=user, passed=True, quiz_id__in=[pk for pk, _ in quizzes]
            ).values_list("quiz_id", flat=True)
        )
        if user.is_authenticated and quizzes
        else set()
    )
    missing = []
    for req in required:
        mine = [pk for pk, path in lessons if path.startswith(req.path)]
        req_quizzes = [pk for pk, path in quizzes if path.startswith(req.path)]
        if (
            not mine
            or any(pk not in done for pk in mine)
            or any(pk not in passed for pk in req_quizzes)
        ):
            missing.append(req)
    return missing


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


def reflection_list(*, owner: User) -> QuerySet[ReflectiveEntry]:
    """The owner's own reflective log, newest first."""
    return ReflectiveEntry.objects.filter(owner=owner).select_related(
        "shared_with", "lesson"
    )


def reflection_draft_for(
    *, user: User, lesson_id: int | None
) -> ReflectiveEntry | None:
    """The user's unfinished entry written after this lesson, if any."""
    if lesson_id is None or not user.is_authenticated:
        return None
    return (
        ReflectiveEntry.objects.filter(owner=user, lesson_id=lesson_id, is_draft=True)
        .order_by("-updated_at")
        .first()
    )


def reflections_shared_with(*, user: User) -> QuerySet[ReflectiveEntry]:
    """Entries other people chose to share with this user (never a draft)."""
    return ReflectiveEntry.objects.filter(
        shared_with=user, is_draft=False
    ).select_related("owner", "lesson")


def reflection_get_for_owner(*, user: User, pk: int) -> ReflectiveEntry:
    """The owner's entry, or 404 for anyone else's (never reveal that it exists)."""
    entry = ReflectiveEntry.objects.filter(pk=pk, owner=user).first()
    if entry is None:
        raise Http404
    return entry


def reflection_get_shared(*, user: User, pk: int) -> ReflectiveEntry:
    """An entry shared with this user, or 404."""
    entry = (
        ReflectiveEntry.objects.filter(pk=pk, shared_with=user, is_draft=False)
        .select_related("owner", "lesson")
        .first()
    )
    if entry is None:
        raise Http404
    return entry


def reflection_share_candidates(*, user: User) -> QuerySet[User]:
    """Trainers and supervisors of the user's cohorts: whom they may share with."""
    cohorts = Cohort.objects.filter(enrolments__user=user)
    return (
        User.objects.filter(
            Q(cohorts_training__in=cohorts) | Q(cohorts_supervising__in=cohorts),
            is_active=True,
        )
        .exclude(pk=user.pk)
        .distinct()
        .order_by("full_name")
    )


def teams_for_member(*, user: User) -> QuerySet[Team]:
    """Teams the user belongs to."""
    return Team.objects.filter(members=user).select_related("organisation")


def cohort_by_token(token: str) -> Cohort | None:
    """An open cohort from its invite token."""
    return (
        Cohort.objects.filter(invite_token=token, is_open=True)
        .select_related("programme", "organisation")
        .first()
    )


def users_with_ids(ids: Iterable[int]) -> QuerySet[User]:
    """Users by primary key."""
    return User.objects.filter(pk__in=list(ids))


def id_from(value) -> int | None:
    """A database id from a request parameter, or None when it cannot be one (not
    plain digits, or too big for the database to hold)."""
    return whole_number(value or "", maximum=2**31 - 1) or None
