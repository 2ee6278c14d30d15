"""What happens when a Wagtail workflow finishes (WAGTAIL_FINISH_WORKFLOW_ACTION)."""

from wagtail.workflows import publish_workflow_state

# Wagtail reads this setting while its models load: import ours inside the function.


def workflow_finished_publish(workflow_state, user=None):
    """Publish what the workflow approved, as Wagtail does.

    A clinical module has no Publish button for anyone, and clinical reviewers hold no
    page permissions: when a clinical review task in this workflow was approved, that
    approval is the permission to publish the version it approved.
    """
    from wagtail.models import TaskState

    from .models import ClinicalReviewTask

    approved_by_clinical_review = TaskState.objects.filter(
        workflow_state=workflow_state,
        status=TaskState.STATUS_APPROVED,
        task__in=ClinicalReviewTask.objects.all(),
    ).exists()
    revision = workflow_state.content_object.get_latest_revision()
    if approved_by_clinical_review and revision is not None:
        revision.publish(user=user, skip_permission_checks=True)
        return
    publish_workflow_state(workflow_state, user=user)
