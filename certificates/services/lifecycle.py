"""A certificate's life after issue: suspend, reinstate, revoke, reissue, renew."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import selectors
from ..models import (
    AccreditationRules,
    Certificate,
    CertificateEvent,
    add_months,
)
from .issuing import certificate_email_later


def _record(certificate: Certificate, action: str, actor, reason: str) -> None:
    CertificateEvent.objects.create(
        certificate=certificate, action=action, actor=actor, reason=reason
    )


def _require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": _("Give a reason: it is kept in the history.")}
        )
    return reason


def _locked(certificate: Certificate) -> Certificate:
    return Certificate.objects.select_for_update().get(pk=certificate.pk)


@transaction.atomic
def certificate_suspend(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Suspend a valid certificate for now, with a reason."""
    reason = _require_reason(reason)
    certificate = _locked(certificate)
    if certificate.status != Certificate.Status.VALID:
        raise ValidationError(_("Only a valid certificate can be suspended."))
    certificate.status, certificate.status_reason = Certificate.Status.SUSPENDED, reason
    certificate.status_changed_at = timezone.now()
    certificate.save(update_fields=["status", "status_reason", "status_changed_at"])
    _record(certificate, CertificateEvent.Action.SUSPENDED, actor, reason)
    return certificate


@transaction.atomic
def certificate_reinstate(
    *, certificate: Certificate, actor, reason: str
) -> Certificate:
    """Lift a suspension."""
    reason = _require_reason(reason)
    certificate = _locked(certificate)
    if certificate.status != Certificate.Status.SUSPENDED:
        raise ValidationError(_("Only a suspended certificate can be reinstated."))
    certificate.status, certificate.status_reason = Certificate.Status.VALID, ""
    certificate.status_changed_at = timezone.now()
    certificate.save(update_fields=["status", "status_reason", "status_changed_at"])
    _record(certificate, CertificateEvent.Action.REINSTATED, actor, reason)
    return certificate


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Revoke for good. The certificate is kept, with its reason and history."""
    reason = _require_reason(reason)
    certificate = _locked(certificate)
    if certificate.status == Certificate.Status.REVOKED:
        raise ValidationError(_("This certificate is already revoked."))
    certificate.status, certificate.status_reason = Certificate.Status.REVOKED, reason
    certificate.status_changed_at = timezone.now()
    certificate.save(update_fields=["status", "status_reason", "status_changed_at"])
    _record(certificate, CertificateEvent.Action.REVOKED, actor, reason)
    return certificate


@transaction.atomic
def certificate_reissue(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Re-issue with the holder's current name from their profile; the number stays.

    Nobody types the name: a change of name is made on the person's profile (by
    them, or by an admin), so the certificate can only ever carry a name the holder's
    account holds.
    """
    reason = _require_reason(reason)
    certificate = _locked(certificate)
    if certificate.status == Certificate.Status.REVOKED:
        raise ValidationError(_("A revoked certificate cannot be re-issued."))
    if certificate.user is not None:
        certificate.name = certificate.user.name_for_certificate
    certificate.emailed_at = None
    certificate.save(update_fields=["name", "emailed_at"])
    _record(certificate, CertificateEvent.Action.REISSUED, actor, reason)
    certificate_email_later(certificate_id=certificate.pk)
    return certificate


def _extend(certificate: Certificate, *, months: int, actor, reason: str) -> None:
    """Move the expiry on: from the current expiry if it is still ahead, else today."""
    start = max(timezone.localdate(), certificate.expires_on or timezone.localdate())
    certificate.expires_on = add_months(start, months)
    certificate.save(update_fields=["expires_on"])
    _record(certificate, CertificateEvent.Action.RENEWED, actor, reason)


@transaction.atomic
def certificate_renew(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Renew by hand, once per renewal that is due (see selectors.renewal_refusal):
    after a refresher completion not yet used for a renewal, or (for a programme
    without a refresher) from 60 days before expiry. Renewals never stack."""
    reason = _require_reason(reason)
    certificate = _locked(certificate)
    rules = (
        selectors.rules_for(certificate.programme) if certificate.programme else None
    )
    refusal = selectors.renewal_refusal(certificate, rules)
    if refusal:
        raise ValidationError(refusal)
    _extend(certificate, months=rules.validity_months, actor=actor, reason=reason)
    return certificate


def certificate_refresher_check(*, user_id: int, programme_id: int) -> bool:
    """Renew the person's certificate if they have just finished the programme's
    refresher (once per completion; before or after expiry). True if renewed."""
    rules = (
        AccreditationRules.objects.filter(programme_id=programme_id)
        .select_related("refresher")
        .first()
    )
    if rules is None or rules.refresher is None or not rules.validity_months:
        return False
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update()
            .filter(
                user_id=user_id,
                programme_id=programme_id,
                kind=Certificate.Kind.PROGRAMME,
                status=Certificate.Status.VALID,  # expired ones renew too
            )
            .first()
        )
        if certificate is None or not selectors.refresher_done_since(
            user=certificate.user,
            module=rules.refresher,
            since=selectors.certificate_last_renewed(certificate),
        ):
            return False
        _extend(
            certificate,
            months=rules.validity_months,
            actor=None,
            reason=_("Completed the refresher “%s”.") % rules.refresher.title,
        )
        # The PDF shows the new expiry date: send the holder the renewed one.
        certificate.emailed_at = None
        certificate.save(update_fields=["emailed_at"])
        certificate_email_later(certificate_id=certificate.pk)
    return True
