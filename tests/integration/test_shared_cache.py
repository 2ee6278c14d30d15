"""The shared cache on a real Redis, as production runs it: learner pages keep their
navigation in Redis and in each process, and still change as soon as content does."""

import json
import os
import re
import uuid

import pytest
from django.core.cache import cache, caches
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from django_redis import get_redis_connection
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from alongside.cache import (
    CONTENT_KEY_PREFIX,
    CONTENT_VERSION_KEY,
    content_version,
    immutable_get_or_set,
    versioned_get_or_set,
)

REDIS = os.environ.get("TEST_REDIS_CACHE_URL", "redis://127.0.0.1:6379/8")
SHARED = {
    "default": {"BACKEND": "alongside.cache.AlongsideRedisCache", "LOCATION": REDIS},
    "local": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": f"alongside-test-{uuid.uuid4().hex}",
    },
}


@pytest.fixture
def shared_cache():
    with override_settings(CACHES=SHARED):
        cache.clear()
        caches["local"].clear()
        yield cache
        cache.clear()


def test_the_redis_client_is_reused_between_commands(shared_cache):
    shared_cache.set("greeting", "hello", 30)

    assert shared_cache.get("greeting") == "hello"
    assert get_redis_connection("default") is get_redis_connection("default")


def test_an_entry_is_built_once_and_then_answered_by_this_process(shared_cache):
    built = []

    def build():
        built.append(1)
        return ["module 1", "module 2"]

    first = immutable_get_or_set("test:outline:v1", build, 60)
    shared_cache.delete("test:outline:v1")  # Redis forgets it (say, restarted)
    second = immutable_get_or_set("test:outline:v1", build, 60)

    assert first == second == ["module 1", "module 2"]
    assert built == [1]


def test_another_process_finds_the_entry_in_redis(shared_cache):
    immutable_get_or_set("test:place:v1", lambda: {"lesson": 3}, 60)
    caches["local"].clear()  # a second worker starts with an empty memory

    value = immutable_get_or_set("test:place:v1", lambda: pytest.fail("rebuilt"), 60)

    assert value == {"lesson": 3}


def test_a_content_change_moves_every_process_to_new_entries(shared_cache):
    before = versioned_get_or_set("test-title", lambda: "Old title")

    # Another process published a change: the shared version moves on.
    shared_cache.set(CONTENT_VERSION_KEY, uuid.uuid4().hex, None)

    assert content_version() == shared_cache.get(CONTENT_VERSION_KEY)
    assert before == "Old title"
    assert versioned_get_or_set("test-title", lambda: "New title") == "New title"


def test_a_learner_sees_a_published_change_at_once(
    shared_cache, trainee_client, enrolment, programme_tree
):
    lesson = programme_tree[2][0][1][0]
    assert (
        "Quiet rooms and open questions"
        not in trainee_client.get(lesson.url).content.decode()
    )

    lesson.title = "Quiet rooms and open questions"
    lesson.save_revision().publish()
    body = trainee_client.get(lesson.url).content.decode()

    assert "<h1>Quiet rooms and open questions</h1>" in body


def _other_process():
    """Settings for a second web process: the same Redis, its own memory."""
    return override_settings(
        CACHES={
            **SHARED,
            "local": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": f"alongside-test-other-{uuid.uuid4().hex}",
            },
        }
    )


def test_an_image_replaced_in_another_process_shows_here_at_once(
    shared_cache, settings, tmp_path, trainee_client, enrolment, trainer, programme_tree
):
    """An editor replaces an image through the admin, served by another process.
    This process still holds the old lesson body in its own memory, yet the next
    lesson view here shows the new image: the version comes from Redis."""
    settings.MEDIA_ROOT = tmp_path
    image = get_image_model().objects.create(
        title="Two parents talking",
        file=get_test_image_file(filename="first.png", colour="red"),
    )
    lesson = programme_tree[2][0][1][0]
    lesson.body = json.dumps(
        [
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "Two parents", "caption": ""},
            }
        ]
    )
    lesson.save_revision().publish()
    before = _image_src(trainee_client.get(lesson.url).text)
    version_before = shared_cache.get(CONTENT_VERSION_KEY)
    # This process keeps what it read in its own memory too (the lesson's place
    # here; its body likewise).
    held_here = f"{CONTENT_KEY_PREFIX}:{version_before}:place:{lesson.pk}"
    assert caches["local"].get(held_here) is not None

    with _other_process():
        editor = Client()
        editor.force_login(trainer)
        url = reverse("wagtailimages:edit", args=[image.pk])
        png = get_test_image_file(filename="second.png", colour="blue").file.getvalue()
        response = editor.post(
            url,
            {
                "title": "Two parents talking",
                "collection": image.collection_id,
                "file": SimpleUploadedFile("second.png", png),
            },
        )
        assert response.status_code == 302

    assert shared_cache.get(CONTENT_VERSION_KEY) != version_before
    assert caches["local"].get(held_here) is not None  # still here, never asked for
    after = _image_src(trainee_client.get(lesson.url).text)
    assert after != before
    assert "second" in after
    assert default_storage.exists(after.removeprefix("/media/"))


def _image_src(html: str) -> str:
    body = html[html.index('class="alongside-lesson-body"') :]
    return re.search(r'<img[^>]+src="([^"]+)"', body)[1]
