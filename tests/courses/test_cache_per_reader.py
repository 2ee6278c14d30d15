"""A lesson body is cached once for everyone; nothing that belongs to one reader
(their progress, choices, support numbers, forms) is ever served to another."""

import json
import re

import pytest
from django.template import engines
from django.test import Client, RequestFactory

from courses.blocks import LessonStreamBlock
from courses.factories import SignpostFactory
from courses.templatetags.lesson_tags import PER_READER_BLOCKS
from lms.models import ContentNoteChoice
from lms.services import content_note_choose, enrolment_create, lesson_complete

pytestmark = pytest.mark.django_db


def _rendered_for(user, lesson, block_name, child):
    """One block as a lesson page renders it for this reader (the page's context,
    context processors included)."""
    request = RequestFactory().get(lesson.url)
    request.user = user
    context = {"page": lesson, "self": lesson, "forloop": {"counter": 1}}
    for processor in engines["django"].engine.template_context_processors:
        context.update(processor(request))
    bound = child.bind(child.get_preview_value())
    return str(bound.render_as_block(context=context))


def test_every_block_that_reads_its_reader_is_rendered_per_reader(
    trainee, other_trainee, programme_tree
):
    """Render each kind of block for two readers: any whose HTML differs must be
    listed as per-reader, or the cache would show one reader's HTML to the next."""
    lesson = programme_tree[2][0][1][0]
    differ = {
        name
        for name, child in LessonStreamBlock().child_blocks.items()
        if _rendered_for(trainee, lesson, name, child)
        != _rendered_for(other_trainee, lesson, name, child)
    }

    assert differ <= PER_READER_BLOCKS, (
        f"{sorted(differ - PER_READER_BLOCKS)} show something of their reader: add "
        "them to PER_READER_BLOCKS in courses/templatetags/lesson_tags.py"
    )
    # The check can tell: the reflection form carries each reader's own CSRF token.
    assert "reflection_prompt" in differ


@pytest.fixture
def difficult_lesson(programme_tree):
    """The second lesson of a difficult module, with blocks of every sort."""
    module, lessons = programme_tree[2][0]
    module.is_difficult = True
    module.content_note = "This module talks about loss."
    module.save_revision().publish()
    lesson = lessons[1]
    SignpostFactory(
        name="Wales helpline",
        phone="0800 132 737",
        covers_england=False,
        covers_scotland=False,
        covers_northern_ireland=False,
    )
    SignpostFactory(
        name="Scotland helpline",
        phone="0800 83 85 87",
        covers_england=False,
        covers_wales=False,
        covers_northern_ireland=False,
    )
    lesson.body = json.dumps(
        [
            {"type": "rich_text", "value": "<p>Grief comes in waves.</p>"},
            {"type": "content_note", "value": {"text": "Talk of loss."}},
            {
                "type": "reflection_prompt",
                "value": {"prompt": "What helps you rest?", "guidance": ""},
            },
        ]
    )
    lesson.save_revision().publish()
    return lesson


def _reader(user, lesson, programme, *, nation, finished):
    user.nation = nation
    user.save()
    enrolment_create(user=user, programme=programme)
    for done in finished:
        lesson_complete(user=user, lesson=done, programme=programme)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def test_two_learners_reading_the_same_lesson_each_see_only_their_own(
    trainee, other_trainee, programme_tree, difficult_lesson
):
    programme = programme_tree[0]
    lessons = programme_tree[2][0][1]
    first = _reader(
        trainee, difficult_lesson, programme, nation="wales", finished=lessons[:2]
    )
    second = _reader(
        other_trainee, difficult_lesson, programme, nation="scotland", finished=[]
    )

    # Only the first has made the content-note choice: the second, reading after
    # the body is cached, is still asked to read the note first.
    content_note_choose(
        user=trainee,
        module=lessons[0].get_parent().specific,
        choice=ContentNoteChoice.Choice.CONTINUE,
    )
    mine = first.get(difficult_lesson.url)
    assert mine.status_code == 200
    assert second.get(difficult_lesson.url)["Location"].endswith(
        lessons[0].get_parent().url
    )

    content_note_choose(
        user=other_trainee,
        module=lessons[0].get_parent().specific,
        choice=ContentNoteChoice.Choice.CONTINUE,
    )
    mine, theirs = mine.text, second.get(difficult_lesson.url).text

    # Both read the same cached body.
    assert "Grief comes in waves." in mine and "Grief comes in waves." in theirs
    # Progress and the lesson's "done" mark are each reader's own.
    assert "This module: 2 of 3 lessons done" in mine
    assert "This module: 0 of 3 lessons done" in theirs
    assert "You have finished this lesson." in mine
    assert "You have finished this lesson." not in theirs
    assert "I've finished this lesson" in theirs
    # The support panel shows each reader's own nation's numbers.
    assert "Wales helpline" in mine and "Scotland helpline" not in mine
    assert "Scotland helpline" in theirs and "Wales helpline" not in theirs
    # The reflection form on each page is its reader's own: it posts, with CSRF
    # checks on, as that reader and nobody else.
    for page, client, user in ((mine, first, trainee), (theirs, second, other_trainee)):
        form = page[page.index('action="/reflections/new/"') :]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
        response = client.post(
            "/reflections/new/",
            {
                "csrfmiddlewaretoken": token,
                "prompt": "What helps you rest?",
                "lesson": difficult_lesson.pk,
                "title": difficult_lesson.title,
                "body": f"A walk, says {user.full_name}.",
            },
        )
        assert response.status_code == 302
    assert [e.body for e in trainee.reflective_entries.all()] == [
        "A walk, says Tess Trainee."
    ]
    assert [e.body for e in other_trainee.reflective_entries.all()] == [
        "A walk, says Olly Other."
    ]
