"""Leaving a form part-way ("Take a break", "Get support"): save first, then go.

On a page with a learner's form, those buttons submit the form itself with one of
these actions (so they work without JavaScript); the form's view saves what was
typed, says what it saved, then sends the person on with ``after_saving``.
The break and support pages are named by the project's settings
(``LEAVING_BREAK_URL`` and ``LEAVING_SUPPORT_URL``, URL names), not here.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

BREAK = "break"
SUPPORT = "support"
LEAVING_ACTIONS = frozenset({BREAK, SUPPORT})


def after_saving(action: str, back_url: str, *, lesson_id: int | None = None):
    """Where to go once the form is saved: the break page (with a way back, and the
    lesson whose place was kept, if any), the support page, or back to the form."""
    if action == BREAK:
        params = {"back": back_url}
        if lesson_id is not None:
            params["lesson"] = lesson_id
        query = urlencode(params)
        return redirect(f"{reverse(settings.LEAVING_BREAK_URL)}?{query}")
    if action == SUPPORT:
        return redirect(settings.LEAVING_SUPPORT_URL)
    return redirect(back_url)
