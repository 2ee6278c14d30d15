"""A trainee for whom a scenario is too close to home (a bereaved parent and the
stillbirth scenario) can take its alternative instead, and still certify."""

import pytest
from django.utils import timezone

from assessments.models import ScenarioAttempt
from certificates.selectors import accreditation_progress
from tests.assessments.helpers import main_html, node, scenario_create

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db


def _nodes():
    return [node("start", choices=[("Listen", "end")]), node("end", end=True)]


@pytest.fixture
def pair(programme_tree):
    module = programme_tree[2][0][0]
    original = scenario_create(
        module, _nodes(), title="A remark about a loss", slug="loss"
    )
    instead = scenario_create(
        module,
        _nodes(),
        title="A remark about a hard birth",
        slug="birth",
        alternative_to=original,
    )
    return original, instead


def _passed(user, scenario):
    ScenarioAttempt.objects.create(
        user=user,
        scenario=scenario,
        number=1,
        current_node="end",
        passed=True,
        finished_at=timezone.now(),
    )


def _scenarios_status(user, programme):
    (status,) = accreditation_progress(user, programme).requirements
    return status


@pytest.mark.parametrize("chosen", ["every scenario", "the original named"])
def test_passing_the_alternative_counts_for_the_original(
    enrolled, programme_tree, pair, chosen
):
    programme = programme_tree[0]
    original, instead = pair
    named = [original.pk] if chosen == "the original named" else []
    make_rules(programme, requirement("scenarios_passed", scenarios=named))

    before = _scenarios_status(enrolled, programme)
    assert not before.met
    # One scenario to pass, not two: the alternative is not asked for as well.
    assert [(s.label, s.done) for s in before.steps] == [(original.title, False)]

    _passed(enrolled, instead)

    assert _scenarios_status(enrolled, programme).met


def test_passing_the_original_still_counts(enrolled, programme_tree, pair):
    programme = programme_tree[0]
    make_rules(programme, requirement("scenarios_passed", scenarios=[]))

    _passed(enrolled, pair[0])

    assert _scenarios_status(enrolled, programme).met


def test_an_unpublished_alternative_is_not_offered_and_does_not_count(
    enrolled, programme_tree, pair
):
    programme = programme_tree[0]
    original, instead = pair
    instead.unpublish()
    make_rules(programme, requirement("scenarios_passed", scenarios=[]))
    _passed(enrolled, instead)

    assert not _scenarios_status(enrolled, programme).met


def test_the_learner_is_told_on_each_page_they_may_take_the_other(
    client, enrolled, pair
):
    original, instead = pair
    client.force_login(enrolled)

    first = main_html(client.get(original.url))
    other = main_html(client.get(instead.url))

    assert "If this is too close to home, you can take" in first
    assert f'href="{instead.url}"' in first
    assert "You don't need to say why." in first
    assert f'href="{original.url}"' in other
    assert "Passing either counts the same towards your certificate." in other
