"""Every question type marks right, partly right and wrong answers as trainers meant."""

import random
import uuid

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from assessments.blocks import NumericRangeBlock
from assessments.models import QUESTION_TYPES
from tests.assessments.helpers import block_ids, by_text, querydict

pytestmark = pytest.mark.django_db


def _make(category, **data):
    """A question as an author may save it in the admin (where, unlike an import,
    one option or no number yet can be saved while writing)."""
    data.setdefault("name", data["type"])
    data.setdefault("text", "A question?")
    model = QUESTION_TYPES[data["type"]]
    question = model(
        name=data["name"],
        category=category,
        text=data["text"],
        **model.fields_from_dict(data),
    )
    question.save()
    return question


def _frozen(question):
    return question.freeze(random.Random(7))


# --- single choice ----------------------------------------------------------------


@pytest.fixture
def single(category):
    return _make(
        category,
        type="single_choice",
        answers=[
            {"text": "Listen first", "fraction": 1.0, "feedback": "Yes, listen."},
            {"text": "Listen, then advise", "fraction": 0.5, "feedback": "Partly."},
            {"text": "Tell her what to do", "fraction": 0.0, "feedback": "Not yet."},
            {"text": "Diagnose", "fraction": -0.5, "feedback": "Never diagnose."},
        ],
    )


def test_single_choice_right_partly_right_and_wrong(single):
    ids = by_text(single.options)
    frozen = _frozen(single)

    right = single.grade(ids["Listen first"], frozen)
    partly = single.grade(ids["Listen, then advise"], frozen)
    wrong = single.grade(ids["Tell her what to do"], frozen)

    assert (right.fraction, right.is_correct, right.feedback) == (
        1.0,
        True,
        ["Yes, listen."],
    )
    assert (partly.fraction, partly.is_correct, partly.feedback) == (
        0.5,
        False,
        ["Partly."],
    )
    assert (wrong.fraction, wrong.feedback) == (0.0, ["Not yet."])


def test_single_choice_penalty_never_takes_the_mark_below_zero(single):
    score = single.grade(by_text(single.options)["Diagnose"], _frozen(single))

    assert score.fraction == 0.0
    assert score.feedback == ["Never diagnose."]


def test_single_choice_unanswered_scores_nothing(single):
    assert single.grade(None, _frozen(single)).fraction == 0.0


def test_single_choice_ignores_option_ids_not_in_the_frozen_order(single, category):
    frozen = _frozen(single)
    ids = by_text(single.options)
    other = _make(
        category,
        type="single_choice",
        name="other",
        answers=[{"text": "Elsewhere", "fraction": 1.0, "feedback": ""}],
    )
    # An option added to the question after the attempt started is not offered.
    narrowed = {"order": [ids["Tell her what to do"], ids["Diagnose"]]}

    assert single.parse_response(querydict({"q": ids["Listen first"]}), "q", frozen)
    assert (
        single.parse_response(querydict({"q": str(uuid.uuid4())}), "q", frozen) is None
    )
    assert (
        single.parse_response(
            querydict({"q": block_ids(other.options)[0]}), "q", frozen
        )
        is None
    )
    assert (
        single.parse_response(querydict({"q": ids["Listen first"]}), "q", narrowed)
        is None
    )
    assert single.parse_response(querydict({"q": "1.0"}), "q", frozen) is None


# --- multiple response --------------------------------------------------------------


@pytest.fixture
def multiple(category):
    return _make(
        category,
        type="multiple_response",
        answers=[
            {"text": "Open questions", "fraction": 0.5, "feedback": "Good."},
            {"text": "Reflecting back", "fraction": 0.5, "feedback": ""},
            {"text": "Fixing it fast", "fraction": -1.0, "feedback": "Not this."},
            {"text": "Changing the subject", "fraction": -0.5, "feedback": ""},
        ],
    )


def _multiple_score(question, *texts):
    ids = by_text(question.options)
    frozen = _frozen(question)
    response = question.parse_response(
        querydict({"q": [ids[t] for t in texts]}), "q", frozen
    )
    return question.grade(response, frozen)


def test_multiple_response_right_partly_right_and_wrong(multiple):
    right = _multiple_score(multiple, "Open questions", "Reflecting back")
    partly = _multiple_score(multiple, "Open questions")
    wrong = _multiple_score(multiple, "Changing the subject")

    assert (right.fraction, right.is_correct) == (1.0, True)
    assert right.feedback == ["Good."]
    assert (partly.fraction, partly.is_correct) == (0.5, False)
    assert wrong.fraction == 0.0


def test_multiple_response_penalties_subtract_but_clamp_at_zero(multiple):
    one_right_one_penalty = _multiple_score(
        multiple, "Open questions", "Reflecting back", "Changing the subject"
    )
    more_penalty_than_credit = _multiple_score(
        multiple, "Open questions", "Fixing it fast"
    )
    everything = _multiple_score(
        multiple,
        "Open questions",
        "Reflecting back",
        "Fixing it fast",
        "Changing the subject",
    )

    assert one_right_one_penalty.fraction == pytest.approx(0.5)
    assert more_penalty_than_credit.fraction == 0.0
    assert everything.fraction == 0.0
    assert "Not this." in more_penalty_than_credit.feedback


def test_multiple_response_ignores_ids_not_in_the_frozen_order(multiple):
    ids = by_text(multiple.options)
    frozen = {"order": [ids["Open questions"], ids["Fixing it fast"]]}
    data = querydict(
        {
            "q": [
                ids["Open questions"],
                ids["Open questions"],
                ids["Reflecting back"],  # not offered in this attempt
                str(uuid.uuid4()),
            ]
        }
    )

    response = multiple.parse_response(data, "q", frozen)

    assert response == [ids["Open questions"]]
    assert multiple.grade(response, frozen).fraction == 0.5
    assert multiple.parse_response(querydict({"q": ["junk"]}), "q", frozen) is None


# --- true / false ---------------------------------------------------------------------


@pytest.fixture
def true_false(category):
    return _make(
        category,
        type="true_false",
        answers=[
            {"text": "True", "fraction": 1.0, "feedback": "Yes, call 999."},
            {"text": "False", "fraction": 0.0, "feedback": "It is an emergency."},
        ],
    )


def test_true_false_right_and_wrong_each_with_their_feedback(true_false):
    frozen = _frozen(true_false)

    right = true_false.grade("true", frozen)
    wrong = true_false.grade("false", frozen)

    assert (right.fraction, right.feedback) == (1.0, ["Yes, call 999."])
    assert (wrong.fraction, wrong.feedback) == (0.0, ["It is an emergency."])


def test_true_false_false_statement(category):
    question = _make(
        category,
        type="true_false",
        answers=[
            {"text": "True", "fraction": 0.0, "feedback": "No: it can start later."},
            {"text": "False", "fraction": 1.0, "feedback": "Right."},
        ],
    )
    frozen = _frozen(question)

    assert question.grade("false", frozen).fraction == 1.0
    assert question.grade("true", frozen).feedback == ["No: it can start later."]


def test_true_false_accepts_only_true_or_false(true_false):
    frozen = _frozen(true_false)

    assert true_false.parse_response(querydict({"q": "true"}), "q", frozen) == "true"
    assert true_false.parse_response(querydict({"q": "yes"}), "q", frozen) is None
    assert true_false.grade(None, frozen).fraction == 0.0


# --- matching -------------------------------------------------------------------------


@pytest.fixture
def matching(category):
    return _make(
        category,
        type="matching",
        pairs=[
            {"prompt": "Safe and nurturing", "answer": "Trust"},
            {"prompt": "Accessible", "answer": "Reaching out"},
            {"prompt": "Lived experience", "answer": "Shared understanding"},
        ],
        distractors=["Diagnosis", "Advice"],
    )


def _matching_score(question, chosen: dict[str, str]):
    frozen = _frozen(question)
    prompts = by_text(question.pairs, key="prompt")
    data = querydict(
        {
            f"q-{prompts[prompt]}": str(frozen["answers"].index(answer))
            for prompt, answer in chosen.items()
        }
    )
    return question.grade(question.parse_response(data, "q", frozen), frozen)


def test_matching_all_right(matching):
    score = _matching_score(
        matching,
        {
            "Safe and nurturing": "Trust",
            "Accessible": "Reaching out",
            "Lived experience": "Shared understanding",
        },
    )

    assert (score.fraction, score.is_correct) == (1.0, True)


def test_matching_partly_right_with_a_distractor_chosen(matching):
    score = _matching_score(
        matching,
        {
            "Safe and nurturing": "Trust",
            "Accessible": "Diagnosis",
            "Lived experience": "Shared understanding",
        },
    )

    assert score.fraction == pytest.approx(2 / 3)
    assert not score.is_correct


def test_matching_all_wrong(matching):
    score = _matching_score(
        matching,
        {
            "Safe and nurturing": "Reaching out",
            "Accessible": "Advice",
            "Lived experience": "Trust",
        },
    )

    assert score.fraction == 0.0


def test_matching_ignores_prompts_and_answers_it_did_not_offer(matching):
    frozen = _frozen(matching)
    prompt = block_ids(matching.pairs)[0]
    data = querydict(
        {
            f"q-{prompt}": "99",
            f"q-{block_ids(matching.pairs)[1]}": "-1",
            f"q-{uuid.uuid4()}": "0",
        }
    )

    assert matching.parse_response(data, "q", frozen) is None


# --- ordering -------------------------------------------------------------------------


@pytest.fixture
def ordering(category):
    return _make(
        category,
        type="ordering",
        items=["Listen", "Reflect", "Explore options", "Signpost"],
    )


def _ordering_score(question, positions: list[int]):
    frozen = _frozen(question)
    data = querydict(
        {
            f"q-{bid}": str(position)
            for bid, position in zip(block_ids(question.items), positions, strict=True)
        }
    )
    return question.grade(question.parse_response(data, "q", frozen), frozen)


def test_ordering_right_partly_right_and_wrong(ordering):
    right = _ordering_score(ordering, [1, 2, 3, 4])
    partly = _ordering_score(ordering, [1, 2, 4, 3])
    wrong = _ordering_score(ordering, [4, 3, 2, 1])

    assert (right.fraction, right.is_correct) == (1.0, True)
    assert partly.fraction == 0.5
    assert wrong.fraction == 0.0


def test_ordering_ignores_positions_out_of_range(ordering):
    score = _ordering_score(ordering, [1, 2, 0, 9])

    assert score.fraction == 0.5


# --- short answer ---------------------------------------------------------------------


@pytest.fixture
def short(category):
    return _make(
        category,
        type="short_answer",
        case_sensitive=False,
        answers=[
            {"text": "Samaritans", "fraction": 1.0, "feedback": "Yes."},
            {"text": "Samaritan*", "fraction": 0.5, "feedback": "Give the full name."},
            {"text": "post*depression", "fraction": 0.25, "feedback": ""},
        ],
    )


def _short(question, typed: str):
    frozen = _frozen(question)
    response = question.parse_response(querydict({"q": typed}), "q", frozen)
    return question.grade(response, frozen)


def test_short_answer_exact_answer_full_marks_whatever_the_case(short):
    assert _short(short, "Samaritans").fraction == 1.0
    assert _short(short, "  SAMARITANS ").fraction == 1.0
    assert _short(short, "samaritans").feedback == ["Yes."]


def test_short_answer_wildcard_and_each_answer_its_own_credit(short):
    partly = _short(short, "Samaritan helpline")
    other = _short(short, "postnatal depression")

    assert (partly.fraction, partly.feedback) == (0.5, ["Give the full name."])
    assert other.fraction == 0.25
    assert _short(short, "postpartum depression").fraction == 0.25


def test_short_answer_wrong(short):
    assert _short(short, "Childline").fraction == 0.0
    assert _short(short, "The Samaritans").fraction == 0.0
    assert _short(short, "").fraction == 0.0


def test_short_answer_only_star_is_a_wildcard(category):
    question = _make(
        category,
        type="short_answer",
        answers=[{"text": "N.H.S [111]?", "fraction": 1.0, "feedback": ""}],
    )

    assert _short(question, "n.h.s [111]?").fraction == 1.0
    assert _short(question, "NxHxS 1?").fraction == 0.0
    assert _short(question, "N.H.S 1").fraction == 0.0


def test_short_answer_case_matters_when_the_option_is_on(category):
    question = _make(
        category,
        type="short_answer",
        case_sensitive=True,
        answers=[{"text": "PANDAS", "fraction": 1.0, "feedback": ""}],
    )

    assert _short(question, "PANDAS").fraction == 1.0
    assert _short(question, "pandas").fraction == 0.0
    assert _short(question, "Pandas").fraction == 0.0


# --- numeric --------------------------------------------------------------------------


@pytest.fixture
def numeric(category):
    return _make(
        category,
        type="numeric",
        answers=[
            # A range is a value ± tolerance: 1,000 to 1,500.
            {"value": 1250, "tolerance": 250, "fraction": 1.0, "feedback": "Yes."},
            {"value": 1250, "tolerance": 500, "fraction": 0.5, "feedback": "Close."},
        ],
    )


def _number(question, typed: str):
    frozen = _frozen(question)
    response = question.parse_response(querydict({"q": typed}), "q", frozen)
    return question.grade(response, frozen)


def test_numeric_exact_value(category):
    question = _make(
        category,
        type="numeric",
        answers=[{"value": 5, "tolerance": 0, "fraction": 1.0, "feedback": ""}],
    )

    assert _number(question, "5").fraction == 1.0
    assert _number(question, " 5.0 ").fraction == 1.0
    assert _number(question, "6").fraction == 0.0
    assert _number(question, "4.99").fraction == 0.0


def test_numeric_range_edges_are_inside(numeric):
    assert _number(numeric, "1000").fraction == 1.0
    assert _number(numeric, "1500").fraction == 1.0
    assert _number(numeric, "1250").feedback == ["Yes."]


def test_numeric_wider_tolerance_gives_partial_credit(numeric):
    close = _number(numeric, "800")

    assert (close.fraction, close.feedback) == (0.5, ["Close."])
    assert _number(numeric, "1,750").fraction == 0.5
    assert _number(numeric, "1751").fraction == 0.0


def test_numeric_accepts_thousands_commas(numeric):
    assert _number(numeric, "1,000").fraction == 1.0
    assert _number(numeric, "1,499.5").fraction == 1.0
    assert _number(numeric, "1 200").fraction == 1.0


@pytest.mark.parametrize("junk", ["about a thousand", "twelve hundred", "1.2.3", "nan"])
def test_numeric_junk_text_scores_nothing(numeric, junk):
    assert _number(numeric, junk).fraction == 0.0


def _range_question(category, *blocks):
    question = _make(category, type="numeric", answers=[])
    question.answers = list(blocks)
    question.save()
    return question


def test_numeric_range_written_as_smallest_and_largest(category):
    question = _range_question(
        category,
        ("range", {"minimum": 10, "maximum": 14, "fraction": 1.0, "feedback": "Yes."}),
        ("range", {"minimum": 7, "maximum": 28, "fraction": 0.5, "feedback": ""}),
    )

    assert _number(question, "10").fraction == 1.0
    assert _number(question, "14").feedback == ["Yes."]
    assert _number(question, "21").fraction == 0.5
    assert _number(question, "29").fraction == 0.0
    # The review shows the range; the interchange form is Moodle's value ± tolerance.
    assert question.review_context({}, "29")["accepted"] == [
        {"low": "10", "high": "14"}
    ]
    assert question.to_dict()["answers"][0] == {
        "value": 12.0,
        "tolerance": 2.0,
        "fraction": 1.0,
        "feedback": "Yes.",
    }


def test_numeric_any_other_number_gets_its_own_feedback(category):
    question = _make(
        category,
        type="numeric",
        answers=[
            {"value": 6, "tolerance": 0, "fraction": 1.0, "feedback": "Six weeks."},
            {"value": "*", "tolerance": 0, "fraction": 0.0, "feedback": "Look again."},
        ],
    )

    assert _number(question, "6").feedback == ["Six weeks."]
    other = _number(question, "9")
    assert (other.fraction, other.feedback) == (0.0, ["Look again."])
    assert _number(question, "a few").feedback == ["Look again."]
    # An empty answer is no answer: no feedback to give.
    assert _number(question, "").feedback == []
    assert question.to_dict()["answers"][1]["value"] == "*"


def test_a_range_upside_down_is_refused_with_a_message():
    block = NumericRangeBlock()
    value = block.to_python({"minimum": 5, "maximum": 1, "fraction": 1, "feedback": ""})
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    assert "cannot be smaller" in str(refused.value.block_errors["maximum"])


# --- essay ----------------------------------------------------------------------------


def test_essay_is_pending_until_a_trainer_marks_it(category):
    question = _make(category, type="essay", answers=[])
    frozen = _frozen(question)
    response = question.parse_response(
        querydict({"q": "  I would listen first.  "}), "q", frozen
    )

    score = question.grade(response, frozen)

    assert response == "I would listen first."
    assert score.pending is True
    assert score.is_correct is False
    assert question.grade(None, frozen).pending is False
