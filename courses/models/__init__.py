"""The authored page tree (programme → course → module → lesson), the directory and
the records of content reviews. Every model is importable from ``courses.models``."""

from .directory import (  # noqa: F401
    CHECK_EVERY_DAYS,
    NATIONS,
    Signpost,
    SignpostCategory,
    SignpostVerification,
)
from .pages import (  # noqa: F401
    CachedViewRestrictionsMixin,
    ChildrenChooseTheirParentMixin,
    CoursePage,
    HomePage,
    LessonPage,
    ModuleContentTag,
    ModulePage,
    OrganisationIndexPage,
    ProgrammePage,
)
from .reviews import (  # noqa: F401
    ClinicalReviewTask,
    ContentReview,
    ReviewOutcome,
)
