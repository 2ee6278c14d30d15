"""The practice and supervision ledger, and trainers' sign-off."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LedgerEntry(models.Model):
    """A trainee's practice or supervision session, countersigned by a supervisor."""

    class Kind(models.TextChoices):
        PRACTICE = "practice", _("Practice")
        SUPERVISION = "supervision", _("Supervision session")

    class Activity(models.TextChoices):
        ONE_TO_ONE = "one_to_one", _("One-to-one support")
        GROUP = "group", _("Group support")
        PHONE = "phone", _("Phone or video support")
        SHADOWING = "shadowing", _("Shadowing an experienced peer supporter")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        AWAITING = "awaiting", _("Waiting for countersigning")
        COUNTERSIGNED = "countersigned", _("Countersigned")
        RETURNED = "returned", _("Returned with a comment")
        WITHDRAWN = "withdrawn", _("Withdrawn by you")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="ledger_entries",
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage", on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    date = models.DateField(_("date"))
    hours = models.DecimalField(_("hours"), max_digits=4, decimal_places=1)
    activity = models.CharField(
        _("type of activity"), max_length=20, choices=Activity.choices, blank=True
    )
    covered_wellbeing = models.BooleanField(
        _("we talked about my own wellbeing"), default=False
    )
    notes = models.TextField(
        _("private notes"),
        max_length=5000,
        blank=True,
        help_text=_("Only you can read these. Do not write anyone's name."),
    )
    # SET_NULL: erasing a supervisor's account must not take trainees' records.
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="ledger_entries_to_countersign",
        verbose_name=_("supervisor"),
    )
    status = models.CharField(
        max_length=14, choices=Status.choices, default=Status.AWAITING
    )
    supervisor_comment = models.TextField(blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date", "-pk"]
        indexes = [
            models.Index(fields=["trainee", "programme", "status"]),
            models.Index(fields=["supervisor", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(trainee=models.F("supervisor")),
                name="ledger_no_self_countersign",
            ),
            models.CheckConstraint(
                condition=models.Q(hours__gt=0) & models.Q(hours__lte=24),
                name="ledger_hours_in_a_day",
            ),
        ]
        verbose_name = _("practice or supervision entry")
        verbose_name_plural = _("practice and supervision ledger")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.date:%d %B %Y}"

    @property
    def is_editable(self) -> bool:
        return self.status in (self.Status.AWAITING, self.Status.RETURNED)


class LedgerEvent(models.Model):
    """One change to a ledger entry: the audit trail, never edited or deleted."""

    class Action(models.TextChoices):
        CREATED = "created", _("Recorded")
        EDITED = "edited", _("Changed")
        COUNTERSIGNED = "countersigned", _("Countersigned")
        RETURNED = "returned", _("Returned")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        UNDONE = "undone", _("Decision undone")

    entry = models.ForeignKey(
        LedgerEntry, on_delete=models.CASCADE, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    action = models.CharField(max_length=14, choices=Action.choices)
    comment = models.TextField(blank=True)
    # The entry's fields (not its private notes) as they were after this change.
    snapshot = models.JSONField(default=dict)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} at {self.at:%d %B %Y %H:%M}"

    def save(self, *args, **kwargs):
        # The audit trail is append-only.
        if self.pk is not None:
            raise ValidationError("Ledger events cannot be changed.")
        super().save(*args, **kwargs)


class TrainerSignOff(models.Model):
    """A trainer's final sign-off of a trainee on a programme."""

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sign_offs"
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage", on_delete=models.CASCADE, related_name="+"
    )
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    note = models.TextField(blank=True)
    signed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["trainee", "programme"], name="one_sign_off_per_programme"
            )
        ]

    def __str__(self) -> str:
        return f"Sign-off of {self.trainee_id} on {self.programme_id}"
