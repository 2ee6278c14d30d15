"""The authored page tree: home, programme, course, module and lesson pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES, LearningOutcomeBlock, LessonStreamBlock
from ..panels import ReviewStatusPanel


class CachedViewRestrictionsMixin:
    """Wagtail's privacy check without its two queries when nothing applies.

    Wagtail looks up the view restrictions of a page and its ancestors on every
    request. Most learner pages have none: the paths that carry a restriction (or
    are aliases, which Wagtail resolves to their source) are cached until content or
    privacy settings change, and only pages under one of them ask the database.
    """

    def get_view_restrictions(self):
        from ..selectors import restricted_paths

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
        from ..selectors import page_for_url_path

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
        from ..permissions import ModulePermissionTester

        return ModulePermissionTester(user, self)

    def get_workflow(self):
        """A clinical module's workflow is Clinical review, wherever it sits."""
        from ..selectors import clinical_review_workflow, module_needs_clinical_review

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
