"""Branching scenarios, free-text scenarios marked against a rubric, and rubrics."""

import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PreviewableMixin
from wagtail.search import index

from courses.blocks import RICH_TEXT_FEATURES
from courses.models import CachedViewRestrictionsMixin

from ..blocks import RATING_LABELS, RubricCriterionBlock, ScenarioNodeBlock
from ..page_forms import QuestionBankScopedPageForm
from ..panels import AuthoringChecksPanel
from .questions import collection_field


@dataclass(frozen=True)
class GraphWarning:
    """Something a trainer should fix in a branching scenario."""

    node: str
    message: str


def _on_cycle(key: str, edges: dict[str, list[str]]) -> bool:
    """True if some path from the node leads back to it."""
    seen: set[str] = set()
    frontier = list(edges.get(key, []))
    while frontier:
        current = frontier.pop()
        if current == key:
            return True
        if current not in seen:
            seen.add(current)
            frontier.extend(edges.get(current, []))
    return False


def scenario_graph_warnings(nodes: list[dict], start: str) -> list[GraphWarning]:
    """Unreachable nodes, dead ends, missing targets and cycles with no way out."""
    warnings: list[GraphWarning] = []
    by_key: dict[str, dict] = {}
    for node in nodes:
        key = (node.get("key") or "").strip()
        if not key:
            warnings.append(GraphWarning("?", str(_("A node has no key."))))
            continue
        if key in by_key:
            warnings.append(GraphWarning(key, str(_("Two nodes share this key."))))
        by_key[key] = node
    if start not in by_key:
        warnings.append(
            GraphWarning(start or "?", str(_("The start node is missing.")))
        )
        return warnings
    edges: dict[str, list[str]] = {}
    for key, node in by_key.items():
        targets = [(c.get("goto") or "").strip() for c in node.get("choices") or []]
        edges[key] = [t for t in targets if t in by_key]
        for target in targets:
            if target not in by_key:
                warnings.append(
                    GraphWarning(
                        key,
                        str(_("A choice leads to “%s”, which does not exist."))
                        % target,
                    )
                )
        if node.get("is_end"):
            if targets:
                warnings.append(
                    GraphWarning(key, str(_("An end node should not have choices.")))
                )
            debrief = node.get("debrief")
            if not strip_tags(str(getattr(debrief, "source", debrief) or "")).strip():
                warnings.append(
                    GraphWarning(
                        key,
                        str(_("An end node needs a debrief for the learner to read.")),
                    )
                )
        elif not targets:
            warnings.append(
                GraphWarning(
                    key, str(_("Dead end: no choices and not marked as an end."))
                )
            )
    reachable = {start}
    frontier = [start]
    while frontier:
        for target in edges.get(frontier.pop(), []):
            if target not in reachable:
                reachable.add(target)
                frontier.append(target)
    for key in by_key:
        if key not in reachable:
            warnings.append(
                GraphWarning(key, str(_("No path from the start reaches it.")))
            )
    # A node "has an exit" if some end node can be reached from it.
    can_finish = {k for k, n in by_key.items() if n.get("is_end")}
    changed = True
    while changed:
        changed = False
        for key, targets in edges.items():
            if key not in can_finish and any(t in can_finish for t in targets):
                can_finish.add(key)
                changed = True
    for key in reachable:
        # Only nodes on a cycle: a node that merely leads to a dead end is not in a
        # loop, and the dead end has its own warning.
        if key not in can_finish and _on_cycle(key, edges):
            warnings.append(
                GraphWarning(key, str(_("A loop with no way out to an end node.")))
            )
    return warnings


class ScenarioPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """A branching scenario: situations and choices, ending in a debrief."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    content_note = models.TextField(_("content note"), blank=True)
    start_key = models.CharField(_("start node key"), max_length=60, default="start")
    nodes = StreamField(
        [("node", ScenarioNodeBlock())], verbose_name=_("nodes"), blank=True
    )
    pass_without_unsafe = models.BooleanField(
        _("pass only with no unsafe choice"), default=True
    )
    pass_min_points = models.PositiveIntegerField(_("points needed to pass"), default=0)
    is_safety_critical = models.BooleanField(
        _("safety-critical"),
        default=False,
        help_text=_(
            "Risk to a parent or baby is part of this scenario. Any choice marked "
            "“delays escalating a risk” must then be rated Unsafe, and the admin "
            "warns when one is not."
        ),
    )

    alternative_to = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="alternatives",
        verbose_name=_("alternative to"),
        help_text=_(
            "Set this on a scenario that practises the same skills as a distressing "
            "one, so a trainee for whom that one is too close to home can take this "
            "instead. Passing either counts towards the certificate."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("content_note"),
        FieldPanel("alternative_to"),
        HelpPanel(template="assessments/admin/scenario_graph_panel.html"),
        FieldPanel("start_key"),
        FieldPanel("nodes"),
        MultiFieldPanel(
            [
                AuthoringChecksPanel(),
                FieldPanel("is_safety_critical"),
                FieldPanel("pass_without_unsafe"),
                FieldPanel("pass_min_points"),
            ],
            heading=_("Scoring"),
        ),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("branching scenario")

    def node_map(self) -> dict[str, dict]:
        """Nodes by key, as plain dicts."""
        result = {}
        for child in self.nodes:
            value = child.value
            result[value["key"].strip()] = {
                "key": value["key"].strip(),
                "title": value["title"],
                "text": value["text"],
                "media": value.get("media"),
                "transcript": value.get("transcript") or "",
                "is_end": bool(value.get("is_end")),
                "debrief": value.get("debrief"),
                "choices": [
                    {
                        "text": c["text"],
                        "goto": (c["goto"] or "").strip(),
                        "feedback": c["feedback"],
                        "rating": c["rating"],
                        "rating_label": str(
                            RATING_LABELS.get(c["rating"], c["rating"])
                        ),
                        "points": int(c["points"] or 0),
                        "delays_escalation": bool(c.get("delays_escalation")),
                    }
                    for c in value.get("choices") or []
                ],
            }
        return result

    def graph_warnings(self) -> list[GraphWarning]:
        """Problems a trainer should fix before publishing."""
        return scenario_graph_warnings(list(self.node_map().values()), self.start_key)

    @path("")
    def index_route(self, request):
        from .. import views

        return views.scenario_play(request, self)

    @path("start/")
    def start_route(self, request):
        from .. import views

        return views.scenario_start(request, self)

    @path("attempts/<int:attempt_id>/")
    def attempt_route(self, request, attempt_id):
        from .. import views

        return views.scenario_attempt(request, self, attempt_id)


def new_choice_seed() -> int:
    """A random seed for the order a run shows its choices in."""
    return secrets.randbelow(2**31)


class ScenarioAttempt(models.Model):
    """A learner's path through a branching scenario, choice by choice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="scenario_attempts",
    )
    scenario = models.ForeignKey(
        ScenarioPage, on_delete=models.CASCADE, related_name="attempts"
    )
    number = models.PositiveSmallIntegerField()
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    current_node = models.CharField(max_length=60)
    # Shuffles the choices at each step, so their order tells the learner nothing;
    # fixed for the run, so a reload shows the same order.
    choice_seed = models.PositiveIntegerField(default=new_choice_seed)
    # [{"node": key, "choice": index, "text", "rating", "points", "feedback"}]
    path = models.JSONField(default=list, blank=True)
    points = models.IntegerField(default=0)
    made_unsafe_choice = models.BooleanField(default=False)
    passed = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "scenario", "number"],
                name="one_scenario_attempt_number",
            )
        ]
        verbose_name = _("scenario attempt")

    def __str__(self) -> str:
        return f"Attempt {self.number} at scenario {self.scenario_id}"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    def choice_order(self, node_key: str, count: int) -> list[int]:
        """Authored indexes of a node's choices, in the order this run shows them."""
        return sorted(
            range(count),
            key=lambda i: hashlib.sha256(
                f"{self.choice_seed}:{node_key}:{i}".encode()
            ).digest(),
        )


class Rubric(PreviewableMixin, index.Indexed, models.Model):
    """Criteria × levels with descriptors, for marking written work."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    criteria = StreamField(
        [("criterion", RubricCriterionBlock())], verbose_name=_("criteria")
    )
    collection = collection_field()

    panels = [FieldPanel("name"), FieldPanel("criteria"), FieldPanel("collection")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("rubric")

    def __str__(self) -> str:
        return self.name

    def criteria_list(self) -> list[dict]:
        """Criteria as plain dicts, each with its levels."""
        return [
            {
                "name": c.value["name"],
                "must_meet": bool(c.value.get("must_meet")),
                "levels": [
                    {
                        "label": lv["label"],
                        "points": int(lv["points"]),
                        "descriptor": lv["descriptor"],
                    }
                    for lv in c.value["levels"]
                ],
            }
            for c in self.criteria
        ]

    @property
    def max_points(self) -> int:
        return sum(
            max((lv["points"] for lv in c["levels"]), default=0)
            for c in self.criteria_list()
        )

    def get_preview_template(self, request, mode_name):
        return "assessments/rubric_preview.html"


class FreeTextScenarioPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """A situation the learner answers in writing, marked by a trainer."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    content_note = models.TextField(_("content note"), blank=True)
    prompt = RichTextField(_("the situation and task"), features=RICH_TEXT_FEATURES)
    rubric = models.ForeignKey(
        Rubric, on_delete=models.PROTECT, related_name="+", verbose_name=_("rubric")
    )
    pass_points = models.PositiveIntegerField(_("points needed to pass"), default=0)
    model_answer = models.TextField(
        _("model answer"), blank=True, help_text=_("For markers only; never shown.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("content_note"),
        FieldPanel("prompt"),
        FieldRowPanel([FieldPanel("rubric"), FieldPanel("pass_points")]),
        FieldPanel("model_answer"),
    ]
    base_form_class = QuestionBankScopedPageForm
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("free-text scenario")

    @path("")
    def index_route(self, request):
        from .. import views

        return views.free_text_page(request, self)


class FreeTextSubmission(models.Model):
    """A learner's written answer: a draft until submitted, then marked."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Waiting to be marked")
        MARKED = "marked", _("Marked")
        RESUBMIT = "resubmit", _("Marked: please try again")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="free_text_submissions",
    )
    scenario = models.ForeignKey(
        FreeTextScenarioPage, on_delete=models.CASCADE, related_name="submissions"
    )
    number = models.PositiveSmallIntegerField(default=1)
    text = models.TextField(_("your answer"), max_length=20000, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default="draft")
    revision = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # Marking
    marker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    levels = models.JSONField(default=dict, blank=True)
    points = models.PositiveIntegerField(null=True, blank=True)
    passed = models.BooleanField(null=True, blank=True)
    comments = models.TextField(_("comments for the learner"), blank=True)
    marked_at = models.DateTimeField(null=True, blank=True)
    learner_seen_mark = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "scenario", "number"], name="one_submission_number"
            )
        ]
        indexes = [models.Index(fields=["status", "submitted_at"])]
        verbose_name = _("free-text submission")

    def __str__(self) -> str:
        return f"Submission {self.number} to {self.scenario_id} by {self.user_id}"
