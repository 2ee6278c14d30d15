"""The short staff-awareness course, its learners' progress, teams' records and
live sessions: one module per concern, every name importable from here (migrations
name ``lms.awareness.models._session_code``)."""

from .course import (  # noqa: F401
    MAX_MINUTES,
    MIN_MINUTES,
    MINIMUM_SHARE,
    PUBLISHING_ACTIONS,
    SECTION_CAP_FACTOR,
    AwarenessCourseForm,
    AwarenessCoursePage,
    course_check_publishable,
    sections_total_minutes,
    timing_error,
)
from .live import (  # noqa: F401
    Attendance,
    LiveSession,
    RegisterRemoval,
    _session_code,
)
from .lti import (  # noqa: F401
    LtiCourseLaunch,
)
from .people import (  # noqa: F401
    PendingImport,
    StaffProfile,
    TeamInvitation,
    TeamReminder,
)
from .progress import (  # noqa: F401
    Completion,
    CourseProgress,
)
