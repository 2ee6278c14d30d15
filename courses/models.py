"""The authored page tree (programme → course → module → lesson) and the directory."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction, TaskState, get_page_models
from wagtail.models.workflows import AbstractGroupApprovalTask
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, LearningOutcomeBlock, LessonStreamBlock
from .panels import ReviewStatusPanel, SignpostChecksPanel

# A directory entry or a module review older than this is due again.
CHECK_EVERY_DAYS = 365

NATIONS = [
    ("england", _("England")),
    ("wales", _("Wales")),
    ("scotland", _("Scotland")),
    ("northern_ireland", _("Northern Ireland")),
]


class CachedViewRestrictionsMixin:
    """Wagtail's privacy check without its two queries when nothing applies.

    Wagtail looks up the view restrictions of a page and its ancestors on every
    request. Most learner pages have none: the paths that carry a restriction (or
    are aliases, which Wagtail resolves to their source) are cached until content or
    privacy settings change, and only pages under one of them ask the database.
    """

    def get_view_restrictions(self):
        from .selectors import restricted_paths

        if not self.alias_of_id and not self.path.startswith(restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class ChildrenChooseTheirParentMixin:
    """A page type whose children are the types naming it in their
    ``parent_page_types``: the home page's programmes and awareness courses, a
    programme's courses and feedback form, a module's lessons, quizzes and
    scenarios. So this app lists no page type of an app above it (tests/test_layers.py),
    and the bare ``Page`` is never a child."""

    @classmethod
    def clean_subpage_models(cls):
        if cls._clean_subpage_models is None:
            cls._clean_subpage_models = [
                model
                for model in get_page_models()
                if model is not Page and model.parent_page_types is not None
            ]
        return cls._clean_subpage_models


class HomePage(ChildrenChooseTheirParentMixin, Page):
    """The site's front page: a welcome and the programmes on offer."""

    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = ProgrammePage.objects.child_of(self).live().public()
        # Short courses (the staff-awareness course): every other live child that
        # is not an organisation's own programmes. Found by exclusion, so courses
        # never needs to know the apps above it.
        context["short_courses"] = (
            self.get_children()
            .live()
            .public()
            .not_type(ProgrammePage, OrganisationIndexPage)
            .specific()
        )
        return context

    def route(self, request, path_components):
        """Find the page by its URL path in one query rather than walking the tree
        level by level; the page found then routes what is left (quiz routes)."""
        from .selectors import page_for_url_path

        page, remaining = page_for_url_path(root=self, path_components=path_components)
        if page is None:
            return super().route(request, path_components)
        if isinstance(page, HomePage):
            # The home page itself, fresh from the database: route as Wagtail does.
            return super(HomePage, page).route(request, remaining)
        return page.route(request, remaining)


class OrganisationIndexPage(Page):
    """One organisation's own programmes, which only its trainers edit.

    Made for each organisation by ``lms.services.organisation_content_area_ensure``
    (never by hand), with the Wagtail page permissions of that organisation's
    editors group; everything else under the home page is the shared curriculum.
    """

    subpage_types = ["courses.ProgrammePage"]
    parent_page_types = ["courses.HomePage"]
    is_creatable = False
    template = "courses/home_page.html"

    class Meta:
        verbose_name = _("organisation's own programmes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = ProgrammePage.objects.child_of(self).live().public()
        return context


class ProgrammePage(ChildrenChooseTheirParentMixin, CachedViewRestrictionsMixin, Page):
    """A training programme, such as the Foundation certificate, made of courses."""

    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two plain sentences.")
    )
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    self_enrolment = models.BooleanField(
        _("anyone can enrol"),
        default=True,
        help_text=_("Off: people join only through a cohort invite link."),
    )
    who_it_is_for = models.TextField(_("who it is for"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("who_it_is_for"),
        FieldPanel("self_enrolment"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.HomePage", "courses.OrganisationIndexPage"]

    class Meta:
        verbose_name = _("programme")


class CoursePage(Page):
    """A course inside a programme: an ordered set of modules."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("intro")]
    parent_page_types = ["courses.ProgrammePage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")


class ModuleContentTag(TaggedItemBase):
    """A content-note tag (for example "suicide" or "stillbirth") on a module."""

    content_object = ParentalKey(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ModulePage(ChildrenChooseTheirParentMixin, CachedViewRestrictionsMixin, Page):
    """A module: outcomes, time, content note, review dates and its lessons."""

    code = models.CharField(
        _("code"), max_length=12, blank=True, help_text=_("Short code such as M4.")
    )
    summary = models.TextField(_("summary"), max_length=400)
    learning_outcomes = StreamField(
        [("outcome", LearningOutcomeBlock())],
        blank=True,
        verbose_name=_("learning outcomes"),
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=60)
    is_difficult = models.BooleanField(
        _("difficult content"),
        default=False,
        help_text=_("Show the content note before anything else in this module."),
    )
    content_note = models.TextField(
        _("content note"),
        blank=True,
        help_text=_("Say plainly which difficult topics come up in this module."),
    )
    content_tags = ClusterTaggableManager(
        through=ModuleContentTag, blank=True, verbose_name=_("content tags")
    )
    is_safety_critical = models.BooleanField(_("safety-critical"), default=False)
    is_clinical = models.BooleanField(
        _("clinical content"),
        default=False,
        help_text=_(
            "Tick if this module teaches anything a clinician should check. It is then "
            "published only when a clinical reviewer approves it (the Clinical review "
            "workflow): submit it for review instead of publishing."
        ),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="required_by",
        verbose_name=_("modules to finish first"),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("code"), FieldPanel("estimated_minutes")]),
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("is_difficult"),
                FieldPanel("content_note"),
                FieldPanel("content_tags"),
                FieldPanel("is_safety_critical"),
            ],
            heading=_("Content note and safety"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_clinical"), ReviewStatusPanel()],
            heading=_("Review"),
        ),
        FieldPanel("prerequisites"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("module")

    def clean(self):
        super().clean()
        errors = {}
        if self.is_difficult and not self.content_note.strip():
            errors["content_note"] = _(
                "A module marked as difficult needs a content note for learners."
            )
        if errors:
            raise ValidationError(errors)

    def permissions_for_user(self, user):
        """Nobody publishes a clinical module directly: its workflow does, once a
        clinical reviewer has approved it."""
        from .permissions import ModulePermissionTester

        return ModulePermissionTester(user, self)

    def get_workflow(self):
        """A clinical module's workflow is Clinical review, wherever it sits."""
        from .selectors import clinical_review_workflow, module_needs_clinical_review

        if module_needs_clinical_review(self):
            workflow = clinical_review_workflow()
            if workflow is not None:
                return workflow
        return super().get_workflow()

    @property
    def has_workflow(self):
        return self.get_workflow() is not None

    @cached_property
    def content_tag_names(self) -> list[str]:
        """Tag names, for showing beside the content note."""
        return [tag.name for tag in self.content_tags.all()]


class LessonPage(CachedViewRestrictionsMixin, Page):
    """One lesson: a short, self-contained piece of learning in a module."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=15)
    body = StreamField(LessonStreamBlock(), verbose_name=_("lesson content"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")


class SignpostCategory(models.TextChoices):
    """What a directory entry helps with."""

    EMERGENCY = "emergency", _("Immediate danger")
    URGENT_MENTAL_HEALTH = "urgent_mental_health", _("Urgent mental health help")
    LISTENING = "listening", _("Someone to listen")
    TEXT = "text", _("Text support")
    CHILD_SAFETY = "child_safety", _("Worried about a child")
    ADULT_SAFETY = "adult_safety", _("Worried about an adult")
    DOMESTIC_ABUSE = "domestic_abuse", _("Domestic abuse")
    FEEDING = "feeding", _("Feeding")
    SAFER_SLEEP = "safer_sleep", _("Safer sleep")
    PERINATAL = "perinatal", _("Perinatal mental health")
    BABY_LOSS = "baby_loss", _("Baby loss")
    CRYING = "crying", _("A baby's crying")


class Signpost(index.Indexed, models.Model):
    """An entry in the signposting directory: a helpline or service."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    category = models.CharField(
        _("category"), max_length=40, choices=SignpostCategory.choices
    )
    purpose = models.TextField(_("what it is for"), max_length=400)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    phone_note = models.CharField(
        _("other ways to reach them"),
        max_length=120,
        blank=True,
        help_text=_("For example a textphone or text number."),
    )
    hours = models.CharField(_("opening hours"), max_length=160, blank=True)
    website = models.URLField(_("website"), blank=True)
    covers_england = models.BooleanField(_("England"), default=True)
    covers_wales = models.BooleanField(_("Wales"), default=True)
    covers_scotland = models.BooleanField(_("Scotland"), default=True)
    covers_northern_ireland = models.BooleanField(_("Northern Ireland"), default=True)
    is_crisis = models.BooleanField(
        _("show in the support panel"),
        default=False,
        help_text=_("Crisis and urgent lines appear on every learner page."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("category"),
        FieldPanel("purpose"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("phone_note")]),
        FieldPanel("hours"),
        FieldPanel("website"),
        MultiFieldPanel(
            [
                FieldPanel("covers_england"),
                FieldPanel("covers_wales"),
                FieldPanel("covers_scotland"),
                FieldPanel("covers_northern_ireland"),
            ],
            heading=_("Nations it covers"),
        ),
        FieldRowPanel([FieldPanel("is_crisis"), FieldPanel("sort_order")]),
        SignpostChecksPanel(heading=_("Checks")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("purpose"),
        index.AutocompleteField("name"),
        index.FilterField("category"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("signposting entry")
        verbose_name_plural = _("signposting directory")

    def __str__(self) -> str:
        return self.name

    @property
    def nations(self) -> list[str]:
        """Codes of the nations this entry covers."""
        return [code for code, _label in NATIONS if getattr(self, f"covers_{code}")]

    @property
    def nation_labels(self) -> str:
        """Readable list of nations, or "UK-wide"."""
        if len(self.nations) == len(NATIONS):
            return str(_("UK-wide"))
        labels = dict(NATIONS)
        return ", ".join(str(labels[code]) for code in self.nations)

    @cached_property
    def latest_check(self) -> "SignpostVerification | None":
        """The most recent verification record (prefetched in the admin listing)."""
        checks = sorted(
            self.verifications.all(),
            key=lambda check: (check.checked_on, check.pk),
            reverse=True,
        )
        return checks[0] if checks else None

    @property
    def last_checked_label(self) -> str:
        """ "Verified on … by …" from the latest record, or that it never was."""
        check = self.latest_check
        if check is None:
            return str(_("Not checked yet"))
        return _("Verified on %(date)s by %(name)s") % {
            "date": f"{check.checked_on:%-d %B %Y}",
            "name": check.checked_by_name,
        }

    @property
    def needs_checking(self) -> bool:
        """True when the entry was never checked, or not in the last 12 months."""
        check = self.latest_check
        if check is None:
            return True
        return check.checked_on < timezone.localdate() - datetime.timedelta(
            days=CHECK_EVERY_DAYS
        )

    @property
    def tel_href(self) -> str:
        """The number in a form a phone can dial."""
        digits = "".join(ch for ch in self.phone if ch.isdigit())
        return f"tel:{digits}" if digits else ""


class SignpostVerification(models.Model):
    """Someone checked a directory entry: who, when, and which number and address.

    The only source of an entry's "verified on … by …"; recorded from the admin's
    "Record a check" page, never typed into the entry itself.
    """

    signpost = models.ForeignKey(
        Signpost, on_delete=models.CASCADE, related_name="verifications"
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    checked_by_name = models.CharField(_("checked by"), max_length=150)
    checked_on = models.DateField(_("checked on"), default=timezone.localdate)
    phone_checked = models.CharField(_("number checked"), max_length=60, blank=True)
    website_checked = models.URLField(_("website checked"), blank=True)
    notes = models.TextField(_("what you checked"), max_length=400, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-checked_on", "-pk"]
        verbose_name = _("directory check")

    def __str__(self) -> str:
        return f"{self.signpost}: {self.checked_on:%-d %B %Y}, {self.checked_by_name}"


class ReviewOutcome(models.TextChoices):
    APPROVED = "approved", _("Approved")
    CHANGES_NEEDED = "changes_needed", _("Changes needed")


class ContentReview(models.Model):
    """A reviewer's check of one version (page revision) of a module.

    Made by the Clinical review workflow when a reviewer approves or asks for
    changes; the only source of the "Reviewed on … by a …" line learners see.
    """

    module = models.ForeignKey(
        ModulePage, on_delete=models.CASCADE, related_name="reviews"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("version reviewed"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    reviewer_name = models.CharField(_("reviewer"), max_length=150)
    reviewer_role = models.CharField(_("reviewer's role"), max_length=120)
    checked = models.TextField(_("what they checked"), max_length=2000)
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=ReviewOutcome.choices
    )
    comment = models.TextField(_("comment"), blank=True)
    reviewed_at = models.DateTimeField(_("reviewed on"), default=timezone.now)

    class Meta:
        ordering = ["-reviewed_at", "-pk"]
        verbose_name = _("content review")

    def __str__(self) -> str:
        return f"{self.module}: {self.get_outcome_display()}, {self.reviewer_name}"

    @property
    def role_with_article(self) -> str:
        """ "a health visitor", "an equality and inclusion lead"."""
        role = self.reviewer_role.strip().lower()
        article = "an" if role[:1] in {"a", "e", "i", "o", "u"} else "a"
        return f"{article} {role}"


class ClinicalReviewTask(AbstractGroupApprovalTask):
    """Approval by a clinical reviewer that records the review of the version approved.

    Only members of the chosen groups may approve or ask for changes (a site admin
    too must join the group first); each decision is a ``ContentReview``.
    """

    def get_actions(self, obj, user):
        if not user.is_active or not self._user_in_groups(user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if user.is_active and self._user_in_groups(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        return TaskState.objects.none()

    def get_form_for_action(self, action):
        from .forms import ClinicalReviewDecisionForm

        return ClinicalReviewDecisionForm

    def on_action(self, task_state, user, action_name, **kwargs):
        from .services import content_review_record

        checked = str(kwargs.pop("checked", "") or "").strip()
        role = str(kwargs.pop("reviewer_role", "") or "").strip()
        if action_name not in ("approve", "reject"):
            return super().on_action(task_state, user, action_name, **kwargs)
        if not checked or not role:
            return None  # the form asks for both; nothing is decided without them
        content = task_state.workflow_state.content_object
        content = getattr(content, "specific", content)
        if not isinstance(content, ModulePage):
            # Assigned to other content in Settings → Workflows: approve as Wagtail
            # does; reviews are recorded for modules only.
            return super().on_action(task_state, user, action_name, **kwargs)
        with transaction.atomic():
            content_review_record(
                module=content,
                user=user,
                role=role,
                checked=checked,
                approved=action_name == "approve",
                comment=str(kwargs.get("comment", "") or ""),
            )
            return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve the version or ask for changes; "
            "each decision is recorded as a content review of that version."
        )

    class Meta:
        verbose_name = _("clinical review task")
        verbose_name_plural = _("clinical review tasks")
