"""One interface per kind of question: every kind answers all of it, so the importer,
the demo, the gradebook and the marking queue never ask which kind a question is."""

import random

import pytest
from django.template.loader import get_template

from assessments.models import QUESTION_TYPES, Question
from tests.assessments.conftest import EVERY_TYPE
from tests.assessments.helpers import UUID_RE, querydict

pytestmark = pytest.mark.django_db

INTERFACE = [
    "parse_response",
    "grade",
    "import_problems",
    "sample_form_data",
    "response_text",
    "to_dict",
    "fields_from_dict",
]


@pytest.mark.parametrize("kind", list(QUESTION_TYPES))
def test_every_kind_answers_the_whole_interface(kind):
    model = QUESTION_TYPES[kind]
    missing = [
        name
        for name in INTERFACE
        if all(name not in vars(cls) for cls in model.__mro__ if cls is not Question)
    ]
    assert not missing, f"{model.__name__} does not define {missing}"
    assert model.kind == kind
    get_template(model.learner_template)
    get_template(f"assessments/review/{kind}.html")


def test_the_list_of_kinds_is_every_kind_in_menu_order():
    assert list(QUESTION_TYPES) == [
        "single_choice",
        "multiple_response",
        "true_false",
        "matching",
        "ordering",
        "short_answer",
        "numeric",
        "essay",
    ]
    assert {data["type"] for data in EVERY_TYPE} == set(QUESTION_TYPES)
    # Only the essay waits for a trainer.
    assert [k for k, m in QUESTION_TYPES.items() if m.marked_by_hand] == ["essay"]


@pytest.mark.parametrize("kind", list(QUESTION_TYPES))
def test_each_kind_round_trips_an_answer_and_reads_it_back_in_words(kind, questions):
    question = questions[kind]
    frozen = question.freeze(random.Random(4))  # noqa: S311 - a test
    prefix = f"q-{question.pk}"
    right = question.parse_response(
        querydict(question.sample_form_data(frozen, prefix, right=True)),
        prefix,
        frozen,
    )
    score = question.grade(right, frozen)
    if question.marked_by_hand:
        assert score.pending
    else:
        assert score.fraction == 1.0
        wrong = question.parse_response(
            querydict(question.sample_form_data(frozen, prefix, right=False)),
            prefix,
            frozen,
        )
        assert question.grade(wrong, frozen).fraction < 1.0
    words = question.response_text(frozen, right)
    assert isinstance(words, str) and words.strip()
    # Never an internal block id: the words the learner saw.
    assert not any(UUID_RE.match(part.strip()) for part in words.split(";"))
    # What a question exports, the importer's checks accept.
    assert QUESTION_TYPES[kind].import_problems(question.to_dict()) == []


def test_matching_and_ordering_read_as_the_trainee_saw_them(questions):
    matching, ordering = questions["matching"], questions["ordering"]
    frozen = matching.freeze(random.Random(1))  # noqa: S311 - a test
    answer = matching.parse_response(
        querydict(matching.sample_form_data(frozen, "m")), "m", frozen
    )
    words = matching.response_text(frozen, answer)
    assert "Safe and nurturing → Trust" in words
    assert "Accessible and inclusive → Reaching out" in words
    frozen = ordering.freeze(random.Random(1))  # noqa: S311 - a test
    ids = [child.id for child in ordering.items]
    # Put "Signpost" first and "Listen" last.
    answer = {ids[2]: 1, ids[1]: 2, ids[0]: 3}
    assert (
        ordering.response_text(frozen, answer) == "1. Signpost; 2. Reflect; 3. Listen"
    )


def test_true_false_answers_export_as_words(questions):
    """The options are lazy translations; the export once failed on them."""
    question = questions["true_false"]
    assert question.response_text({}, "false") == "False"
    assert question.response_text({}, "true") == "True"


def test_each_kind_refuses_a_broken_item_in_its_own_words():
    refused = {
        "single_choice": {"answers": [{"text": "Only", "fraction": 1.0}]},
        "multiple_response": {
            "answers": [{"text": "A", "fraction": 0.5}, {"text": "B", "fraction": 0}]
        },
        "true_false": {"answers": [{"text": "True", "fraction": 1.0}]},
        "matching": {"pairs": [{"prompt": "One", "answer": "1"}]},
        "ordering": {"items": ["Alone"]},
        "short_answer": {"answers": [{"text": "Nope", "fraction": 0.5}]},
        "numeric": {"answers": [{"value": "five", "fraction": 1.0}]},
    }
    for kind, item in refused.items():
        assert QUESTION_TYPES[kind].import_problems(item), kind
    assert QUESTION_TYPES["essay"].import_problems({}) == []
