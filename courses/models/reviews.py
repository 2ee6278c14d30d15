"""Reviews of a module's content, and the clinical review step of its workflow."""

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import TaskState
from wagtail.models.workflows import AbstractGroupApprovalTask

from .pages import ModulePage


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
        from ..forms import ClinicalReviewDecisionForm

        return ClinicalReviewDecisionForm

    def on_action(self, task_state, user, action_name, **kwargs):
        from ..services import content_review_record

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
