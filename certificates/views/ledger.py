"""The practice ledger: entries, and countersigning for supervisors."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from alongside.leaving import LEAVING_ACTIONS, after_saving

from .. import selectors, services
from ..forms import DecisionForm, LedgerEntryForm
from ..models import LedgerEntry


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


@login_required
def ledger(request):
    """The trainee's practice and supervision entries, and the supervisor's queue."""
    return render(
        request,
        "certificates/ledger/list.html",
        {
            "entries": selectors.ledger_for_trainee(user=request.user),
            "awaiting_me": selectors.ledger_awaiting_countersign(
                supervisor=request.user
            ).count(),
            "can_record": selectors.ledger_programmes(user=request.user).exists(),
            **_supervisor_context(request.user),
        },
    )


def _supervisor_context(user) -> dict:
    """Whether the trainee has a supervisor to choose and, if not, who assigns one."""
    has_supervisors = selectors.ledger_supervisor_candidates(user=user).exists()
    return {
        "has_supervisors": has_supervisors,
        "supervisor_help": (
            None if has_supervisors else selectors.ledger_supervisor_help(user=user)
        ),
    }


# "Take a break" or "Get support" from the practice form: what was typed is kept in
# the person's session (it is not an entry yet, so nobody is asked to countersign it)
# and put back in the form when they return.
_DRAFT_KEY = "alongside_ledger_draft:{}"


def _leaving(request) -> bool:
    return request.method == "POST" and request.POST.get("action") in LEAVING_ACTIONS


def _keep_typed(request, form_fields, key):
    request.session[_DRAFT_KEY.format(key)] = {
        name: str(request.POST.get(name, ""))[:20000]
        for name in form_fields
        if name in request.POST
    }
    messages.success(
        request,
        _(
            "What you typed is kept here for when you come back. It has not been "
            "sent to your supervisor yet."
        ),
    )
    return after_saving(request.POST["action"], request.path)


def _typed_before(request, key) -> dict | None:
    return request.session.get(_DRAFT_KEY.format(key))


def _forget_typed(request, key) -> None:
    request.session.pop(_DRAFT_KEY.format(key), None)


@login_required
@require_http_methods(["GET", "POST"])
def ledger_entry_create(request):
    """Record practice or a supervision session."""
    if not selectors.ledger_programmes(user=request.user).exists():
        raise PermissionDenied
    context = _supervisor_context(request.user)
    if not context["has_supervisors"]:
        # No supervisor to name yet: say plainly who will assign one.
        return render(request, "certificates/ledger/no_supervisor.html", context)
    fields = list(LedgerEntryForm.base_fields)
    if _leaving(request):
        return _keep_typed(request, fields, "new")
    form = LedgerEntryForm(
        request.POST or None,
        initial=_typed_before(request, "new"),
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.ledger_entry_create(trainee=request.user, **data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            _forget_typed(request, "new")
            messages.success(
                request, _("Saved. Your supervisor has been asked to countersign it.")
            )
            return redirect("certificates:ledger")
    return render(
        request,
        "certificates/ledger/form.html",
        {"form": form, "save_form": "ledger-form"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def ledger_entry_edit(request, pk: int):
    """Change an entry of one's own that is not countersigned yet."""
    entry = selectors.ledger_entry_for_trainee(user=request.user, pk=pk)
    if entry is None:
        raise Http404
    fields = list(LedgerEntryForm.base_fields)
    if entry.is_editable and _leaving(request):
        return _keep_typed(request, fields, entry.pk)
    form = LedgerEntryForm(
        request.POST or None,
        instance=entry,
        initial=_typed_before(request, entry.pk),
        user=request.user,
    )
    if not entry.is_editable:
        form = None
    elif request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in form.changed_data}
        # The form has already written to the instance; the service re-reads it.
        try:
            services.ledger_entry_update(entry=entry, actor=request.user, **fields)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            _forget_typed(request, entry.pk)
            messages.success(request, _("Saved and sent back to your supervisor."))
            return redirect("certificates:ledger")
    return render(
        request,
        "certificates/ledger/form.html",
        {
            "form": form,
            "entry": entry,
            "events": entry.events.all(),
            "save_form": "ledger-form" if form is not None else None,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def ledger_entry_withdraw(request, pk: int):
    """Take back an entry of one's own that is not countersigned yet (asked first)."""
    entry = selectors.ledger_entry_for_trainee(user=request.user, pk=pk)
    if entry is None:
        raise Http404
    if not entry.is_editable:
        messages.info(request, _("This entry can no longer be withdrawn."))
        return redirect("certificates:ledger_edit", pk=entry.pk)
    if request.method == "POST":
        try:
            services.ledger_entry_withdraw(entry=entry, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _(
                    "Withdrawn. Your supervisor is no longer asked to countersign it; "
                    "it stays in your history."
                ),
            )
        return redirect("certificates:ledger")
    return render(request, "certificates/ledger/withdraw.html", {"entry": entry})


@login_required
def countersign_queue(request):
    """Entries that name this person as supervisor and wait for them."""
    entries = selectors.ledger_awaiting_countersign(supervisor=request.user)
    if not (selectors.is_supervisor(request.user) or entries.exists()):
        raise PermissionDenied
    return render(request, "certificates/ledger/queue.html", {"entries": entries})


@login_required
def countersign_history(request):
    """What this supervisor countersigned or returned, newest first, with undo for
    the last few minutes."""
    decisions = list(selectors.supervisor_decisions(supervisor=request.user)[:200])
    if not (selectors.is_supervisor(request.user) or decisions):
        raise PermissionDenied
    rows, seen = [], set()
    for event in decisions:
        entry = event.entry
        undoable = (
            entry.pk not in seen
            and event.action != event.Action.UNDONE
            and entry.status == event.action
            and selectors.ledger_decision_undoable(entry=entry, supervisor=request.user)
        )
        seen.add(entry.pk)
        rows.append({"event": event, "entry": entry, "undoable": undoable})
    return render(
        request,
        "certificates/ledger/history.html",
        {
            "rows": rows,
            "window_minutes": services.LEDGER_UNDO_WINDOW.seconds // 60,
        },
    )


@require_POST
@login_required
def countersign_undo(request, pk: int):
    """Take back a countersignature or return, within the undo window."""
    entry = selectors.ledger_entry_for_supervisor(supervisor=request.user, pk=pk)
    if entry is None:
        raise Http404
    try:
        services.ledger_decision_undo(entry=entry, supervisor=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("certificates:countersign_history")
    messages.success(
        request,
        _("Undone. The entry is waiting for you again, and the change is recorded."),
    )
    return redirect("certificates:countersign", entry.pk)


def _decision_form_again(request, seen: str) -> DecisionForm:
    """The supervisor's decision and comment as typed, for the entry as it is now."""
    data = request.POST.copy()
    data["seen"] = seen
    form = DecisionForm(data)
    form.is_valid()
    return form


@login_required
@require_http_methods(["GET", "POST"])
def countersign_entry(request, pk: int):
    """Countersign an entry, or return it with a comment, as it was shown."""
    entry = selectors.ledger_entry_for_supervisor(supervisor=request.user, pk=pk)
    if entry is None:
        raise Http404
    seen = selectors.ledger_entry_fingerprint(entry)
    form = DecisionForm(request.POST or None, initial={"seen": seen})
    if entry.status != LedgerEntry.Status.AWAITING:
        form = None
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        decide = (
            services.ledger_entry_countersign
            if data["decision"] == "countersign"
            else services.ledger_entry_return
        )
        try:
            decide(
                entry=entry,
                supervisor=request.user,
                comment=data["comment"],
                seen=data["seen"],
            )
        except ValidationError as error:
            if error.code == services.LEDGER_ENTRY_CHANGED:
                form = _decision_form_again(request, seen)
            _add_errors(form, error)
        else:
            messages.success(
                request,
                (
                    _("Countersigned. Thank you.")
                    if data["decision"] == "countersign"
                    else _("Returned with your comment.")
                )
                + " "
                + _(
                    "Changed your mind? You can undo it for %(minutes)d minutes "
                    "from your history."
                )
                % {"minutes": services.LEDGER_UNDO_WINDOW.seconds // 60},
            )
            return redirect("certificates:countersign_queue")
    elif request.method == "POST" and form.has_error("seen"):
        form = _decision_form_again(request, seen)
        form.add_error(None, _("This entry changed; look again."))
    return render(
        request,
        "certificates/ledger/decide.html",
        {"entry": entry, "form": form, "events": entry.events.all()},
    )
