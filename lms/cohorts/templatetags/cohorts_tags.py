"""Template helpers for cohort pages and the notifications count in the header."""

from django import template

from ..selectors import STATUS_LABELS, unread_count

register = template.Library()


@register.filter
def status_label(value: str) -> str:
    return STATUS_LABELS.get(value, value)


@register.filter
def fact_label(name: str) -> str:
    """A registered fact's name as a column heading ("practice_hours" → "Practice
    hours")."""
    return name.replace("_", " ").capitalize()


@register.filter
def percent(value) -> str:
    return "" if value is None else f"{round(float(value) * 100)}%"


@register.simple_tag(takes_context=True)
def notifications_unread(context) -> int:
    """Unread notifications of the signed-in person (one query, once per page)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    cached = getattr(request, "_unread_notifications", None)
    if cached is None:
        cached = unread_count(user)
        request._unread_notifications = cached
    return cached


@register.filter
def get_index(sequence, index):
    """sequence[index], or None."""
    try:
        return sequence[index]
    except (IndexError, TypeError):
        return None
