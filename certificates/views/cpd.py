"""The learner's CPD record for NMC revalidation, and their reflective accounts."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from alongside.csvsafe import csv_safe_row
from alongside.leaving import after_saving

from .. import cpd, services
from ..forms import CpdReflectionForm
from ..models import CpdReflection
from .ledger import _leaving


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
