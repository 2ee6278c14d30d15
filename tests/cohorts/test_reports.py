"""Reports: item analysis against hand-worked figures, charts, suppression, queries."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.cohorts import reports, selectors
from lms.cohorts.charts import Bar, bar_chart
from lms.factories import CohortFactory, OrganisationFactory
from tests.cohorts.conftest import populate, quiz_attempt, scenario_run
from tests.conftest import make_user

# (total score, mark on A, mark on B) for ten attempts, lowest score first.
HAND_WORKED = [
    (10, 0, 0),
    (20, 0, 1),
    (30, 1, 0),
    (40, 0, 1),
    (50, 1, 0),
    (60, 1, 1),
    (70, 1, 0),
    (80, 1, 1),
    (90, 1, 1),
    (100, 1, 0),
]


def test_item_statistics_match_the_hand_worked_example():
    stats = reports.item_statistics(
        [(total, {"A": a, "B": b}) for total, a, b in HAND_WORKED]
    )
    # Facility: A right 7 times in 10, B 5 times in 10.
    # Groups: 27% of 10 rounds to 3. Upper = scores 80, 90, 100; lower = 10, 20, 30.
    # A: upper 3/3, lower 1/3 -> D = 2/3.  B: upper 2/3, lower 1/3 -> D = 1/3.
    n, facility, discrimination, failed = stats["A"]
    assert (n, failed) == (10, 3)
    assert facility == pytest.approx(70.0)
    assert discrimination == pytest.approx(2 / 3)
    n, facility, discrimination, failed = stats["B"]
    assert (n, failed) == (10, 5)
    assert facility == pytest.approx(50.0)
    assert discrimination == pytest.approx(1 / 3)


def test_item_statistics_need_five_attempts():
    stats = reports.item_statistics([(t, {"A": a}) for t, a, _b in HAND_WORKED[:4]])
    assert stats["A"] == (4, None, None, 3)  # wrong 3 times out of 4


def test_a_question_everyone_gets_right_does_not_discriminate():
    stats = reports.item_statistics([(t, {"A": 1.0}) for t, _a, _b in HAND_WORKED])
    assert stats["A"][1] == pytest.approx(100.0)
    assert stats["A"][2] == pytest.approx(0.0)


def test_small_counts_are_suppressed():
    assert reports.suppress(0) == 0
    assert reports.suppress(4) is None
    assert reports.suppress(5) == 5


def test_chart_is_accessible_svg_and_escapes_labels():
    svg = bar_chart(
        title="Funnel",
        desc="People at each stage",
        bars=[Bar("<script>", 3, "3"), Bar("Hidden", None, "fewer than 5")],
    )
    assert 'role="img"' in svg
    ids = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
    for element_id in ids:
        assert f'id="{element_id}"' in svg
    assert "<title" in svg and "<desc" in svg
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "fewer than 5" in svg


@pytest.mark.django_db
def test_item_analysis_from_real_attempts(course, cohort):
    q1, q2 = course["questions"]
    people = [make_user(full_name=f"Person {n}") for n in range(10)]
    for person, (_total, a, b) in zip(people, HAND_WORKED, strict=True):
        quiz_attempt(course["quiz"], person, {q1: float(a), q2: float(b)})
        # A later, better attempt must not change the figures.
        quiz_attempt(course["quiz"], person, {q1: 1.0, q2: 1.0}, number=2)
    structure = selectors.programme_structure(course["programme"])
    (analysis,) = reports.quiz_item_analysis(structure, [p.pk for p in people])
    by_name = {i.name: i for i in analysis.items}
    assert analysis.attempts == 10
    assert by_name["Listening"].facility == pytest.approx(70.0)
    assert by_name["Signposting"].facility == pytest.approx(50.0)
    # Totals here are each attempt's own score, (a + b) / 2, so rank ties differ
    # from the hand-worked totals; the most-failed list still puts B first.
    assert analysis.most_failed[0].name == "Signposting"
    assert by_name["Signposting"].failed_percent == 50


@pytest.mark.django_db
def test_scenario_choice_distribution(course, cohort):
    people = [make_user(full_name=f"Person {n}") for n in range(7)]
    for n, person in enumerate(people):
        scenario_run(course["scenario"], person, 1 if n < 2 else 0)
    structure = selectors.programme_structure(course["programme"])
    (result,) = reports.scenario_choice_distribution(structure, [p.pk for p in people])
    (start,) = result.nodes
    assert [(c.text, c.count, c.percent) for c in start.choices] == [
        ("Listen", 5, 71),
        ("Tell her what to do", 2, 29),
    ]
    assert result.common_unsafe[0][1].text == "Tell her what to do"
    (suppressed,) = reports.scenario_choice_distribution(
        structure, [p.pk for p in people], min_cell=5
    )
    assert [c.count for c in suppressed.nodes[0].choices] == [5, None]


@pytest.mark.django_db
def test_cohort_report_page_has_charts_and_tables(client, trainer, cohort, course):
    populate(course, cohort, 12)
    client.force_login(trainer)
    response = client.get(reverse("trainer:cohort_report", args=[cohort.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('role="img"') >= 3
    assert "Completion funnel" in html
    assert "Facility" in html and "Discrimination" in html
    assert "Tell her what to do" in html
    # Enrolled: 12 in the table beside the funnel.
    assert '<th scope="row">Enrolled</th><td>12</td>' in html


@pytest.mark.django_db
def test_programme_report_suppresses_small_numbers(client, trainer, cohort, course):
    populate(course, cohort, 6)
    client.force_login(trainer)
    html = client.get(
        reverse("trainer:programme_report", args=[course["programme"].pk])
    ).content.decode()
    assert "fewer than 5" in html
    assert '<th scope="row">Enrolled</th><td>6</td>' in html


@pytest.mark.django_db
def test_programme_report_is_refused_for_programmes_not_theirs(
    client, trainer, trainee, course
):
    client.force_login(trainer)  # trains no cohort on this programme
    url = reverse("trainer:programme_report", args=[course["programme"].pk])
    assert client.get(url).status_code == 404
    client.force_login(trainee)  # no way into the admin: sent to its sign-in
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.mark.django_db
def test_report_queries_do_not_grow_with_the_cohort(client, trainer, course):
    counts = {}
    for size in (5, 50):
        cohort = CohortFactory(
            organisation=OrganisationFactory(), programme=course["programme"]
        )
        cohort.trainers.add(trainer)
        populate(course, cohort, size, prefix=f"Report{size}")
        client.force_login(trainer)
        url = reverse("trainer:cohort_report", args=[cohort.pk])
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        counts[size] = [q["sql"] for q in captured.captured_queries]
    assert len(counts[5]) == len(counts[50]), "\n".join(counts[5] + counts[50])


@pytest.mark.django_db
def test_time_per_module_uses_measured_lesson_time_and_planned_length_otherwise(
    course, cohort
):
    import datetime

    from django.utils import timezone

    from lms.models import Enrolment
    from lms.services import enrolment_create, lesson_complete, lesson_visit

    programme, tree = course["programme"], course["tree"]
    module, lessons = tree[0]
    for lesson in lessons:
        lesson.estimated_minutes = 4
        lesson.save_revision().publish()
    reader, skimmer = make_user(full_name="Reader"), make_user(full_name="Skimmer")
    for person in (reader, skimmer):
        enrolment_create(user=person, programme=programme, cohort=cohort)
    # The reader opens the first lesson and finishes it 10 minutes later.
    enrolment = Enrolment.objects.get(user=reader)
    lesson_visit(enrolment=enrolment, lesson=lessons[0])
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_active_at=timezone.now() - datetime.timedelta(minutes=10)
    )
    lesson_complete(user=reader, lesson=lessons[0], programme=programme)
    # A lesson left open all afternoon counts for an hour at most.
    lesson_visit(enrolment=Enrolment.objects.get(user=reader), lesson=lessons[1])
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_active_at=timezone.now() - datetime.timedelta(hours=5)
    )
    lesson_complete(user=reader, lesson=lessons[1], programme=programme)
    # The skimmer finishes one lesson without ever opening it here: planned length.
    lesson_complete(user=skimmer, lesson=lessons[2], programme=programme)

    structure = selectors.programme_structure(programme)
    ids = [reader.pk, skimmer.pk]
    book = selectors.gradebook(programme=programme, user_ids=ids, structure=structure)
    first = reports.time_per_module(book, ids)[0]

    assert first.people == 2
    # (10 + 60 measured, + 4 planned) minutes over the 2 people who started.
    assert first.minutes == pytest.approx((10 + 60 + 4) / 2, abs=0.1)
    assert first.text == "37 min"


@pytest.mark.django_db
def test_report_sections_fold_sort_and_download_their_figures(
    client, trainer, cohort, course
):
    import csv
    import io

    from tests.cohorts.conftest import populate

    populate(course, cohort, 12)
    client.force_login(trainer)
    url = reverse("trainer:cohort_report", args=[cohort.pk])
    html = client.get(url).content.decode()
    # Only the short funnel is open at first; the long sections are folded.
    assert html.count("<details") == 4 and html.count(" open>") == 1
    assert "Facility index (average mark)" in html
    assert "Discrimination index" in html

    by_facility = client.get(url, {"sort": "facility"}).content.decode()
    assert 'aria-sort="ascending"' in by_facility

    for export, heading in [
        ("funnel", "Stage"),
        ("times", "Module"),
        ("items", "Quiz"),
        ("scenarios", "Scenario"),
    ]:
        response = client.get(url, {"export": export})
        assert response["Content-Type"].startswith("text/csv"), export
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[0][0] == heading
        assert len(rows) > 1, export
    funnel = list(
        csv.reader(
            io.StringIO(
                client.get(url, {"export": "funnel"}).content.decode("utf-8-sig")
            )
        )
    )
    assert ["Enrolled", "12"] in funnel
    items = list(
        csv.reader(
            io.StringIO(
                client.get(url, {"export": "items", "sort": "facility"}).content.decode(
                    "utf-8-sig"
                )
            )
        )
    )
    facilities = [float(r[3]) for r in items[1:] if r[3] != "too few"]
    assert facilities == sorted(facilities)
    # Unknown values are ignored, never an error.
    assert client.get(url, {"sort": "x", "export": "y"}).status_code == 200
