"""Thin views: the ledger, countersigning, certificates and public verification."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_ratelimit.decorators import ratelimit

from alongside.csvsafe import csv_safe_row
from alongside.leaving import LEAVING_ACTIONS, after_saving

from . import cpd, credentials, did, selectors, services, status_lists
from .forms import CpdReflectionForm, DecisionForm, LedgerEntryForm, VerifyForm
from .models import Certificate, CpdReflection, LedgerEntry
from .pdf import certificate_lines, certificate_pdf, verification_url

VERIFY_RATE = "30/m"


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


# The trainee's ledger


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


# The holder's certificates


@login_required
def my_certificates(request):
    """Every certificate the person holds, with links to share and download."""
    certificates = [
        (certificate, verification_url(certificate))
        for certificate in selectors.certificates_of(request.user)
    ]
    return render(request, "certificates/mine.html", {"certificates": certificates})


# Public verification: no account needed, rate-limited.


def rate_limited(request, exception=None):
    return render(request, "certificates/429.html", status=429)


def _certificate_or_404(request, token: str) -> Certificate:
    certificate = selectors.certificate_by_token(token)
    if certificate is None:
        raise Http404
    return certificate


def _verify_context(certificate: Certificate) -> dict:
    return {
        "certificate": certificate,
        "lines": certificate_lines(certificate),
        "history": selectors.certificate_history(certificate),
        "url": verification_url(certificate),
    }


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def verify(request, token: str):
    """The certificate's status and contents, from its link or QR code."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = selectors.certificate_by_token(token)
    if certificate is None:
        return render(request, "certificates/not_found.html", status=404)
    return render(request, "certificates/verify.html", _verify_context(certificate))


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def verify_form(request):
    """Check a certificate from its number and the holder's surname."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    form = VerifyForm(request.GET or None)
    if request.GET and form.is_valid():
        certificate = selectors.certificate_by_number_and_surname(
            form.cleaned_data["number"], form.cleaned_data["surname"]
        )
        if certificate is not None:
            return redirect("certificates:verify", token=certificate.token)
        form.add_error(
            None,
            _(
                "We could not find a certificate with that number and surname. "
                "Check both and try again."
            ),
        )
    return render(request, "certificates/verify_form.html", {"form": form})


def _file_name(certificate: Certificate, prefix: str, extension: str) -> str:
    """certificate-AL-….pdf, or certificate-AL-…-revoked.pdf when it is not valid."""
    state = "" if certificate.state == "valid" else f"-{certificate.state}"
    return f"{prefix}-{certificate.number}{state}.{extension}"


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def certificate_pdf_download(request, token: str):
    """The certificate as a PDF."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = _certificate_or_404(request, token)
    response = HttpResponse(
        certificate_pdf(certificate), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'inline; filename="{_file_name(certificate, "certificate", "pdf")}"'
    )
    # Always asked again, so a revoked certificate never comes back from a cache.
    response["Cache-Control"] = "no-cache"
    return response


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def credential_download(request, token: str):
    """The Open Badges 3.0 credential as a signed VC-JWT."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = _certificate_or_404(request, token)
    response = HttpResponse(
        credentials.credential_jwt(certificate), content_type="application/vc+jwt"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{_file_name(certificate, "open-badge", "jwt")}"'
    )
    response["Cache-Control"] = "no-cache"
    return response


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def credential_ld_download(request, token: str):
    """The Open Badges 3.0 credential with a Data Integrity proof (JSON-LD), the
    form a wallet such as the Learner Credential Wallet takes."""
    if getattr(request, "limited", False):
        return rate_limited(request)
    certificate = _certificate_or_404(request, token)
    response = JsonResponse(
        credentials.credential_ld(certificate), content_type="application/ld+json"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{_file_name(certificate, "open-badge", "json")}"'
    )
    response["Cache-Control"] = "no-cache"
    return response


def status_list(request, number: int, purpose: str):
    """A signed Bitstring status list (revocation or suspension), built now from
    the certificates' status, so a change shows at the next fetch."""
    if not status_lists.list_exists(number, purpose):
        return JsonResponse({"error": "Not found"}, status=404)
    response = JsonResponse(
        status_lists.status_list_credential(number, purpose),
        content_type="application/vc+ld+json",
    )
    response["Cache-Control"] = "no-cache"
    return response


def did_document(request):
    """The issuer's did:web DID document: its Ed25519 keys, current and retired."""
    return JsonResponse(did.did_document(), content_type="application/did+ld+json")


@ratelimit(key="ip", rate=VERIFY_RATE, block=False)
def credential_status(request, token: str):
    """The credential's current status (revoked and suspended credentials listed)."""
    if getattr(request, "limited", False):
        return JsonResponse({"error": "Too many requests"}, status=429)
    certificate = selectors.certificate_by_token(token)
    if certificate is None:
        return JsonResponse({"error": "Not found"}, status=404)
    response = JsonResponse(credentials.status_document(certificate))
    response["Cache-Control"] = "no-cache"
    return response


def jwks(request):
    """The issuer's public keys, current and retired."""
    return JsonResponse({"keys": credentials.public_keys()})


def public_key(request, kid: str):
    """One public key, the target of a credential's `kid`."""
    key = credentials.public_key(kid)
    if key is None:
        return JsonResponse({"error": "Not found"}, status=404)
    return JsonResponse(key)


def issuer(request):
    """The issuer's profile."""
    from django.conf import settings

    return JsonResponse(
        {
            "@context": credentials.OB_CONTEXT,
            "id": credentials.issuer_id(),
            "type": ["Profile"],
            "name": "Alongside",
            "url": settings.SITE_URL,
        }
    )


def achievement(request, programme_id: int, kind: str):
    """What an achievement stands for: title, description and criteria."""
    from .models import AccreditationRules, Certificate

    if kind in (Certificate.Kind.ATTENDANCE, Certificate.Kind.COMPLETION):
        # A short course, at a live session or taken alone (the id is the course's):
        # described by the latest certificate of that kind for that course.
        certificates = Certificate.objects.filter(kind=kind)
        if programme_id:
            certificates = certificates.filter(course_id=programme_id)
        latest = (
            certificates.only("title", "description", "criteria")
            .order_by("-pk")
            .first()
        )
        if latest is None:
            return JsonResponse({"error": "Not found"}, status=404)
        return JsonResponse(
            {
                "type": ["Achievement"],
                "name": latest.title,
                "description": latest.description or latest.title,
                "criteria": {"narrative": latest.criteria or latest.title},
            }
        )
    if kind != Certificate.Kind.PROGRAMME:
        return JsonResponse({"error": "Not found"}, status=404)
    rules = (
        AccreditationRules.objects.filter(programme_id=programme_id)
        .select_related("programme")
        .first()
    )
    if rules is None:
        return JsonResponse({"error": "Not found"}, status=404)
    return JsonResponse(
        {
            "type": ["Achievement"],
            "name": rules.title,
            "description": rules.description,
            "criteria": {"narrative": rules.criteria},
        }
    )


# NMC revalidation CPD records: the person's own, nobody else's.


def _own_entry(request, source: str, record_id: int) -> cpd.CpdEntry:
    if source not in CpdReflection.Source.values:
        raise Http404
    entry = cpd.cpd_entry_of(user=request.user, source=source, record_id=record_id)
    if entry is None:
        raise Http404
    return entry


def _download(content: bytes, *, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def cpd_record(request):
    """Your CPD entries for NMC revalidation, with downloads and reflections."""
    entries = cpd.cpd_entries(user=request.user)
    return render(
        request,
        "certificates/cpd_record.html",
        {
            "entries": entries,
            "nmc_cpd_url": cpd.NMC_CPD_URL,
            "nmc_reflection_url": cpd.NMC_REFLECTION_URL,
        },
    )


@login_required
def cpd_record_csv(request):
    """Your CPD record as a spreadsheet, one row per entry."""
    entries = cpd.cpd_entries(user=request.user)
    response = _download(
        b"", filename="cpd-record.csv", content_type="text/csv; charset=utf-8"
    )
    response.write("\ufeff")  # so spreadsheet programs read it as UTF-8
    writer = csv.writer(response)
    writer.writerow(cpd.CSV_HEADERS)
    for entry in entries:
        writer.writerow(csv_safe_row(entry.csv_row()))
    return response


@login_required
def cpd_record_pdf(request):
    """Your CPD record as a PDF."""
    pdf = cpd.cpd_record_pdf(
        user=request.user,
        entries=cpd.cpd_entries(user=request.user),
        pin=cpd.nmc_pin_of(request.user),
    )
    return _download(pdf, filename="cpd-record.pdf", content_type="application/pdf")


@login_required
@require_http_methods(["GET", "POST"])
def cpd_reflection(request, source: str, record_id: int):
    """Write (and come back to) a reflective account on one CPD entry."""
    entry = _own_entry(request, source, record_id)
    form = CpdReflectionForm(request.POST or None, instance=entry.reflection)
    if request.method == "POST" and form.is_valid():
        services.cpd_reflection_save(
            user=request.user,
            source=source,
            record_id=record_id,
            **form.cleaned_data,
        )
        messages.success(request, _("Your reflective account is saved."))
        if _leaving(request):
            # "Take a break" or "Get support" from the page: saved first, then go.
            return after_saving(request.POST["action"], request.path)
        return redirect("certificates:cpd_reflection", source, record_id)
    return render(
        request,
        "certificates/cpd_reflection.html",
        {
            "entry": entry,
            "form": form,
            "nmc_reflection_url": cpd.NMC_REFLECTION_URL,
            "save_form": "cpd-reflection-form",
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def cpd_reflection_pdf(request, source: str, record_id: int):
    """Your reflective account on one entry, as a PDF."""
    entry = _own_entry(request, source, record_id)
    pdf = cpd.reflection_pdf(
        user=request.user, entry=entry, pin=cpd.nmc_pin_of(request.user)
    )
    return _download(
        pdf,
        filename=f"reflective-account-{entry.date:%Y-%m-%d}.pdf",
        content_type="application/pdf",
    )
