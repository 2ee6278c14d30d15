"""Signal receivers: each hands ids to a task once the sender's transaction commits."""

from django.db import transaction

from . import tasks


def on_work_marked(sender, *, user_id, title, url, key, **kwargs):
    transaction.on_commit(
        lambda: tasks.work_marked_notify_task.delay(
            user_id=user_id, title=title, url=url, key=key
        )
    )


def on_certificate_issued(sender, *, certificate_id, user_id, **kwargs):
    transaction.on_commit(
        lambda: tasks.certificate_issued_notify_task.delay(
            certificate_id=certificate_id, user_id=user_id
        )
    )


def on_certificate_expiring(sender, *, certificate_id, user_id, days_left, **kwargs):
    transaction.on_commit(
        lambda: tasks.certificate_expiring_notify_task.delay(
            certificate_id=certificate_id, user_id=user_id, days_left=days_left
        )
    )


def on_countersign_requested(
    sender, *, entry_id, supervisor_id, user_id, request_id=None, **kwargs
):
    transaction.on_commit(
        lambda: tasks.countersign_requested_notify_task.delay(
            entry_id=entry_id,
            supervisor_id=supervisor_id,
            user_id=user_id,
            request_id=request_id,
        )
    )


def on_ledger_entry_decided(sender, *, user_id, title, body, url, key, **kwargs):
    transaction.on_commit(
        lambda: tasks.ledger_decision_notify_task.delay(
            user_id=user_id, title=title, body=body, url=url, key=key
        )
    )
