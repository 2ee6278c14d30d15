"""Wagtail's page privacy settings hold on learner pages, which Alongside serves with
the learner's progress, and its cached check notices a new setting at once."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(programme_tree):
    return programme_tree[2][0][1][0]


def _restrict_to_group(page, group):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    return restriction


def test_a_lesson_private_to_a_group_is_refused_to_others(
    trainee_client, enrolment, lesson
):
    assert trainee_client.get(lesson.url).status_code == 200

    _restrict_to_group(lesson, Group.objects.create(name="Pilot cohort only"))
    response = trainee_client.get(lesson.url)

    # Wagtail sends people who may not see a private page to sign in as someone else:
    # Alongside's sign-in says why, and does not send them back round in a loop.
    assert response.status_code == 302
    page = trainee_client.get(lesson.url, follow=True).content.decode()
    assert lesson.title not in page
    assert "the page you asked for is not open to this account" in page


def test_a_group_member_still_reads_the_private_lesson(
    trainee, trainee_client, enrolment, lesson
):
    group = Group.objects.create(name="Pilot cohort only")
    trainee.groups.add(group)
    _restrict_to_group(lesson, group)

    response = trainee_client.get(lesson.url)

    assert response.status_code == 200
    assert lesson.title in response.content.decode()


def test_a_password_on_the_programme_covers_its_modules_and_lessons(
    trainee_client, enrolment, programme_tree, lesson
):
    programme, _course, [(module, _lessons), _second] = programme_tree
    PageViewRestriction.objects.create(
        page=programme,
        restriction_type=PageViewRestriction.PASSWORD,
        password="only-for-the-pilot",
    )

    for page in (programme, module, lesson):
        body = trainee_client.get(page.url).content.decode()
        assert 'name="password"' in body, page.title
        assert "I've finished this lesson" not in body


def test_lifting_the_restriction_opens_the_lesson_again(
    trainee_client, enrolment, lesson
):
    restriction = _restrict_to_group(lesson, Group.objects.create(name="Pilot"))
    assert trainee_client.get(lesson.url).status_code == 302

    restriction.delete()

    assert trainee_client.get(lesson.url).status_code == 200


def test_unrestricted_lessons_do_not_query_for_restrictions(
    trainee_client, enrolment, lesson
):
    trainee_client.get(lesson.url)  # fills the caches

    with CaptureQueriesContext(connection) as queries:
        assert trainee_client.get(lesson.url).status_code == 200

    assert not [q for q in queries if "wagtailcore_pageviewrestriction" in q["sql"]]
