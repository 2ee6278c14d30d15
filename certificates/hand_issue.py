"""Issuing a programme certificate by hand takes two people.

A trainer (or an organisation admin) asks, with a reason; an admin of the cohort's
organisation who is not the person asking approves it, which issues the certificate,
or declines it with a reason. Every step goes in the audit log.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.models import AuditEvent
from lms.roles import Role
from lms.security.audit import audit_record
from lms.selectors import user_has_role

from . import selectors, services
from .models import Certificate, HandIssueRequest

Status = HandIssueRequest.Status


# Selectors


def pending_for_cohort(cohort) -> dict[int, HandIssueRequest]:
    """The cohort's requests waiting for approval, by trainee id."""
    return {
        request.trainee_id: request
        for request in HandIssueRequest.objects.filter(
            cohort=cohort, status=Status.PENDING
        ).select_related("requested_by")
    }


def last_declined_for_cohort(cohort) -> dict[int, HandIssueRequest]:
    """Each trainee's most recent declined request in the cohort, by trainee id."""
    declined = {}
    for request in HandIssueRequest.objects.filter(
        cohort=cohort, status=Status.DECLINED
    ).select_related("decided_by"):
        declined.setdefault(request.trainee_id, request)  # newest first
    return declined


def requests_to_approve(user) -> QuerySet[HandIssueRequest]:
    """Requests waiting for this person's approval (never their own)."""
    requests = HandIssueRequest.objects.filter(status=Status.PENDING).select_related(
        "trainee", "programme", "cohort", "requested_by"
    )
    if not user.is_superuser:
        if not user_has_role(user, Role.ORGANISATION_ADMIN):
            return requests.none()
        requests = requests.filter(
            cohort__organisation__in=user.administered_organisations.all()
        )
    return requests.exclude(Q(requested_by=user) | Q(trainee=user))


def can_decide(user, request: HandIssueRequest) -> bool:
    """A second person: an admin of the cohort's organisation (or a site admin) who
    neither asked nor is the trainee."""
    return requests_to_approve(user).filter(pk=request.pk).exists()


# Services


def _audit(request: HandIssueRequest, *, actor, change: str, reason: str) -> None:
    audit_record(
        action=AuditEvent.Action.CERTIFICATE,
        actor=actor,
        subject=request.trainee,
        change=change,
        programme=request.programme.title,
        cohort=request.cohort.name,
        reason=reason,
    )


def hand_issue_request(
    *, trainee, cohort, requested_by, reason: str
) -> HandIssueRequest:
    """Ask for a trainee's certificate to be issued by hand."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Say why you are issuing this by hand."))
    if trainee.pk == requested_by.pk:
        raise PermissionDenied
    if selectors.certificate_for(user=trainee, programme=cohort.programme):
        raise ValidationError(
            _("%s already has a certificate.") % (trainee.full_name or trainee.email)
        )
    if selectors.rules_for(cohort.programme) is None:
        raise ValidationError(_("This programme has no accreditation rules yet."))
    try:
        with transaction.atomic():
            request = HandIssueRequest.objects.create(
                trainee=trainee,
                programme=cohort.programme,
                cohort=cohort,
                requested_by=requested_by,
                reason=reason[:2000],
            )
    except IntegrityError:
        raise ValidationError(
            _("A request for %s is already waiting for approval.")
            % (trainee.full_name or trainee.email)
        ) from None
    _audit(request, actor=requested_by, change="hand issue requested", reason=reason)
    return request


def _locked_pending(request: HandIssueRequest) -> HandIssueRequest:
    request = HandIssueRequest.objects.select_for_update().get(pk=request.pk)
    if request.status != Status.PENDING:
        raise ValidationError(_("This request has already been decided."))
    return request


@transaction.atomic
def hand_issue_approve(*, request: HandIssueRequest, approver) -> Certificate:
    """Approve: the certificate is issued now, as asked, and emailed."""
    if not can_decide(approver, request):
        raise PermissionDenied
    request = _locked_pending(request)
    asked_by = request.requested_by
    reason = _("%(reason)s (asked by %(asker)s, approved by %(approver)s)") % {
        "reason": request.reason,
        "asker": asked_by.full_name if asked_by else _("someone since removed"),
        "approver": approver.full_name or approver.email,
    }
    certificate, created = services.certificate_issue(
        user=request.trainee,
        programme=request.programme,
        issued_by=asked_by or approver,
        reason=reason,
    )
    request.status = Status.APPROVED
    request.decided_by, request.decided_at = approver, timezone.now()
    request.certificate = certificate
    request.save(update_fields=["status", "decided_by", "decided_at", "certificate"])
    _audit(request, actor=approver, change="hand issue approved", reason=reason)
    if created:
        services.certificate_email_later(certificate_id=certificate.pk)
    return certificate


@transaction.atomic
def hand_issue_decline(
    *, request: HandIssueRequest, approver, reason: str
) -> HandIssueRequest:
    """Decline, with a reason the person who asked can read."""
    if not can_decide(approver, request):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            _("Say why you are declining: the person who asked will read it.")
        )
    request = _locked_pending(request)
    request.status = Status.DECLINED
    request.decided_by, request.decided_at = approver, timezone.now()
    request.decision_reason = reason[:2000]
    request.save(
        update_fields=["status", "decided_by", "decided_at", "decision_reason"]
    )
    _audit(request, actor=approver, change="hand issue declined", reason=reason)
    return request
