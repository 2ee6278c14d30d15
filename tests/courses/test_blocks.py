"""Every lesson block renders its preview, in code and in the editor's block picker."""

import pytest
from django.urls import reverse

from courses.blocks import LessonStreamBlock
from courses.models import LessonPage

# What an editor should see in each block's preview.
EXPECTED = {
    "rich_text": "What peer support is",
    "image": "Two parents talking over a cup of tea",
    "video": "A peer supporter talks about her first visit",
    "audio": "Listening well: a short example",
    "callout": "Peer support is not clinical care",
    "content_note": "The next part talks about suicide.",
    "reflection_prompt": "What helps you listen without rushing to fix things?",
    "signpost": "Where to find help",
    "resource": "Boundaries: a one-page reminder",
}


def test_every_lesson_block_has_an_expected_preview():
    assert set(LessonStreamBlock.base_blocks) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_block_renders_its_preview_value(name):
    block = LessonStreamBlock().child_blocks[name]

    html = block.render(block.get_preview_value())

    assert EXPECTED[name] in html


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_block_preview_shows_in_the_admin(client, site_admin, name):
    block = LessonPage._meta.get_field("body").stream_block.child_blocks[name]
    client.force_login(site_admin)

    response = client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    assert response.status_code == 200
    assert EXPECTED[name] in response.content.decode()
