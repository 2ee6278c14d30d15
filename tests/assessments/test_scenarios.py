"""Branching scenarios: the graph checker, the admin warnings and a learner's runs."""

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document

from assessments.blocks import ScenarioNodeBlock
from assessments.models import ScenarioAttempt, scenario_graph_warnings
from tests.assessments.helpers import (
    main_html,
    node,
    scenario_create,
    shown_choices,
    shown_value,
)

pytestmark = pytest.mark.django_db


def _warnings(nodes, start="start") -> set[tuple[str, str]]:
    return {(w.node, w.message) for w in scenario_graph_warnings(nodes, start)}


GOOD_GRAPH = [
    node(
        "start",
        choices=[
            ("Ask what would help", "listen", "Asking keeps her in charge.", "best", 2),
            ("Tell her it is normal", "advise", "That can shut her down.", "unsafe", 3),
        ],
    ),
    node(
        "listen",
        choices=[
            ("Reflect back", "end-good", "She feels heard.", "best", 2),
            ("Go back a step", "start", "You can always go back.", "acceptable", 0),
        ],
    ),
    node("advise", choices=[("Carry on", "end-bad", "She goes quiet.", "unsafe", 0)]),
    node("end-good", end=True, debrief="Listening first helped."),
    node("end-bad", end=True, debrief="Advice came too soon."),
]

UNREACHABLE = "No path from the start reaches it."
DEAD_END = "Dead end: no choices and not marked as an end."
LOOP = "A loop with no way out to an end node."


# --- the graph checker ---------------------------------------------------------------


def test_a_good_graph_has_no_warnings():
    assert _warnings(GOOD_GRAPH) == set()


def test_an_end_node_without_a_debrief_is_found():
    nodes = [
        node("start", choices=[("Listen", "end")]),
        node("end", end=True, debrief=""),
    ]

    assert _warnings(nodes) == {
        ("end", "An end node needs a debrief for the learner to read.")
    }


def test_unreachable_nodes_are_found():
    nodes = [*GOOD_GRAPH, node("forgotten", end=True), node("also", end=True)]

    assert _warnings(nodes) == {("forgotten", UNREACHABLE), ("also", UNREACHABLE)}


def test_dead_ends_are_found():
    nodes = [
        node("start", choices=[("Listen", "stuck"), ("Finish", "end")]),
        node("stuck"),
        node("end", end=True),
    ]

    assert _warnings(nodes) == {("stuck", DEAD_END)}


def test_a_path_that_only_reaches_a_dead_end_is_not_called_a_loop():
    nodes = [
        node("start", choices=[("Listen", "middle")]),
        node("middle", choices=[("Carry on", "stuck")]),
        node("stuck"),
    ]

    assert _warnings(nodes) == {("stuck", DEAD_END)}


def test_missing_targets_are_found():
    nodes = [
        node("start", choices=[("Listen", "lisen"), ("Finish", "end")]),
        node("end", end=True),
    ]

    assert _warnings(nodes) == {
        ("start", "A choice leads to “lisen”, which does not exist.")
    }


def test_cycles_with_no_way_out_are_found():
    nodes = [
        node("start", choices=[("Listen", "round"), ("Finish", "end")]),
        node("round", choices=[("Again", "about")]),
        node("about", choices=[("And again", "round")]),
        node("end", end=True),
    ]

    assert _warnings(nodes) == {("round", LOOP), ("about", LOOP)}


def test_a_cycle_with_a_way_out_is_fine():
    nodes = [
        node("start", choices=[("Listen", "round")]),
        node("round", choices=[("Again", "start"), ("Finish", "end")]),
        node("end", end=True),
    ]

    assert _warnings(nodes) == set()


def test_a_missing_start_node_is_reported():
    nodes = [node("begin", choices=[("Finish", "end")]), node("end", end=True)]

    assert _warnings(nodes) == {("start", "The start node is missing.")}


def test_duplicate_keys_and_end_nodes_with_choices_are_reported():
    nodes = [
        node("start", choices=[("Finish", "end")]),
        node("end", end=True),
        node("end", end=True, choices=[("Back", "start")]),
    ]

    assert _warnings(nodes) == {
        ("end", "Two nodes share this key."),
        ("end", "An end node should not have choices."),
    }


# --- the admin edit page --------------------------------------------------------------


def test_the_admin_edit_page_shows_the_graph_warnings(client, site_admin, quiz_module):
    broken = [
        node(
            "start",
            choices=[("Listen", "lisen"), ("Carry on", "stuck"), ("Wait", "round")],
        ),
        node("stuck"),
        node("round", choices=[("Again", "round")]),
        node("orphan", end=True),
    ]
    page = scenario_create(quiz_module, broken)
    client.force_login(site_admin)

    response = client.get(f"/admin/pages/{page.pk}/edit/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Check the scenario&#x27;s paths before publishing" in html or (
        "Check the scenario's paths before publishing" in html
    )
    assert "A choice leads to “lisen”, which does not exist." in html
    assert DEAD_END in html
    assert UNREACHABLE in html
    assert "<strong>orphan</strong>" in html
    assert LOOP in html


def test_the_admin_edit_page_says_so_when_the_graph_is_good(
    client, site_admin, quiz_module
):
    page = scenario_create(quiz_module, GOOD_GRAPH)
    client.force_login(site_admin)

    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert "Every node can be reached from the start" in html
    assert "before publishing:" not in html


# --- a learner's runs -----------------------------------------------------------------


@pytest.fixture
def scenario(quiz_module):
    return scenario_create(
        quiz_module, GOOD_GRAPH, pass_min_points=4, pass_without_unsafe=True
    )


@pytest.fixture
def learner(client, enrolled_trainee):
    client.force_login(enrolled_trainee)
    return enrolled_trainee


def _run_url(scenario, run) -> str:
    return f"{scenario.url}attempts/{run.pk}/"


def _start(client, scenario) -> ScenarioAttempt:
    response = client.post(scenario.url + "start/")
    run = ScenarioAttempt.objects.order_by("-pk").first()
    assert response["Location"] == _run_url(scenario, run)
    return run


def _choose(client, scenario, run, node_key, index):
    """Pick the choice written at `index`, by the text the learner sees."""
    choices = scenario.node_map()[node_key]["choices"]
    run.refresh_from_db()
    value = str(index)  # a stale or finished step: the form value does not matter
    if run.current_node == node_key and index < len(choices):
        page = client.get(_run_url(scenario, run))
        if page.status_code == 200:  # someone else's run is not found at all
            value = shown_value(page.content.decode(), choices[index]["text"])
    return client.post(_run_url(scenario, run), {"node": node_key, "choice": value})


def test_the_path_is_stored_choice_by_choice(client, learner, scenario):
    run = _start(client, scenario)

    first = _choose(client, scenario, run, "start", 0)
    run.refresh_from_db()
    after_one = (run.current_node, list(run.path))
    page = client.get(_run_url(scenario, run)).content.decode()
    _choose(client, scenario, run, "listen", 0)
    run.refresh_from_db()

    assert first.status_code == 302
    assert after_one[0] == "listen"
    assert [(s["node"], s["choice"], s["rating"]) for s in after_one[1]] == [
        ("start", 0, "best")
    ]
    assert "You chose: Ask what would help" in page
    assert "Asking keeps her in charge." in page
    assert "Reflect back" in page
    assert run.current_node == "end-good"
    assert [(s["node"], s["text"], s["points"]) for s in run.path] == [
        ("start", "Ask what would help", 2),
        ("listen", "Reflect back", 2),
    ]
    assert run.points == 4


def test_passing_needs_enough_points_and_no_unsafe_choice(client, learner, scenario):
    run = _start(client, scenario)
    _choose(client, scenario, run, "start", 0)
    _choose(client, scenario, run, "listen", 0)

    run.refresh_from_db()
    html = main_html(client.get(_run_url(scenario, run)))

    assert run.is_finished
    assert (run.points, run.made_unsafe_choice, run.passed) == (4, False, True)
    assert "Passed" in html
    assert "4 points." in html


def test_too_few_points_does_not_pass(client, learner, quiz_module):
    scenario = scenario_create(quiz_module, GOOD_GRAPH, pass_min_points=5)
    run = _start(client, scenario)
    _choose(client, scenario, run, "start", 0)
    _choose(client, scenario, run, "listen", 0)

    run.refresh_from_db()

    assert (run.points, run.made_unsafe_choice, run.passed) == (4, False, False)
    assert "Not passed yet" in main_html(client.get(_run_url(scenario, run)))


def test_an_unsafe_choice_fails_even_with_enough_points(client, learner, quiz_module):
    scenario = scenario_create(quiz_module, GOOD_GRAPH, pass_min_points=3)
    run = _start(client, scenario)
    _choose(client, scenario, run, "start", 1)  # unsafe, 3 points
    _choose(client, scenario, run, "advise", 0)

    run.refresh_from_db()
    html = main_html(client.get(_run_url(scenario, run)))

    assert (run.points, run.made_unsafe_choice, run.passed) == (3, True, False)
    assert "Not passed yet" in html
    assert "one of your choices could have put someone at risk" in html


def test_the_end_page_shows_the_path_and_the_debrief(client, learner, scenario):
    run = _start(client, scenario)
    _choose(client, scenario, run, "start", 0)
    _choose(client, scenario, run, "listen", 1)  # back to the start
    _choose(client, scenario, run, "start", 1)
    _choose(client, scenario, run, "advise", 0)

    html = main_html(client.get(_run_url(scenario, run)))

    assert "Debrief" in html
    assert "Advice came too soon." in html
    assert "Listening first helped." not in html
    steps = [
        "you chose “Ask what would help” (best, 2 points). Asking keeps her in charge.",
        "you chose “Go back a step” (acceptable, 0 points).",
        "you chose “Tell her it is normal” (unsafe, 3 points).",
        "you chose “Carry on” (unsafe, 0 points). She goes quiet.",
    ]
    positions = [html.index(step) for step in steps]
    assert positions == sorted(positions), "the path is shown in the order taken"
    assert "Try again" in html


def test_trying_again_starts_run_two(client, learner, scenario):
    first = _start(client, scenario)
    _choose(client, scenario, first, "start", 0)
    _choose(client, scenario, first, "listen", 0)

    second = _start(client, scenario)
    listing = client.get(scenario.url).content.decode()

    assert second.pk != first.pk
    assert second.number == 2
    assert (second.current_node, second.path, second.points) == ("start", [], 0)
    assert "Run 1</a>: passed, 4 points" in listing
    assert "Run 2</a>: in progress" in listing


def test_starting_again_mid_run_resumes_it(client, learner, scenario):
    run = _start(client, scenario)
    _choose(client, scenario, run, "start", 0)

    again = _start(client, scenario)

    assert again.pk == run.pk
    assert again.current_node == "listen"


def test_a_choice_for_a_step_that_is_not_current_is_refused(client, learner, scenario):
    run = _start(client, scenario)
    _choose(client, scenario, run, "start", 0)
    run.refresh_from_db()
    before = (run.current_node, run.path, run.points)

    replay = _choose(client, scenario, run, "start", 1)
    skip_ahead = _choose(client, scenario, run, "advise", 0)

    for response in (replay, skip_ahead):
        assert response.status_code == 409
        html = response.content.decode()
        assert "That choice belongs to an earlier step." in html
        assert "Nothing has been changed." in html
    run.refresh_from_db()
    assert (run.current_node, run.path, run.points) == before


def test_a_finished_run_takes_no_more_choices(client, learner, scenario):
    run = _start(client, scenario)
    _choose(client, scenario, run, "start", 0)
    _choose(client, scenario, run, "listen", 0)

    late = _choose(client, scenario, run, "end-good", 0)

    assert late.status_code == 409
    assert "You have already finished this run." in late.content.decode()


def test_someone_elses_run_is_not_found(client, learner, scenario, other_trainee):
    theirs = ScenarioAttempt.objects.create(
        user=other_trainee, scenario=scenario, number=1, current_node="start"
    )

    assert client.get(_run_url(scenario, theirs)).status_code == 404
    assert _choose(client, scenario, theirs, "start", 0).status_code == 404
    theirs.refresh_from_db()
    assert theirs.path == []


# --- the node block ------------------------------------------------------------------


def _node_value(**overrides):
    block = ScenarioNodeBlock()
    data = {**node("start", choices=[("Listen", "end")]), **overrides}
    return block, block.to_python(data)


def test_a_node_with_audio_or_video_needs_a_transcript():
    clip = Document.objects.create(
        title="A parent's voice", file=ContentFile(b"ID3", name="voice.mp3")
    )
    block, value = _node_value(media=clip.pk, transcript="")

    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    assert "Add a transcript" in str(refused.value.block_errors["transcript"])

    block, value = _node_value(media=clip.pk, transcript="I haven't slept in days.")
    assert block.clean(value)["transcript"] == "I haven't slept in days."
    block, value = _node_value()  # no media, no transcript needed
    assert block.clean(value)["media"] is None


# --- the order choices are shown in


FOUR_WAYS = [
    node(
        "start",
        choices=[
            ("Listen first", "end", "Good.", "best", 2),
            ("Tell her what to do", "end", "Too soon.", "acceptable", 1),
            ("Change the subject", "end", "She goes quiet.", "acceptable", 0),
            ("Promise to keep it secret", "end", "Never promise that.", "unsafe", 0),
        ],
    ),
    node("end", end=True),
]


def test_choices_are_shuffled_per_run_and_a_reload_keeps_the_order(
    client, learner, quiz_module
):
    scenario = scenario_create(quiz_module, FOUR_WAYS, pass_min_points=2)
    orders = set()
    for _run in range(8):
        run = _start(client, scenario)
        first = client.get(_run_url(scenario, run)).content.decode()
        again = client.get(_run_url(scenario, run)).content.decode()
        shown = [text for _value, text in shown_choices(first)]
        assert shown == [text for _value, text in shown_choices(again)]
        assert [value for value, _text in shown_choices(first)] == ["0", "1", "2", "3"]
        orders.add(tuple(shown))
        # The learner's pick is the choice with the text they clicked, wherever it is.
        _choose(client, scenario, run, "start", 3)
        run.refresh_from_db()
        assert run.path[0]["text"] == "Promise to keep it secret"
        assert run.passed is False

    assert len(orders) > 1  # the order changes from run to run


def test_always_taking_the_top_choice_never_passes(client, learner, quiz_module):
    scenario = scenario_create(quiz_module, FOUR_WAYS, pass_min_points=2)
    for _run in range(8):
        run = _start(client, scenario)
        top, _text = shown_choices(
            client.get(_run_url(scenario, run)).content.decode()
        )[0]
        client.post(_run_url(scenario, run), {"node": "start", "choice": top})
        run.refresh_from_db()

        assert run.is_finished and run.passed is False
