"""A directory entry says "Verified on … by …" only from a recorded check."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.admin_url_finder import AdminURLFinder

from courses.models import SignpostVerification

pytestmark = pytest.mark.django_db


def _check_url(signpost):
    return reverse("courses_signpost_check", args=[signpost.pk])


def test_a_trainer_records_a_check_and_the_directory_shows_it(
    client, trainer, signpost
):
    client.force_login(trainer)
    form = client.get(_check_url(signpost)).content.decode()

    response = client.post(
        _check_url(signpost),
        {
            "phone_checked": "116 123",
            "website_checked": "https://www.samaritans.org/",
            "notes": "Rang it: answered, 24 hours as listed.",
        },
    )

    check = SignpostVerification.objects.get(signpost=signpost)
    assert 'value="116 123"' in form  # the entry's number, ready to confirm
    assert response.status_code == 302
    assert check.checked_by == trainer
    assert check.checked_by_name == "Tara Trainer"
    assert check.checked_on == timezone.localdate()
    listing = client.get(
        AdminURLFinder(trainer).get_edit_url(signpost).rsplit("edit/", 1)[0]
    ).content.decode()
    assert f"Verified on {timezone.localdate():%-d %B %Y} by Tara Trainer" in listing
    edit = client.get(AdminURLFinder(trainer).get_edit_url(signpost)).content.decode()
    assert "Rang it: answered, 24 hours as listed." in edit


def test_an_unchecked_entry_says_so(client, trainer, signpost):
    client.force_login(trainer)

    listing = client.get(
        AdminURLFinder(trainer).get_edit_url(signpost).rsplit("edit/", 1)[0]
    ).content.decode()

    assert "Not checked yet" in listing
    assert signpost.needs_checking


def test_a_check_must_say_what_was_checked(client, trainer, signpost):
    client.force_login(trainer)

    response = client.post(
        _check_url(signpost), {"phone_checked": " ", "website_checked": ""}
    )

    assert response.status_code == 400
    assert "Say which number or website you checked" in response.content.decode()
    assert not SignpostVerification.objects.exists()


def test_a_bad_website_gets_a_clear_message(client, trainer, signpost):
    client.force_login(trainer)

    response = client.post(
        _check_url(signpost), {"phone_checked": "", "website_checked": "not a url"}
    )

    assert response.status_code == 400
    assert "Enter a valid URL" in response.content.decode()


def test_the_entry_itself_has_no_field_to_type_a_check(client, trainer, signpost):
    client.force_login(trainer)

    edit = client.get(AdminURLFinder(trainer).get_edit_url(signpost)).content.decode()

    assert 'name="last_verified"' not in edit
    assert 'name="verified_by"' not in edit
    assert _check_url(signpost) in edit


def test_people_without_directory_rights_cannot_record_a_check(
    client, trainee, organisation_admin, signpost
):
    client.force_login(trainee)
    trainee_response = client.post(_check_url(signpost), {"phone_checked": "1"})
    client.force_login(organisation_admin)
    admin_response = client.post(_check_url(signpost), {"phone_checked": "1"})
    client.logout()
    anonymous = client.post(_check_url(signpost), {"phone_checked": "1"})

    assert trainee_response.status_code == 302
    assert admin_response.status_code in (302, 403)
    assert anonymous.status_code == 302
    assert not SignpostVerification.objects.exists()


def test_an_unknown_entry_is_not_found(client, trainer):
    client.force_login(trainer)

    assert client.get("/admin/signposts/999999/check/").status_code == 404
