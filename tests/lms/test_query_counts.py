"""Pages cost the same number of queries whatever the size of the course."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.services import enrolment_create, lesson_complete
from tests.conftest import build_programme, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses(home, roles):
    """A course of 5 lessons and a course of 200, each part done by its own learner."""
    built = {}
    for size, (modules, lessons) in {"small": (1, 5), "large": (10, 20)}.items():
        programme, _course, tree = build_programme(
            home, modules=modules, lessons=lessons
        )
        all_lessons = [lesson for _module, ls in tree for lesson in ls]
        assert len(all_lessons) == modules * lessons
        learner = make_user(full_name=f"{size.title()} Learner")
        enrolment_create(user=learner, programme=programme)
        # Finish the first two lessons, so progress and "done" marks have work to do.
        for lesson in all_lessons[:2]:
            lesson_complete(user=learner, lesson=lesson, programme=programme)
        built[size] = {
            "programme": programme,
            "lessons": all_lessons,
            "learner": learner,
        }
    return built


def _queries(client, method, url):
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url)
    assert response.status_code in (200, 302), url
    return [q["sql"] for q in captured.captured_queries]


def _assert_same(small, large):
    assert len(small) == len(large), "\n".join(["small:", *small, "", "large:", *large])


def test_lesson_page_queries_do_not_grow_with_the_course(client, courses):
    counts = {}
    for size, course in courses.items():
        client.force_login(course["learner"])
        url = course["lessons"][3].url  # in the middle of its module
        _queries(client, "get", url)  # warm caches shared by every page
        counts[size] = _queries(client, "get", url)
        assert "Lesson 4 of" in client.get(url).content.decode()

    _assert_same(counts["small"], counts["large"])


def test_dashboard_queries_do_not_grow_with_the_course(client, courses):
    counts = {}
    for size, course in courses.items():
        client.force_login(course["learner"])
        _queries(client, "get", reverse("lms:dashboard"))
        counts[size] = _queries(client, "get", reverse("lms:dashboard"))
        total = len(course["lessons"])
        content = client.get(reverse("lms:dashboard")).content.decode()
        assert f"Your progress: 2 of {total} lessons done" in content

    _assert_same(counts["small"], counts["large"])


def test_lesson_complete_queries_do_not_grow_with_the_course(client, courses):
    counts = {}
    for size, course in courses.items():
        client.force_login(course["learner"])
        _queries(client, "get", course["lessons"][2].url)
        url = reverse("lms:lesson_complete", args=[course["lessons"][3].pk])
        counts[size] = _queries(client, "post", url)
        assert course["learner"].lesson_completions.count() == 3

    _assert_same(counts["small"], counts["large"])


def test_programme_page_queries_do_not_grow_with_the_course(client, courses):
    counts = {}
    for size, course in courses.items():
        client.force_login(course["learner"])
        url = course["programme"].url
        _queries(client, "get", url)
        counts[size] = _queries(client, "get", url)

    _assert_same(counts["small"], counts["large"])
