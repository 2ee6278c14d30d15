"""The support panel and support page show the right numbers for each nation."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from courses.factories import SignpostFactory
from courses.selectors import support_signposts
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(db):
    return {
        "uk": SignpostFactory(name="Samaritans", phone="116 123"),
        "scotland": SignpostFactory(
            name="Breathing Space",
            phone="0800 83 85 87",
            covers_england=False,
            covers_wales=False,
            covers_northern_ireland=False,
        ),
        "wales": SignpostFactory(
            name="CALL Mental Health Listening Line",
            phone="0800 132 737",
            covers_england=False,
            covers_scotland=False,
            covers_northern_ireland=False,
        ),
        "not_crisis": SignpostFactory(name="Feeding helpline", is_crisis=False),
    }


def _names(entries):
    return {entry.name for entry in entries}


def _main(response):
    """The page's main content, without the support panel shown on every page."""
    content = response.content.decode()
    return content[content.index("<main") : content.index("</main>")]


def test_support_signposts_for_one_nation(directory):
    assert _names(support_signposts("scotland")) == {"Samaritans", "Breathing Space"}
    assert _names(support_signposts("wales")) == {
        "Samaritans",
        "CALL Mental Health Listening Line",
    }
    assert _names(support_signposts("england")) == {"Samaritans"}


def test_support_signposts_for_everyone(directory):
    everything = {"Samaritans", "Breathing Space", "CALL Mental Health Listening Line"}

    assert _names(support_signposts("")) == everything
    assert _names(support_signposts("atlantis")) == everything


def test_support_page_filters_by_the_chosen_nation(client, directory):
    content = _main(client.get(reverse("lms:support"), {"nation": "scotland"}))

    assert "Breathing Space" in content
    assert "0800 83 85 87" in content
    assert "CALL Mental Health Listening Line" not in content
    assert '<option value="scotland" selected>' in content


def test_the_panel_on_the_support_page_follows_the_chosen_nation(
    client, directory, roles
):
    client.force_login(make_user(nation="wales"))

    content = client.get(reverse("lms:support"), {"nation": "scotland"})
    html = content.content.decode()
    panel = html[html.index('<aside class="alongside-support"') :]

    assert "Breathing Space" in panel
    assert "CALL Mental Health Listening Line" not in panel


def test_support_page_uses_the_learners_nation(client, directory, roles):
    client.force_login(make_user(nation="wales"))

    content = client.get(reverse("lms:support")).content.decode()

    assert "CALL Mental Health Listening Line" in content
    assert "Breathing Space" not in content


def test_support_panel_on_every_page_shows_crisis_lines(client, directory):
    content = client.get(reverse("lms:login")).content.decode()

    assert "Need support now?" in content
    assert '<a href="tel:116123">116 123</a>' in content
    assert "Feeding helpline" not in content


def test_directory_change_in_the_admin_reaches_the_panel(client, site_admin, directory):
    samaritans = directory["uk"]
    assert "116 123" in client.get(reverse("lms:support")).content.decode()
    client.force_login(site_admin)
    edit_url = reverse("wagtailsnippets_courses_signpost:edit", args=[samaritans.pk])
    html = client.get(edit_url).content.decode()
    data = querydict_from_html(html, form_id="w-editor-form")
    # Browsers send "on" for a ticked box without a value; the helper sends "".
    for box in ["covers_england", "covers_wales", "covers_scotland", "is_crisis"]:
        data[box] = "on"
    data["phone"] = "116 999"

    saved = client.post(edit_url, data)

    assert saved.status_code == 302

    content = client.get(reverse("lms:support")).content.decode()
    assert "116 999" in content
