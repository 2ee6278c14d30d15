"""The demo cohort: twelve trainees the demo trainer can open, seeded repeatably."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from assessments.models import QuizAttempt
from lms.cohorts.models import (
    ConfidenceResponse,
    FeedbackFormPage,
    ModuleSchedule,
    Notification,
    WellbeingCheckIn,
)
from lms.models import Cohort, Enrolment, User

pytestmark = pytest.mark.django_db


def _counts():
    return {
        "users": User.objects.count(),
        "attempts": QuizAttempt.objects.count(),
        "check_ins": WellbeingCheckIn.objects.count(),
        "survey": ConfidenceResponse.objects.count(),
        "notifications": Notification.objects.count(),
        "schedules": ModuleSchedule.objects.count(),
        "forms": FeedbackFormPage.objects.count(),
    }


def test_demo_trainer_sees_a_varied_cohort(client):
    call_command("seed_demo", stdout=StringIO())
    seeded = _counts()
    trainer = User.objects.get(email="trainer@example.org")
    cohort = Cohort.objects.get(trainers=trainer)
    assert Enrolment.objects.filter(cohort=cohort).count() >= 13  # 12 + Priya
    assert seeded["check_ins"] > 0 and seeded["notifications"] > 0
    assert ConfidenceResponse.objects.filter(stage="post").values("user").distinct()
    assert seeded["attempts"] > 12

    client.force_login(trainer)
    html = client.get(reverse("trainer:gradebook", args=[cohort.pk])).content.decode()
    assert "Amira Hassan" in html and "Liam O&#x27;Neill" in html
    statuses = {s for s in ("Complete", "In progress", "Not started") if s in html}
    assert statuses == {"Complete", "In progress", "Not started"}
    overview = client.get(
        reverse("trainer:cohort_overview", args=[cohort.pk])
    ).content.decode()
    assert "Who may be stuck" in overview and "Kerry Walsh" in overview
    evaluation = client.get(
        reverse("trainer:cohort_evaluation", args=[cohort.pk])
    ).content.decode()
    assert "Fewer than 5 matched pairs" not in evaluation  # five finished: 5 pairs

    call_command("seed_demo", stdout=StringIO())
    assert _counts() == seeded
