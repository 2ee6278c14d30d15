"""Every learner page costs the same SQL whatever the size of the course, the number
of attempts or the number of learners.

The pages are discovered, not listed: one live page of every page type in the tree,
the learner's latest quiz result, and every argument-free GET route of the site
outside the Wagtail admin (so pages added by later features are covered too).
"""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.models import Page

from assessments import services as assessment_services
from assessments.models import QuestionCategory, QuizAttempt
from lms.services import enrolment_create, lesson_complete
from tests.assessments.helpers import quiz_create, result_url, single_choice
from tests.conftest import build_programme, make_user

pytestmark = pytest.mark.django_db

# Routes that are not pages a learner reads (admin, documents, password-reset links
# that need a token, and sign-out, which only takes POST).
SKIPPED_PREFIXES = ("admin/", "documents/", "django-admin/")


def _plain_routes(resolver=None, prefix="", namespace=""):
    """(name, path) of every GET route without arguments, outside the admin."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = str(entry.pattern)
        if route.startswith("^") or "<" in route:
            continue
        full = prefix + route
        if full.startswith(SKIPPED_PREFIXES):
            continue
        if isinstance(entry, URLResolver):
            ns = entry.namespace or namespace
            yield from _plain_routes(entry, full, ns)
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, "/" + full


def _learner_urls(programme, learner, quiz) -> dict[str, str]:
    """One URL of each learner-facing page, for this programme and learner."""
    urls = {}
    for page in Page.objects.live().descendant_of(programme, inclusive=True).specific():
        kind = type(page).__name__
        if kind == "LessonPage" and "LessonPage" in urls:
            continue
        urls.setdefault(kind, page.url)
    urls["HomePage"] = "/"
    attempt = (
        QuizAttempt.objects.filter(user=learner, quiz=quiz).order_by("-pk").first()
    )
    if attempt is not None:
        urls["quiz result"] = result_url(quiz, attempt)
    for name, path in _plain_routes():
        if name not in {"lms:logout", "wagtail_serve"}:
            urls[name] = path
    return urls


def _count(client, url) -> tuple[int, list[str]] | None:
    # The first request warms per-process caches. A POST-only route (405) is not a
    # page, and a route a learner may not open (403, for supervisors or team leads,
    # say) is not a learner page: their own query tests cover those.
    if client.get(url).status_code in (403, 405):
        return None
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code in (200, 302), (url, response.status_code)
    return len(captured.captured_queries), [q["sql"] for q in captured.captured_queries]


def _counts(client, learner, urls) -> dict[str, tuple[int, list[str]]]:
    client.force_login(learner)
    counted = {name: _count(client, url) for name, url in urls.items()}
    return {name: count for name, count in counted.items() if count is not None}


def _complete_queries(client, learner, lesson) -> tuple[int, list[str]]:
    client.force_login(learner)
    url = reverse("lms:lesson_complete", args=[lesson.pk])
    with CaptureQueriesContext(connection) as captured:
        response = client.post(url)
    assert response.status_code == 302
    assert learner.lesson_completions.filter(lesson=lesson).exists()
    return len(captured.captured_queries), [q["sql"] for q in captured.captured_queries]


def _assert_same(a: dict, b: dict, what: str):
    assert a.keys() == b.keys()
    grown = {name: (a[name][0], b[name][0]) for name in a if a[name][0] != b[name][0]}
    detail = "\n\n".join(
        f"{name}:\n  " + "\n  ".join(a[name][1]) + "\n vs\n  " + "\n  ".join(b[name][1])
        for name in grown
    )
    assert not grown, f"queries grow with {what}: {grown}\n{detail}"


def _world(home, *, modules, lessons, attempts=1, done=2, title="Programme"):
    """A programme with a quiz in its first module and a learner part-way through."""
    programme, _course, tree = build_programme(
        home, modules=modules, lessons=lessons, title=title
    )
    category = QuestionCategory.objects.create(name=f"Bank {title}")
    question = single_choice(category, f"{title} question")
    quiz = quiz_create(tree[0][0], [question], slug="quiz")
    learner = make_user(full_name=f"{title} Learner")
    _progress(learner, programme, tree, quiz, attempts=attempts, done=done)
    return programme, tree, quiz, learner


def _progress(learner, programme, tree, quiz, *, attempts, done):
    enrolment_create(user=learner, programme=programme)
    all_lessons = [lesson for _module, ls in tree for lesson in ls]
    for lesson in all_lessons[:done]:
        lesson_complete(user=learner, lesson=lesson, programme=programme)
    for _n in range(attempts):
        attempt = assessment_services.attempt_start(user=learner, quiz=quiz)
        assessment_services.attempt_submit(
            attempt=attempt, revision=attempt.revision, data=QueryDict()
        )


def _lesson_url(tree):
    """A lesson in the middle of the first module."""
    module_lessons = tree[0][1]
    return module_lessons[len(module_lessons) // 2].url


def test_no_learner_page_or_completion_grows_with_the_size_of_the_course(
    client, home, roles
):
    small = _world(home, modules=1, lessons=5, title="Small")
    large = _world(home, modules=10, lessons=20, title="Large")
    assert len([ls for _m, group in large[1] for ls in group]) == 200

    counts = {}
    for size, (programme, tree, quiz, learner) in (("small", small), ("large", large)):
        urls = _learner_urls(programme, learner, quiz)
        urls["LessonPage"] = _lesson_url(tree)
        counts[size] = _counts(client, learner, urls)

    assert {"LessonPage", "ModulePage", "ProgrammePage", "QuizPage"} <= set(
        counts["small"]
    )
    assert "lms:dashboard" in counts["small"]
    _assert_same(counts["small"], counts["large"], "the size of the course")

    # Marking a lesson complete costs the same in a course of 5 or 200 lessons.
    completes = {
        size: {"complete": _complete_queries(client, world[3], world[1][0][1][3])}
        for size, world in (("small", small), ("large", large))
    }
    _assert_same(completes["small"], completes["large"], "the size of the course")


def test_no_learner_page_grows_with_the_number_of_attempts(client, home, roles):
    programme, tree, quiz, newcomer = _world(home, modules=2, lessons=5, attempts=1)
    regular = make_user(full_name="Regular Learner")
    _progress(regular, programme, tree, quiz, attempts=15, done=8)
    assert QuizAttempt.objects.filter(user=regular).count() == 15

    counts = {}
    for who, learner in (("newcomer", newcomer), ("regular", regular)):
        urls = _learner_urls(programme, learner, quiz)
        urls["LessonPage"] = _lesson_url(tree)
        counts[who] = _counts(client, learner, urls)

    _assert_same(counts["newcomer"], counts["regular"], "the number of attempts")


def test_no_learner_page_grows_with_the_number_of_learners(client, home, roles):
    programme, tree, quiz, learner = _world(home, modules=2, lessons=5)
    urls = _learner_urls(programme, learner, quiz)
    urls["LessonPage"] = _lesson_url(tree)
    alone = _counts(client, learner, urls)

    for n in range(25):
        other = make_user(full_name=f"Other {n}")
        _progress(other, programme, tree, quiz, attempts=2, done=n % 10)
    crowded = _counts(client, learner, urls)

    _assert_same(alone, crowded, "the number of learners")
