"""The one signal that carries assessment events to the layers above.

``activity_completed`` is sent (after the transaction commits) when a learner passes a
quiz or a branching scenario, or a free-text answer is marked as passed. Layers above
(progress, accreditation) listen to it; assessments never imports them.
Arguments: ``user_id`` and ``page_id`` (the quiz or scenario page).
"""

from django.dispatch import Signal

activity_completed = Signal()
