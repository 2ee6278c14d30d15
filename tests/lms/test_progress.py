"""Finishing lessons, progress numbers, resume points and prerequisites."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from courses.models import LessonPage
from courses.selectors import lesson_place
from lms.models import Enrolment, LessonCompletion
from lms.selectors import lesson_progress, module_outline, programme_outline
from lms.services import enrolment_create, lesson_complete
from tests.conftest import build_programme

pytestmark = pytest.mark.django_db


def _finish(user, programme, lessons):
    for lesson in lessons:
        lesson_complete(user=user, lesson=lesson, programme=programme)


def test_lesson_complete_is_idempotent(trainee, enrolment, programme_tree):
    programme, _course, [(_module, lessons), _second] = programme_tree

    first = lesson_complete(user=trainee, lesson=lessons[0], programme=programme)
    again = lesson_complete(user=trainee, lesson=lessons[0], programme=programme)

    assert first is True
    assert again is False
    assert LessonCompletion.objects.filter(user=trainee).count() == 1


def test_lesson_complete_moves_the_resume_point(trainee, enrolment, programme_tree):
    programme, _course, [(_module, lessons), _second] = programme_tree

    lesson_complete(user=trainee, lesson=lessons[1], programme=programme)

    enrolment.refresh_from_db()
    assert enrolment.last_lesson_id == lessons[1].pk
    assert enrolment.last_active_at is not None


def test_lesson_complete_needs_an_enrolment(trainee, programme_tree):
    programme, _course, [(_module, lessons), _second] = programme_tree

    with pytest.raises(PermissionDenied):
        lesson_complete(user=trainee, lesson=lessons[0], programme=programme)

    assert not LessonCompletion.objects.exists()


def test_programme_outline_counts_progress(trainee, enrolment, programme_tree):
    programme, _course, [(first, first_lessons), (second, _)] = programme_tree
    _finish(trainee, programme, first_lessons[:2])

    outline = programme_outline(user=trainee, programme=programme)

    assert [m.module.pk for m in outline.modules] == [first.pk, second.pk]
    assert (outline.progress.done, outline.progress.total) == (2, 6)
    assert outline.progress.percent == 33
    assert (outline.modules[0].progress.done, outline.modules[0].progress.total) == (
        2,
        3,
    )
    assert outline.modules[1].progress.done == 0
    assert outline.next_lesson.pk == first_lessons[2].pk


def test_programme_outline_ignores_unpublished_lessons(
    trainee, enrolment, programme_tree
):
    programme, _course, [(_first, first_lessons), (_second, second_lessons)] = (
        programme_tree
    )
    _finish(trainee, programme, [first_lessons[0], second_lessons[2]])
    second_lessons[2].unpublish()

    outline = programme_outline(user=trainee, programme=programme)

    assert (outline.progress.done, outline.progress.total) == (1, 5)


def test_finishing_everything_completes_the_outline(trainee, enrolment, programme_tree):
    programme, _course, modules = programme_tree
    _finish(
        trainee, programme, [lesson for _m, lessons in modules for lesson in lessons]
    )

    outline = programme_outline(user=trainee, programme=programme)

    assert outline.progress.is_complete
    assert outline.progress.percent == 100
    assert outline.next_lesson is None


def test_outline_resumes_at_an_unfinished_lesson_visited_last(
    trainee_client, trainee, enrolment, programme_tree
):
    programme, _course, [(_first, _lessons), (_second, second_lessons)] = programme_tree

    trainee_client.get(second_lessons[1].url)

    outline = programme_outline(user=trainee, programme=programme)
    assert outline.next_lesson.pk == second_lessons[1].pk


def test_module_outline_counts_progress(trainee, enrolment, programme_tree):
    programme, _course, [(first, lessons), _second] = programme_tree
    _finish(trainee, programme, [lessons[0]])

    outline = module_outline(user=trainee, module=first)

    assert (outline.progress.done, outline.progress.total) == (1, 3)
    assert outline.next_lesson.pk == lessons[1].pk
    assert outline.prerequisites_met


def test_lesson_progress_numbers(trainee, enrolment, programme_tree):
    programme, _course, [(_first, first_lessons), (_second, second_lessons)] = (
        programme_tree
    )
    _finish(trainee, programme, [*first_lessons, second_lessons[0]])

    progress = lesson_progress(user=trainee, place=lesson_place(second_lessons[0]))

    assert (progress["module"].done, progress["module"].total) == (1, 3)
    assert (progress["course"].done, progress["course"].total) == (4, 6)
    assert progress["lesson_done"] is True


def test_lesson_page_shows_position_and_progress(
    trainee_client, trainee, enrolment, programme_tree
):
    programme, _course, [(_first, first_lessons), (_second, second_lessons)] = (
        programme_tree
    )
    _finish(trainee, programme, first_lessons)

    response = trainee_client.get(second_lessons[1].url)

    content = response.content.decode()
    assert response.status_code == 200
    assert "Lesson 2 of 3" in content
    assert "This module: 0 of 3 lessons done" in content
    assert "Whole course: 3 of 6 lessons done" in content
    assert "I've finished this lesson" in content


def test_finishing_a_lesson_moves_on_to_the_next(
    trainee_client, trainee, enrolment, programme_tree
):
    _programme, _course, [(_first, lessons), _second] = programme_tree

    response = trainee_client.post(
        reverse("lms:lesson_complete", args=[lessons[0].pk]), follow=True
    )

    assert response.redirect_chain[-1][0] == lessons[1].url
    content = response.content.decode()
    assert "Well done, that lesson is finished." in content
    assert "This module: 1 of 3 lessons done" in content


def test_finishing_the_last_lesson_returns_to_the_module(
    trainee_client, trainee, enrolment, programme_tree
):
    programme, _course, [(first, lessons), _second] = programme_tree
    _finish(trainee, programme, lessons[:2])

    response = trainee_client.post(
        reverse("lms:lesson_complete", args=[lessons[2].pk]), follow=True
    )

    assert response.redirect_chain[-1][0] == first.url
    assert (
        f"Well done, you have finished every lesson in {first.title}."
        in response.content.decode()
    )


def test_finished_lesson_shows_done_instead_of_the_button(
    trainee_client, trainee, enrolment, programme_tree
):
    programme, _course, [(_first, lessons), _second] = programme_tree
    _finish(trainee, programme, [lessons[0]])

    content = trainee_client.get(lessons[0].url).content.decode()

    assert "You have finished this lesson." in content
    assert "I've finished this lesson" not in content


def test_dashboard_shows_progress_and_next_step(
    trainee_client, trainee, enrolment, programme_tree
):
    programme, _course, [(_first, lessons), _second] = programme_tree
    _finish(trainee, programme, lessons[:1])

    content = trainee_client.get(reverse("lms:dashboard")).content.decode()

    assert programme.title in content
    assert "Your progress: 1 of 6 lessons done" in content
    assert f"Carry on: {lessons[1].title}" in content


def test_dashboard_without_enrolments_points_to_programmes(trainee_client):
    content = trainee_client.get(reverse("lms:dashboard")).content.decode()

    assert "You are not taking a programme yet." in content


def _require(module, *required):
    module.prerequisites.set(required)
    module.save()


def test_unmet_prerequisite_blocks_lessons_and_names_the_module(
    trainee_client, trainee, enrolment, programme_tree
):
    _programme, _course, [(first, _lessons), (second, second_lessons)] = programme_tree
    _require(second, first)

    response = trainee_client.get(second_lessons[0].url, follow=True)

    content = response.content.decode()
    assert response.redirect_chain[-1][0] == second.url
    assert f"Finish {first.title} first, then this module opens." in content
    assert "I've finished this lesson" not in content


def test_unmet_prerequisite_refuses_lesson_complete(
    trainee_client, trainee, enrolment, programme_tree
):
    _programme, _course, [(first, _lessons), (second, second_lessons)] = programme_tree
    _require(second, first)

    response = trainee_client.post(
        reverse("lms:lesson_complete", args=[second_lessons[0].pk]), follow=True
    )

    assert f"Finish {first.title} first" in response.content.decode()
    assert not LessonCompletion.objects.filter(user=trainee).exists()


def test_met_prerequisite_opens_the_lessons(
    trainee_client, trainee, enrolment, programme_tree
):
    programme, _course, [(first, first_lessons), (second, second_lessons)] = (
        programme_tree
    )
    _require(second, first)
    _finish(trainee, programme, first_lessons)

    response = trainee_client.get(second_lessons[0].url)

    assert response.status_code == 200
    assert "I've finished this lesson" in response.content.decode()


def test_outline_skips_a_module_whose_prerequisite_is_unmet(
    trainee, enrolment, programme_tree
):
    programme, _course, [(first, _lessons), (second, second_lessons)] = programme_tree
    _require(first, second)

    outline = programme_outline(user=trainee, programme=programme)

    assert outline.modules[0].prerequisites_met is False
    assert [m.pk for m in outline.modules[0].missing_prerequisites] == [second.pk]
    assert outline.next_lesson.pk == second_lessons[0].pk


def test_module_page_explains_the_unmet_prerequisite(
    trainee_client, trainee, enrolment, programme_tree
):
    _programme, _course, [(first, _lessons), (second, second_lessons)] = programme_tree
    _require(second, first)

    content = trainee_client.get(second.url).content.decode()

    assert f'This module builds on <a href="{first.url}">{first.title}</a>' in content
    assert f'href="{second_lessons[0].url}"' not in content


def test_enrolment_in_another_programme_does_not_open_lessons(
    trainee_client, trainee, programme_tree, home
):
    other, _course, _modules = build_programme(home)
    enrolment_create(user=trainee, programme=other)
    programme, _course, [(_first, lessons), _second] = programme_tree

    response = trainee_client.get(lessons[0].url, follow=True)

    assert response.redirect_chain[-1][0] == programme.url
    assert "Enrol on this programme to record your progress." in (
        response.content.decode()
    )
    assert Enrolment.objects.get(user=trainee).last_lesson is None


def test_progress_follows_a_finished_lesson_moved_to_another_module(
    trainee_client, trainee, enrolment, programme_tree
):
    programme, _course, [(_first, first_lessons), (second, _second_lessons)] = (
        programme_tree
    )
    lesson_complete(user=trainee, lesson=first_lessons[2], programme=programme)

    # A trainer reorganises the course after the learner finished the lesson.
    first_lessons[2].move(second, pos="last-child")
    moved = LessonPage.objects.get(pk=first_lessons[2].pk)

    module_page = trainee_client.get(second.url).content.decode()
    lesson_page = trainee_client.get(moved.url).content.decode()
    assert module_outline(user=trainee, module=second).progress.done == 1
    assert "This module: 1 of 4 lessons done" in module_page
    assert "This module: 1 of 4 lessons done" in lesson_page
    assert "You have finished this lesson." in lesson_page
