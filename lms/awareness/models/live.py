"""Live team sessions: join codes, attendance and the register."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .course import AwarenessCoursePage


def _session_code() -> str:
    # Eight characters (32 ** 8 codes) with guesses throttled: see
    # lms.security.join_codes.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(8))


class LiveSession(models.Model):
    """The course run live for a team, with a presenter view and a register."""

    team = models.ForeignKey(
        "lms.Team", on_delete=models.CASCADE, related_name="awareness_sessions"
    )
    course = models.ForeignKey(
        AwarenessCoursePage, on_delete=models.PROTECT, related_name="live_sessions"
    )
    presenter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("presenter"),
    )
    join_code = models.CharField(
        _("join code"), max_length=8, unique=True, default=_session_code
    )
    current_section = models.PositiveSmallIntegerField(default=0)
    section_started_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_early = models.BooleanField(_("ended early"), default=False)
    early_reason = models.TextField(_("why it ended early"), blank=True)
    # The course's published revision when the session started: the register says
    # which version was presented.
    course_version = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("live session")

    def __str__(self) -> str:
        return f"{self.course_id} for team {self.team_id} on {self.started_at:%Y-%m-%d}"

    @property
    def is_open(self) -> bool:
        return self.ended_at is None


class Attendance(models.Model):
    """Someone present at a live session, ticked on the register or joined by code."""

    class How(models.TextChoices):
        REGISTER = "register", _("Ticked on the register")
        CODE = "code", _("Joined with the code")

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="attendances"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="awareness_attendances",
    )
    how = models.CharField(max_length=10, choices=How.choices)
    joined_at = models.DateTimeField(default=timezone.now)
    # Joining with the code put them in the team: taking them off the register
    # takes them out of it again.
    added_to_team = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"], name="awareness_one_attendance"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} at session {self.session_id}"


class RegisterRemoval(models.Model):
    """Someone the presenter took off a live session's register: the code no longer
    lets them back in, and the session's end gives them no record of attending."""

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="removals"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("removed by"),
    )
    removed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"], name="awareness_one_removal"
            )
        ]
        verbose_name = _("removal from a register")

    def __str__(self) -> str:
        return f"{self.user_id} taken off session {self.session_id}"
