"""Difficult modules: the content note comes first, and every choice is respected."""

import pytest
from django.urls import reverse

from lms.models import ContentNoteChoice
from lms.selectors import content_note_needed
from lms.services import LearningError, content_note_choose

pytestmark = pytest.mark.django_db

NOTE = "This module talks about stillbirth and the death of a baby."


@pytest.fixture
def difficult(programme_tree):
    """The first module, marked difficult, and its lessons."""
    _programme, _course, [(module, lessons), _second] = programme_tree
    module.is_difficult = True
    module.content_note = NOTE
    module.save_revision().publish()
    return module, lessons


def _choose(client, module, choice, **kwargs):
    return client.post(
        reverse("lms:content_note_choose", args=[module.pk]),
        {"choice": choice},
        **kwargs,
    )


def test_lesson_of_difficult_module_sends_to_the_content_note(
    trainee_client, enrolment, difficult
):
    module, lessons = difficult

    response = trainee_client.get(lessons[0].url, follow=True)

    content = response.content.decode()
    assert response.redirect_chain[-1][0] == module.url
    assert "Please read the content note for this module first." in content
    assert "Before you start: a content note" in content
    assert NOTE in content
    assert "Continue to the module" in content
    assert f'href="{lessons[0].url}"' not in content


def test_continue_opens_the_first_lesson(trainee_client, trainee, enrolment, difficult):
    module, lessons = difficult

    chosen = _choose(trainee_client, module, "continue")
    lesson = trainee_client.get(lessons[0].url)

    assert chosen.status_code == 302
    assert chosen.url == lessons[0].url
    assert lesson.status_code == 200
    assert "I've finished this lesson" in lesson.content.decode()
    assert not content_note_needed(user=trainee, module=module)


def test_later_is_recorded_and_kindly_sends_to_the_dashboard(
    trainee_client, trainee, enrolment, difficult
):
    module, lessons = difficult

    response = _choose(trainee_client, module, "later", follow=True)

    assert response.redirect_chain[-1][0] == reverse("lms:dashboard")
    assert (
        f"That is absolutely fine. {module.title} will be here when you are ready, "
        "and nothing is lost." in response.content.decode()
    )
    assert ContentNoteChoice.objects.filter(
        user=trainee, module=module, choice=ContentNoteChoice.Choice.LATER
    ).exists()
    # "Later" is not consent: the note still comes first next time.
    assert trainee_client.get(lessons[0].url).url == module.url


def test_support_sends_to_the_support_page(
    trainee_client, trainee, enrolment, difficult
):
    module, _lessons = difficult

    response = _choose(trainee_client, module, "support", follow=True)

    assert (
        response.redirect_chain[-1][0] == f"{reverse('lms:support')}?from={module.pk}"
    )
    assert response.status_code == 200
    assert "Get support" in response.content.decode()
    assert ContentNoteChoice.objects.filter(
        user=trainee, module=module, choice=ContentNoteChoice.Choice.SUPPORT
    ).exists()


def test_latest_choice_wins(trainee_client, trainee, enrolment, difficult):
    module, lessons = difficult
    content_note_choose(user=trainee, module=module, choice="continue")
    content_note_choose(user=trainee, module=module, choice="later")

    assert content_note_needed(user=trainee, module=module)


def test_unknown_choice_is_refused(trainee_client, trainee, enrolment, difficult):
    module, _lessons = difficult

    response = _choose(trainee_client, module, "skip-it", follow=True)

    assert response.redirect_chain[-1][0] == module.url
    assert "Please choose one of the options." in response.content.decode()
    assert not ContentNoteChoice.objects.filter(user=trainee).exists()
    with pytest.raises(LearningError):
        content_note_choose(user=trainee, module=module, choice="skip-it")


def test_module_that_is_not_difficult_shows_no_note(
    trainee_client, enrolment, programme_tree
):
    _programme, _course, [_first, (module, lessons)] = programme_tree

    content = trainee_client.get(module.url).content.decode()

    assert "Before you start: a content note" not in content
    assert f'href="{lessons[0].url}"' in content
