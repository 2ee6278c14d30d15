"""Background emails for the staff-awareness course; each task calls a service."""

from celery import shared_task


@shared_task(
    acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5
)
def invites_send_task(*, user_ids: list[int], invited_by_id: int | None = None) -> int:
    """Invite newly enrolled staff; people who have set a password are skipped."""
    from .services import invites_send

    return invites_send(user_ids=user_ids, invited_by_id=invited_by_id)


@shared_task(
    acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5
)
def reminders_send_task(*, user_ids: list[int], course_id: int, team_id: int) -> int:
    """Remind team members who have not finished; those who have are skipped."""
    from .services import reminders_send

    return reminders_send(user_ids=user_ids, course_id=course_id, team_id=team_id)


@shared_task(
    acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5
)
def team_invitations_send_task(*, invitation_ids: list[int]) -> int:
    """Ask people who already have an account to join a team; answered ones skipped."""
    from .services import team_invitations_send

    return team_invitations_send(invitation_ids=invitation_ids)


@shared_task(
    acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5
)
def lti_scores_send_task(*, user_id: int, course_id: int) -> int:
    """Send a completion and score back to the LMSs that launched the course."""
    from .lti import lti_scores_send

    return lti_scores_send(user_id=user_id, course_id=course_id)
