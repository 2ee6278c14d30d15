"""The short staff-awareness course, its learners' progress, and live sessions."""

import math
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from courses.blocks import RICH_TEXT_FEATURES, LearningOutcomeBlock

from .blocks import CheckQuestionBlock, SectionBlock

MIN_MINUTES = 40
MAX_MINUTES = 50
# Share of the planned length someone must spend before the course counts as done.
MINIMUM_SHARE = 0.8
# One sitting with a section counts for at most this many times its planned minutes,
# so a tab left open overnight does not count as hours.
SECTION_CAP_FACTOR = 2


def sections_total_minutes(sections) -> int:
    """The planned length of a StreamField value of sections."""
    return sum(int(block.value["minutes"] or 0) for block in sections)


def timing_error(total: int) -> str | None:
    """Why a course of ``total`` minutes cannot be published, or None."""
    if MIN_MINUTES <= total <= MAX_MINUTES:
        return None
    return _(
        "The sections add up to %(total)d minutes. A staff-awareness course must "
        "come to between %(min)d and %(max)d minutes before it can be published."
    ) % {"total": total, "min": MIN_MINUTES, "max": MAX_MINUTES}


# Editor buttons that publish now, or send the content on its way to being published.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class AwarenessCourseForm(WagtailAdminPageForm):
    """Drafts may be any length; publishing needs 40 to 50 minutes of sections."""

    def _publishing(self) -> bool:
        if any(action in self.data for action in PUBLISHING_ACTIONS):
            return True
        if "action-workflow-action" in self.data:
            # Approving from the editor publishes this content; rejecting does not.
            return self.data.get("workflow-action-name") != "reject"
        # A moderator's approval publishes the latest draft, so while the page is in
        # moderation every draft must keep to the rule too.
        page = self.instance
        return bool(page.pk and page.workflow_in_progress)

    def clean(self):
        cleaned = super().clean()
        sections = cleaned.get("sections")
        if sections is not None and self._publishing():
            error = timing_error(sections_total_minutes(sections))
            if error:
                self.add_error("sections", error)
        return cleaned


class AwarenessCoursePage(Page):
    """A short course for NHS staff, made of timed sections and an optional check."""

    summary = models.TextField(_("summary"), max_length=400)
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    learning_outcomes = StreamField(
        [("outcome", LearningOutcomeBlock())],
        blank=True,
        verbose_name=_("learning outcomes"),
    )
    sections = StreamField(
        [("section", SectionBlock())],
        verbose_name=_("timed sections"),
        help_text=_("Together they must come to 40 to 50 minutes."),
    )
    knowledge_check = StreamField(
        [("question", CheckQuestionBlock())],
        blank=True,
        verbose_name=_("knowledge check"),
        help_text=_("Optional: three to five quick questions at the end."),
    )
    check_pass_mark = models.PositiveSmallIntegerField(
        _("knowledge check pass mark (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "The share of the knowledge check someone must get right to complete "
            "the course on their own. They can try the check again."
        ),
    )

    competence_name = models.CharField(
        _("competence name"),
        max_length=200,
        blank=True,
        help_text=_(
            "The name your trust's training records (ESR) give this training, if "
            "any: it goes on the register of live sessions."
        ),
    )
    refresher_months = models.PositiveSmallIntegerField(
        _("refresh every (months)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
        help_text=_("Leave empty if it need not be taken again. 36 is three years."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("learning_outcomes"),
        FieldPanel("sections"),
        FieldPanel("knowledge_check"),
        FieldPanel("check_pass_mark"),
        FieldPanel("competence_name"),
        FieldPanel("refresher_months"),
    ]
    base_form_class = AwarenessCourseForm
    parent_page_types = ["courses.HomePage"]
    subpage_types: list[str] = []
    template = "awareness/course_page.html"

    class Meta:
        verbose_name = _("staff-awareness course")

    @property
    def total_minutes(self) -> int:
        return sections_total_minutes(self.sections)

    @property
    def minimum_minutes(self) -> int:
        """The least time someone must spend on the course to complete it alone."""
        return math.ceil(self.total_minutes * MINIMUM_SHARE)

    def get_context(self, request, *args, **kwargs):
        from . import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.course_overview(course=self, user=request.user))
        return context


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


def course_check_publishable(course: AwarenessCoursePage) -> None:
    """Raise ValidationError when a course's sections are outside 40 to 50 minutes."""
    error = timing_error(course.total_minutes)
    if error:
        raise ValidationError({"sections": error})


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
