"""Every kind of accreditation requirement, met and unmet, and "What's left"."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.models import ScenarioAttempt
from certificates.models import LedgerEntry, TrainerSignOff
from certificates.selectors import accreditation_progress
from lms.models import ReflectiveEntry
from lms.services import lesson_complete
from tests.assessments.helpers import node, scenario_create

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db


def _entry(
    trainee,
    supervisor,
    programme,
    *,
    kind="practice",
    hours="2",
    days_ago=1,
    status=LedgerEntry.Status.COUNTERSIGNED,
    wellbeing=False,
):
    return LedgerEntry.objects.create(
        trainee=trainee,
        supervisor=supervisor,
        programme=programme,
        kind=kind,
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        hours=Decimal(hours),
        activity="one_to_one" if kind == "practice" else "",
        covered_wellbeing=wellbeing,
        status=status,
    )


def _only(progress):
    assert len(progress.requirements) == 1
    return progress.requirements[0]


def test_no_rules_means_no_progress(enrolled, programme):
    assert accreditation_progress(enrolled, programme) is None


def test_modules_completed(enrolled, programme_tree):
    programme, _course, modules = programme_tree
    make_rules(programme, requirement("modules_passed", modules=[modules[0][0].pk]))
    status = _only(accreditation_progress(enrolled, programme))
    assert not status.met
    assert [(step.label, step.done) for step in status.steps] == [("Module 1", False)]
    assert status.link_url == modules[0][1][0].url
    for lesson in modules[0][1]:
        lesson_complete(user=enrolled, lesson=lesson, programme=programme)
    assert _only(accreditation_progress(enrolled, programme)).met


def test_every_module_when_none_chosen(enrolled, programme_tree):
    programme, _course, modules = programme_tree
    make_rules(programme, requirement("modules_passed", modules=[]))
    for lesson in modules[0][1]:
        lesson_complete(user=enrolled, lesson=lesson, programme=programme)
    status = _only(accreditation_progress(enrolled, programme))
    assert not status.met
    assert "1 module of 2 still to finish." in status.detail
    assert [(step.label, step.done) for step in status.steps] == [
        ("Module 1", True),
        ("Module 2", False),
    ]


def test_scenarios_passed(enrolled, programme_tree):
    programme, _course, modules = programme_tree
    scenario = scenario_create(
        modules[0][0],
        [node("start", choices=[("Listen", "end")]), node("end", end=True)],
    )
    make_rules(programme, requirement("scenarios_passed", scenarios=[]))
    status = _only(accreditation_progress(enrolled, programme))
    assert not status.met
    assert [(step.label, step.done) for step in status.steps] == [
        (scenario.title, False)
    ]
    ScenarioAttempt.objects.create(
        user=enrolled,
        scenario=scenario,
        number=1,
        current_node="end",
        passed=False,
        finished_at=timezone.now(),
    )
    assert not _only(accreditation_progress(enrolled, programme)).met
    ScenarioAttempt.objects.create(
        user=enrolled,
        scenario=scenario,
        number=2,
        current_node="end",
        passed=True,
        finished_at=timezone.now(),
    )
    assert _only(accreditation_progress(enrolled, programme)).met


def test_practice_hours_count_only_countersigned_within_window(
    enrolled, supervisor, programme
):
    make_rules(programme, requirement("practice_hours", hours="5", within_months=6))
    _entry(enrolled, supervisor, programme, hours="3")
    _entry(enrolled, supervisor, programme, hours="4", status="awaiting")
    _entry(enrolled, supervisor, programme, hours="4", days_ago=400)
    status = _only(accreditation_progress(enrolled, programme))
    assert not status.met
    assert "3 of 5 hours" in status.detail
    assert status.link_url == reverse("certificates:ledger")
    _entry(enrolled, supervisor, programme, hours="2")
    assert _only(accreditation_progress(enrolled, programme)).met


def test_supervision_sessions_with_wellbeing(enrolled, supervisor, programme):
    make_rules(
        programme,
        requirement("supervision_sessions", sessions=2, wellbeing_required=True),
    )
    _entry(enrolled, supervisor, programme, kind="supervision", hours="1")
    _entry(enrolled, supervisor, programme, kind="supervision", hours="1")
    status = _only(accreditation_progress(enrolled, programme))
    assert not status.met
    assert "wellbeing" not in status.detail  # phrased as looking after yourself
    assert "looking after yourself" in status.detail
    _entry(
        enrolled, supervisor, programme, kind="supervision", hours="1", wellbeing=True
    )
    assert _only(accreditation_progress(enrolled, programme)).met


def test_reflections_are_counted(enrolled, programme):
    make_rules(programme, requirement("reflections", entries=2))
    ReflectiveEntry.objects.create(owner=enrolled, body="Private thoughts")
    status = _only(accreditation_progress(enrolled, programme))
    assert not status.met and "1 of 2" in status.detail
    assert "Private thoughts" not in status.detail
    ReflectiveEntry.objects.create(owner=enrolled, body="More")
    assert _only(accreditation_progress(enrolled, programme)).met


def test_trainer_sign_off(enrolled, trainer, programme):
    make_rules(programme, requirement("trainer_sign_off", note="A last chat."))
    status = _only(accreditation_progress(enrolled, programme))
    assert not status.met and status.detail == "A last chat."
    TrainerSignOff.objects.create(
        trainee=enrolled, programme=programme, trainer=trainer
    )
    assert _only(accreditation_progress(enrolled, programme)).met


def test_combined_rules_need_every_one(enrolled, trainer, programme):
    make_rules(
        programme,
        requirement("reflections", entries=1),
        requirement("trainer_sign_off", note=""),
    )
    ReflectiveEntry.objects.create(owner=enrolled, body="x")
    progress = accreditation_progress(enrolled, programme)
    assert not progress.is_complete
    assert [r.kind for r in progress.left] == ["trainer_sign_off"]


def test_whats_left_on_the_dashboard(client, enrolled, programme):
    make_rules(
        programme,
        requirement("reflections", entries=3),
        requirement("practice_hours", hours="10", within_months=None),
    )
    client.force_login(enrolled)
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert "What&#x27;s left" in html or "What's left" in html
    assert "Write 3 reflective log entries" in html
    assert "0 of 10 hours countersigned" in html
    assert reverse("certificates:ledger") in html
    assert reverse("lms:reflection_create") in html


def test_dashboard_without_rules_has_no_section(client, enrolled):
    client.force_login(enrolled)
    assert "What's left" not in client.get(reverse("lms:dashboard")).content.decode()
