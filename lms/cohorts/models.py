"""Cohort schedules and invites, confidence surveys, check-ins and notifications."""

import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    AbstractForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.fields import RichTextField
from wagtail.search import index

from alongside.fields import SingleLineCharField
from courses.blocks import RICH_TEXT_FEATURES


def _token() -> str:
    return secrets.token_urlsafe(24)


class ModuleSchedule(models.Model):
    """When a cohort starts a module and when it should be finished."""

    cohort = models.ForeignKey(
        "lms.Cohort", on_delete=models.CASCADE, related_name="module_schedules"
    )
    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="+"
    )
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    due_on = models.DateField(_("due by"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "module"], name="one_schedule_per_cohort_module"
            )
        ]
        verbose_name = _("module dates")

    def __str__(self) -> str:
        return f"{self.cohort_id}/{self.module_id}: {self.starts_on}–{self.due_on}"


class CohortInvite(models.Model):
    """A personal invitation to join a cohort, sent by email."""

    cohort = models.ForeignKey(
        "lms.Cohort", on_delete=models.CASCADE, related_name="invites"
    )
    email = models.EmailField(_("email address"))
    full_name = SingleLineCharField(_("name"), max_length=150, blank=True)
    token = models.CharField(max_length=64, unique=True, default=_token)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="cohort_invites_accepted",
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "email"], name="one_invite_per_cohort_email"
            )
        ]
        verbose_name = _("cohort invite")

    def __str__(self) -> str:
        return f"{self.email} to {self.cohort_id}"


class ConfidenceItem(index.Indexed, models.Model):
    """A self-rated confidence statement, asked at enrolment and at completion."""

    programme = models.ForeignKey(
        "courses.ProgrammePage",
        on_delete=models.CASCADE,
        related_name="confidence_items",
        verbose_name=_("programme"),
    )
    topic = models.CharField(_("topic"), max_length=120)
    statement = models.CharField(
        _("statement"),
        max_length=300,
        help_text=_("For example: “I feel confident listening without judging.”"),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("asked"), default=True)

    panels = [
        FieldPanel("programme"),
        FieldRowPanel([FieldPanel("topic"), FieldPanel("sort_order")]),
        FieldPanel("statement"),
        FieldPanel("is_active"),
    ]
    search_fields = [index.SearchField("statement"), index.SearchField("topic")]

    class Meta:
        ordering = ["programme_id", "sort_order", "pk"]
        verbose_name = _("confidence question")

    def __str__(self) -> str:
        return f"{self.topic}: {self.statement}"


class SurveyStage(models.TextChoices):
    PRE = "pre", _("At the start")
    POST = "post", _("At the end")


CONFIDENCE_SCALE = [
    (1, _("Not at all confident")),
    (2, _("A little confident")),
    (3, _("Fairly confident")),
    (4, _("Confident")),
    (5, _("Very confident")),
]


class ConfidenceResponse(models.Model):
    """One trainee's rating of one confidence statement at one stage."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="confidence_responses",
    )
    item = models.ForeignKey(
        ConfidenceItem, on_delete=models.CASCADE, related_name="responses"
    )
    stage = models.CharField(max_length=4, choices=SurveyStage.choices)
    rating = models.PositiveSmallIntegerField(choices=CONFIDENCE_SCALE)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "item", "stage"], name="one_rating_per_item_stage"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.stage} {self.item_id}={self.rating}"


class CheckInMoment(models.TextChoices):
    BEFORE = "before", _("Before the module")
    AFTER = "after", _("After the module")


CHECK_IN_SCALE = [
    (1, _("Struggling")),
    (2, _("Low")),
    (3, _("Okay")),
    (4, _("Good")),
    (5, _("Very good")),
]


class WellbeingCheckIn(models.Model):
    """A private check-in around a difficult module.

    Only its owner ever sees the answer. It is never shown in the gradebook, reports,
    exports or any admin screen; a supervisor is told only that the trainee would
    like someone to get in touch, never how they said they felt.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="wellbeing_check_ins",
    )
    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="+"
    )
    moment = models.CharField(max_length=6, choices=CheckInMoment.choices)
    feeling = models.PositiveSmallIntegerField(
        choices=CHECK_IN_SCALE, null=True, blank=True
    )
    wants_contact = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    supervisors_told_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        default_permissions: tuple = ()

    def __str__(self) -> str:
        # Never the answer: this string may end up in logs.
        return f"Check-in {self.pk}"


class NotificationKind(models.TextChoices):
    WORK_MARKED = "work_marked", _("Your work has been marked")
    CERTIFICATE_ISSUED = "certificate_issued", _("A certificate has been issued")
    COUNTERSIGN = "countersign", _("Something is waiting for your countersignature")
    INACTIVE = "inactive", _("A gentle nudge when you have been away a while")
    DUE_DATE = "due_date", _("Module due dates")
    EXPIRING = "expiring", _("A certificate is due for renewal")
    CHECK_IN = "check_in", _("A trainee would like someone to get in touch")
    INVITE = "invite", _("Cohort invitations")


# The kinds people can choose to get by email (the rest are in-app only).
EMAIL_KINDS = [
    NotificationKind.WORK_MARKED,
    NotificationKind.CERTIFICATE_ISSUED,
    NotificationKind.EXPIRING,
    NotificationKind.COUNTERSIGN,
    NotificationKind.INACTIVE,
    NotificationKind.DUE_DATE,
    NotificationKind.CHECK_IN,
]
# Kinds whose email the certificates app sends itself (with the PDF, or the renewal
# details), after asking alongside.extensions.email_wanted: in-app only here.
EMAILED_ELSEWHERE = {NotificationKind.CERTIFICATE_ISSUED, NotificationKind.EXPIRING}


class Notification(models.Model):
    """A message in a person's notifications list."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(max_length=24, choices=NotificationKind.choices)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500, blank=True)
    # Makes creation idempotent, so a retried task never notifies twice.
    key = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return self.title


class NotificationPreference(models.Model):
    """Which emails a person has chosen to get (everything in-app regardless)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    emails_off = models.JSONField(
        default=list, blank=True, help_text="Kinds this person gets no email for."
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Email choices of {self.user_id}"


class FeedbackFormField(AbstractFormField):
    page = ParentalKey(
        "FeedbackFormPage", on_delete=models.CASCADE, related_name="form_fields"
    )


class FeedbackSubmission(AbstractFormSubmission):
    """One person's answers to an end-of-course feedback form (once each). Trainers
    see the answers in the admin, never who gave them."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page", "user"], name="one_feedback_per_person_per_form"
            )
        ]


class FeedbackFormPage(AbstractForm):
    """An end-of-course feedback form a trainer edits in the admin. Only people
    enrolled on the programme can send it, once each."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(
        _("thank-you message"), features=RICH_TEXT_FEATURES, blank=True
    )

    content_panels = [
        *AbstractForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Questions")),
        MultiFieldPanel([FieldPanel("thank_you_text")], heading=_("After sending")),
    ]
    parent_page_types = ["courses.ProgrammePage"]
    subpage_types: list[str] = []
    template = "cohorts/feedback_form_page.html"
    landing_page_template = "cohorts/feedback_form_page_landing.html"

    class Meta:
        verbose_name = _("end-of-course feedback form")

    def get_submission_class(self):
        return FeedbackSubmission

    def get_submissions_list_view_class(self):
        from .views import FeedbackSubmissionsListView

        return FeedbackSubmissionsListView

    def process_form_submission(self, form):
        try:
            with transaction.atomic():
                return FeedbackSubmission.objects.create(
                    form_data=form.cleaned_data, page=self, user=form.user
                )
        except IntegrityError:  # sent twice at once: the first one counts
            return FeedbackSubmission.objects.get(page=self, user=form.user)

    def serve(self, request, *args, **kwargs):
        from .views import feedback_form_gate

        refusal = feedback_form_gate(request, self)
        if refusal is not None:
            return refusal
        return super().serve(request, *args, **kwargs)
