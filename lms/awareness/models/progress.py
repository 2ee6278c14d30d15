"""A learner's progress through the course, and its completion."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .course import AwarenessCoursePage
from .live import LiveSession


class CourseProgress(models.Model):
    """How far someone is through the course on their own, across sittings."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="awareness_progress",
    )
    course = models.ForeignKey(
        AwarenessCoursePage, on_delete=models.CASCADE, related_name="progress"
    )
    # Stream block ids of the sections read, so reordering keeps progress.
    sections_done = models.JSONField(default=list, blank=True)
    check_score = models.PositiveSmallIntegerField(null=True, blank=True)
    check_total = models.PositiveSmallIntegerField(null=True, blank=True)
    check_passed = models.BooleanField(default=False)
    # Seconds counted on each section (by stream block id), measured on the server.
    section_seconds = models.JSONField(default=dict, blank=True)
    # The section last served to this person, and when: the clock that is running.
    open_section = models.CharField(max_length=64, blank=True)
    opened_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="awareness_one_progress_per_course"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.course_id}"

    @property
    def seconds_spent(self) -> int:
        return sum(int(value) for value in self.section_seconds.values())

    @property
    def minutes_spent(self) -> int:
        return self.seconds_spent // 60


class Completion(models.Model):
    """A record that someone has done the course, on their own or at a live session."""

    class Mode(models.TextChoices):
        SELF_PACED = "self_paced", _("On their own")
        LIVE = "live", _("At a live session")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="awareness_completions",
    )
    course = models.ForeignKey(
        AwarenessCoursePage, on_delete=models.CASCADE, related_name="completions"
    )
    mode = models.CharField(max_length=12, choices=Mode.choices)
    session = models.ForeignKey(
        LiveSession,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="completions",
    )
    completed_at = models.DateTimeField(default=timezone.now)
    # Time actually spent: measured on their own, or the live session's running time.
    minutes_spent = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="awareness_one_completion"
            )
        ]
        verbose_name = _("course completion")

    def __str__(self) -> str:
        return f"{self.user_id} completed {self.course_id} ({self.mode})"
