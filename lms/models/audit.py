"""The audit log: who did what, when."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    """A security-relevant event: append-only, shown read-only to site admins."""

    # Not a "usage" of the people it names: Wagtail's reference index skips it (and
    # writing a line stays one insert).
    wagtail_reference_index_ignore = True

    class Action(models.TextChoices):
        SIGN_IN = "sign_in", _("Signed in")
        SIGN_IN_FAILED = "sign_in_failed", _("Sign-in refused")
        SIGN_IN_LINK_SENT = "sign_in_link_sent", _("Sign-in link sent")
        SIGN_IN_LINK_USED = "sign_in_link_used", _("Signed in with a link")
        LOCKED_OUT = "locked_out", _("Locked out after wrong passwords")
        SIGN_OUT = "sign_out", _("Signed out")
        PASSWORD_CHANGED = "password_changed", _("Password changed")
        MFA_SET_UP = "mfa_set_up", _("Second factor set up")
        MFA_FAILED = "mfa_failed", _("Second factor code refused")
        ROLE_CHANGED = "role_changed", _("Roles changed")
        DATA_EXPORTED = "data_exported", _("Personal data exported")
        ERASURE_DONE = "erasure_done", _("Personal data erased")
        MARK_OVERRIDDEN = "mark_overridden", _("Mark given or changed")
        ATTEMPT_ALLOWED = "attempt_allowed", _("Another quiz attempt allowed")
        CERTIFICATE = "certificate", _("Certificate changed")
        EXPORTED = "exported", _("Report downloaded")
        EMAIL_CONFIRMED = "email_confirmed", _("Email address confirmed")
        UNCONFIRMED_REMOVED = (
            "unconfirmed_removed",
            _("Sign-ups never confirmed, removed"),
        )
        OTHER = "other", _("Other")

    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    action = models.CharField(_("what"), max_length=40, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who did it"),
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="audit_events",
        verbose_name=_("about whom"),
    )
    ip_address = models.GenericIPAddressField(_("from address"), null=True, blank=True)
    detail = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.get_action_display()} at {self.created_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        # Append-only: an event, once written, is never changed through the model.
        if self.pk is not None and not self._state.adding:
            raise ValueError("Audit events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit events cannot be deleted.")
