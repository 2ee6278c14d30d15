"""Who may open what: sign-in, enrolment, bad addresses, methods and CSRF."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lms.models import Enrolment, LessonCompletion

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_sign_in(client, programme_tree):
    lesson = programme_tree[2][0][1][0]

    for url in [reverse("lms:dashboard"), reverse("lms:reflections"), lesson.url]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(f"{reverse('lms:login')}?next="), url
        assert url in response.url.replace("%2F", "/"), url


def test_anonymous_visitor_signs_in_and_lands_on_the_dashboard(client, trainee):
    response = client.post(
        f"{reverse('lms:login')}?next={reverse('lms:dashboard')}",
        {
            "username": trainee.email,
            "password": "a-long-test-password",
            "next": reverse("lms:dashboard"),
        },
        follow=True,
    )

    assert response.redirect_chain[-1][0] == reverse("lms:dashboard")
    assert "My learning" in response.content.decode()


def test_programme_and_module_pages_are_open_to_visitors(client, programme_tree):
    programme, _course, [(module, lessons), _second] = programme_tree

    programme_page = client.get(programme.url).content.decode()
    module_page = client.get(module.url).content.decode()

    assert "Create an account to enrol" in programme_page
    assert lessons[0].title in module_page
    # Lesson titles are listed, but not linked, until the visitor is enrolled.
    assert f'href="{lessons[0].url}"' not in module_page


def test_learner_not_enrolled_cannot_open_a_lesson(trainee_client, programme_tree):
    programme, _course, [(_module, lessons), _second] = programme_tree

    response = trainee_client.get(lessons[0].url, follow=True)

    content = response.content.decode()
    assert response.redirect_chain[-1][0] == programme.url
    assert "Enrol on this programme to record your progress." in content
    assert "Enrol on this programme</button>" in content
    assert "I've finished this lesson" not in content


def test_learner_not_enrolled_cannot_mark_a_lesson_finished(
    trainee_client, trainee, programme_tree
):
    lesson = programme_tree[2][0][1][0]

    response = trainee_client.post(reverse("lms:lesson_complete", args=[lesson.pk]))

    assert response.status_code == 403
    assert not LessonCompletion.objects.filter(user=trainee).exists()


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("post", "/learn/lessons/999999/complete/"),
        ("post", "/learn/modules/999999/content-note/"),
        ("post", "/learn/modules/abc/content-note/"),
        ("post", "/learn/lessons/abc/complete/"),
        ("post", "/programmes/999999/enrol/"),
        ("post", "/programmes/abc/enrol/"),
        ("get", "/reflections/999999/"),
        ("get", "/reflections/abc/"),
        ("get", "/reflections/999999/delete/"),
        ("get", "/reflections/999999/share/"),
        ("get", "/reflections/shared-with-me/999999/"),
        ("get", "/join/not-a-real-token/"),
        ("get", "/no-such-programme/no-such-module/"),
    ],
)
def test_unknown_ids_give_404(trainee_client, programme_tree, method, url):
    response = getattr(trainee_client, method)(url)

    assert response.status_code == 404


def test_ids_of_the_wrong_kind_of_page_give_404(
    trainee_client, enrolment, programme_tree
):
    programme, course, [(module, lessons), _second] = programme_tree

    assert (
        trainee_client.post(
            reverse("lms:lesson_complete", args=[module.pk])
        ).status_code
        == 404
    )
    assert (
        trainee_client.post(
            reverse("lms:content_note_choose", args=[lessons[0].pk]),
            {"choice": "continue"},
        ).status_code
        == 404
    )
    assert (
        trainee_client.post(
            reverse("lms:programme_enrol", args=[course.pk])
        ).status_code
        == 404
    )


def test_unpublished_lesson_cannot_be_finished(
    trainee_client, trainee, enrolment, programme_tree
):
    lesson = programme_tree[2][0][1][0]
    lesson.unpublish()

    response = trainee_client.post(reverse("lms:lesson_complete", args=[lesson.pk]))

    assert response.status_code == 404
    assert not LessonCompletion.objects.filter(user=trainee).exists()


def test_unpublished_programme_cannot_be_enrolled_on(
    trainee_client, trainee, programme_tree
):
    programme = programme_tree[0]
    programme.unpublish()

    response = trainee_client.post(reverse("lms:programme_enrol", args=[programme.pk]))

    assert response.status_code == 404
    assert not Enrolment.objects.filter(user=trainee).exists()


def test_post_only_endpoints_refuse_get(
    trainee_client, trainee, enrolment, programme_tree
):
    programme, _course, [(module, lessons), _second] = programme_tree

    for url in [
        reverse("lms:lesson_complete", args=[lessons[0].pk]),
        reverse("lms:content_note_choose", args=[module.pk]),
        reverse("lms:programme_enrol", args=[programme.pk]),
        reverse("lms:logout"),
    ]:
        assert trainee_client.get(url).status_code == 405, url
    # The break page may be opened by GET (after a form saved on the way there), but
    # only a POST saves a place.
    calm = trainee_client.get(reverse("lms:take_a_break"), {"lesson": lessons[0].pk})
    assert calm.status_code == 200

    assert not LessonCompletion.objects.filter(user=trainee).exists()


def test_csrf_is_enforced_on_lesson_complete(trainee, enrolment, programme_tree):
    lesson = programme_tree[2][0][1][0]
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)

    forged = client.post(reverse("lms:lesson_complete", args=[lesson.pk]))

    assert forged.status_code == 403
    assert not LessonCompletion.objects.filter(user=trainee).exists()

    page = client.get(lesson.url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    genuine = client.post(
        reverse("lms:lesson_complete", args=[lesson.pk]),
        {"csrfmiddlewaretoken": token},
    )

    assert genuine.status_code == 302
    assert LessonCompletion.objects.filter(user=trainee, lesson=lesson).exists()


def test_take_a_break_saves_the_place(
    trainee_client, trainee, enrolment, programme_tree
):
    lesson = programme_tree[2][1][1][2]

    response = trainee_client.post(reverse("lms:take_a_break"), {"lesson": lesson.pk})

    assert "Your place is saved." in response.content.decode()
    assert f"Go back to {lesson.title}" in response.content.decode()
    enrolment.refresh_from_db()
    assert enrolment.last_lesson_id == lesson.pk


def test_sign_out_signs_out(trainee_client):
    trainee_client.post(reverse("lms:logout"))

    response = trainee_client.get(reverse("lms:dashboard"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("lms:login"))


def test_learners_see_when_the_version_they_read_was_reviewed(
    trainee_client, programme_tree, enrolment, trainer
):
    from courses.services import content_review_record

    _programme, _course, [(module, _lessons), _second] = programme_tree
    module.save_revision().publish()
    review = content_review_record(
        module=module,
        user=trainer,
        role="Perinatal mental health nurse",
        checked="The whole module.",
        approved=True,
    )

    page = trainee_client.get(module.url).content.decode()

    assert (
        f"Reviewed on {timezone.localtime(review.reviewed_at):%-d %B %Y} by a "
        "perinatal mental health nurse" in page
    )
    assert "Next review due" not in page
