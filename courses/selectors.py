"""Read-only queries over authored content, used by the layers above."""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, PageViewRestriction, Workflow

from alongside.cache import versioned_get_or_set

from .models import (
    CHECK_EVERY_DAYS,
    NATIONS,
    ClinicalReviewTask,
    ContentReview,
    CoursePage,
    LessonPage,
    ModulePage,
    ProgrammePage,
    ReviewOutcome,
    Signpost,
    SignpostVerification,
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


@dataclass(frozen=True)
class ModuleReviewStatus:
    """Where a module's review stands, for trainers."""

    state: str  # "reviewed", "outdated" or "not_reviewed"
    review: ContentReview | None  # the approved review of the live version, if any
    latest: ContentReview | None  # the most recent review of any version

    @property
    def label(self) -> str:
        if self.state == "reviewed":
            return str(_("Reviewed on %(date)s by %(name)s (%(role)s)")) % {
                "date": f"{timezone.localtime(self.review.reviewed_at):%-d %B %Y}",
                "name": self.review.reviewer_name,
                "role": self.review.reviewer_role,
            }
        if self.state == "outdated":
            return str(_("Reviewed version is older than the live one"))
        return str(_("Not yet reviewed"))


def clinical_review_workflow() -> Workflow | None:
    """The active workflow with an active clinical review task (made by a data
    migration and by roles_sync)."""
    return (
        Workflow.objects.filter(
            active=True,
            workflow_tasks__task__in=ClinicalReviewTask.objects.filter(active=True),
        )
        .order_by("pk")
        .first()
    )


def module_needs_clinical_review(module: Page) -> bool:
    """True when the module is flagged clinical in its saved row or in its latest
    draft, so unticking the flag is reviewed too."""
    if getattr(module, "is_clinical", False):
        return True
    if not module.pk:
        return False
    row = ModulePage.objects.filter(pk=module.pk).values_list("is_clinical", flat=True)
    if any(row):
        return True
    revision = module.get_latest_revision()
    return bool(revision and revision.content.get("is_clinical"))


def _changed_below_since(module: ModulePage, moment) -> bool:
    """True when a lesson or activity in the module was published after ``moment``."""
    return (
        Page.objects.descendant_of(module).filter(last_published_at__gt=moment).exists()
    )


def module_review_stamp(
    module: ModulePage, reviews: list[ContentReview] | None = None
) -> ContentReview | None:
    """The approved review of exactly the version learners read, if there is one.

    The stamp holds only for the live revision the reviewer approved, and only while
    nothing in the module (a lesson, a quiz) has been published since the review.
    ``reviews``, the module's reviews newest first, saves the query for a list.
    """
    if not module.live_revision_id:
        return None
    if reviews is None:
        reviews = ContentReview.objects.filter(
            module_id=module.pk,
            revision_id=module.live_revision_id,
            outcome=ReviewOutcome.APPROVED,
        ).order_by("-reviewed_at", "-pk")[:1]
    review = next(
        (
            r
            for r in reviews
            if r.revision_id == module.live_revision_id
            and r.outcome == ReviewOutcome.APPROVED
        ),
        None,
    )
    if review is None or _changed_below_since(module, review.reviewed_at):
        return None
    return review


def module_review_status(
    module: ModulePage, reviews: list[ContentReview] | None = None
) -> ModuleReviewStatus:
    """ "Reviewed", "outdated" (only an older version was approved) or not reviewed.

    Without ``reviews`` the module is read again, so a draft passed in is judged by
    its live state; with them (newest first), ``module`` must be the live row."""
    if reviews is None:
        module = ModulePage.objects.get(pk=module.pk)
        reviews = list(ContentReview.objects.filter(module_id=module.pk))
    stamp = module_review_stamp(module, reviews)
    latest = reviews[0] if reviews else None
    if stamp is not None:
        return ModuleReviewStatus("reviewed", stamp, latest)
    if any(r.outcome == ReviewOutcome.APPROVED for r in reviews):
        return ModuleReviewStatus("outdated", None, latest)
    return ModuleReviewStatus("not_reviewed", None, latest)


def module_reviews(module: ModulePage) -> QuerySet[ContentReview]:
    """Every review of the module, newest first."""
    return ContentReview.objects.filter(module_id=module.pk).order_by(
        "-reviewed_at", "-pk"
    )


@dataclass(frozen=True)
class ReviewDueItem:
    """One row of the review-due report: a module or a directory entry."""

    kind: str
    title: str
    edit_url: str
    status: str
    since: datetime.date | None = None


def review_due_items() -> list[ReviewDueItem]:
    """Every module whose live version has no approved review (or one older than a
    year), then every directory entry not verified within 12 months."""
    from wagtail.admin.admin_url_finder import AdminURLFinder

    cutoff = timezone.now() - datetime.timedelta(days=CHECK_EVERY_DAYS)
    items = []
    modules = list(ModulePage.objects.order_by("path"))
    reviews: dict[int, list[ContentReview]] = {m.pk: [] for m in modules}
    for review in ContentReview.objects.filter(module_id__in=reviews).order_by(
        "-reviewed_at", "-pk"
    ):
        reviews[review.module_id].append(review)
    for module in modules:
        stamp = module_review_stamp(module, reviews[module.pk])
        if stamp is not None and stamp.reviewed_at >= cutoff:
            continue
        if stamp is not None:
            status = str(_("Reviewed over a year ago"))
        else:
            status = module_review_status(module, reviews[module.pk]).label
        items.append(
            ReviewDueItem(
                kind=str(_("Module")),
                title=f"{module.code} {module.title}".strip(),
                edit_url=reverse("wagtailadmin_pages:edit", args=[module.pk]),
                status=status,
                since=timezone.localtime(stamp.reviewed_at).date() if stamp else None,
            )
        )
    finder = AdminURLFinder()
    for entry in signposts_with_checks():
        if not entry.needs_checking:
            continue
        check = entry.latest_check
        items.append(
            ReviewDueItem(
                kind=str(_("Directory entry")),
                title=entry.name,
                edit_url=finder.get_edit_url(entry) or "",
                status=entry.last_checked_label
                if check is None
                else str(_("Last verified over 12 months ago")),
                since=check.checked_on if check else None,
            )
        )
    return items


def signposts_with_checks() -> QuerySet[Signpost]:
    """The directory with each entry's checks, newest first, in one more query."""
    return Signpost.objects.prefetch_related(
        Prefetch(
            "verifications",
            queryset=SignpostVerification.objects.order_by("-checked_on", "-pk"),
        )
    )


def signpost_checks(signpost: Signpost) -> QuerySet[SignpostVerification]:
    """Every check of one entry, newest first."""
    return SignpostVerification.objects.filter(signpost=signpost).order_by(
        "-checked_on", "-pk"
    )


def support_signposts(nation: str = "") -> list[Signpost]:
    """Crisis and urgent entries for the support panel, for one nation or all."""
    entries = versioned_get_or_set(
        "support-panel", lambda: list(Signpost.objects.filter(is_crisis=True))
    )
    if nation in dict(NATIONS):
        return [e for e in entries if nation in e.nations]
    return entries
