"""Writes for the staff-awareness course, by concern:

- ``course``: taking the course alone: sections, the knowledge check, completion;
- ``teams``: teams, spreadsheet enrolment, invitations and people's own staff numbers;
- ``live``: live sessions run by a team lead: start, move, join, register, end;
- ``reminders``: "remind those not done", at most once a day.
"""

from .course import (  # noqa: F401
    AwarenessError,
    check_passes,
    check_submit,
    completion_record,
    completion_record_once,
    section_complete,
    section_open,
)
from .live import (  # noqa: F401
    live_session_end,
    live_session_join,
    live_session_move,
    live_session_start,
    register_update,
    session_minutes,
)
from .reminders import REMINDER_INTERVAL, reminders_send, team_remind  # noqa: F401
from .teams import (  # noqa: F401
    IMPORT_HEADERS,
    IMPORT_OPTIONAL,
    INVITE_BATCH,
    ImportPreview,
    ImportResult,
    PreviewRow,
    enrolment_import,
    enrolment_preview,
    invites_queue,
    invites_send,
    pending_import_create,
    staff_record_update,
    team_create,
    team_invitation_answer,
    team_invitations_queue,
    team_invitations_send,
)
