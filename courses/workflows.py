"""What happens when a Wagtail workflow finishes (WAGTAIL_FINISH_WORKFLOW_ACTION)."""

from wagtail.workflows import publish_workflow_state

# Wagtail reads this setting while its models load: import ours inside the function.


def workflow_finished_publish(workflow_state, user=None):
    """Publish what the workflow approved, as Wagtail does.

    A clinical module has no Publish button for anyone, so when a clinical reviewer
    has approved the very version being published, that approval is the permission.
    """
    from .models import ContentReview, ModulePage, ReviewOutcome

    content = workflow_state.content_object
    specific = getattr(content, "specific", content)
    if isinstance(specific, ModulePage):
        revision = specific.get_latest_revision()
        approved = ContentReview.objects.filter(
            module_id=specific.pk,
            revision=revision,
            outcome=ReviewOutcome.APPROVED,
        ).exists()
        if revision is not None and approved:
            revision.publish(user=user, skip_permission_checks=True)
            return
    publish_workflow_state(workflow_state, user=user)
