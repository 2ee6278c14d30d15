"""Leaving a form part-way ("Take a break", "Get support"): save first, then go.

On a page with a learner's form, those buttons submit the form itself with one of
these actions (so they work without JavaScript); the form's view saves what was
typed, says what it saved, then sends the person on with ``after_saving``.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

BREAK = "break"
SUPPORT = "support"
LEAVING_ACTIONS = frozenset({BREAK, SUPPORT})


def after_saving(action: str, back_url: str):
    """Where to go once the form is saved: the break page (with a way back), the
    support page, or back to the form."""
    if action == BREAK:
        query = urlencode({"back": back_url})
        return redirect(f"{reverse('lms:take_a_break')}?{query}")
    if action == SUPPORT:
        return redirect("lms:support")
    return redirect(back_url)
