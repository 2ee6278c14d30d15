"""Helpers shared by the assessment tests: answering questions, reading pages."""

import json
import re
import uuid

from django.http import QueryDict

from assessments.models import (
    QuizAttempt,
    QuizPage,
    QuizQuestionSlot,
    QuizRandomDraw,
    ScenarioPage,
)
from assessments.seed import question_create

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def block_ids(stream) -> list[str]:
    """Block ids of a StreamField, in authoring order."""
    return [child.id for child in stream]


def by_text(stream, key: str = "text") -> dict[str, str]:
    """Block id of each option, keyed by its text."""
    return {child.value[key]: child.id for child in stream}


def querydict(data: dict) -> QueryDict:
    """Form data as a browser sends it (lists become repeated keys)."""
    result = QueryDict(mutable=True)
    for key, value in data.items():
        result.setlist(key, value if isinstance(value, list) else [str(value)])
    return result


def answer_data(question, frozen: dict, *, right: bool) -> dict:
    """Form data that answers one question wholly right, or wholly wrong."""
    return question.sample_form_data(frozen, f"q-{question.pk}", right=right)


def attempt_answers(attempt: QuizAttempt, questions, *, wrong=()) -> dict:
    """Form data answering every question of an attempt right, except `wrong`."""
    by_pk = {q.pk: q for q in questions}
    data = {}
    for item in attempt.questions:
        question = by_pk[item["id"]]
        data.update(answer_data(question, item["frozen"], right=question not in wrong))
    return data


def single_choice(category, name: str, *, right: str = "Right", others=3, **extra):
    """A single-choice question with one right option and `others` wrong ones."""
    answers = [{"text": right, "fraction": 1.0, "feedback": ""}] + [
        {"text": f"{name} wrong {n}", "fraction": 0.0, "feedback": ""}
        for n in range(others)
    ]
    data = {
        "type": "single_choice",
        "name": name,
        "text": f"{name}?",
        "answers": answers,
    }
    data.update(extra)
    return question_create(data=data, category=category, lessons={})


def node(key, *, choices=(), end=False, title=None, text="", debrief=None):
    """A scenario node as the graph checker and the page's StreamField expect.

    End nodes get a short debrief unless one is given (``debrief=""`` for none).
    """
    if debrief is None:
        debrief = f"What happened at {key}." if end else ""
    return {
        "key": key,
        "title": title or key.title(),
        "text": f"<p>{text or key}</p>",
        "media": None,
        "transcript": "",
        "is_end": end,
        "debrief": f"<p>{debrief}</p>" if debrief else "",
        "choices": [
            {
                "text": c[0],
                "goto": c[1],
                "feedback": c[2] if len(c) > 2 else f"Feedback on {c[0]}",
                "rating": c[3] if len(c) > 3 else "acceptable",
                "points": c[4] if len(c) > 4 else 0,
            }
            for c in choices
        ],
    }


def scenario_create(module, nodes: list[dict], *, start="start", **fields):
    """A published branching scenario in a module."""
    stream = [
        {
            "type": "node",
            "id": str(uuid.uuid4()),
            "value": {
                **value,
                "choices": [
                    {"type": "item", "id": str(uuid.uuid4()), "value": c}
                    for c in value["choices"]
                ],
            },
        }
        for value in nodes
    ]
    fields.setdefault("title", "A quiet question")
    fields.setdefault("slug", "a-quiet-question")
    page = ScenarioPage(start_key=start, nodes=json.dumps(stream), **fields)
    module.add_child(instance=page)
    page.save_revision().publish()
    return page


def main_html(response) -> str:
    """The page's <main> element, where the content is."""
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def messages_on(response) -> list[str]:
    """The flash messages a page shows."""
    return [str(m) for m in response.context["messages"]]


def quiz_create(module, questions, *, slug="quiz", draws=(), **fields):
    """A published quiz with fixed questions and (category, count) random draws."""
    fields.setdefault("title", "Check your understanding")
    fields.setdefault("pass_mark", 70)  # the tests were written for the old default
    # ...and for no limit on attempts; a test of the limit sets one.
    fields.setdefault("attempts_allowed", None)
    quiz = QuizPage(slug=slug, **fields)
    for order, question in enumerate(questions):
        quiz.slots.add(QuizQuestionSlot(question=question, sort_order=order))
    for order, (category, count) in enumerate(draws):
        quiz.draws.add(QuizRandomDraw(category=category, count=count, sort_order=order))
    module.add_child(instance=quiz)
    quiz.save_revision().publish()
    return quiz


def attempt_url(quiz, attempt) -> str:
    return f"{quiz.url}attempts/{attempt.pk}/"


def result_url(quiz, attempt) -> str:
    return f"{quiz.url}attempts/{attempt.pk}/result/"


_CHOICE_RE = re.compile(
    r'<input class="nhsuk-radios__input" id="choice-\d+" name="choice" type="radio" '
    r'value="(\d+)">\s*<label[^>]*>(.*?)</label>',
    re.S,
)


def shown_choices(html: str) -> list[tuple[str, str]]:
    """The choices a scenario step shows, as (form value, text), in the order shown."""
    return [(value, text.strip()) for value, text in _CHOICE_RE.findall(html)]


def shown_value(html: str, text: str) -> str:
    """The form value of the choice with this text, as a learner would pick it."""
    from django.utils.html import escape

    matches = [v for v, t in shown_choices(html) if t in (text, escape(text))]
    assert len(matches) == 1, (text, shown_choices(html))
    return matches[0]
