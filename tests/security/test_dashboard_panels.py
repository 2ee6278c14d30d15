"""The admin home's panels: what needs each person today, only from their own
organisation's cohorts, each linking to the task."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from lms.cohorts import services as cohort_services

pytestmark = pytest.mark.django_db


def _home(world, role) -> str:
    client = Client()
    client.force_login(world.user(role))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_a_trainer_sees_work_to_mark_with_its_age_and_links(world):
    html = _home(world, "trainer")
    assert "Work to mark" in html
    assert "the oldest for" in html
    assert reverse("lms_mark_submission", args=[world.submission.pk]) in html
    assert reverse("lms_mark_essays", args=[world.essay_attempt.pk]) in html
    assert reverse("lms_marking_queue") in html


def test_a_trainer_sees_who_may_be_stuck_and_entries_to_countersign(world):
    cohort_services.module_dates_set(
        cohort=world.cohort,
        module=world.module,
        starts_on=datetime.date(2020, 1, 1),
        due_on=datetime.date(2020, 2, 1),
    )
    html = _home(world, "trainer")
    assert "Trainees who may be stuck" in html
    trainee = world.user("trainee")
    assert reverse("trainer:trainee", args=[world.cohort.pk, trainee.pk]) in html
    assert "a module is overdue" in html
    assert "Practice entries waiting to be countersigned" in html
    assert reverse("certificates_admin_cohort", args=[world.cohort.pk]) in html


def test_another_organisations_admin_sees_none_of_it(world):
    cohort_services.module_dates_set(
        cohort=world.cohort,
        module=world.module,
        starts_on=datetime.date(2020, 1, 1),
        due_on=datetime.date(2020, 2, 1),
    )
    html = _home(world, "org_admin")
    trainee = world.user("trainee")
    assert "Work to mark" not in html
    assert reverse("trainer:trainee", args=[world.cohort.pk, trainee.pk]) not in html
    assert reverse("certificates_admin_cohort", args=[world.cohort.pk]) not in html
    assert trainee.full_name not in html


def test_people_without_admin_access_never_reach_the_panels(world):
    client = Client()
    client.force_login(world.user("trainee"))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302


def test_an_editor_sees_modules_due_for_review(world):
    html = _home(world, "admin")
    assert "Modules due for review" in html
    assert reverse("wagtailadmin_pages:edit", args=[world.module.pk]) in html
    assert reverse("courses_review_due") in html
    # Another organisation's admin edits none of these modules.
    assert "Modules due for review" not in _home(world, "org_admin")
