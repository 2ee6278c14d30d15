"""Cached lessons never outlive what they show: an image, a document or a directory
entry changed in the admin shows on the very next lesson view."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from courses.factories import SignpostFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def trainer_client(client, trainer, django_capture_on_commit_callbacks):
    """A trainer in the admin; what their edits leave for after the commit (such as
    removing the old files) runs, as it would for real."""
    client.force_login(trainer)
    original = client.post

    def post(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return original(*args, **kwargs)

    client.post = post
    return client


@pytest.fixture
def learner_client(trainee, enrolment):
    reader = Client()
    reader.force_login(trainee)
    return reader


def _lesson_with(programme_tree, *blocks):
    lesson = programme_tree[2][0][1][0]
    lesson.body = json.dumps(list(blocks))
    lesson.save_revision().publish()
    return lesson


def admin_form_data(client, url: str) -> dict:
    """What the admin's edit form at `url` would send back unchanged."""
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    form = max(soup.find_all("form"), key=lambda f: len(f.find_all("input")))
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        kind = field.get("type", "")
        if not name or kind in ("file", "submit", "button"):
            continue
        if field.name == "textarea":
            data[name] = field.text.removeprefix("\n")
        elif field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen.get("value", "") if chosen else ""
        elif kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    return data


def _errors(response) -> str:
    """The admin form's errors, for a failing assertion's message."""
    form = response.context and response.context.get("form")
    return str(form.errors.as_data()) if form else str(response.status_code)


def _image_src(html: str) -> str:
    body = html[html.index('class="alongside-lesson-body"') :]
    return re.search(r'<img[^>]+src="([^"]+)"', body)[1]


def test_an_image_replaced_in_the_admin_shows_on_the_next_lesson_view(
    trainer_client, learner_client, programme_tree
):
    image = get_image_model().objects.create(
        title="Two parents talking",
        file=get_test_image_file(filename="first.png", colour="red"),
    )
    lesson = _lesson_with(
        programme_tree,
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": "Two parents", "caption": ""},
        },
    )
    before = _image_src(learner_client.get(lesson.url).text)
    assert "first" in before

    url = reverse("wagtailimages:edit", args=[image.pk])
    data = admin_form_data(trainer_client, url)
    png = get_test_image_file(filename="second.png", colour="blue").file.getvalue()
    response = trainer_client.post(
        url, {**data, "file": SimpleUploadedFile("second.png", png)}
    )
    assert response.status_code == 302, _errors(response)

    after = _image_src(learner_client.get(lesson.url).text)
    assert after != before
    assert "second" in after
    # What the learner's browser would ask for is there; the old one is gone.
    assert default_storage.exists(after.removeprefix("/media/"))
    assert not default_storage.exists(before.removeprefix("/media/"))


def test_a_document_replaced_in_the_admin_shows_on_the_next_lesson_view(
    trainer_client, learner_client, programme_tree
):
    document = get_document_model().objects.create(
        title="Boundaries handout",
        file=SimpleUploadedFile("boundaries.pdf", b"%PDF-1.7\n% first edition"),
    )
    lesson = _lesson_with(
        programme_tree,
        {
            "type": "resource",
            "value": {
                "title": "Boundaries handout",
                "document": document.pk,
                "description": "",
            },
        },
    )
    before = learner_client.get(lesson.url).text
    assert "boundaries.pdf" in before

    url = reverse("wagtaildocs:edit", args=[document.pk])
    data = admin_form_data(trainer_client, url)
    response = trainer_client.post(
        url,
        {
            **data,
            "file": SimpleUploadedFile(
                "boundaries-2027.pdf", b"%PDF-1.7\n% second edition"
            ),
        },
    )
    assert response.status_code == 302, _errors(response)

    after = learner_client.get(lesson.url).text
    link = re.search(r'href="(/documents/[^"]+)"', after)[1]
    assert link.endswith("boundaries-2027.pdf")
    assert "boundaries.pdf" not in after
    downloaded = learner_client.get(link)
    assert downloaded.status_code == 200
    assert b"second edition" in b"".join(downloaded.streaming_content)


def test_a_signpost_edited_in_the_admin_shows_in_the_lesson_and_support_panel(
    trainer_client, learner_client, programme_tree
):
    entry = SignpostFactory(name="Night line", phone="0800 111 222", is_crisis=True)
    lesson = _lesson_with(
        programme_tree,
        {
            "type": "signpost",
            "value": {"heading": "Where to find help", "entries": [entry.pk]},
        },
    )
    before = learner_client.get(lesson.url).text
    assert before.count("0800 111 222") == 2  # the lesson's card and the panel

    url = reverse("wagtailsnippets_courses_signpost:edit", args=[entry.pk])
    data = admin_form_data(trainer_client, url)
    response = trainer_client.post(url, {**data, "phone": "0800 333 444"})
    assert response.status_code == 302, _errors(response)

    after = learner_client.get(lesson.url).text
    assert "0800 111 222" not in after
    assert after.count("0800 333 444") == 2
