"""Launches of the course from a trust's own LMS (LTI 1.3)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .course import AwarenessCoursePage


class LtiCourseLaunch(models.Model):
    """A trust's LMS launched the course for one of its staff over LTI 1.3: where
    their completion and score go back (Assignment and Grade Services)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="awareness_lti_launches",
    )
    course = models.ForeignKey(
        AwarenessCoursePage, on_delete=models.CASCADE, related_name="lti_launches"
    )
    registration = models.ForeignKey(
        "lti_tool.LtiRegistration", on_delete=models.CASCADE, related_name="+"
    )
    # The launch's AGS claim (line item and scope), as the platform sent it.
    ags_claim = models.JSONField(default=dict)
    # The person's id on that platform, for the score.
    sub = models.CharField(max_length=255)
    lineitem = models.URLField(max_length=1000, blank=True)
    launched_at = models.DateTimeField(default=timezone.now)
    score_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course", "registration", "lineitem"],
                name="awareness_one_lti_launch_per_lineitem",
            )
        ]
        verbose_name = _("LTI launch of the course")

    def __str__(self) -> str:
        return f"{self.user_id} launched {self.course_id} from {self.registration_id}"
