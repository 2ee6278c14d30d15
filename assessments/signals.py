"""The one signal that carries assessment events to the layers above.

``activity_completed`` is sent (after the transaction commits) when a learner passes a
quiz or a branching scenario, or a free-text answer is marked as passed. Layers above
(progress, accreditation) listen to it; assessments never imports them.
Arguments: ``user_id`` and ``page_id`` (the quiz or scenario page).

``activity_awaiting_marking`` is sent (after commit) when a learner's quiz attempt
is sent and waits for a trainer to mark part of it; same arguments. Progress counts
it as done for opening the next module; a certificate still waits for the mark.

``attempt_allowed`` is sent (after commit) when a trainer allows a learner another
attempt at a quiz after they used the last one: ``user_id`` (the learner),
``granted_by_id``, ``quiz_id``, ``title`` (the quiz's), ``allowance_id``. The audit
log records it.
"""

from django.dispatch import Signal

activity_completed = Signal()
activity_awaiting_marking = Signal()
attempt_allowed = Signal()
