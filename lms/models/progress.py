"""A learner's way through a programme: enrolment, lessons and modules finished,
and content-note choices."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .organisations import Cohort


class Enrolment(models.Model):
    """A person taking a programme, alone or in a cohort, and where they are in it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    cohort = models.ForeignKey(
        Cohort,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enrolments",
    )
    enrolled_at = models.DateTimeField(default=timezone.now)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Where to resume."),
    )
    last_active_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "programme"], name="one_enrolment_per_programme"
            )
        ]
        verbose_name = _("enrolment")

    def __str__(self) -> str:
        return f"{self.user} on {self.programme_id}"


class LessonCompletion(models.Model):
    """A learner said "I've finished this lesson": kept (with its title and the time
    spent) even when the lesson is later deleted, as part of the learner's history."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="completions",
    )
    # What the lesson was called when finished, for when it has since been deleted.
    lesson_title = models.CharField(max_length=255, blank=True)
    # The lesson's tree path, kept so progress in any module, course or programme is
    # one indexed prefix count, whatever the size of the course.
    lesson_path = models.CharField(max_length=255, db_index=True)
    completed_at = models.DateTimeField(default=timezone.now)
    # Seconds from opening the lesson to finishing it (capped), when we saw both;
    # reports fall back on the lesson's planned length when it is empty.
    seconds_spent = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="one_completion_per_lesson"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} finished lesson {self.lesson_id}"


class ModuleCompletion(models.Model):
    """A learner finished a module: kept for good, so that publishing, moving or
    removing content later never takes it (or what it unlocked) away from them.

    Written when every lesson is finished and every quiz is passed or sent for
    marking; ``passed_at`` follows once every quiz is passed, which is what a
    certificate needs.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="module_completions",
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="completions",
    )
    # What the module was called when finished, for when it has since been deleted.
    module_title = models.CharField(max_length=255, blank=True)
    finished_at = models.DateTimeField(default=timezone.now)
    passed_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("When every quiz in it was passed; empty while marking waits."),
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module"], name="one_completion_per_module"
            )
        ]
        verbose_name = _("finished module")

    def __str__(self) -> str:
        return f"{self.user_id} finished module {self.module_id}"


class ContentNoteChoice(models.Model):
    """What a learner chose when shown a module's content note."""

    class Choice(models.TextChoices):
        CONTINUE = "continue", _("Continue")
        LATER = "later", _("Come back later")
        SUPPORT = "support", _("Get support")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="content_note_choices",
    )
    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="+"
    )
    choice = models.CharField(max_length=10, choices=Choice.choices)
    chosen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-chosen_at"]
        indexes = [models.Index(fields=["user", "module", "-chosen_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} chose {self.choice} for module {self.module_id}"
