"""Certificate lifecycle in the Wagtail admin, for trainers and organisation admins.

Suspend, reinstate, revoke (never delete), re-issue and renew, each with a reason;
per cohort: progress, trainer sign-off, issue by hand, issue for everyone eligible,
and a zip of every PDF.
"""

import io
import zipfile

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from lms.models import User
from lms.roles import Role
from lms.security.audit import audit_export
from lms.selectors import user_has_role

from . import hand_issue, selectors, services
from .forms import DeclineForm, ReasonForm, StatusReasonForm
from .models import Certificate
from .pdf import certificate_pdf

ACTIONS = {
    "suspend": services.certificate_suspend,
    "reinstate": services.certificate_reinstate,
    "revoke": services.certificate_revoke,
    "reissue": services.certificate_reissue,
    "renew": services.certificate_renew,
}
# Changes of status are for organisation admins; trainers may re-issue and renew.
STATUS_ACTIONS = {"suspend", "reinstate", "revoke"}
# Sent only by the confirmation page's button.
CONFIRMED = "yes"
# Each change of status is confirmed on a page of its own: (heading, what it does,
# button).
CONFIRMATIONS = {
    "suspend": (
        gettext_lazy("Suspend this certificate?"),
        gettext_lazy(
            "While it is suspended, its verification page, its PDF and its Open "
            "Badge all say it is not valid. You can reinstate it later."
        ),
        gettext_lazy("Yes, suspend it"),
    ),
    "reinstate": (
        gettext_lazy("Reinstate this certificate?"),
        gettext_lazy(
            "It becomes valid again at once: its verification page, its PDF and its "
            "Open Badge say so. The suspension stays in its history."
        ),
        gettext_lazy("Yes, reinstate it"),
    ),
    "revoke": (
        gettext_lazy("Revoke this certificate?"),
        gettext_lazy(
            "Revoking is for good and cannot be undone. Its verification page, its "
            "PDF and its Open Badge will say it was revoked, with your reason and "
            "today's date, for anyone who checks."
        ),
        gettext_lazy("Yes, revoke it"),
    ),
}


def _require_manager(request) -> None:
    if not selectors.can_manage_certificates(request.user):
        raise PermissionDenied


def _certificate(request, pk: int) -> Certificate:
    _require_manager(request)
    certificate = selectors.certificates_managed_by(request.user).filter(pk=pk).first()
    if certificate is None:
        raise Http404
    return certificate


def _cohort(request, pk: int):
    _require_manager(request)
    cohort = selectors.certificate_manager_cohorts(request.user).filter(pk=pk).first()
    if cohort is None:
        raise Http404
    return cohort


def certificate_list(request):
    """Certificates this person looks after, newest first."""
    _require_manager(request)
    certificates = selectors.certificates_managed_by(request.user)[:500]
    return TemplateResponse(
        request,
        "certificates/admin/list.html",
        {
            "certificates": certificates,
            "cohorts": selectors.certificate_manager_cohorts(request.user),
            "to_approve": hand_issue.requests_to_approve(request.user),
            "header_title": _("Certificates"),
        },
    )


def certificate_detail(request, pk: int):
    """One certificate, its history and what can be done to it."""
    certificate = _certificate(request, pk)
    return TemplateResponse(
        request,
        "certificates/admin/detail.html",
        {
            "certificate": certificate,
            "can_change_status": selectors.can_change_status(request.user, certificate),
            "status_actions": selectors.certificate_status_actions(certificate),
            "renewal_refusal": _renewal_refusal(certificate),
            "history": certificate.events.select_related("actor"),
            "form": ReasonForm(),
            "header_title": certificate.number,
        },
    )


def _renewal_refusal(certificate) -> str | None:
    rules = (
        selectors.rules_for(certificate.programme) if certificate.programme else None
    )
    return selectors.renewal_refusal(certificate, rules)


def _confirm_page(request, certificate, action: str, form, status: int = 200):
    heading, consequence, button = CONFIRMATIONS[action]
    return TemplateResponse(
        request,
        "certificates/admin/confirm.html",
        {
            "certificate": certificate,
            "action": action,
            "question": heading,
            "consequence": consequence,
            "button": button,
            "form": form,
            "header_title": certificate.number,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def certificate_action(request, pk: int, action: str):
    """Suspend, reinstate, revoke, re-issue or renew, with a reason.

    Suspending, reinstating and revoking are asked for on a page of their own (GET)
    that says what will happen; only posting that page does it.
    """
    certificate = _certificate(request, pk)
    service = ACTIONS.get(action)
    if service is None:
        raise Http404
    if action in STATUS_ACTIONS and not selectors.can_change_status(
        request.user, certificate
    ):
        raise PermissionDenied
    unconfirmed = (
        action in STATUS_ACTIONS and request.POST.get("confirmed") != CONFIRMED
    )
    if (request.method == "GET" or unconfirmed) and (
        action not in selectors.certificate_status_actions(certificate)
    ):
        messages.info(request, _("That change does not apply to it now."))
        return redirect("certificates_admin_detail", pk=certificate.pk)
    if request.method == "GET":
        return _confirm_page(request, certificate, action, StatusReasonForm())
    if unconfirmed:
        # Only the confirmation page's own button changes the status: a post from
        # anywhere else (a hasty click, a script, a forged form) is asked first.
        return _confirm_page(
            request,
            certificate,
            action,
            StatusReasonForm(initial={"reason": request.POST.get("reason", "")}),
        )
    form_class = StatusReasonForm if action in STATUS_ACTIONS else ReasonForm
    form = form_class(request.POST)
    if form.is_valid():
        kwargs = {"certificate": certificate, "actor": request.user}
        kwargs["reason"] = form.cleaned_data["reason"]
        try:
            service(**kwargs)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Done. The history has been updated."))
            return redirect("certificates_admin_detail", pk=certificate.pk)
    else:
        messages.error(request, _("Give a reason: it is kept in the history."))
    if action in STATUS_ACTIONS:
        return _confirm_page(request, certificate, action, form, status=400)
    return TemplateResponse(
        request,
        "certificates/admin/detail.html",
        {
            "certificate": certificate,
            "can_change_status": selectors.can_change_status(request.user, certificate),
            "status_actions": selectors.certificate_status_actions(certificate),
            "renewal_refusal": _renewal_refusal(certificate),
            "history": certificate.events.select_related("actor"),
            "form": form,
            "header_title": certificate.number,
        },
        status=400,
    )


def cohort_detail(request, pk: int):
    """Each trainee's progress towards the certificate, with sign-off and issuing."""
    cohort = _cohort(request, pk)
    programme = cohort.programme
    rows = []
    trainees = list(selectors.cohort_trainees(cohort))
    states = {
        c.user_id: c
        for c in Certificate.objects.filter(
            user__in=trainees, programme=programme, kind=Certificate.Kind.PROGRAMME
        )
    }
    pending = hand_issue.pending_for_cohort(cohort)
    declined = hand_issue.last_declined_for_cohort(cohort)
    approvable = set(
        hand_issue.requests_to_approve(request.user)
        .filter(cohort=cohort)
        .values_list("pk", flat=True)
    )
    for trainee in trainees:
        progress = selectors.accreditation_progress(trainee, programme)
        waiting = pending.get(trainee.pk)
        rows.append(
            {
                "trainee": trainee,
                "progress": progress,
                "certificate": states.get(trainee.pk),
                "pending": waiting,
                "can_approve": waiting is not None and waiting.pk in approvable,
                "declined": declined.get(trainee.pk),
            }
        )
    issued = sum(1 for row in rows if row["certificate"])
    return TemplateResponse(
        request,
        "certificates/admin/cohort.html",
        {
            "cohort": cohort,
            "rows": rows,
            "issued": issued,
            "total": len(rows),
            "can_sign_off": _can_sign_off(request.user, cohort),
            # After "issue for everyone" the bar follows the background work.
            "follow_progress": request.GET.get("issuing") == "1",
            "header_title": cohort.name,
        },
    )


def _can_sign_off(user, cohort) -> bool:
    return user.is_superuser or (
        user_has_role(user, Role.TRAINER)
        and cohort.trainers.filter(pk=user.pk).exists()
    )


def _trainee_in(cohort, user_id: str) -> User:
    trainee = selectors.cohort_trainees(cohort).filter(pk=user_id).first()
    if trainee is None:
        raise Http404
    return trainee


@require_POST
def cohort_sign_off(request, pk: int, user_id: int):
    """A trainer of the cohort signs a trainee off."""
    cohort = _cohort(request, pk)
    if not _can_sign_off(request.user, cohort):
        raise PermissionDenied
    trainee = _trainee_in(cohort, user_id)
    services.sign_off_record(
        trainee=trainee,
        programme=cohort.programme,
        trainer=request.user,
        note=request.POST.get("note", "")[:2000],
    )
    messages.success(request, _("%s is signed off.") % trainee.full_name)
    return redirect("certificates_admin_cohort", pk=cohort.pk)


@require_POST
def cohort_issue_by_hand(request, pk: int, user_id: int):
    """Ask for one trainee's certificate to be issued by hand, with a reason: an admin
    of the cohort's organisation approves it (hand_issue)."""
    cohort = _cohort(request, pk)
    trainee = _trainee_in(cohort, user_id)
    try:
        hand_issue.hand_issue_request(
            trainee=trainee,
            cohort=cohort,
            requested_by=request.user,
            reason=request.POST.get("reason", ""),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _(
                "Sent for approval. An admin of %(organisation)s will check it; the "
                "certificate for %(name)s is issued when they approve."
            )
            % {"organisation": cohort.organisation.name, "name": trainee.full_name},
        )
    return redirect("certificates_admin_cohort", pk=cohort.pk)


@require_http_methods(["GET", "POST"])
def hand_issue_decide(request, pk: int):
    """Approve or decline a request to issue a certificate by hand."""
    _require_manager(request)
    hand_request = hand_issue.requests_to_approve(request.user).filter(pk=pk).first()
    if hand_request is None:
        raise Http404
    declining = request.POST.get("decision") == "decline"
    form = DeclineForm(request.POST if declining else None)
    if request.method == "POST":
        decision = request.POST.get("decision")
        try:
            if decision == "approve":
                hand_issue.hand_issue_approve(
                    request=hand_request, approver=request.user
                )
                messages.success(
                    request,
                    _("Approved. The certificate for %s is issued and on its way.")
                    % hand_request.trainee.full_name,
                )
                return redirect("certificates_admin_list")
            if decision == "decline" and form.is_valid():
                hand_issue.hand_issue_decline(
                    request=hand_request,
                    approver=request.user,
                    reason=form.cleaned_data["reason"],
                )
                messages.success(request, _("Declined. The reason is kept."))
                return redirect("certificates_admin_list")
            if decision != "decline":
                messages.error(request, _("Choose to approve or decline."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    trainee, programme = hand_request.trainee, hand_request.programme
    return TemplateResponse(
        request,
        "certificates/admin/hand_issue.html",
        {
            "hand_request": hand_request,
            "progress": selectors.accreditation_progress(trainee, programme),
            "form": form,
            "header_title": _("Issue by hand?"),
        },
        status=400 if request.method == "POST" else 200,
    )


@require_POST
def cohort_issue_all(request, pk: int):
    """Issue for every trainee in the cohort who has met every requirement."""
    cohort = _cohort(request, pk)
    queued = services.cohort_issue_eligible(cohort=cohort, actor=request.user)
    messages.success(
        request,
        _(
            "Checking %d trainees. Certificates are issued in the background for "
            "everyone who has met every requirement; refresh to see progress."
        )
        % queued,
    )
    return redirect(
        reverse("certificates_admin_cohort", args=[cohort.pk]) + "?issuing=1"
    )


def cohort_progress(request, pk: int):
    """How many of the cohort hold a certificate, for the live progress bar."""
    cohort = _cohort(request, pk)
    issued, total = selectors.cohort_certificate_counts(cohort)
    return JsonResponse(
        {
            "issued": issued,
            "total": total,
            "text": _("%(issued)d of %(total)d trainees have a certificate")
            % {"issued": issued, "total": total},
        }
    )


def cohort_zip(request, pk: int):
    """Every certificate PDF of the cohort, in one zip."""
    cohort = _cohort(request, pk)
    certificates = Certificate.objects.filter(
        user__enrolments__cohort=cohort,
        programme=cohort.programme,
        kind=Certificate.Kind.PROGRAMME,
    ).select_related("organisation__certificate_branding__logo")
    buffer = io.BytesIO()
    count = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for certificate in certificates:
            archive.writestr(f"{certificate.number}.pdf", certificate_pdf(certificate))
            count += 1
    filename = f"certificates-cohort-{cohort.pk}.zip"
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    audit_export(request, name=filename, rows=count)
    return response
