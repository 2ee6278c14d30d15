"""A trainer builds a quiz and a branching scenario in the Wagtail admin and publishes.

These go through the admin's own add-page forms, as a trainer (not a superuser) would,
so a broken panel, inline formset or block definition shows up here.
"""

import pytest
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from assessments.models import QuizPage, ScenarioAttempt, ScenarioPage
from tests.assessments.helpers import shown_value

pytestmark = pytest.mark.django_db


def _add_url(parent, model) -> str:
    app, name = model._meta.app_label, model._meta.model_name
    return f"/admin/pages/add/{app}/{name}/{parent.pk}/"


def _choice(text, goto, *, rating="acceptable", points=0, feedback="Noted."):
    return {
        "text": text,
        "goto": goto,
        "feedback": feedback,
        "rating": rating,
        "points": points,
    }


def _choices(items):
    data = {"count": len(items)}
    for index, item in enumerate(items):
        data[str(index)] = {"value": item, "id": "", "deleted": "", "order": index}
    return data


def _node(key, title, *, choices=(), end=False, debrief=""):
    return (
        "node",
        {
            "key": key,
            "title": title,
            "text": rich_text(f"<p>{title}, in a few words.</p>"),
            "media": "",
            "transcript": "",
            "choices": _choices(list(choices)),
            "is_end": "on" if end else "",
            "debrief": rich_text(f"<p>{debrief}</p>" if debrief else ""),
        },
    )


def test_a_trainer_builds_and_publishes_a_quiz(client, trainer, quiz_module, questions):
    client.force_login(trainer)
    picked = [questions["single_choice"], questions["true_false"]]
    data = nested_form_data(
        {
            "title": "Check your listening",
            "slug": "check-your-listening",
            "intro": rich_text("<p>Five minutes, no rush.</p>"),
            "slots": inline_formset([{"question": q.pk} for q in picked], initial=0),
            "draws": inline_formset([]),
            "pass_mark": 80,
            "attempts_allowed": 3,
            "minutes_between_attempts": 0,
            "shuffle_options": "on",
            "feedback_timing": "immediately",
            "action-publish": "publish",
        }
    )

    response = client.post(_add_url(quiz_module, QuizPage), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    quiz = QuizPage.objects.get(slug="check-your-listening")
    assert quiz.live
    assert quiz.get_parent().specific == quiz_module
    assert [s.question_id for s in quiz.slots.order_by("sort_order")] == [
        q.pk for q in picked
    ]
    assert (quiz.pass_mark, quiz.attempts_allowed) == (80, 3)


def test_a_quiz_with_an_impossible_pass_mark_is_refused_with_a_message(
    client, trainer, quiz_module, questions
):
    client.force_login(trainer)
    data = nested_form_data(
        {
            "title": "Check your listening",
            "slug": "check-your-listening",
            "intro": rich_text(""),
            "slots": inline_formset([{"question": questions["single_choice"].pk}]),
            "draws": inline_formset([]),
            "pass_mark": 150,
            "attempts_allowed": "",  # no limit
            "minutes_between_attempts": 0,
            "feedback_timing": "immediately",
            "action-publish": "publish",
        }
    )

    response = client.post(_add_url(quiz_module, QuizPage), data)

    assert response.status_code == 200
    assert "The pass mark is a percentage." in response.content.decode()
    assert not QuizPage.objects.filter(slug="check-your-listening").exists()


def test_a_trainer_builds_a_branching_scenario_that_a_learner_can_play(
    client, trainer, quiz_module, enrolled_trainee
):
    client.force_login(trainer)
    data = nested_form_data(
        {
            "title": "A knock at the door",
            "slug": "a-knock-at-the-door",
            "summary": "A visit that does not go to plan.",
            "content_note": "",
            "start_key": "start",
            "nodes": streamfield(
                [
                    _node(
                        "start",
                        "On the doorstep",
                        choices=[
                            _choice("Ask how she is", "good", rating="best", points=2),
                            _choice("Talk about yourself", "poor", rating="unsafe"),
                        ],
                    ),
                    _node("good", "She invites you in", end=True, debrief="Well done."),
                    _node("poor", "She closes the door", end=True, debrief="Hmm."),
                ]
            ),
            "pass_without_unsafe": "on",
            "pass_min_points": 2,
            "action-publish": "publish",
        }
    )

    response = client.post(_add_url(quiz_module, ScenarioPage), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    scenario = ScenarioPage.objects.get(slug="a-knock-at-the-door")
    assert scenario.live
    assert set(scenario.node_map()) == {"start", "good", "poor"}
    edit = client.get(f"/admin/pages/{scenario.pk}/edit/").content.decode()
    assert "Every node can be reached from the start" in edit

    client.force_login(enrolled_trainee)
    client.post(scenario.url + "start/")
    run = ScenarioAttempt.objects.get(user=enrolled_trainee, scenario=scenario)
    step = client.get(f"{scenario.url}attempts/{run.pk}/").content.decode()
    client.post(
        f"{scenario.url}attempts/{run.pk}/",
        {"node": "start", "choice": shown_value(step, "Ask how she is")},
    )
    run.refresh_from_db()
    assert run.passed is True
    assert [step["node_title"] for step in run.path] == ["On the doorstep"]


def test_a_trainee_cannot_reach_the_add_page_form(
    client, enrolled_trainee, quiz_module
):
    client.force_login(enrolled_trainee)

    response = client.get(_add_url(quiz_module, QuizPage))

    assert response.status_code in (302, 403)
    assert not QuizPage.objects.exists()
