"""Quizzes (a page in a module) and the attempts learners make at them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from courses.blocks import RICH_TEXT_FEATURES
from courses.models import CachedViewRestrictionsMixin

from ..page_forms import QuestionBankScopedPageForm
from ..panels import AuthoringChecksPanel
from .questions import Question, QuestionCategory


class FeedbackTiming(models.TextChoices):
    """When a learner sees which answers were right."""

    AFTER_PASSING = "after_pass", _("Only once they pass")
    AFTER_LAST_ATTEMPT = "after_last", _("Once they pass or use their last attempt")
    NEVER = "never", _("Never (score only)")
    IMMEDIATELY = (
        "immediately",
        _(
            "As soon as they submit, even if they did not pass (not for must-pass "
            "questions: the key can be read and copied into the next attempt)"
        ),
    )


class QuizPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """A quiz in a module: fixed questions and/or questions drawn at random."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        help_text=_(
            "From 0 to 100. 80 is the recommended pass mark for a module quiz."
        ),  # noqa: E501
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        default=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "The curriculum allows 3: after the last one, the trainee talks to their "
            "trainer, who can allow another. Leave blank for no limit."
        ),
    )
    minutes_between_attempts = models.PositiveIntegerField(
        _("minutes to wait between attempts"),
        default=0,
        help_text=_(
            "Time to look back at the lessons before trying again: for example 30, "
            "60 for an hour or 1440 for a day. 0 means no wait."
        ),
    )
    shuffle_options = models.BooleanField(_("shuffle answer options"), default=True)
    feedback_timing = models.CharField(
        _("show right answers"),
        max_length=20,
        choices=FeedbackTiming.choices,
        default=FeedbackTiming.AFTER_PASSING,
        help_text=_(
            "Showing the right answers after a failed attempt lets people copy them "
            "into the next one."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("slots", label=_("Fixed questions"), heading=_("Fixed questions")),
        InlinePanel(
            "draws", label=_("Random questions"), heading=_("Questions drawn at random")
        ),
        MultiFieldPanel(
            [
                AuthoringChecksPanel(),
                FieldRowPanel(
                    [FieldPanel("pass_mark"), FieldPanel("attempts_allowed")]
                ),
                FieldPanel("minutes_between_attempts"),
                FieldPanel("shuffle_options"),
                FieldPanel("feedback_timing"),
            ],
            heading=_("Rules"),
        ),
    ]
    base_form_class = QuestionBankScopedPageForm
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("quiz")

    def clean(self):
        super().clean()
        if self.pass_mark > 100:
            raise ValidationError({"pass_mark": _("The pass mark is a percentage.")})

    # Views live in assessments/views.py; imported late because they import models.
    @path("")
    def index_route(self, request):
        from .. import views

        return views.quiz_index(request, self)

    @path("start/")
    def start_route(self, request):
        from .. import views

        return views.quiz_start(request, self)

    @path("attempts/<int:attempt_id>/")
    def attempt_route(self, request, attempt_id):
        from .. import views

        return views.quiz_attempt(request, self, attempt_id)

    @path("attempts/<int:attempt_id>/result/")
    def result_route(self, request, attempt_id):
        from .. import views

        return views.quiz_result(request, self, attempt_id)


class QuizQuestionSlot(Orderable):
    """A question every attempt at the quiz includes."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="slots")
    question = models.ForeignKey(
        Question, on_delete=models.PROTECT, related_name="+", verbose_name=_("question")
    )

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        verbose_name = _("fixed question")


class QuizRandomDraw(Orderable):
    """N questions drawn at random from a category when an attempt starts."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="draws")
    category = models.ForeignKey(
        QuestionCategory, on_delete=models.PROTECT, related_name="+"
    )
    count = models.PositiveSmallIntegerField(_("how many"), default=1)

    panels = [FieldRowPanel([FieldPanel("category"), FieldPanel("count")])]

    class Meta(Orderable.Meta):
        verbose_name = _("random questions")


class QuizAttempt(models.Model):
    """One go at a quiz: its questions and option order are frozen when it starts."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        AWAITING_MARKING = "awaiting_marking", _("Waiting for a trainer to mark")
        GRADED = "graded", _("Marked")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(
        QuizPage, on_delete=models.CASCADE, related_name="attempts"
    )
    number = models.PositiveSmallIntegerField()
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.IN_PROGRESS
    )
    started_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    graded_at = models.DateTimeField(null=True, blank=True)
    # Bumped on every save, so a stale or replayed form is refused.
    revision = models.PositiveIntegerField(default=0)
    # [{"id": question id, "frozen": {...}, "mark": weight}], fixed at start.
    questions = models.JSONField(default=list)
    responses = models.JSONField(default=dict, blank=True)
    results = models.JSONField(default=dict, blank=True)
    score_percent = models.FloatField(null=True, blank=True)
    passed = models.BooleanField(null=True, blank=True)
    safety_failed = models.BooleanField(default=False)
    lessons_to_revisit = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="one_attempt_number_per_quiz"
            )
        ]
        indexes = [models.Index(fields=["user", "quiz", "status"])]
        verbose_name = _("quiz attempt")

    def __str__(self) -> str:
        return f"Attempt {self.number} at {self.quiz_id} by {self.user_id}"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.IN_PROGRESS


class QuizAttemptAllowance(models.Model):
    """One more attempt at a quiz for one learner, allowed by their trainer after
    they used the quiz's last one (after a conversation, as the curriculum asks)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_attempt_allowances",
        verbose_name=_("learner"),
    )
    quiz = models.ForeignKey(
        QuizPage, on_delete=models.CASCADE, related_name="attempt_allowances"
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("allowed by"),
    )
    granted_at = models.DateTimeField(_("allowed on"), default=timezone.now)

    class Meta:
        ordering = ["granted_at"]
        verbose_name = _("extra quiz attempt")

    def __str__(self) -> str:
        return f"Another attempt at {self.quiz_id} for {self.user_id}"
