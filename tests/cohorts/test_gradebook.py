"""The gradebook: the grid, drill-down to exact answers, filters, CSV, query counts."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from alongside import extensions
from courses.factories import LessonPageFactory
from lms.cohorts.models import ModuleSchedule
from lms.factories import CohortFactory, OrganisationFactory
from lms.models import AuditEvent, Enrolment
from tests.cohorts.conftest import populate, quiz_attempt

pytestmark = pytest.mark.django_db


def test_grid_shows_lessons_quiz_and_scenarios(client, trainer, cohort, course):
    trainees = populate(course, cohort, 5)
    client.force_login(trainer)
    response = client.get(reverse("trainer:gradebook", args=[cohort.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    # Trainee 002 finished 2 lessons and got one of two quiz questions right.
    row = html[html.index("Trainee 002") :]
    row = row[: row.index("</tr>")]
    assert "2 of 3 lessons" in row
    assert "best 50%, 1 attempt" in row
    # Trainee 003 made the unsafe choice in the scenario.
    row = html[html.index("Trainee 003") :]
    row = row[: row.index("</tr>")]
    assert "0 of 1 passed (1 with an unsafe choice)" in row
    assert len(trainees) == 5


def test_a_lesson_published_mid_course_shows_at_once(client, trainer, cohort, course):
    """The programme's structure is cached until content changes: a trainer who
    publishes a lesson while a cohort is mid-course sees it in the gradebook, and
    unpublishing it takes it away again."""
    populate(course, cohort, 3)
    client.force_login(trainer)
    url = reverse("trainer:gradebook", args=[cohort.pk])
    assert "2 of 3 lessons" in client.get(url).content.decode()

    module, _lessons = course["tree"][0]
    lesson = LessonPageFactory(parent=module, title="Lesson 1.4")
    assert "2 of 4 lessons" in client.get(url).content.decode()

    lesson.unpublish()
    assert "2 of 3 lessons" in client.get(url).content.decode()


def test_registered_learner_facts_become_columns(
    client, trainer, cohort, course, monkeypatch
):
    trainees = populate(course, cohort, 2)
    monkeypatch.setitem(
        extensions._learner_facts,
        "practice_hours",
        lambda ids, programme: {uid: f"{uid % 7} h" for uid in ids},
    )
    client.force_login(trainer)
    html = client.get(reverse("trainer:gradebook", args=[cohort.pk])).content.decode()
    assert "Practice hours" in html
    assert f"{trainees[0].pk % 7} h" in html


def test_filters_by_status_and_overdue(client, trainer, cohort, course):
    populate(course, cohort, 8)
    module = course["tree"][0][0]
    ModuleSchedule.objects.create(
        cohort=cohort,
        module=module,
        due_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    client.force_login(trainer)
    url = reverse("trainer:gradebook", args=[cohort.pk])
    html = client.get(url, {"status": "not_started"}).content.decode()
    # Only trainee 7 has done nothing at all (no lessons, quiz or scenario).
    assert "Trainee 007" in html
    assert "Trainee 000" not in html
    overdue = client.get(url, {"overdue": "1"}).content.decode()
    # Only people who finished all 3 lessons of module 1 and passed its quiz are
    # not overdue: trainees 4 (2 right) and 6 (1 of 2 right, pass mark 50).
    for n in (0, 1, 2, 3, 5, 7):
        assert f"Trainee {n:03d}" in overdue
    assert "Trainee 004" not in overdue
    assert "Trainee 006" not in overdue
    assert client.get(url, {"status": "nonsense"}).status_code == 200


def test_a_large_cohort_is_shown_a_page_of_trainees_at_a_time(
    client, trainer, cohort, course, monkeypatch
):
    monkeypatch.setattr("lms.cohorts.views.progress.GRADEBOOK_PAGE_SIZE", 10)
    populate(course, cohort, 23)
    client.force_login(trainer)
    url = reverse("trainer:gradebook", args=[cohort.pk])
    first = client.get(url).content.decode()
    assert "Showing 1 to 10 of 23 matching trainees." in first
    assert "Trainee 009" in first and "Trainee 010" not in first
    assert first.count('<th scope="row" class="cohorts-sticky">') == 10
    assert 'href="?page=2"' in first and "Page 2 of 3" in first
    third = client.get(url, {"page": 3}).content.decode()
    assert "Showing 21 to 23 of 23 matching trainees." in third
    assert "Trainee 022" in third and "Trainee 019" not in third
    assert 'href="?page=2"' in third and "Next" not in third
    # A filter stays on when turning the page.
    filtered = client.get(url, {"status": "in_progress", "page": 2}).content.decode()
    assert "(23 in the cohort)" in filtered
    assert 'href="?status=in_progress&amp;page=1"' in filtered
    # A page past the end shows the last; nonsense shows the first.
    assert "Trainee 022" in client.get(url, {"page": "99"}).content.decode()
    assert "Trainee 000" in client.get(url, {"page": "nonsense"}).content.decode()


def test_drill_down_shows_the_exact_answer_given(client, trainer, cohort, course):
    trainees = populate(course, cohort, 3)
    q1, q2 = course["questions"]
    attempt = trainees[2].quiz_attempts.get()
    client.force_login(trainer)
    html = client.get(
        reverse("trainer:trainee", args=[cohort.pk, trainees[2].pk])
    ).content.decode()
    assert "Check your understanding, attempt 1" in html
    html = client.get(
        reverse("trainer:quiz_attempt", args=[cohort.pk, attempt.pk])
    ).content.decode()
    assert "Listen first" in html  # right answer chosen for q1
    assert "Signposting wrong 0" in html  # wrong answer chosen for q2
    run = trainees[0].scenario_attempts.get()
    html = client.get(
        reverse("trainer:scenario_attempt", args=[cohort.pk, run.pk])
    ).content.decode()
    assert "Listen" in html


def test_answers_csv_has_every_answer_and_is_formula_safe(
    client, trainer, cohort, course
):
    trainees = populate(course, cohort, 4)
    q1, q2 = course["questions"]
    trainees[1].full_name = '=HYPERLINK("http://evil")'
    trainees[1].save()
    quiz_attempt(course["quiz"], trainees[1], {q1: 0.0, q2: 1.0})
    client.force_login(trainer)
    response = client.get(reverse("trainer:answers_csv", args=[cohort.pk]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header[0] == "Trainee"
    quiz_rows = [r for r in body if r[2] == "quiz"]
    # Trainees 0 and 2 plus the extra attempt: 3 attempts × 2 questions.
    assert len(quiz_rows) == 6
    assert [
        r[8] for r in quiz_rows if r[0] == "Trainee 002" and r[7] == "Signposting"
    ] == ["Signposting wrong 0"]
    assert any(r[0].startswith("'=HYPERLINK") for r in body)
    assert not any(r[0].startswith("=") for r in body)
    assert any(r[2] == "scenario" and r[9] == "unsafe" for r in body)
    # The download of everyone's answers is in the audit log.
    (logged,) = AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED)
    assert logged.actor == trainer
    assert logged.detail == {
        "file": f"answers-cohort-{cohort.pk}.csv",
        "rows": str(len(body)),
    }


def test_other_cohorts_answers_are_not_in_the_export(
    client, trainer, cohort, other_cohort, course
):
    populate(course, cohort, 2)
    client.force_login(trainer)
    content = client.get(reverse("trainer:answers_csv", args=[cohort.pk])).content
    assert b"Elsewhere" not in content


def _count(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in captured.captured_queries]


def test_gradebook_queries_do_not_grow_with_the_cohort(client, trainer, course):
    counts = {}
    for size in (5, 50):
        cohort = CohortFactory(
            organisation=OrganisationFactory(), programme=course["programme"]
        )
        cohort.trainers.add(trainer)
        populate(course, cohort, size, prefix=f"Size{size}")
        assert Enrolment.objects.filter(cohort=cohort).count() == size
        client.force_login(trainer)
        for name in ("trainer:gradebook", "trainer:cohort_overview"):
            url = reverse(name, args=[cohort.pk])
            _count(client, url)  # warm shared caches
            counts[(name, size)] = _count(client, url)
    for name in ("trainer:gradebook", "trainer:cohort_overview"):
        small, large = counts[(name, 5)], counts[(name, 50)]
        assert len(small) == len(large), "\n".join(["small:", *small, "large:", *large])


def test_csv_export_queries_do_not_grow_with_the_cohort(client, trainer, course):
    counts = {}
    for size in (5, 50):
        cohort = CohortFactory(
            organisation=OrganisationFactory(), programme=course["programme"]
        )
        cohort.trainers.add(trainer)
        populate(course, cohort, size, prefix=f"Csv{size}")
        client.force_login(trainer)
        _count(client, reverse("trainer:answers_csv", args=[cohort.pk]))  # warm up
        counts[size] = len(
            _count(client, reverse("trainer:answers_csv", args=[cohort.pk]))
        )
    assert counts[5] == counts[50]


def test_module_columns_can_be_hidden_and_the_csv_is_what_is_shown(
    client, trainer, cohort, course
):
    """Without JavaScript: a form chooses the columns; the CSV has exactly the
    rows and columns on the page, with the same filters."""
    import csv
    import io

    populate(course, cohort, 6)
    client.force_login(trainer)
    url = reverse("trainer:gradebook", args=[cohort.pk])
    modules = [m for m, _lessons in course["tree"]]
    everything = client.get(url).content.decode()
    assert all(m.title in everything for m in modules)
    assert "scroll sideways" in everything or len(modules) <= 2
    shown = client.get(
        url, {"modules": [modules[0].pk], "status": "in_progress"}
    ).content.decode()
    assert f'<th scope="col">{modules[0].title}</th>' in shown
    assert f'<th scope="col">{modules[1].title}</th>' not in shown
    assert f"1 of {len(modules)} shown" in shown
    # The download link carries the same filters and columns.
    assert f"status=in_progress&amp;modules={modules[0].pk}&amp;format=csv" in shown

    response = client.get(
        url, {"modules": [modules[0].pk], "status": "in_progress", "format": "csv"}
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Trainee", "Status", "May be stuck", modules[0].title]
    assert modules[1].title not in rows[0]
    in_progress = shown.count("In progress</td>") + shown.count("In progress<br>")
    assert len(rows) - 1 == in_progress
    assert all(row[1] == "In progress" for row in rows[1:])
    # Nonsense column ids are ignored: every column again.
    assert client.get(url, {"modules": ["x", "999999"]}).status_code == 200
