"""Nothing a learner (or a trainer's preview) sees before marking gives the answer away.

The scanner reads the whole HTML, attributes included, so ids, classes, values and
data attributes are checked as well as the visible text.
"""

import random
import re

import pytest
from django.http import QueryDict
from django.urls import reverse
from django.utils.html import escape
from wagtail import blocks
from wagtail.admin.panels import get_edit_handler
from wagtail.fields import RichTextField, StreamField
from wagtail.test.utils.form_data import rich_text

from assessments import services
from assessments.models import FeedbackTiming, QuizAttempt
from assessments.seed import question_create
from tests.assessments.conftest import make_quiz
from tests.assessments.helpers import UUID_RE, block_ids

pytestmark = pytest.mark.django_db

SHUFFLED_OPTIONS = [f"Option {letter}" for letter in "ABCDEFGH"]

LEAKY_BANK = [
    {
        "type": "single_choice",
        "name": "Leak single",
        "text": "Which is the peer supporter's role?",
        "general_feedback": "GENERAL-FEEDBACK-SINGLE",
        "answers": [
            {"text": text, "fraction": fraction, "feedback": f"SC-FEEDBACK-{n}"}
            for n, (text, fraction) in enumerate(
                zip(
                    SHUFFLED_OPTIONS,
                    [1.0, 0.75, 0.0, -0.5, 0.0, 0.25, 0.0, -1.0],
                    strict=True,
                )
            )
        ],
    },
    {
        "type": "multiple_response",
        "name": "Leak multiple",
        "text": "Which help a parent feel heard?",
        "general_feedback": "GENERAL-FEEDBACK-MULTIPLE",
        "answers": [
            {"text": "Open questions", "fraction": 0.5, "feedback": "MR-FEEDBACK-0"},
            {"text": "Reflecting back", "fraction": 0.5, "feedback": "MR-FEEDBACK-1"},
            {"text": "Fixing it fast", "fraction": -0.5, "feedback": "MR-FEEDBACK-2"},
            {"text": "Silence", "fraction": 0.0, "feedback": "MR-FEEDBACK-3"},
        ],
    },
    {
        "type": "true_false",
        "name": "Leak true or false",
        "text": "Postpartum psychosis is a medical emergency.",
        "general_feedback": "GENERAL-FEEDBACK-TRUE-FALSE",
        "safety_critical": True,
        "answers": [
            {"text": "True", "fraction": 1.0, "feedback": "TF-FEEDBACK-TRUE"},
            {"text": "False", "fraction": 0.0, "feedback": "TF-FEEDBACK-FALSE"},
        ],
    },
    {
        "type": "matching",
        "name": "Leak matching",
        "text": "Match each principle to what it means.",
        "general_feedback": "GENERAL-FEEDBACK-MATCHING",
        "pairs": [
            {"prompt": "Safe and nurturing", "answer": "Trust"},
            {"prompt": "Accessible", "answer": "Reaching out"},
            {"prompt": "Lived experience", "answer": "Shared understanding"},
            {"prompt": "Boundaries", "answer": "Knowing your role"},
        ],
        "distractors": ["Diagnosis"],
    },
    {
        "type": "ordering",
        "name": "Leak ordering",
        "text": "Put the steps in order.",
        "general_feedback": "GENERAL-FEEDBACK-ORDERING",
        "items": ["Listen", "Reflect", "Explore", "Signpost", "Follow up"],
    },
    {
        "type": "short_answer",
        "name": "Leak short answer",
        "text": "Name the charity for perinatal mental health.",
        "general_feedback": "GENERAL-FEEDBACK-SHORT",
        "answers": [
            {"text": "Zanzibarcharity", "fraction": 1.0, "feedback": "SA-FEEDBACK-0"},
            {"text": "Zanzi*", "fraction": 0.5, "feedback": "SA-FEEDBACK-1"},
        ],
    },
    {
        "type": "numeric",
        "name": "Leak numeric",
        "text": "How many weeks is the perinatal period after birth?",
        "general_feedback": "GENERAL-FEEDBACK-NUMERIC",
        "answers": [
            {"value": 1234.5, "tolerance": 0.25, "fraction": 1.0, "feedback": "NU-0"},
            {"value": 4321.5, "tolerance": 0.75, "fraction": 0.5, "feedback": "NU-1"},
        ],
    },
    {
        "type": "essay",
        "name": "Leak essay",
        "text": "Describe how you would end a session.",
        "general_feedback": "GENERAL-FEEDBACK-ESSAY",
        "answers": [],
    },
]

FORBIDDEN_WORDS = ["correct", "right answer", "fraction", "is_right", "answer-key"]


@pytest.fixture
def leaky_bank(category):
    bank = {
        data["type"]: question_create(data=data, category=category, lessons={})
        for data in LEAKY_BANK
    }
    essay = bank["essay"]
    essay.guidance_for_markers = "MARKER-GUIDANCE-ESSAY"
    essay.save()
    return bank


def _secrets(question) -> list[str]:
    """Text that must never reach a learner before marking."""
    secrets = [question.general_feedback, "GENERAL-FEEDBACK"]
    for name in ("options", "answers"):
        for child in getattr(question, name, None) or []:
            value = child.value
            if value.get("feedback"):
                secrets.append(value["feedback"])
            if question.kind == "short_answer":
                secrets.append(value["text"])
            if question.kind == "numeric":
                secrets += [str(value["value"]), str(value["tolerance"])]
    for attr in ("feedback_true", "feedback_false", "guidance_for_markers"):
        if getattr(question, attr, ""):
            secrets.append(getattr(question, attr))
    return [s for s in secrets if s]


def _fractions(question) -> set[float]:
    found = set()
    for name in ("options", "answers"):
        for child in getattr(question, name, None) or []:
            found.add(float(child.value["fraction"]))
    return found | {1.0, 0.0, -1.0}


def assert_no_answer_signals(html: str, questions, *, allowed_phrases=()) -> None:
    """Fail on any word, feedback, credit or accepted answer that gives it away."""
    for phrase in allowed_phrases:
        html = html.replace(phrase, "")
    lowered = html.lower()
    for word in FORBIDDEN_WORDS:
        assert word not in lowered, f"the page says {word!r}"
    for question in questions:
        for secret in _secrets(question):
            assert secret not in html, f"{question.kind}: the page shows {secret!r}"
        for fraction in _fractions(question):
            for shown in {repr(fraction), f"{fraction:.2f}"}:
                pattern = rf"(?<![\w.\-]){re.escape(shown)}(?![\w.])"
                assert not re.search(pattern, html), (
                    f"{question.kind}: the page shows the credit {shown}"
                )


def _inputs(html: str, prefix: str) -> list[str]:
    return re.findall(rf'name="{re.escape(prefix)}"[^>]*value="([^"]*)"', html)


def _labels_after(html: str, prefix: str) -> list[str]:
    return re.findall(
        rf'name="{re.escape(prefix)}"[^>]*>\s*<label[^>]*>([^<]*)</label>', html
    )


def _start(client, quiz):
    response = client.post(quiz.url + "start/")
    assert response.status_code == 302
    return client.get(response["Location"])


def test_the_attempt_page_shows_no_answers_for_any_question_type(
    client, enrolled_trainee, quiz_module, leaky_bank
):
    quiz = make_quiz(quiz_module, list(leaky_bank.values()))
    client.force_login(enrolled_trainee)

    response = _start(client, quiz)

    assert response.status_code == 200
    html = response.content.decode()
    for question in leaky_bank.values():
        assert escape(question.plain_text) in html, "every question is shown"
    assert_no_answer_signals(html, leaky_bank.values())


def test_option_values_are_opaque_block_ids_in_the_frozen_order(
    client, enrolled_trainee, quiz_module, leaky_bank
):
    quiz = make_quiz(quiz_module, list(leaky_bank.values()))
    client.force_login(enrolled_trainee)

    html = _start(client, quiz).content.decode()

    attempt = QuizAttempt.objects.get(user=enrolled_trainee)
    frozen = {item["id"]: item["frozen"] for item in attempt.questions}
    for kind in ("single_choice", "multiple_response"):
        question = leaky_bank[kind]
        values = _inputs(html, f"q-{question.pk}")
        assert values == frozen[question.pk]["order"]
        assert sorted(values) == sorted(block_ids(question.options))
        assert all(UUID_RE.match(v) for v in values)
    ordering = leaky_bank["ordering"]
    shown = re.findall(rf'name="q-{ordering.pk}-([0-9a-f-]+)"', html)
    assert shown == frozen[ordering.pk]["order"]
    matching = leaky_bank["matching"]
    prompts = re.findall(rf'name="q-{matching.pk}-([0-9a-f-]+)"', html)
    assert sorted(prompts) == sorted(block_ids(matching.pairs))
    assert all(UUID_RE.match(p) for p in prompts)


def test_single_choice_options_are_shuffled_for_each_attempt(
    client, enrolled_trainee, quiz_module, leaky_bank
):
    question = leaky_bank["single_choice"]
    quiz = make_quiz(quiz_module, [question], shuffle_options=True)
    client.force_login(enrolled_trainee)
    authoring = block_ids(question.options)
    orders = []
    for _attempt in range(3):
        html = _start(client, quiz).content.decode()
        attempt = QuizAttempt.objects.get(user=enrolled_trainee, status="in_progress")
        shown = _inputs(html, f"q-{question.pk}")
        assert shown == attempt.questions[0]["frozen"]["order"]
        assert sorted(shown) == sorted(authoring)
        orders.append(shown)
        services.attempt_submit(
            attempt=attempt, revision=attempt.revision, data=QueryDict()
        )

    # With 8 options, an honest shuffle matches the authoring order 1 time in 40,320.
    assert any(order != authoring for order in orders)
    assert len({tuple(order) for order in orders}) > 1


def test_the_order_ordering_items_are_shown_in_says_nothing_about_the_answer(
    client, enrolled_trainee, quiz_module, category
):
    """Even when a quiz does not shuffle options, the shown order is a fair shuffle.

    Never showing the right order would give it away too: with two items the answer
    would always be the reverse of what is shown (security review, I5). So every
    order, the right one included, is as likely as any other.
    """
    two = question_create(
        data={
            "type": "ordering",
            "name": "Two steps",
            "text": "Which comes first?",
            "items": ["Listen", "Signpost"],
        },
        category=category,
        lessons={},
    )
    five = question_create(
        data={
            "type": "ordering",
            "name": "Five steps",
            "text": "Put them in order.",
            "items": ["Listen", "Reflect", "Explore", "Signpost", "Follow up"],
        },
        category=category,
        lessons={},
    )
    right = block_ids(two.items)
    shown_right = sum(
        two.freeze(random.Random(seed))["order"] == right for seed in range(400)
    )
    # About half of 400 fair shuffles of two items come out in the right order.
    assert 150 < shown_right < 250

    quiz = make_quiz(quiz_module, [two, five], shuffle_options=False)
    client.force_login(enrolled_trainee)
    html = _start(client, quiz).content.decode()
    attempt = QuizAttempt.objects.get(user=enrolled_trainee, status="in_progress")
    for index, question in enumerate((two, five)):
        shown = re.findall(rf'name="q-{question.pk}-([0-9a-f-]+)"', html)
        assert shown == attempt.questions[index]["frozen"]["order"]
        assert sorted(shown) == sorted(block_ids(question.items))


def test_matching_answers_do_not_line_up_with_their_prompts(
    client, enrolled_trainee, quiz_module, leaky_bank
):
    """Without shuffling, the answer list would follow the prompts one for one."""
    question = leaky_bank["matching"]
    quiz = make_quiz(quiz_module, [question], shuffle_options=False)
    client.force_login(enrolled_trainee)
    in_prompt_order = [child.value["answer"] for child in question.pairs] + [
        "Diagnosis"
    ]
    seen = []
    for _attempt in range(4):
        html = _start(client, quiz).content.decode()
        first_select = html.split(f'name="q-{question.pk}-')[1].split("</select>")[0]
        seen.append(
            re.findall(r'<option value="\d+"[^>]*>([^<]*)</option>', first_select)
        )
        attempt = QuizAttempt.objects.get(user=enrolled_trainee, status="in_progress")
        services.attempt_submit(
            attempt=attempt, revision=attempt.revision, data=QueryDict()
        )

    assert all(sorted(answers) == sorted(in_prompt_order) for answers in seen)
    # An honest shuffle of 5 answers keeps this order 1 time in 120, per attempt.
    assert any(answers != in_prompt_order for answers in seen)


# --- the trainer's preview in the admin -----------------------------------------------


def _block_form_data(block, value, prefix: str, out: dict) -> None:
    """A block value as the admin's StreamField form posts it."""
    if isinstance(block, blocks.StreamBlock):
        out[f"{prefix}-count"] = str(len(value))
        for index, child in enumerate(value):
            out[f"{prefix}-{index}-type"] = child.block_type
            out[f"{prefix}-{index}-id"] = child.id or ""
            out[f"{prefix}-{index}-deleted"] = ""
            out[f"{prefix}-{index}-order"] = str(index)
            _block_form_data(child.block, child.value, f"{prefix}-{index}-value", out)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            _block_form_data(child, value.get(name), f"{prefix}-{name}", out)
    else:
        out[prefix] = "" if value is None else str(value)


def _edit_form_data(question, user) -> dict:
    """What the question's admin edit form posts, unchanged."""
    model = type(question)
    form = get_edit_handler(model).get_form_class()(instance=question, for_user=user)
    data = {}
    for name in form.fields:
        field = model._meta.get_field(name)
        if isinstance(field, StreamField):
            _block_form_data(field.stream_block, getattr(question, name), name, data)
        elif isinstance(field, RichTextField):
            data[name] = rich_text(getattr(question, name))
        else:
            value = form[name].value()
            if value is True:
                data[name] = "on"
            elif value is not None and value is not False:  # 0 is a value
                data[name] = str(value)
    return data


PREVIEW_DISCLAIMER = "Nothing here shows the right answer."


def test_the_admin_preview_of_every_question_type_shows_no_answers(
    client, site_admin, leaky_bank
):
    client.force_login(site_admin)

    for question in leaky_bank.values():
        model_name = type(question)._meta.model_name
        url = reverse(
            f"wagtailsnippets_assessments_{model_name}:preview_on_edit",
            args=[question.pk],
        )
        posted = client.post(url, _edit_form_data(question, site_admin))
        assert posted.json() == {"is_valid": True, "is_available": True}, model_name

        response = client.get(url)

        assert response.status_code == 200
        html = response.content.decode()
        assert f"Preview: {question.name}" in html
        assert escape(question.plain_text) in html
        assert_no_answer_signals(html, [question], allowed_phrases=[PREVIEW_DISCLAIMER])


def test_the_scanner_spots_answers_once_they_are_meant_to_be_shown(
    client, enrolled_trainee, quiz_module, leaky_bank
):
    """A check of the check: the result page (feedback straight away) fails it."""
    quiz = make_quiz(
        quiz_module,
        list(leaky_bank.values()),
        feedback_timing=FeedbackTiming.IMMEDIATELY,
    )
    client.force_login(enrolled_trainee)
    _start(client, quiz)
    attempt = QuizAttempt.objects.get(user=enrolled_trainee)
    client.post(
        quiz.url + f"attempts/{attempt.pk}/",
        {"action": "submit", "revision": attempt.revision, "confirmed": "yes"},
    )

    result = client.get(quiz.url + f"attempts/{attempt.pk}/result/")

    assert result.status_code == 200
    html = result.content.decode()
    assert "A right answer" in html
    with pytest.raises(AssertionError):
        assert_no_answer_signals(html, leaky_bank.values())
    fraction_only = '<input type="hidden" data-credit="0.75">'
    with pytest.raises(AssertionError, match="credit 0.75"):
        assert_no_answer_signals(fraction_only, [leaky_bank["single_choice"]])
