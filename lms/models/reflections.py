"""The reflective log."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The most a finished reflective-log entry may hold; longer text is refused with a
# message (and kept as a draft), never cut short.
REFLECTION_MAX_CHARACTERS = 20000


class ReflectiveEntry(models.Model):
    """A private reflective-log entry; only its owner, or one person they share with."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reflective_entries",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    prompt = models.TextField(_("prompt"), blank=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    body = models.TextField(_("your reflection"), max_length=REFLECTION_MAX_CHARACTERS)
    # Kept when someone stops part-way ("Take a break", "Get support"): their own,
    # unfinished, never shared and not counted towards a certificate.
    is_draft = models.BooleanField(_("draft"), default=False)
    shared_with = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reflections_shared_with_me",
        verbose_name=_("shared with"),
    )
    shared_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("reflective log entry")
        verbose_name_plural = _("reflective log entries")

    def __str__(self) -> str:
        return self.title or self.created_at.strftime("%d %B %Y")
