"""People, organisations, cohorts, progress, the reflective log and the audit log.

One module per concern; every model is importable from ``lms.models`` (migrations
name ``lms.models._join_code`` and ``lms.models._invite_token``)."""

from .accounts import (  # noqa: F401
    User,
    UserManager,
)
from .audit import (  # noqa: F401
    AuditEvent,
)
from .organisations import (  # noqa: F401
    Cohort,
    Organisation,
    Team,
    _invite_token,
    _join_code,
)
from .progress import (  # noqa: F401
    ContentNoteChoice,
    Enrolment,
    LessonCompletion,
    ModuleCompletion,
)
from .reflections import (  # noqa: F401
    REFLECTION_MAX_CHARACTERS,
    ReflectiveEntry,
)
