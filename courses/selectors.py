"""Read-only queries over authored content, used by the layers above."""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from lms.cache import versioned_get_or_set

from .models import (
    NATIONS,
    CoursePage,
    LessonPage,
    ModulePage,
    ProgrammePage,
    Signpost,
)


@dataclass(frozen=True)
class LessonPlace:
    """Where a lesson sits: its module, course and programme, and its neighbours."""

    lesson: LessonPage
    module: ModulePage
    course: CoursePage
    programme: ProgrammePage
    module_lessons: list[LessonPage]
    previous: LessonPage | None
    next: LessonPage | None
    course_lesson_count: int = 0

    @property
    def position(self) -> int:
        """1-based position of the lesson in its module."""
        return [lesson.pk for lesson in self.module_lessons].index(self.lesson.pk) + 1


def programme_list() -> QuerySet[ProgrammePage]:
    """Live, public programmes in tree order."""
    return ProgrammePage.objects.live().public().order_by("path")


def _ancestor(model, page: Page):
    return model.objects.ancestor_of(page).first()


def programme_of(page: Page) -> ProgrammePage | None:
    """The programme a page belongs to (or the page itself)."""
    if isinstance(page, ProgrammePage):
        return page
    return _ancestor(ProgrammePage, page)


def lessons_live_in(page: Page) -> QuerySet[LessonPage]:
    """Live lessons anywhere below a page, in reading order."""
    return LessonPage.objects.live().descendant_of(page).order_by("path")


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of pages with a view restriction, and of alias pages: the only
    places where Wagtail's privacy check can find something."""
    return versioned_get_or_set(
        "restricted-paths",
        lambda: (
            *PageViewRestriction.objects.values_list("page__path", flat=True),
            *Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True),
        ),
    )


def page_for_url_path(*, root: Page, path_components: list[str]):
    """The deepest page under `root` whose URL path starts the request's path, and
    the components left for it to route (from the cache; two queries on a miss).

    Returns (page, remaining_components) or (None, path_components).
    """
    prefixes = [root.url_path]
    for n in range(1, len(path_components) + 1):
        prefixes.append(root.url_path + "/".join(path_components[:n]) + "/")
    found = versioned_get_or_set(
        f"route:{prefixes[-1]}",
        lambda: (
            (
                Page.objects.filter(url_path__in=prefixes, path__startswith=root.path)
                .order_by("-depth")
                .values_list("pk", "content_type_id", "depth")
                .first()
            )
            or ()
        ),
    )
    if not found:
        return None, path_components
    pk, content_type_id, depth = found
    model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
    page = versioned_get_or_set(f"page:{pk}", model.objects.filter(pk=pk).first)
    if page is None:
        return None, path_components
    return page, path_components[depth - root.depth :]


def module_and_programme_of(
    page: Page,
) -> tuple[ModulePage | None, ProgrammePage | None]:
    """The module an activity (quiz, scenario) sits in, and that module's programme,
    cached until content changes."""

    def build():
        module = ModulePage.objects.parent_of(page).first()
        return module, programme_of(module) if module else None

    return versioned_get_or_set(f"activity-place:{page.pk}", build)


def lesson_place(lesson: LessonPage) -> LessonPlace:
    """A lesson's module, course, programme and neighbours, cached until content
    changes."""
    cached = versioned_get_or_set(
        f"place:{lesson.pk}", lambda: _lesson_place_uncached(lesson)
    )
    module, course, programme, siblings, course_count = cached
    ids = [s.pk for s in siblings]
    index = ids.index(lesson.pk) if lesson.pk in ids else -1
    return LessonPlace(
        lesson=lesson,
        module=module,
        course=course,
        programme=programme,
        module_lessons=siblings,
        previous=siblings[index - 1] if index > 0 else None,
        next=siblings[index + 1] if 0 <= index < len(siblings) - 1 else None,
        course_lesson_count=course_count,
    )


def _lesson_place_uncached(lesson: LessonPage):
    ancestors = {
        type(p): p
        for p in Page.objects.ancestor_of(lesson)
        .filter(depth__gte=lesson.depth - 3)
        .specific()
    }
    module = ancestors[ModulePage]
    siblings = list(
        LessonPage.objects.live()
        .child_of(module)
        .order_by("path")
        .only("id", "title", "slug", "url_path", "path", "depth", "estimated_minutes")
    )
    course = ancestors[CoursePage]
    return (
        module,
        course,
        ancestors[ProgrammePage],
        siblings,
        lessons_live_in(course).count(),
    )


def programme_modules(programme: ProgrammePage) -> list[ModulePage]:
    """Live modules of a programme, in order."""
    return list(ModulePage.objects.live().descendant_of(programme).order_by("path"))


def module_prerequisite_ids(module: ModulePage) -> list[int]:
    """Ids of the modules to finish before this one (cached until content changes)."""
    return versioned_get_or_set(
        f"prerequisites:{module.pk}",
        lambda: list(module.prerequisites.live().values_list("pk", flat=True)),
    )


def modules_due_for_review(within_days: int = 30) -> QuerySet[ModulePage]:
    """Modules whose next review is due within the given number of days, or overdue."""
    horizon = timezone.localdate() + datetime.timedelta(days=within_days)
    return ModulePage.objects.filter(
        Q(next_review__lte=horizon) | Q(next_review__isnull=True)
    ).order_by("next_review", "path")


def support_signposts(nation: str = "") -> list[Signpost]:
    """Crisis and urgent entries for the support panel, for one nation or all."""
    entries = versioned_get_or_set(
        "support-panel", lambda: list(Signpost.objects.filter(is_crisis=True))
    )
    if nation in dict(NATIONS):
        return [e for e in entries if nation in e.nations]
    return entries


def signpost_directory() -> QuerySet[Signpost]:
    """The whole directory, in display order."""
    return Signpost.objects.all()
