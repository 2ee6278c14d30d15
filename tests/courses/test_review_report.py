"""The review-due report: every module whose live version has no approved review, and
every directory entry not verified within 12 months."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.factories import SignpostFactory
from courses.models import ContentReview, SignpostVerification
from courses.services import content_review_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviews(programme_tree, trainer):
    """The first module was never reviewed; the second's live version was approved.
    One entry was verified last month, one 13 months ago, one never."""
    _programme, _course, [(unreviewed, _lessons), (current, _others)] = programme_tree
    unreviewed.title = "Safeguarding basics"
    unreviewed.save_revision().publish()
    current.title = "Listening well"
    current.save_revision().publish()
    content_review_record(
        module=current,
        user=trainer,
        role="Health visitor",
        checked="Everything",
        approved=True,
    )
    today = timezone.localdate()
    for name, days in (("Recent line", 30), ("Stale line", 400)):
        SignpostVerification.objects.create(
            signpost=SignpostFactory(name=name),
            checked_by_name="Tara Trainer",
            checked_on=today - datetime.timedelta(days=days),
            phone_checked="116 123",
        )
    SignpostFactory(name="Never checked line")
    return unreviewed, current


def test_trainer_sees_unreviewed_modules_and_unverified_entries(
    client, trainer, reviews
):
    unreviewed, current = reviews
    client.force_login(trainer)

    response = client.get(reverse("courses_review_due"))

    content = response.content.decode()
    assert response.status_code == 200
    assert "Modules and directory entries due for review" in content
    assert "Safeguarding basics" in content
    assert "Not yet reviewed" in content
    assert "Listening well" not in content
    assert reverse("wagtailadmin_pages:edit", args=[unreviewed.pk]) in content
    assert "Never checked line" in content and "Not checked yet" in content
    assert "Stale line" in content
    assert "Recent line" not in content


def test_a_module_changed_since_its_review_is_due_again(client, trainer, reviews):
    _unreviewed, current = reviews
    current.title = "Listening well, rewritten"
    current.save_revision().publish()
    client.force_login(trainer)

    content = client.get(reverse("courses_review_due")).content.decode()

    assert "Listening well, rewritten" in content
    assert "Reviewed version is older than the live one" in content


def test_a_review_over_a_year_old_is_due_again(client, trainer, reviews):
    ContentReview.objects.update(
        reviewed_at=timezone.now() - datetime.timedelta(days=400)
    )
    client.force_login(trainer)

    content = client.get(reverse("courses_review_due")).content.decode()

    assert "Listening well" in content
    assert "Reviewed over a year ago" in content


def test_trainer_can_export_the_report(client, trainer, reviews):
    client.force_login(trainer)

    response = client.get(reverse("courses_review_due"), {"export": "csv"})

    content = b"".join(response.streaming_content).decode()
    assert "Safeguarding basics" in content
    assert "Never checked line" in content
    assert "Listening well" not in content


def test_trainer_finds_the_report_in_the_menu(client, trainer, reviews):
    client.force_login(trainer)

    content = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("courses_review_due") in content


def test_trainee_is_refused_the_report(client, trainee, reviews):
    client.force_login(trainee)

    response = client.get(reverse("courses_review_due"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_organisation_admin_without_page_rights_is_refused_the_report(
    client, organisation_admin, reviews
):
    client.force_login(organisation_admin)

    response = client.get(reverse("courses_review_due"), follow=True)

    content = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert "Sorry, you do not have permission to access this area." in content
    assert "Safeguarding basics" not in content
    assert reverse("courses_review_due") not in content
