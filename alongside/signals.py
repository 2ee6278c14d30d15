"""Signals between the apps. Senders pass ids, never model instances, so receivers can
hand them straight to Celery tasks. Receivers connect in their AppConfig.ready()."""

from django.dispatch import Signal

# A trainer marked someone's written work (a free-text scenario answer, or the essay
# answers of a quiz attempt): user_id (the learner), title (what was marked), url
# (site-relative, where the learner reads the marks), key (unique per marking).
work_marked = Signal()
# A trainer gave or changed a mark (every time, first marks and changes alike):
# marker_id, user_id (the learner), title (what was marked), detail (a short summary
# of the mark, such as "75%" or "7 of 10, passed"), key (what was marked, for the log).
mark_given = Signal()
# A certificate was issued: certificate_id, user_id.
certificate_issued = Signal()
# A certificate expires soon: certificate_id, user_id, days_left.
certificate_expiring = Signal()
# A practice or supervision entry awaits countersigning:
# entry_id, supervisor_id, user_id, request_id (the ledger event that asked: one
# notification for each time the entry is made or changed).
countersign_requested = Signal()
# A supervisor countersigned or returned a practice or supervision entry: user_id
# (the trainee), title and body (what to tell them, without the comment itself),
# url (site-relative, the entry), key (unique per decision).
ledger_entry_decided = Signal()
# A live awareness session ended: session_id, course_id, attendee_ids (users marked
# present who completed the course with it, not those who had already done it),
# title (course title), held_on (datetime.date), minutes (how long the session ran,
# from start to end), organisation_id. Certificates issues one attendance
# certificate per attendee, idempotently, keyed on (session_id, user), without
# importing lms.awareness.
awareness_session_ended = Signal()
# Someone finished the awareness course on their own: completion_id, user_id,
# course_id, title (course title), completed_on (datetime.date), minutes (the time
# they actually spent on its sections, measured on the server), organisation_id (of
# their team, or None). Certificates issues one certificate of completion per person
# and course, idempotently.
awareness_course_completed = Signal()
