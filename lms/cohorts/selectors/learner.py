"""What a learner in a cohort sees: notifications, email choices, feedback sent."""

from django.db.models import QuerySet

from ..models import (
    FeedbackSubmission,
    Notification,
    NotificationPreference,
)


def notifications_for(user) -> QuerySet[Notification]:
    """The person's notifications, newest first."""
    return Notification.objects.filter(user=user)


def unread_count(user) -> int:
    """How many notifications the person has not read."""
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def emails_off(user_id: int) -> set[str]:
    """Kinds of email this person has turned off."""
    pref = NotificationPreference.objects.filter(user_id=user_id).first()
    return set(pref.emails_off) if pref else set()


def feedback_sent(*, user, page) -> bool:
    """Whether this person has already sent this feedback form."""
    return FeedbackSubmission.objects.filter(page=page, user=user).exists()
