"""The "Modules due for review" report keeps safety content up to date."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviews(programme_tree):
    """The first module is overdue for review; the second is not due for a year."""
    _programme, _course, [(overdue, _lessons), (current, _others)] = programme_tree
    today = timezone.localdate()
    overdue.title = "Safeguarding basics"
    overdue.last_reviewed = today - datetime.timedelta(days=400)
    overdue.next_review = today - datetime.timedelta(days=35)
    overdue.save_revision().publish()
    current.title = "Listening well"
    current.last_reviewed = today - datetime.timedelta(days=10)
    current.next_review = today + datetime.timedelta(days=355)
    current.save_revision().publish()
    return overdue, current


def test_trainer_sees_the_overdue_module(client, trainer, reviews):
    overdue, current = reviews
    client.force_login(trainer)

    response = client.get(reverse("courses_review_due"))

    content = response.content.decode()
    assert response.status_code == 200
    assert "Modules due for review" in content
    assert "Safeguarding basics" in content
    assert "Listening well" not in content
    assert reverse("wagtailadmin_pages:edit", args=[overdue.pk]) in content


def test_trainer_can_export_the_report(client, trainer, reviews):
    client.force_login(trainer)

    response = client.get(reverse("courses_review_due"), {"export": "csv"})

    content = b"".join(response.streaming_content).decode()
    assert "Safeguarding basics" in content
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
