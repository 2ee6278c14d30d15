"""Wellbeing check-ins: optional, private, and followed by signposting."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.core import mail
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from alongside import extensions
from lms.cohorts.models import Notification, WellbeingCheckIn
from lms.roles import Role
from lms.services import enrolment_create
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

SCALE_WORDS = ["Struggling", "Very good"]


@pytest.fixture
def difficult(course):
    module = course["tree"][0][0]
    module.is_difficult = True
    module.content_note = "This module talks about baby loss."
    module.save_revision().publish()
    module.refresh_from_db()
    return module


@pytest.fixture
def in_cohort(trainee, cohort, course):
    enrolment_create(user=trainee, programme=course["programme"], cohort=cohort)
    return trainee


def _check_in(client, module, *, feeling="1", contact=True, capture=None):
    data = {"feeling": feeling}
    if contact:
        data["wants_contact"] = "on"
    url = reverse("cohorts:check_in", args=[module.pk, "before"])
    if capture is None:
        return client.post(url, data)
    with capture(execute=True):
        return client.post(url, data)


def test_dashboard_offers_a_check_in_before_a_difficult_module(
    client, in_cohort, difficult
):
    client.force_login(in_cohort)
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert reverse("cohorts:check_in", args=[difficult.pk, "before"]) in html


def test_opting_in_tells_the_supervisor_but_never_the_answer(
    client,
    in_cohort,
    difficult,
    supervisor,
    signpost,
    django_capture_on_commit_callbacks,
):
    client.force_login(in_cohort)
    response = _check_in(client, difficult, capture=django_capture_on_commit_callbacks)
    html = response.content.decode()
    assert response.status_code == 200
    # Always followed by signposting.
    assert "Samaritans" in html and reverse("lms:support") in html
    note = Notification.objects.get(user=supervisor)
    assert in_cohort.full_name in note.title
    (email,) = mail.outbox
    assert email.to == [supervisor.email]
    for word in SCALE_WORDS + ["feeling 1", "1 out of"]:
        assert word not in note.title + note.body
        assert word not in email.body
    # Not offered again for the same moment.
    dashboard = client.get(reverse("lms:dashboard")).content.decode()
    assert reverse("cohorts:check_in", args=[difficult.pk, "before"]) not in dashboard


def test_without_opting_in_nobody_is_told(
    client, in_cohort, difficult, supervisor, django_capture_on_commit_callbacks
):
    client.force_login(in_cohort)
    response = _check_in(
        client,
        difficult,
        contact=False,
        feeling="",
        capture=django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    assert WellbeingCheckIn.objects.get().feeling is None
    assert not Notification.objects.exists()
    assert not mail.outbox


def test_bad_answers_are_explained(client, in_cohort, difficult):
    client.force_login(in_cohort)
    response = _check_in(client, difficult, feeling="99")
    assert response.status_code == 400
    assert not WellbeingCheckIn.objects.exists()


def test_only_difficult_modules_have_check_ins(client, in_cohort, course):
    client.force_login(in_cohort)
    plain = course["tree"][1][0]
    url = reverse("cohorts:check_in", args=[plain.pk, "before"])
    assert client.get(url).status_code == 404


def test_no_one_else_sees_answers_in_any_view_export_or_admin(
    client, in_cohort, difficult, cohort, trainer, site_admin, organisation_admin
):
    cohort.organisation.admins.add(organisation_admin)
    client.force_login(in_cohort)
    _check_in(client, difficult, feeling="1")
    assessor = make_user(Role.TRAINER, full_name="Ada Assessor")
    cohort.trainers.add(assessor)
    check_in = WellbeingCheckIn.objects.get()
    pages = [
        reverse("trainer:cohort_overview", args=[cohort.pk]),
        reverse("trainer:gradebook", args=[cohort.pk]),
        reverse("trainer:trainee", args=[cohort.pk, in_cohort.pk]),
        reverse("trainer:answers_csv", args=[cohort.pk]),
        reverse("trainer:cohort_report", args=[cohort.pk]),
        reverse("trainer:cohort_evaluation", args=[cohort.pk]),
        reverse("trainer:cohort_evaluation_csv", args=[cohort.pk, "aggregate"]),
        reverse("lms_marking_queue"),
        "/admin/",
        f"/admin/search/?q={in_cohort.full_name}",
        f"/admin/users/{in_cohort.pk}/",
    ]
    for person in (trainer, assessor, site_admin, organisation_admin):
        client.force_login(person)
        for url in pages:
            response = client.get(url)
            body = response.content.decode("utf-8", "replace")
            for word in [*SCALE_WORDS, "check-in", "Check-in", "wellbeing"]:
                assert word not in body, (person, url, word)
    # No admin screen exists for check-ins: not in Django's admin, not a snippet,
    # and Wagtail has no view for the model.
    assert WellbeingCheckIn not in admin.site._registry
    assert WellbeingCheckIn not in get_snippet_models()
    client.force_login(site_admin)
    for url in (
        f"/admin/cohorts/wellbeingcheckin/{check_in.pk}/",
        "/admin/cohorts/wellbeingcheckin/",
        "/django-admin/cohorts/wellbeingcheckin/",
    ):
        assert client.get(url).status_code == 404
    # And no permission to grant for it.
    assert (
        not apps.get_model("auth", "Permission")
        .objects.filter(content_type__model="wellbeingcheckin")
        .exists()
    )


def test_check_ins_are_erased_with_the_person():
    entries = {e.model: e for e in extensions.personal_data_registry()}
    assert entries[WellbeingCheckIn].on_erase == "delete"
    assert entries[WellbeingCheckIn].user_field == "user"
