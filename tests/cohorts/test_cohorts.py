"""Trainers create cohorts, set module dates, invite trainees; only they see them."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse

from lms.cohorts.models import CohortInvite, ModuleSchedule
from lms.models import Cohort, Enrolment, Organisation
from lms.roles import Role
from tests.cohorts.conftest import populate
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

COHORT_PAGES = [
    "trainer:cohort_overview",
    "trainer:cohort_dates",
    "trainer:cohort_invite",
    "trainer:gradebook",
    "trainer:answers_csv",
    "trainer:cohort_report",
    "trainer:cohort_evaluation",
]


def test_trainer_sees_their_cohort_overview(client, trainer, cohort, course):
    populate(course, cohort, 4)
    client.force_login(trainer)
    html = client.get(reverse("trainer:cohort_overview", args=[cohort.pk])).content
    html = html.decode()
    assert cohort.name in html
    assert "4</strong> trainees" in html
    listing = client.get(reverse("trainer:cohort_list")).content.decode()
    assert cohort.name in listing


@pytest.mark.parametrize("name", COHORT_PAGES)
def test_other_trainers_cohort_is_not_found(client, trainer, other_cohort, name):
    client.force_login(trainer)
    response = client.get(reverse(name, args=[other_cohort.pk]))
    assert response.status_code == 404
    assert b"Elsewhere" not in response.content


@pytest.mark.parametrize("name", COHORT_PAGES)
def test_trainees_and_supervisors_are_refused(
    client, trainee, supervisor, cohort, name
):
    """They have no way into the admin: Wagtail sends them to its sign-in page
    saying so, and nothing of the cohort is shown."""
    for person in (trainee, supervisor):
        client.force_login(person)
        response = client.get(reverse(name, args=[cohort.pk]), follow=True)
        assert response.redirect_chain[0][1] == 302
        assert reverse("wagtailadmin_login") in response.redirect_chain[0][0]
        assert cohort.name not in response.content.decode()


@pytest.mark.parametrize("name", [*COHORT_PAGES, "trainer:cohort_list"])
def test_admin_users_who_are_not_trainers_are_forbidden(client, cohort, name):
    """Into the admin (a curriculum editor) but not a trainer: 403."""
    editor = make_user(Role.CURRICULUM_EDITOR, email="editor@example.org")
    client.force_login(editor)
    args = [] if name == "trainer:cohort_list" else [cohort.pk]
    response = client.get(reverse(name, args=args))
    assert response.status_code == 403
    assert cohort.name not in response.content.decode()


@pytest.mark.parametrize("name", COHORT_PAGES)
def test_anonymous_people_are_sent_to_sign_in(client, cohort, name):
    response = client.get(reverse(name, args=[cohort.pk]))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/trainer/cohorts/", "trainer:cohort_list"),
        ("/trainer/cohorts/{pk}/gradebook/?status=stuck", "trainer:gradebook"),
        ("/trainer/cohorts/{pk}/answers.csv", "trainer:answers_csv"),
        ("/trainer/programmes/{programme}/report/", "trainer:programme_report"),
    ],
)
def test_old_trainer_addresses_lead_to_the_admin(client, trainer, cohort, old, new):
    """Emails and bookmarks made before the move still work."""
    client.force_login(trainer)
    url = old.format(pk=cohort.pk, programme=cohort.programme_id)
    response = client.get(url)
    assert response.status_code == 302
    args = (
        []
        if new == "trainer:cohort_list"
        else [cohort.programme_id if "programme" in new else cohort.pk]
    )
    expected = reverse(new, args=args)
    if "?" in url:
        expected += "?" + url.split("?", 1)[1]
    assert response["Location"] == expected
    assert client.get(response["Location"]).status_code == 200


def test_old_trainer_addresses_stay_on_this_site(client, trainer):
    client.force_login(trainer)
    response = client.get("/trainer/cohorts//evil.example.org/")
    assert response["Location"].startswith("/admin/cohorts/")
    assert "//evil" not in response["Location"]


def test_other_trainers_trainee_and_attempts_are_not_found(
    client, trainer, cohort, other_cohort, course
):
    client.force_login(trainer)
    stranger = Enrolment.objects.filter(cohort=other_cohort).first().user
    attempt = stranger.quiz_attempts.first()
    # Their own cohort id with someone else's trainee or attempt.
    assert (
        client.get(
            reverse("trainer:trainee", args=[cohort.pk, stranger.pk])
        ).status_code
        == 404
    )
    assert (
        client.get(
            reverse("trainer:quiz_attempt", args=[cohort.pk, attempt.pk])
        ).status_code
        == 404
    )


def test_organisation_admin_and_site_admin_see_the_cohort(
    client, organisation_admin, site_admin, cohort
):
    cohort.organisation.admins.add(organisation_admin)
    for person in (organisation_admin, site_admin):
        client.force_login(person)
        response = client.get(reverse("trainer:cohort_overview", args=[cohort.pk]))
        assert response.status_code == 200


def test_organisation_admin_of_another_organisation_does_not(
    client, organisation_admin, cohort
):
    client.force_login(organisation_admin)
    response = client.get(reverse("trainer:cohort_overview", args=[cohort.pk]))
    assert response.status_code == 404


def test_trainer_creates_a_cohort_and_trains_it(client, trainer, course):
    organisation = Organisation.objects.create(name="Brighter Days", kind="charity")
    organisation.members.add(trainer)
    client.force_login(trainer)
    response = client.post(
        reverse("trainer:cohort_create"),
        {
            "name": "Spring group",
            "organisation": organisation.pk,
            "programme": course["programme"].pk,
            "start_date": "2027-03-01",
        },
    )
    cohort = Cohort.objects.get(name="Spring group")
    assert response.status_code == 302
    assert trainer in cohort.trainers.all()


def test_trainer_cannot_create_a_cohort_for_an_organisation_not_theirs(
    client, trainer, course
):
    organisation = Organisation.objects.create(name="Not mine", kind="charity")
    client.force_login(trainer)
    response = client.post(
        reverse("trainer:cohort_create"),
        {
            "name": "Sneaky",
            "organisation": organisation.pk,
            "programme": course["programme"].pk,
            "start_date": "2027-03-01",
        },
    )
    assert response.status_code == 400
    assert not Cohort.objects.filter(name="Sneaky").exists()


def test_bad_cohort_input_is_explained_not_a_500(client, trainer, course):
    client.force_login(trainer)
    response = client.post(reverse("trainer:cohort_create"), {"start_date": "soon"})
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()


def test_module_dates_are_saved_and_checked(client, trainer, cohort, course):
    module = course["tree"][0][0]
    client.force_login(trainer)
    url = reverse("trainer:cohort_dates", args=[cohort.pk])
    response = client.post(
        url, {f"start-{module.pk}": "2026-09-07", f"due-{module.pk}": "2026-09-01"}
    )
    assert response.status_code == 400
    assert "due before it starts" in response.content.decode()
    response = client.post(url, {f"due-{module.pk}": "not a date"})
    assert response.status_code == 400
    assert not ModuleSchedule.objects.exists()
    client.post(
        url, {f"start-{module.pk}": "2026-09-07", f"due-{module.pk}": "2026-09-21"}
    )
    schedule = ModuleSchedule.objects.get(cohort=cohort, module=module)
    assert schedule.due_on == datetime.date(2026, 9, 21)


def test_email_invites_are_sent_and_accepted(
    client, trainer, cohort, roles, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("trainer:cohort_invite", args=[cohort.pk]),
            {"people": "sam@example.org, Sam Patel\nkim@example.org"},
        )
    assert response.status_code == 302
    assert CohortInvite.objects.filter(cohort=cohort).count() == 2
    assert sorted(m.to[0] for m in mail.outbox) == [
        "kim@example.org",
        "sam@example.org",
    ]
    body = next(m.body for m in mail.outbox if m.to == ["sam@example.org"])
    link = re.search(r"http\S+/invites/\S+/", body).group(0)
    path = link.split("testserver", 1)[-1].replace("http://127.0.0.1:8000", "")

    # Someone else cannot use Sam's invite.
    stranger = make_user(Role.TRAINEE, email="other@example.org")
    client.force_login(stranger)
    response = client.post(path)
    assert response.status_code == 400
    assert "different email address" in response.content.decode()

    sam = make_user(Role.TRAINEE, email="sam@example.org")
    client.force_login(sam)
    response = client.post(path)
    assert response.status_code == 302
    assert Enrolment.objects.filter(user=sam, cohort=cohort).exists()
    # Used once only.
    assert client.get(path).status_code == 404


def test_inviting_twice_sends_once(
    client, trainer, cohort, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    url = reverse("trainer:cohort_invite", args=[cohort.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"people": "sam@example.org"})
        client.post(url, {"people": "sam@example.org"})
    assert len(mail.outbox) == 1


def test_bad_invite_lines_are_explained(client, trainer, cohort):
    client.force_login(trainer)
    response = client.post(
        reverse("trainer:cohort_invite", args=[cohort.pk]),
        {"people": "sam@example.org\nnot-an-email"},
    )
    assert response.status_code == 400
    assert "not-an-email" in response.content.decode()
    assert not CohortInvite.objects.exists()


def _upload(client, cohort, text: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        reverse("trainer:cohort_invite_csv", args=[cohort.pk]),
        {"file": SimpleUploadedFile("people.csv", text, content_type="text/csv")},
    )


def test_csv_invites_show_a_preview_then_send(
    client, trainer, cohort, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    response = _upload(
        client,
        cohort,
        b"Email,Name\r\nsam@example.org,Sam Patel\r\nkim@example.org,=cmd()\r\n",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 people will be invited" in html
    assert "kept as plain text" in html
    assert not CohortInvite.objects.exists()  # nothing until confirmed
    lines = re.search(r'name="people" value="([^"]*)"', html).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("trainer:cohort_invite", args=[cohort.pk]),
            {"people": lines.replace("&#x27;", "'")},
        )
    invites = dict(CohortInvite.objects.values_list("email", "full_name"))
    # Names are kept as typed; spreadsheets are guarded on the way out (exports).
    assert invites == {"sam@example.org": "Sam Patel", "kim@example.org": "=cmd()"}
    assert len(mail.outbox) == 2


def test_bad_csv_files_are_explained_and_nothing_is_sent(client, trainer, cohort):
    client.force_login(trainer)
    for text, message in [
        (b"name\r\nSam\r\n", "These columns are missing: email"),
        (b"email\r\nnot-an-email\r\n", "is not an email address"),
        (b"\xff\xfe\x00bad", "UTF-8"),
        (b"", "The submitted file is empty"),
    ]:
        response = _upload(client, cohort, text)
        assert response.status_code == 400, message
        assert message in response.content.decode(), message
    assert not CohortInvite.objects.exists()
    assert not mail.outbox


def test_csv_upload_for_someone_elses_cohort_is_not_found(
    client, trainer, other_cohort
):
    client.force_login(trainer)
    response = _upload(client, other_cohort, b"email\r\nsam@example.org\r\n")
    assert response.status_code == 404
