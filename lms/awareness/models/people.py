"""Staff on the course: their records for ESR, invitations, imports and reminders."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .course import AwarenessCoursePage


class StaffProfile(models.Model):
    """A staff member's job role, given when a team lead enrols them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
    )
    job_role = models.CharField(_("job role"), max_length=120, blank=True)
    # For the trust's training records (ESR/OLM): optional, given by the person
    # (or in their team lead's spreadsheet).
    employee_number = models.CharField(
        _("employee number"),
        max_length=30,
        blank=True,
        help_text=_("Your staff or ESR employee number, if you know it."),
    )
    assignment_number = models.CharField(
        _("assignment number"),
        max_length=30,
        blank=True,
        help_text=_("Your ESR assignment number, if your trust uses one."),
    )
    nmc_pin = models.CharField(
        _("NMC PIN"),
        max_length=12,
        blank=True,
        help_text=_(
            "For midwives, nurses and health visitors: your NMC registration "
            "number, if you would like it on your CPD record."
        ),
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    invited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("staff profile")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.job_role}"


class TeamInvitation(models.Model):
    """An invitation to join a team, for someone who already has an account.

    A team lead's spreadsheet never adds an existing account to a team, nor changes
    it: the person is asked, by email, and accepts or declines.
    """

    team = models.ForeignKey(
        "lms.Team", on_delete=models.CASCADE, related_name="awareness_invitations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="awareness_invitations",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    # As the spreadsheet gave them: shown in the team's report until they answer.
    name = models.CharField(_("name given"), max_length=150)
    job_role = models.CharField(_("job role given"), max_length=120, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)
    declined_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["team", "user"], name="awareness_one_invitation_per_team"
            )
        ]
        verbose_name = _("team invitation")

    def __str__(self) -> str:
        return f"{self.user_id} invited to team {self.team_id}"

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and self.declined_at is None


class PendingImport(models.Model):
    """A checked list of staff waiting for the team lead to confirm the import."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
    )
    rows = models.JSONField(default=list)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{len(self.rows)} rows from {self.created_by_id}"


class TeamReminder(models.Model):
    """A "remind those not done" sent to a team: when, and to how many people.

    A team lead may send one every 24 hours (``services.REMINDER_INTERVAL``), so
    nobody is nagged twice in a day by a double click or a second tab."""

    team = models.ForeignKey(
        "lms.Team", on_delete=models.CASCADE, related_name="awareness_reminders"
    )
    course = models.ForeignKey(
        AwarenessCoursePage, on_delete=models.CASCADE, related_name="+"
    )
    people = models.PositiveIntegerField(_("people reminded"), default=0)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        indexes = [models.Index(fields=["team", "course", "-sent_at"])]
        verbose_name = _("team reminder")
        verbose_name_plural = _("team reminders")

    def __str__(self) -> str:
        return f"{self.team} – {self.sent_at:%d %B %Y %H:%M}"
