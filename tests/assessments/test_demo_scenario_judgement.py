"""The demo's branching scenarios test judgement, not where or how long an option is.

A learner who always clicks the top choice, or always the longest, or who settles
for "acceptable" every time (in safety-critical scenarios, a delay in telling
anyone), does not pass any of them; choosing well does.
"""

import pytest

from assessments.demo.scenarios import BRANCHING
from assessments.models import ScenarioPage
from assessments.services import (
    scenario_choose,
    scenario_escalation_warnings,
    scenario_start,
)

pytestmark = pytest.mark.django_db

RUNS = 4  # each run shows its choices in a new order


def _first(shown):
    return shown[0]


def _longest(shown):
    return max(shown, key=lambda c: len(c["text"]))


def _best(shown):
    return next(c for c in shown if c["rating"] == "best")


def _settle_for_acceptable(shown):
    """Acceptable where offered, otherwise the best: never a wrong turn on purpose."""
    return next((c for c in shown if c["rating"] == "acceptable"), _best(shown))


def _play(scenario, user, pick):
    """One run, picking among the choices in the order the learner is shown them."""
    run = scenario_start(user=user, scenario=scenario)
    nodes = scenario.node_map()
    for _step in range(20):
        if run.is_finished:
            return run
        node = nodes[run.current_node]
        order = run.choice_order(node["key"], len(node["choices"]))
        shown = [node["choices"][i] for i in order]
        position = shown.index(pick(shown))
        run = scenario_choose(
            attempt=run, node_key=node["key"], choice_index=str(position)
        )
    raise AssertionError(f"{scenario.title}: the run never ended")


def test_there_are_eighteen_branching_scenarios_seven_alternatives(seeded):
    assert ScenarioPage.objects.live().count() == len(BRANCHING) == 18
    assert ScenarioPage.objects.live().filter(alternative_to__isnull=False).count() == 7
    # A father supported for his own mental health, in the inclusion module.
    assert ScenarioPage.objects.filter(slug="scenario-dad-struggling-too").exists()
    # A bereaved trainee need not go through the stillbirth scenario to certify.
    stillbirth = ScenarioPage.objects.get(slug="scenario-group-remark")
    (instead,) = stillbirth.alternatives.live()
    assert "stillborn" not in str(list(instead.nodes.raw_data)).lower()
    assert instead.get_parent().pk == stillbirth.get_parent().pk


@pytest.mark.parametrize(
    "pick", [_first, _longest, _settle_for_acceptable], ids=lambda p: p.__name__
)
def test_a_learner_who_picks_without_judgement_fails_every_scenario(
    seeded, trainee, pick
):
    passed = [
        scenario.title
        for scenario in ScenarioPage.objects.live()
        for _run in range(RUNS)
        if _play(scenario, trainee, pick).passed
    ]

    assert passed == []


def test_a_learner_who_chooses_well_passes_every_scenario(seeded, trainee):
    results = {
        scenario.title: _play(scenario, trainee, _best).passed
        for scenario in ScenarioPage.objects.live()
    }

    assert all(results.values()), results


def test_the_written_order_carries_no_signal():
    """As authored, the best choice is neither always first nor always longest."""
    steps = [n for s in BRANCHING for n in s["nodes"] if not n.get("end")]
    best_first = sum(n["choices"][0]["rating"] == "best" for n in steps)
    best_longest = sum(
        max(n["choices"], key=lambda c: len(c["text"]))["rating"] == "best"
        for n in steps
    )

    assert len(steps) == 72
    assert best_first <= len(steps) // 2
    assert best_longest <= len(steps) // 2


@pytest.mark.parametrize("module", ["M3", "M4", "M5", "M6", "M8"])
def test_delay_in_telling_anyone_is_unsafe_in_safety_critical_scenarios(module):
    """Next week, next supervision, a catch-up, a fortnight: never 'acceptable'."""
    delays = ("next week", "next supervision", "catch-up", "fortnight", "wait and see")
    scenario = next(s for s in BRANCHING if s["module"] == module)
    delayed = [
        c
        for n in scenario["nodes"]
        for c in n.get("choices", [])
        if any(word in c["text"].lower() for word in delays)
    ]

    assert delayed
    assert {c["rating"] for c in delayed} <= {"unsafe"}


def test_the_safety_critical_scenarios_mark_their_delays_and_pass_the_check(seeded):
    """M3 to M6 and M8 are flagged safety-critical, say which choices delay escalating a
    risk, and the authoring check a trainer sees has nothing to say about them."""
    flagged = ScenarioPage.objects.live().filter(is_safety_critical=True)
    # M3 to M6, the sofa (M8), the alternatives to M4, M5 and M6, and the faith
    # scenario (M10) and its alternative.
    assert flagged.count() == 10
    for scenario in flagged:
        delays = [
            c
            for n in scenario.node_map().values()
            for c in n["choices"]
            if c["delays_escalation"]
        ]
        assert delays, scenario.title
        assert {c["rating"] for c in delays} == {"unsafe"}, scenario.title
        assert scenario_escalation_warnings(scenario=scenario) == [], scenario.title


INCLUSION = {
    # slug: words the scenario must be about
    "scenario-faith-and-family": ("faith", "suicide"),
    "scenario-care-experienced-fear": ("foster care", "midwife"),
    "scenario-no-recourse-to-public-funds": (
        "no recourse to public funds",
        "interpreter",
    ),
    # The alternatives, for a trainee for whom the first two are too close to home.
    "scenario-faith-red-flag": ("faith", "someone else's baby"),
    "scenario-young-parent-judged": ("midwife", "looked down on"),
}


def test_the_inclusion_scenarios_are_in_module_10(seeded):
    """One seeded demo for every inclusion scenario (seeding is slow)."""
    for slug, about in sorted(INCLUSION.items()):
        page = ScenarioPage.objects.live().get(slug=slug)
        text = str(list(page.nodes.raw_data)).lower()

        assert page.get_parent().specific.code == "M10", slug
        assert page.content_note, slug
        for words in about:
            assert words in text, (slug, words)

    # The faith scenario asks directly about suicide, and is safety-critical.
    page = ScenarioPage.objects.live().get(slug="scenario-faith-and-family")
    best = [
        c["text"].lower()
        for n in page.node_map().values()
        for c in n["choices"]
        if c["rating"] == "best"
    ]

    assert page.is_safety_critical
    assert any("ask her plainly" in t and "ending her life" in t for t in best)

    # Its alternative tests the same same-day judgement on a red flag instead.
    instead = ScenarioPage.objects.live().get(slug="scenario-faith-red-flag")
    best = [
        c["text"].lower()
        for n in instead.node_map().values()
        for c in n["choices"]
        if c["rating"] == "best"
    ]
    assert any("her gp's help today" in t for t in best)
    assert any("coordinator straight away" in t for t in best)


ALTERNATIVES = [
    # original, its alternative, a word the alternative must not be about
    ("scenario-worry-after-visit", "scenario-child-left-alone", "partner"),
    ("scenario-checking-at-night", "scenario-worries-wont-switch-off", "harm"),
    ("scenario-partner-call", "scenario-unwell-after-birth", "psychosis"),
    ("scenario-too-much-detail", "scenario-family-row-detail", "caesarean"),
    ("scenario-faith-and-family", "scenario-faith-red-flag", "suicide"),
    ("scenario-care-experienced-fear", "scenario-young-parent-judged", "foster"),
]


def test_distressing_scenarios_have_an_equivalent_alternative(seeded):
    """Same module, same safety flag and pass rule, without the distressing topic."""
    for original, instead, avoided in ALTERNATIVES:
        first = ScenarioPage.objects.live().get(slug=original)
        (other,) = first.alternatives.live()
        words = " ".join(
            [n["title"] + " " + str(n["text"]) for n in other.node_map().values()]
        ).lower()

        assert other.slug == instead
        assert other.get_parent().pk == first.get_parent().pk, instead
        assert other.is_safety_critical == first.is_safety_critical, instead
        assert other.pass_min_points == first.pass_min_points, instead
        assert other.content_note and avoided not in words, instead
