"""Matched pre/post confidence survey, the funder's report and exports, feedback."""

import csv
import io

import pytest
from django.urls import reverse
from wagtail.models import Page

from lms.cohorts.models import (
    ConfidenceItem,
    ConfidenceResponse,
    FeedbackFormField,
    FeedbackFormPage,
)
from lms.services import enrolment_create
from tests.cohorts.conftest import populate

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(course):
    return [
        ConfidenceItem.objects.create(
            programme=course["programme"],
            topic="Listening",
            statement="I feel confident listening without judging.",
            sort_order=1,
        ),
        ConfidenceItem.objects.create(
            programme=course["programme"],
            topic="Signposting",
            statement="I know where to signpost someone in crisis.",
            sort_order=2,
        ),
    ]


def _rate(user, item, before, after=None):
    ConfidenceResponse.objects.create(user=user, item=item, stage="pre", rating=before)
    if after is not None:
        ConfidenceResponse.objects.create(
            user=user, item=item, stage="post", rating=after
        )


def test_trainee_is_asked_at_enrolment_and_answers(client, trainee, course, items):
    enrolment_create(user=trainee, programme=course["programme"])
    client.force_login(trainee)
    dashboard = client.get(reverse("lms:dashboard")).content.decode()
    url = reverse("cohorts:confidence", args=[course["programme"].pk, "pre"])
    assert url in dashboard
    # Missing an answer: explained, nothing saved.
    response = client.post(url, {f"item-{items[0].pk}": "2"})
    assert response.status_code == 400
    assert "Choose how confident you feel" in response.content.decode()
    assert not ConfidenceResponse.objects.exists()
    response = client.post(
        url, {f"item-{items[0].pk}": "2", f"item-{items[1].pk}": "9"}
    )
    assert response.status_code == 400
    response = client.post(
        url, {f"item-{items[0].pk}": "2", f"item-{items[1].pk}": "3"}
    )
    assert response.status_code == 302
    assert ConfidenceResponse.objects.filter(user=trainee, stage="pre").count() == 2
    # Not asked again, and not asked "after" until they finish.
    assert url not in client.get(reverse("lms:dashboard")).content.decode()
    post_url = reverse("cohorts:confidence", args=[course["programme"].pk, "post"])
    assert post_url not in client.get(reverse("lms:dashboard")).content.decode()


def test_survey_refuses_people_not_enrolled(client, trainee, course, items):
    client.force_login(trainee)
    url = reverse("cohorts:confidence", args=[course["programme"].pk, "pre"])
    assert client.get(url).status_code == 404
    assert client.get(url.replace("/pre/", "/later/")).status_code == 404


def test_paired_change_counts_only_matched_pairs(course, cohort, items):
    from lms.cohorts.reports import confidence_paired

    people = populate(course, cohort, 7)
    for person in people[:5]:
        _rate(person, items[0], 2, 4)
    _rate(people[5], items[0], 1)  # left early: no "after", must not count
    _rate(people[6], items[0], 5, 5)
    for person in people[:3]:
        _rate(person, items[1], 1, 5)
    listening, signposting = confidence_paired(
        programme=course["programme"], user_ids=[p.pk for p in people]
    )
    assert listening.pairs == 6
    assert listening.mean_before == pytest.approx((2 * 5 + 5) / 6)
    assert listening.mean_after == pytest.approx((4 * 5 + 5) / 6)
    assert listening.improved == 5
    # Three pairs only: no figures at all.
    assert signposting.pairs == 3
    assert signposting.mean_before is None and signposting.improved is None


def test_funder_report_page_and_csvs(client, trainer, cohort, course, items):
    people = populate(course, cohort, 7)
    for person in people[:6]:
        _rate(person, items[0], 2, 4)
    _rate(people[6], items[0], 3, 3)
    for person in people[:2]:
        _rate(person, items[1], 1, 2)
    client.force_login(trainer)
    html = client.get(
        reverse("trainer:cohort_evaluation", args=[cohort.pk])
    ).content.decode()
    assert 'role="img"' in html
    assert "Fewer than 5 matched pairs" in html
    paired = client.get(
        reverse("trainer:cohort_evaluation_csv", args=[cohort.pk, "paired"])
    ).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(paired)))
    assert rows[1][:6] == [
        "Listening",
        items[0].statement,
        "7",
        "2.14",
        "3.86",
        "1.71",
    ]
    assert rows[2][3] == "fewer than 5 pairs"
    aggregate = client.get(
        reverse("trainer:cohort_evaluation_csv", args=[cohort.pk, "aggregate"])
    ).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(aggregate)))
    assert rows[0][:3] == ["Topic", "Statement", "Stage"]
    # No name or email, and no cell with 1 to 4 people.
    assert not any(p.email in aggregate or p.full_name in aggregate for p in people)
    for row in rows[1:]:
        for cell in row[3:]:
            assert cell == "<5" or int(cell) == 0 or int(cell) >= 5
    listening_before = next(r for r in rows if r[0] == "Listening" and "start" in r[2])
    assert listening_before[3:] == ["0", "6", "<5", "0", "0"]
    bad = reverse("trainer:cohort_evaluation_csv", args=[cohort.pk, "names"])
    assert client.get(bad).status_code == 404


def test_evaluation_is_scoped_like_the_gradebook(
    client, trainer, other_cohort, trainee, course
):
    client.force_login(trainer)
    assert (
        client.get(
            reverse("trainer:cohort_evaluation_csv", args=[other_cohort.pk, "paired"])
        ).status_code
        == 404
    )
    client.force_login(trainee)  # no way into the admin: sent to its sign-in
    response = client.get(
        reverse("trainer:programme_evaluation", args=[course["programme"].pk])
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def _feedback_form(programme):
    form_page = FeedbackFormPage(title="Tell us what you thought", slug="feedback")
    form_page.form_fields.add(
        FeedbackFormField(
            label="What helped most?", field_type="multiline", required=True
        )
    )
    programme.add_child(instance=form_page)
    form_page.save_revision().publish()
    return form_page


def test_feedback_is_for_enrolled_people_once_each_and_never_named(
    client, trainee, other_trainee, trainer, course
):
    from lms.cohorts.models import FeedbackSubmission

    programme = course["programme"]
    form_page = _feedback_form(programme)
    enrolment_create(user=trainee, programme=programme)

    anonymous = client.post(form_page.url, {"what_helped_most": "Spam"})
    client.force_login(other_trainee)  # not on this programme
    outsider = client.post(form_page.url, {"what_helped_most": "Not mine"})
    client.force_login(trainee)
    sent = client.post(form_page.url, {"what_helped_most": "The scenarios"})
    again = client.post(form_page.url, {"what_helped_most": "Twice"})
    reopened = client.get(form_page.url)

    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert outsider.status_code == 403
    assert "for people taking" in outsider.content.decode()
    assert "Thank you" in sent.content.decode()
    assert "already sent your feedback" in again.content.decode()
    assert "already sent your feedback" in reopened.content.decode()
    (submission,) = FeedbackSubmission.objects.filter(page=form_page)
    assert submission.user == trainee
    assert submission.get_data()["what_helped_most"] == "The scenarios"
    # Trainers read the answers in the admin, without names.
    trainer.is_superuser = True
    trainer.save()
    client.force_login(trainer)
    listing = client.get(
        reverse("wagtailforms:list_submissions", args=[form_page.pk])
    ).content.decode()
    assert "The scenarios" in listing
    assert trainee.full_name not in listing
    assert trainee.email not in listing


def test_feedback_form_lives_under_a_programme_and_takes_answers(
    client, trainee, course
):
    programme = course["programme"]
    enrolment_create(user=trainee, programme=programme)
    assert FeedbackFormPage.can_create_at(programme)
    assert not FeedbackFormPage.can_create_at(Page.get_first_root_node())
    form_page = FeedbackFormPage(title="Tell us what you thought", slug="feedback")
    form_page.form_fields.add(
        FeedbackFormField(
            label="What helped most?", field_type="multiline", required=True
        )
    )
    programme.add_child(instance=form_page)
    form_page.save_revision().publish()
    client.force_login(trainee)
    response = client.get(form_page.url)
    assert response.status_code == 200
    assert "What helped most?" in response.content.decode()
    response = client.post(form_page.url, {})
    assert "There is a problem" in response.content.decode()
    response = client.post(form_page.url, {"what_helped_most": "The scenarios"})
    assert "Thank you" in response.content.decode()
    assert form_page.get_submission_class().objects.filter(page=form_page).count() == 1
