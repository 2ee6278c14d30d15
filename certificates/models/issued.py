"""Issued certificates, their history, expiry reminders and hand-issue requests."""

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Certificate(models.Model):
    """An issued certificate: evidence that keeps its history and is never deleted."""

    class Kind(models.TextChoices):
        PROGRAMME = "programme", _("Programme certificate")
        ATTENDANCE = "attendance", _("Certificate of attendance")
        COMPLETION = "completion", _("Certificate of completion")

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        SUSPENDED = "suspended", _("Suspended")
        REVOKED = "revoked", _("Revoked")

    kind = models.CharField(max_length=12, choices=Kind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    number = models.CharField(max_length=20, unique=True)
    token = models.CharField(max_length=64, unique=True)
    # Facts as they were at issue, so the certificate never changes under its holder.
    name = models.CharField(_("name"), max_length=150)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(blank=True)
    criteria = models.TextField(blank=True)
    achievement_type = models.CharField(max_length=20, default="Certificate")
    content_version = models.CharField(max_length=40, blank=True)
    organisation = models.ForeignKey(
        "lms.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    organisation_name = models.CharField(max_length=200)
    signatory_name = models.CharField(max_length=150, blank=True)
    signatory_role = models.CharField(max_length=150, blank=True)
    learning_hours = models.DecimalField(max_digits=6, decimal_places=1, default=0)
    issued_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True)
    # Attendance certificates: the session and its length.
    session_id = models.PositiveBigIntegerField(null=True, blank=True)
    held_on = models.DateField(null=True, blank=True)
    duration_minutes = models.PositiveIntegerField(null=True, blank=True)
    # Attendance and completion certificates of a short course: the course's page.
    course_id = models.PositiveBigIntegerField(null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.VALID
    )
    status_reason = models.TextField(blank=True)
    # When it was last suspended, reinstated or revoked: printed on a stamped PDF.
    status_changed_at = models.DateTimeField(null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    issue_reason = models.TextField(blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Its place in the Bitstring status lists (one for revocation, one for
    # suspension, sharing the number and index): chosen at random on first save
    # (certificates/status_lists.py), so an index tells nothing about the holder.
    status_list = models.PositiveIntegerField(default=1)
    status_list_index = models.PositiveIntegerField(null=True, blank=True)
    # The holder's privacy choices (issue 18): credentials name them only if they
    # say so (otherwise a salted hash of the name), and show the title, or a neutral
    # wording the organisation offers, as they choose.
    holder_shows_name = models.BooleanField(_("show my name"), default=False)
    public_title = models.CharField(_("public wording"), max_length=255, blank=True)
    # With a neutral wording, the description and criteria that go with it (the
    # organisation's neutral ones when the holder chose it): the organisation's
    # own text above can name lived experience.
    public_description = models.TextField(blank=True)
    public_criteria = models.TextField(blank=True)
    identity_salt = models.CharField(max_length=32, blank=True)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["status_list", "status_list_index"],
                name="one_certificate_per_status_list_index",
            ),
            models.UniqueConstraint(
                fields=["user", "programme"],
                condition=models.Q(kind="programme"),
                name="one_certificate_per_person_per_programme",
            ),
            models.UniqueConstraint(
                fields=["user", "session_id"],
                condition=models.Q(kind="attendance"),
                name="one_attendance_certificate_per_session",
            ),
            models.UniqueConstraint(
                fields=["user", "course_id"],
                condition=models.Q(kind="completion"),
                name="one_completion_certificate_per_course",
            ),
        ]
        verbose_name = _("certificate")

    def __str__(self) -> str:
        return f"{self.number} – {self.title}"

    def save(self, *args, **kwargs):
        if not self.identity_salt:
            self.identity_salt = secrets.token_hex(16)
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "identity_salt"}
        if self.status_list_index is None:
            self._save_in_a_free_place(*args, **kwargs)
            return
        super().save(*args, **kwargs)

    def _save_in_a_free_place(self, *args, **kwargs):
        """Save with a random free place in a status list. A place already taken,
        or the same free place drawn by two certificates saved at the same moment,
        is refused by the database's unique constraint; the certificate then draws
        again (in a savepoint, so the caller's transaction goes on)."""
        from ..status_lists import ALLOCATE_RETRIES, allocate

        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "status_list",
                "status_list_index",
            }
        for attempt in range(ALLOCATE_RETRIES):
            self.status_list, self.status_list_index = allocate()
            try:
                with transaction.atomic():
                    super().save(*args, **kwargs)
                return
            except IntegrityError:
                taken = (
                    Certificate.objects.filter(
                        status_list=self.status_list,
                        status_list_index=self.status_list_index,
                    )
                    .exclude(pk=self.pk)
                    .exists()
                )
                if not taken or attempt == ALLOCATE_RETRIES - 1:
                    # Another rule was broken, or no luck at all: not ours to hide.
                    self.status_list_index = None
                    raise

    @property
    def is_expired(self) -> bool:
        return bool(self.expires_on and self.expires_on < timezone.localdate())

    @property
    def state(self) -> str:
        """What a verifier sees: valid, expired, suspended or revoked."""
        if self.status != self.Status.VALID:
            return self.status
        return "expired" if self.is_expired else "valid"

    @property
    def state_since(self) -> datetime.date | None:
        """The day the certificate entered its current state, if it is not valid."""
        state = self.state
        if state == "expired":
            return self.expires_on
        if state in ("suspended", "revoked") and self.status_changed_at:
            return timezone.localdate(self.status_changed_at)
        return None

    @property
    def state_label(self) -> str:
        return {
            "valid": _("Valid"),
            "expired": _("Expired"),
            "suspended": _("Suspended"),
            "revoked": _("Revoked"),
        }[self.state]

    @property
    def is_shareable(self) -> bool:
        """Whether the holder's pages offer ways to spread it (share links,
        LinkedIn, badges, wallets): not while it is revoked or suspended, when
        anyone shown it would first see a badge that looks valid. An expired
        certificate stays shareable: everything shared says when it expired."""
        return self.state in ("valid", "expired")

    @property
    def shown_title(self) -> str:
        """The achievement's wording as the holder shares it."""
        return self.public_title or self.title

    @property
    def shown_description(self) -> str:
        """What the achievement stands for, as the holder shares it: with a neutral
        wording, neutral words too (never the organisation's own description)."""
        if not self.public_title:
            return self.description or self.title
        return self.public_description or _(
            "%(wording)s, awarded by %(organisation)s."
        ) % {"wording": self.public_title, "organisation": self.organisation_name}

    @property
    def shown_criteria(self) -> str:
        """How it was earned, as the holder shares it (neutral with a neutral
        wording)."""
        if not self.public_title:
            return self.criteria or self.title
        return self.public_criteria or _(
            "Earned by meeting every requirement %(organisation)s sets for "
            "%(wording)s, checked by %(organisation)s."
        ) % {"wording": self.public_title, "organisation": self.organisation_name}

    @property
    def initials(self) -> str:
        """The holder's initials ("T. A. T."): enough to match a paper certificate,
        not enough to name them."""
        return " ".join(f"{part[0].upper()}." for part in self.name.split() if part)

    @property
    def public_name(self) -> str:
        """The holder as anyone with the public link sees them: the name only if
        they chose to show it, otherwise their initials."""
        return self.name if self.holder_shows_name else self.initials

    @property
    def surname(self) -> str:
        parts = self.name.split()
        return parts[-1] if parts else ""


class CertificateEvent(models.Model):
    """A dated change in a certificate's life, shown on its verification page."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("Issued")
        SUSPENDED = "suspended", _("Suspended")
        REINSTATED = "reinstated", _("Reinstated")
        REVOKED = "revoked", _("Revoked")
        REISSUED = "reissued", _("Re-issued")
        RENEWED = "renewed", _("Renewed")

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="events"
    )
    action = models.CharField(max_length=12, choices=Action.choices)
    reason = models.TextField(blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.at:%d %B %Y}"

    def save(self, *args, **kwargs):
        # History is append-only.
        if self.pk is not None:
            raise ValidationError("Certificate history cannot be changed.")
        super().save(*args, **kwargs)


class ExpiryReminder(models.Model):
    """A reminder sent before expiry: at most one per certificate per window."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="reminders"
    )
    days_before = models.PositiveSmallIntegerField()
    # A renewal moves the expiry date, and the reminders start again for the new one.
    expires_on = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "expires_on", "days_before"],
                name="one_reminder_per_window",
            )
        ]

    def __str__(self) -> str:
        return f"{self.days_before}-day reminder for {self.certificate_id}"


class HandIssueRequest(models.Model):
    """A trainer's request to issue a programme certificate by hand, which a second
    person (an admin of the cohort's organisation) approves or declines."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved and issued")
        DECLINED = "declined", _("Declined")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage", on_delete=models.CASCADE, related_name="+"
    )
    cohort = models.ForeignKey(
        "lms.Cohort", on_delete=models.CASCADE, related_name="hand_issue_requests"
    )
    reason = models.TextField(_("reason for issuing by hand"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    requested_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)
    certificate = models.ForeignKey(
        Certificate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["trainee", "programme"],
                condition=models.Q(status="pending"),
                name="one_pending_hand_issue_per_programme",
            )
        ]

    def __str__(self) -> str:
        return f"Hand issue for {self.trainee_id} on {self.programme_id}"


class ShareLink(models.Model):
    """A link to the verification page for one reader (an employer, say), which
    the holder can withdraw on its own."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="share_links"
    )
    label = models.CharField(_("who it is for"), max_length=100)
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Share link for {self.certificate_id}: {self.label}"


class WalletExchange(models.Model):
    """One "Add to wallet" exchange: a one-time challenge the holder's wallet signs
    (DID Authentication) to receive a credential bound to its DID."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="wallet_exchanges"
    )
    exchange_id = models.CharField(max_length=64, unique=True)
    challenge = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    holder_did = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Wallet exchange for {self.certificate_id}"
