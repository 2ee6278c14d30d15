"""The staff-awareness course page, and the rules for its length."""

import math

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from courses.blocks import RICH_TEXT_FEATURES, LearningOutcomeBlock

from ..blocks import CheckQuestionBlock, SectionBlock

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
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.course_overview(course=self, user=request.user))
        return context


def course_check_publishable(course: AwarenessCoursePage) -> None:
    """Raise ValidationError when a course's sections are outside 40 to 50 minutes."""
    error = timing_error(course.total_minutes)
    if error:
        raise ValidationError({"sections": error})
