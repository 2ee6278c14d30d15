"""Guessing join codes is slowed down, by client address and by account.

Team and live-session codes are short enough to type off a shared screen, so each
code that matches nothing counts against the address it came from (read through
``client_ip``, behind the trusted proxies) and against the account that typed it.
Only codes that match nothing count: a room full of people joining on the
hospital's one address is never held back. Both join forms share the budget.
"""

from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage

GROUP = "join-codes"
# Wrong codes allowed in ten minutes: a whole room's typos from one address, a
# handful from one account. At these rates an 8-character code (32 ** 8 of them)
# would take thousands of years to find.
LIMITS = (("ip", "40/10m"), ("user", "10/10m"))

PAUSED_MESSAGE = _(
    "That is a lot of codes in a short time, so we have paused joining for a few "
    "minutes. Please check the code with the person who shared it, and try again "
    "in 10 minutes."
)


def _usages(request, *, increment: bool) -> list[dict]:
    usages = [
        get_usage(request, group=GROUP, key=key, rate=rate, increment=increment)
        for key, rate in LIMITS
    ]
    return [usage for usage in usages if usage is not None]


def join_code_paused(request) -> bool:
    """Whether this address or account has used up its wrong codes for now."""
    return any(
        usage["count"] >= usage["limit"] for usage in _usages(request, increment=False)
    )


def join_code_wrong(request) -> None:
    """Count a code that matched nothing, for the address and the account."""
    _usages(request, increment=True)
