"""Moodle GIFT import: Moodle's own fixture, every question kind, and faulty files."""

from pathlib import Path

import pytest

from assessments.importers import parse_gift
from assessments.importers.service import ImportFailed, questions_import_text
from assessments.models import Question, QuestionCategory, TrueFalseQuestion

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MOODLE_FIXTURE = FIXTURES / "moodle-gift" / "questions.gift.txt"


def _answer(text, fraction, feedback=""):
    return {"text": text, "fraction": fraction, "feedback": feedback}


# Moodle's fixture, question by question, as Moodle itself reads it. Two questions
# end in `";` after the closing brace (left over from a PHP string in Moodle's
# source); Moodle treats that as a missing-word question, so those texts keep a
# "_____" where the braces were, followed by the stray `";`.
EXPECTED_FIXTURE = [
    {
        "line": 2,
        "name": "Q8",
        "type": "essay",
        "text": "<p>How are you?</p>",
        "general_feedback": "",
        "answers": [],
    },
    {
        "line": 5,
        "name": "Moodle activities",
        "type": "matching",
        "text": "<p>Match the <b>activity</b> to the description.</p>",
        "general_feedback": "",
        "pairs": [
            {
                "prompt": "An activity supporting asynchronous discussions.",
                "answer": "Forum",
            },
            {
                "prompt": "A teacher asks a question and specifies a choice of "
                "multiple responses.",
                "answer": "Choice",
            },
            {
                "prompt": "A bank of record entries which participants can add to.",
                "answer": "Database",
            },
            {
                "prompt": "A collection of web pages that anyone can add to or edit.",
                "answer": "Wiki",
            },
        ],
        "distractors": ["Chat"],
    },
    {
        "line": 14,
        "name": "Q2",
        "type": "single_choice",
        "text": "<p>What's between orange and green in the spectrum?</p>",
        "general_feedback": "",
        "answers": [
            _answer("yellow", 1.0, "right; good!"),
            _answer("red", 0.0, "wrong, it's yellow"),
            _answer("blue", 0.0, "wrong, it's yellow"),
        ],
    },
    {
        "line": 22,
        "name": "colours",
        "type": "multiple_response",
        "text": "<p>What's between orange and green in the spectrum?</p>",
        "general_feedback": "",
        "answers": [
            _answer("yellow", 0.5, "right; good!"),
            _answer("red", -1.0, "wrong"),
            _answer("off-beige", 0.5, "right; good!"),
            _answer("blue", -1.0, "wrong"),
        ],
    },
    {
        "line": 31,
        "name": "Q5",
        "type": "numeric",
        "text": '<p>What is a number from 1 to 5? _____";</p>',
        "general_feedback": "",
        "answers": [
            {"value": 3.0, "tolerance": 2.0, "fraction": 1.0, "feedback": ""},
            # ~#feedback: Moodle's catch-all for any other number.
            {
                "value": "*",
                "tolerance": 0.0,
                "fraction": 0.0,
                "feedback": "Completely wrong",
            },
        ],
    },
    {
        "line": 34,
        "name": "Shortanswer",
        "type": "short_answer",
        "text": "<p>Which is the best animal?</p>",
        "general_feedback": "",
        "case_sensitive": False,
        "answers": [
            _answer("Frog", 1.0, "Good!"),
            _answer("Cat", 0.5, "What is it with Moodlers and cats?"),
            _answer("*", 0.0, "Completely wrong"),
        ],
    },
    {
        "line": 41,
        "name": "Q1",
        "type": "true_false",
        "text": '<p>42 is the Absolute Answer to everything._____";</p>',
        "general_feedback": "<p>This is, of course, a Hitchiker's Guide to the "
        "Galaxy reference.</p>",
        # {FALSE#wrong-answer feedback#right-answer feedback}: False is right.
        "answers": [
            _answer("True", 0.0, "42 is the Ultimate Answer."),
            _answer("False", 1.0, "You gave the right answer."),
        ],
    },
    {
        "line": 46,
        "name": "2-08 TSL",
        "type": "true_false",
        "text": "<p>TSL is blablabla.</p>",
        "general_feedback": "",
        "answers": [_answer("True", 1.0), _answer("False", 0.0)],
    },
    {
        "line": 49,
        "name": "2-08 TSL",
        "type": "true_false",
        "text": "<p>TSL is blablabla.</p>",
        "general_feedback": "",
        "answers": [_answer("True", 1.0), _answer("False", 0.0)],
    },
]


def _without_line(item: dict) -> dict:
    return {key: value for key, value in item.items() if key != "line"}


def _one(source: str) -> dict:
    """The single question a GIFT snippet holds, failing on any error."""
    result = parse_gift(source)
    assert result.errors == []
    assert len(result.items) == 1, result.items
    return result.items[0]


# --- Moodle's own fixture ----------------------------------------------------------


def test_moodle_fixture_is_read_question_by_question():
    result = parse_gift(MOODLE_FIXTURE.read_text(encoding="utf-8"))

    assert result.errors == []
    assert len(result.items) == len(EXPECTED_FIXTURE) == 9
    for found, expected in zip(result.items, EXPECTED_FIXTURE, strict=True):
        assert found == expected, expected["name"]


def test_moodle_fixture_is_read_without_leaving_anything_out():
    result = parse_gift(MOODLE_FIXTURE.read_text(encoding="utf-8"))

    assert result.notes == []


@pytest.mark.django_db
def test_moodle_fixture_imports_into_the_bank_faithfully():
    outcome = questions_import_text(
        text=MOODLE_FIXTURE.read_text(encoding="utf-8"), file_format="gift"
    )

    assert len(outcome.questions) == 9
    saved = list(Question.objects.order_by("pk"))
    assert [q.pk for q in saved] == [q.pk for q in outcome.questions]
    for question, expected in zip(saved, EXPECTED_FIXTURE, strict=True):
        assert question.to_dict() == _without_line(expected), expected["name"]
        assert question.category.name == "Imported questions"
    q1 = TrueFalseQuestion.objects.get(name="Q1")
    assert q1.correct_answer is False
    assert q1.feedback_true == "42 is the Ultimate Answer."
    assert q1.feedback_false == "You gave the right answer."


@pytest.mark.django_db
def test_imported_fixture_questions_mark_as_moodle_would():
    questions_import_text(
        text=MOODLE_FIXTURE.read_text(encoding="utf-8"), file_format="gift"
    )
    numeric = Question.objects.get(name="Q5")
    short = Question.objects.get(name="Shortanswer")

    assert numeric.grade("1", {}).fraction == 1.0
    assert numeric.grade("1", {}).feedback == []
    assert numeric.grade("5.5", {}).fraction == 0.0
    assert numeric.grade("5.5", {}).feedback == ["Completely wrong"]
    assert short.grade("frog", {}).fraction == 1.0
    assert short.grade("Cat", {}).fraction == 0.5
    assert short.grade("Dog", {}).feedback == ["Completely wrong"]


# --- syntax --------------------------------------------------------------------------


def test_comments_are_ignored_and_titles_become_names():
    item = _one(
        "// a comment before\n"
        "::Greeting:: How do you open a call?\n"
        "// a comment among the answers\n"
        "{=Warmly ~Briskly}\n"
    )

    assert item["name"] == "Greeting"
    assert item["text"] == "<p>How do you open a call?</p>"
    assert [a["text"] for a in item["answers"]] == ["Warmly", "Briskly"]
    assert item["line"] == 2


def test_a_question_without_a_title_is_named_from_its_text():
    long_text = "When a parent says they feel nothing for their baby, " * 3
    item = _one(long_text + "{=Listen ~Reassure}")

    assert item["name"] == long_text[:60].rstrip()
    assert len(item["name"]) <= 60


def test_escaped_characters_are_literal():
    item = _one(
        r"::Esc\:aped::What do \{ \} \~ \= \# and \: mean?"
        r"{=a\=b#feed\#back ~c\~d#e\{f\}}"
    )

    assert item["name"] == "Esc:aped"
    assert item["text"] == "<p>What do { } ~ = # and : mean?</p>"
    assert item["answers"] == [
        _answer("a=b", 1.0, "feed#back"),
        _answer("c~d", 0.0, "e{f}"),
    ]


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (
            "::F::[html]<p>One <em>two</em></p><script>x()</script>{}",
            "<p>One <i>two</i></p>",
        ),
        (
            "::F::[plain]<b>bold?</b> & more{}",
            "<p>&lt;b&gt;bold?&lt;/b&gt; &amp; more</p>",
        ),
        (
            "::F::[moodle]Line one\nline <b>two</b>{}",
            "<p>Line one<br/>line <b>two</b></p>",
        ),
        (
            "::F::[markdown]Is **this** _it_?\n- one\n- two{}",
            "<p>Is <b>this</b> <i>it</i>?</p><ul><li>one</li><li>two</li></ul>",
        ),
        ("::F::Moodle is the default{}", "<p>Moodle is the default</p>"),
    ],
)
def test_text_formats_become_safe_rich_text(source, text):
    assert _one(source)["text"] == text


def test_images_are_left_out_with_a_note():
    result = parse_gift('::Pic::[html]<p>Look <img src="baby.png"></p>{}')

    assert result.items[0]["text"] == "<p>Look</p>"
    assert "Images" in result.notes[0].message


def test_html_answers_and_feedback_become_plain_text():
    item = _one("::F::Pick{=[html]<b>Bold</b> answer#[html]<i>Yes</i> &amp; well ~No}")

    assert item["answers"][0] == _answer("Bold answer", 1.0, "Yes & well")


def test_missing_word_keeps_a_blank_where_the_braces_were():
    item = _one("Grant is {~buried =entombed ~living} in Grant's tomb.")

    assert item["text"] == "<p>Grant is _____ in Grant's tomb.</p>"
    assert item["type"] == "single_choice"
    assert [a["fraction"] for a in item["answers"]] == [0.0, 1.0, 0.0]


def test_category_lines_set_the_category_of_following_questions():
    result = parse_gift(
        "::Before:: no category {=a ~b}\n\n"
        "$CATEGORY: $course$/top/Perinatal/Listening skills\n\n"
        "::One:: first {=a ~b}\n\n"
        "::Two:: second {=a ~b}\n\n"
        "$CATEGORY: $course$/top/Signposting\n"
        "::Three:: third {=a ~b}\n"
    )

    assert result.errors == []
    assert [(i["name"], i.get("category")) for i in result.items] == [
        ("Before", None),
        ("One", "Listening skills"),
        ("Two", "Listening skills"),
        ("Three", "Signposting"),
    ]


def test_a_description_is_skipped_with_a_note_not_an_error():
    result = parse_gift("::Intro:: These questions cover week one.\n\n::Q:: Ok?{T}")

    assert result.errors == []
    assert [i["name"] for i in result.items] == ["Q"]
    assert [(n.line, n.name) for n in result.notes] == [(1, "Intro")]
    assert "description" in result.notes[0].message


# --- question kinds ------------------------------------------------------------------


def test_multiple_choice_with_percentage_credits_is_multiple_response():
    item = _one(
        "::M:: Which help?{~%50%Open questions#Yes ~%50%Reflecting back"
        " ~%-100%Fixing it#No ~Silence}"
    )

    assert item["type"] == "multiple_response"
    assert item["answers"] == [
        _answer("Open questions", 0.5, "Yes"),
        _answer("Reflecting back", 0.5),
        _answer("Fixing it", -1.0, "No"),
        _answer("Silence", 0.0),
    ]


def test_single_choice_can_give_partial_credit():
    item = _one("::S:: Pick{=Best ~%33.333%Nearly ~Wrong}")

    assert item["type"] == "single_choice"
    assert [a["fraction"] for a in item["answers"]] == [1.0, pytest.approx(0.33333), 0]


def test_short_answer_with_credits_and_feedback():
    item = _one("::S:: Name the charity.{=Samaritans#Yes =%50%Samaritan*#Nearly}")

    assert item["type"] == "short_answer"
    assert item["answers"] == [
        _answer("Samaritans", 1.0, "Yes"),
        _answer("Samaritan*", 0.5, "Nearly"),
    ]


@pytest.mark.parametrize(
    ("braces", "answers"),
    [
        ("{#5}", [(5.0, 0.0, 1.0, "")]),
        ("{#5:0.5}", [(5.0, 0.5, 1.0, "")]),
        ("{#1..5}", [(3.0, 2.0, 1.0, "")]),
        ("{#-4..-2}", [(-3.0, 1.0, 1.0, "")]),
        (
            "{#=5:0#Exactly =%50%5:2#Close}",
            [(5.0, 0.0, 1.0, "Exactly"), (5.0, 2.0, 0.5, "Close")],
        ),
        ("{#\n=1.5e3:10\n}", [(1500.0, 10.0, 1.0, "")]),
    ],
)
def test_numeric_forms(braces, answers):
    item = _one("::N:: How many?" + braces)

    assert item["type"] == "numeric"
    assert [
        (a["value"], a["tolerance"], a["fraction"], a["feedback"])
        for a in item["answers"]
    ] == answers


def test_matching_with_distractors():
    item = _one(
        "::M:: Match.{\n=Health visitor -> Visits families\n"
        "=Peer supporter -> Listens\n= -> Prescribes\n= -> Diagnoses\n}"
    )

    assert item["type"] == "matching"
    assert item["pairs"] == [
        {"prompt": "Health visitor", "answer": "Visits families"},
        {"prompt": "Peer supporter", "answer": "Listens"},
    ]
    assert item["distractors"] == ["Prescribes", "Diagnoses"]


@pytest.mark.parametrize(
    ("braces", "true_fraction", "feedback_true", "feedback_false"),
    [
        ("{T}", 1.0, "", ""),
        ("{TRUE}", 1.0, "", ""),
        ("{F}", 0.0, "", ""),
        ("{FALSE}", 0.0, "", ""),
        # As in Moodle: the first # is feedback for a wrong answer, then a right one.
        ("{T#Not quite#Well done}", 1.0, "Well done", "Not quite"),
        ("{F#Not quite#Well done}", 0.0, "Not quite", "Well done"),
        ("{TRUE#Not quite}", 1.0, "", "Not quite"),
    ],
)
def test_true_false_and_its_feedback(
    braces, true_fraction, feedback_true, feedback_false
):
    item = _one("::TF:: Peer supporters listen." + braces)

    assert item["type"] == "true_false"
    assert item["answers"] == [
        _answer("True", true_fraction, feedback_true),
        _answer("False", 1.0 - true_fraction, feedback_false),
    ]


def test_essay_with_general_feedback():
    item = _one("::E:: Describe your approach.{\n####Think about boundaries.\n}")

    assert item["type"] == "essay"
    assert item["answers"] == []
    assert item["general_feedback"] == "<p>Think about boundaries.</p>"


def test_general_feedback_after_answers():
    item = _one("::G:: Pick{=a ~b ####[html]<p>Because <b>a</b>.</p>}")

    assert item["general_feedback"] == "<p>Because <b>a</b>.</p>"
    assert [a["text"] for a in item["answers"]] == ["a", "b"]


# --- faulty files --------------------------------------------------------------------

FAULTY = """// three faulty questions among good ones
::Good one:: Is listening a skill?{T}

::Unclosed:: Which is kind?{=Listening ~Lecturing

::Too much credit:: Pick one.{=Listen ~%150%Lecture}

::Not a number:: How many?{#five}

::Good two:: Name the charity.{=Samaritans}
"""


def test_a_faulty_file_reports_each_faulty_question_with_its_line():
    with pytest.raises(ImportFailed) as failure:
        questions_import_text(text=FAULTY, file_format="gift", dry_run=True)

    problems = failure.value.problems
    assert [(p.line, p.name) for p in problems] == [
        (4, "Unclosed"),
        (6, "Too much credit"),
        (8, "Not a number"),
    ]
    assert "never closed" in problems[0].message
    assert "150%" in problems[1].message
    assert "five" in problems[2].message
    report = failure.value.report()
    assert "Line 4, “Unclosed”" in report
    assert "Line 6, “Too much credit”" in report


@pytest.mark.django_db
def test_a_faulty_file_writes_nothing_even_for_its_good_questions():
    with pytest.raises(ImportFailed):
        questions_import_text(text=FAULTY, file_format="gift")

    assert Question.objects.count() == 0
    assert QuestionCategory.objects.count() == 0


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("::X:: Pick one}", "} with no {"),
        ("::X:: Pick {=a ~b\n::Y:: Next {=c ~d}", "not closed before the next {"),
        ("::X:: Pick {=a ~b} or {=c ~d}", "only one set of answers"),
        ("::X:: Pick {~%abc%a ~b}", "%50%"),
        ("::X:: Match {=a -> b =c}", "->"),
        ("::X:: Pick {~only}", "at least two answers"),
        ("::X:: How many? {#}", "needs a number"),
    ],
)
def test_syntax_errors_are_explained(source, message):
    result = parse_gift(source)

    assert result.items == []
    assert [(e.line, e.name) for e in result.errors] == [(1, "X")]
    assert message in result.errors[0].message


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("::X:: Pick {~a ~b}", "add up to 0%"),
        ("::X:: Pick {~%50%a ~%30%b ~c}", "add up to 80%"),
        ("::X:: Pick {=a ~%-150%b}", "-150%"),
        ("::X:: Match {=a -> b = -> c}", "at least two pairs"),
        ("::X:: Name it {=%50%half}", "full credit"),
        ("::X:: Range {#5..1}", "0 or more"),
    ],
)
def test_questions_that_could_not_be_marked_are_refused(source, message):
    with pytest.raises(ImportFailed) as failure:
        questions_import_text(text=source, file_format="gift", dry_run=True)

    assert [(p.line, p.name) for p in failure.value.problems] == [(1, "X")]
    assert message in failure.value.problems[0].message


@pytest.mark.django_db
def test_a_failure_while_saving_rolls_back_every_question(monkeypatch):
    def broken_save(self, *args, **kwargs):
        raise RuntimeError("database went away")

    # The true/false questions come last in Moodle's fixture, after six others.
    monkeypatch.setattr(TrueFalseQuestion, "save", broken_save)

    with pytest.raises(RuntimeError):
        questions_import_text(
            text=MOODLE_FIXTURE.read_text(encoding="utf-8"), file_format="gift"
        )

    assert Question.objects.count() == 0
    assert QuestionCategory.objects.count() == 0
