"""Views of the staff-awareness course, by concern: ``course`` (taking it alone),
``teams`` (teams, reports, enrolment, invitations, staff records), ``live``
(presenting, joining, registers)."""

from .course import check_view, done_view, section_view  # noqa: F401
from .live import (  # noqa: F401
    present,
    session_end,
    session_join,
    session_move,
    session_notes,
    session_register,
    session_register_csv,
    session_start,
    session_summary,
)
from .teams import (  # noqa: F401
    enrol_confirm,
    enrol_upload,
    invitation,
    staff_record,
    team_create,
    team_detail,
    team_list,
    team_remind,
    team_report,
    team_report_csv,
)
