"""A module's review is a record, made by the Clinical review workflow.

Learners see "Reviewed on … by a …" only for the version a reviewer approved; a clinical
module is published only when a member of the Clinical reviewers group approves it.
"""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow, WorkflowState
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    streamfield,
)

from courses.models import ContentReview, ModulePage, ReviewOutcome
from courses.services import content_review_record
from lms.roles import Role
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

REVIEW = {
    "reviewer_role": "Perinatal mental health nurse",
    "checked": "Every fact and number against the brief; the escalation routes.",
    "comment": "",
}


@pytest.fixture
def reviewer(roles):
    return make_user(Role.CLINICAL_REVIEWER, full_name="Rhian Reviewer")


@pytest.fixture
def clinical(programme_tree):
    """The first module, live and flagged as clinical."""
    _programme, _course, [(module, _lessons), _second] = programme_tree
    module.title = "Postpartum psychosis"
    module.is_clinical = True
    module.save_revision().publish()
    return ModulePage.objects.get(pk=module.pk)


def _edit_data(client, module, **changes):
    edit_url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    data = querydict_from_html(
        client.get(edit_url).content.decode(), form_id="page-edit-form"
    )
    data.update(nested_form_data({"learning_outcomes": streamfield([])}))
    for key, value in changes.items():
        data[key] = value
    return edit_url, data


def _submit(client, module, title):
    edit_url, data = _edit_data(client, module, title=title, **{"action-submit": "1"})
    response = client.post(edit_url, data)
    assert response.status_code == 302
    return WorkflowState.objects.get(object_id=str(module.pk), status="in_progress")


def _decide(client, module, state, action, data=REVIEW):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[module.pk, action, state.current_task_state_id],
    )
    return client.post(url, data)


def test_a_trainer_has_no_publish_button_and_cannot_publish_a_clinical_module(
    client, trainer, clinical
):
    live_before = clinical.live_revision_id
    client.force_login(trainer)
    edit_url, data = _edit_data(
        client, clinical, title="Changed by a trainer", **{"action-publish": "1"}
    )
    page = client.get(edit_url).content.decode()

    response = client.post(edit_url, data)

    assert 'name="action-publish"' not in page
    assert 'name="action-submit"' in page  # Submit to Clinical review instead
    assert response.status_code == 302
    clinical.refresh_from_db()
    assert clinical.live_revision_id == live_before
    assert clinical.title == "Postpartum psychosis"
    assert clinical.get_latest_revision().content["title"] == "Changed by a trainer"


def test_ticking_clinical_while_publishing_keeps_a_draft(
    client, trainer, programme_tree
):
    _programme, _course, [_first, (module, _lessons)] = programme_tree
    live_before = module.live_revision_id
    client.force_login(trainer)
    edit_url, data = _edit_data(
        client,
        module,
        title="Now clinical",
        is_clinical="on",
        **{"action-publish": "1"},
    )

    response = client.post(edit_url, data, follow=True)

    module.refresh_from_db()
    assert module.live_revision_id == live_before
    assert module.title != "Now clinical"
    assert "is clinical content, so it was saved as a draft" in (
        response.content.decode().replace("&#x27;", "'")
    )


def test_a_clinical_reviewer_approving_records_the_review_and_publishes(
    client, trainer, reviewer, clinical, trainee, enrolment
):
    client.force_login(trainer)
    state = _submit(client, clinical, "Postpartum psychosis: urgent help")
    client.force_login(reviewer)

    response = _decide(client, clinical, state, "approve")

    assert response.status_code == 302
    clinical.refresh_from_db()
    review = ContentReview.objects.get(module=clinical)
    assert clinical.title == "Postpartum psychosis: urgent help"  # published
    assert review.revision_id == clinical.live_revision_id
    assert review.outcome == ReviewOutcome.APPROVED
    assert review.reviewer == reviewer
    assert review.reviewer_name == "Rhian Reviewer"
    assert review.reviewer_role == "Perinatal mental health nurse"
    assert review.checked.startswith("Every fact and number")
    client.force_login(trainee)
    page = client.get(clinical.url).content.decode()
    today = timezone.localdate()
    assert f"Reviewed on {today:%-d %B %Y} by a perinatal mental health nurse" in page


def test_requesting_changes_is_recorded_and_publishes_nothing(
    client, trainer, reviewer, clinical
):
    live_before = clinical.live_revision_id
    client.force_login(trainer)
    state = _submit(client, clinical, "Postpartum psychosis: draft")
    client.force_login(reviewer)

    _decide(client, clinical, state, "reject")

    clinical.refresh_from_db()
    review = ContentReview.objects.get(module=clinical)
    assert review.outcome == ReviewOutcome.CHANGES_NEEDED
    assert clinical.live_revision_id == live_before
    assert clinical.title == "Postpartum psychosis"


@pytest.mark.parametrize("who", ["trainer", "site_admin"])
def test_someone_outside_the_clinical_reviewers_cannot_approve(
    client, trainer, site_admin, clinical, who
):
    live_before = clinical.live_revision_id
    client.force_login(trainer)
    state = _submit(client, clinical, "Postpartum psychosis: not approved")
    client.force_login({"trainer": trainer, "site_admin": site_admin}[who])

    response = _decide(client, clinical, state, "approve")

    assert response.status_code == 302  # Wagtail's "no permission" redirect
    assert response.url == reverse("wagtailadmin_home")
    state.refresh_from_db()
    assert state.status == "in_progress"
    clinical.refresh_from_db()
    assert clinical.live_revision_id == live_before
    assert not ContentReview.objects.exists()


def test_an_approval_without_saying_what_was_checked_decides_nothing(
    client, trainer, reviewer, clinical
):
    client.force_login(trainer)
    state = _submit(client, clinical, "Postpartum psychosis: unchecked")
    client.force_login(reviewer)

    _decide(client, clinical, state, "approve", data={"comment": "Fine"})

    state.refresh_from_db()
    assert state.status == "in_progress"
    assert not ContentReview.objects.exists()


def _review(module, user, *, approved=True):
    """A review of the module's live version (published first, as a real one is)."""
    module.save_revision().publish()
    return content_review_record(
        module=module,
        user=user,
        role="Health visitor",
        checked="The safer sleep wording against the Lullaby Trust's advice.",
        approved=approved,
    )


def test_the_stamp_holds_only_for_the_reviewed_version(
    client, reviewer, trainer, trainee, enrolment, programme_tree
):
    _programme, _course, [(module, lessons), _second] = programme_tree
    _review(module, reviewer)
    client.force_login(trainee)
    reviewed = client.get(module.url).content.decode()

    module.title = "Edited after the review"
    module.save_revision().publish()
    unreviewed = client.get(module.url).content.decode()
    client.force_login(trainer)
    trainer_view = client.get(module.url).content.decode()

    assert "Reviewed on" in reviewed and "by a health visitor" in reviewed
    assert "Reviewed on" not in unreviewed
    assert "reviewed version is older than the live one" in trainer_view


def test_a_lesson_published_after_the_review_drops_the_stamp(
    client, reviewer, trainee, enrolment, programme_tree
):
    _programme, _course, [(module, lessons), _second] = programme_tree
    review = _review(module, reviewer)
    ContentReview.objects.filter(pk=review.pk).update(
        reviewed_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    lessons[0].title = "A lesson changed since"
    lessons[0].save_revision().publish()
    client.force_login(trainee)

    page = client.get(module.url).content.decode()

    assert "Reviewed on" not in page


def test_a_request_for_changes_gives_no_stamp(
    client, reviewer, trainer, trainee, enrolment, programme_tree
):
    _programme, _course, [(module, _lessons), _second] = programme_tree
    _review(module, reviewer, approved=False)
    client.force_login(trainee)
    learner = client.get(module.url).content.decode()
    client.force_login(trainer)
    trainer_view = client.get(module.url).content.decode()

    assert "Reviewed on" not in learner
    assert "reviewed" not in learner.lower()
    assert "this module has not yet been reviewed" in trainer_view


def test_the_editor_shows_trainers_the_review_status_and_history(
    client, trainer, reviewer, programme_tree
):
    _programme, _course, [(module, _lessons), (other, _more)] = programme_tree
    _review(module, reviewer)
    client.force_login(trainer)

    reviewed = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))
    unreviewed = client.get(reverse("wagtailadmin_pages:edit", args=[other.pk]))

    reviewed = reviewed.content.decode()
    assert "Reviewed on" in reviewed and "Rhian Reviewer (Health visitor)" in reviewed
    assert "The safer sleep wording" in reviewed
    for typed_stamp in ("last_reviewed", "reviewer_role", "next_review"):
        assert f'name="{typed_stamp}"' not in reviewed
    assert "Not yet reviewed" in unreviewed.content.decode()


def test_an_article_fits_the_role():
    review = ContentReview(reviewer_role="Equality and inclusion lead")

    assert review.role_with_article == "an equality and inclusion lead"


def test_roles_sync_restores_the_clinical_review_workflow(roles):
    workflow = Workflow.objects.get(name="Clinical review")
    workflow.active = False
    workflow.save()

    from lms.services import roles_sync

    changes = roles_sync()

    workflow.refresh_from_db()
    assert "Clinical review: reactivate the workflow" in changes
    assert workflow.active
    assert roles_sync(dry_run=True) == []


def test_a_reviewer_can_correct_and_approve_from_the_editor(
    client, trainer, reviewer, clinical
):
    client.force_login(trainer)
    _submit(client, clinical, "Postpartum psychosis: with a typo")
    client.force_login(reviewer)
    edit_url, data = _edit_data(
        client,
        clinical,
        title="Postpartum psychosis: corrected",
        **{
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps(REVIEW),
        },
    )

    response = client.post(edit_url, data)

    assert response.status_code == 302
    clinical.refresh_from_db()
    review = ContentReview.objects.get(module=clinical)
    assert clinical.title == "Postpartum psychosis: corrected"
    assert review.revision_id == clinical.live_revision_id
    assert review.revision.content["title"] == "Postpartum psychosis: corrected"


def test_a_new_clinical_module_is_saved_as_a_draft_not_published(
    client, trainer, programme_tree
):
    _programme, course, _modules = programme_tree
    client.force_login(trainer)
    add_url = reverse(
        "wagtailadmin_pages:add", args=["courses", "modulepage", course.pk]
    )
    data = querydict_from_html(
        client.get(add_url).content.decode(), form_id="page-edit-form"
    )
    data.update(nested_form_data({"learning_outcomes": streamfield([])}))
    data.update(
        {
            "title": "Safer sleep",
            "slug": "safer-sleep",
            "summary": "Night feeds and safer sleep.",
            "is_clinical": "on",
            "action-publish": "1",
        }
    )

    response = client.post(add_url, data, follow=True)

    module = ModulePage.objects.get(slug="safer-sleep")
    assert not module.live
    assert module.get_latest_revision() is not None
    assert "saved as a draft" in response.content.decode()
    client.logout()
    assert client.get(course.url + "safer-sleep/").status_code == 404


def test_the_task_approves_a_lesson_without_recording_a_module_review(
    client, trainer, reviewer, programme_tree
):
    """An admin may assign the Clinical review workflow to any page in Settings."""
    from wagtail.models import WorkflowPage

    _programme, _course, [(module, lessons), _second] = programme_tree
    lesson = lessons[0]
    WorkflowPage.objects.create(
        page=lesson, workflow=Workflow.objects.get(name="Clinical review")
    )
    lesson.save_revision()
    state = lesson.get_workflow().start(lesson, trainer)
    client.force_login(reviewer)

    response = _decide(client, lesson, state, "approve")

    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == "approved"
    assert not ContentReview.objects.exists()
    lesson.refresh_from_db()
    assert lesson.live_revision_id == lesson.get_latest_revision().pk  # published
