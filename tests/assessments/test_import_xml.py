"""Moodle XML import: a file with every question type, and files that are refused."""

from pathlib import Path

import pytest

from assessments.importers import parse_moodle_xml
from assessments.importers.service import ImportFailed, questions_import_text
from assessments.models import (
    EssayQuestion,
    Question,
    QuestionCategory,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
)

FIXTURE = Path(__file__).parent / "fixtures" / "questions.moodle.xml"


def _answer(text, fraction, feedback=""):
    return {"text": text, "fraction": fraction, "feedback": feedback}


EXPECTED = [
    {
        "line": 14,
        "category": "Listening skills",
        "name": "First response",
        "type": "single_choice",
        "text": "<p>A mum tells you she cries <b>every evening</b>. "
        "What do you do first?</p>",
        "general_feedback": "<p>Listening comes before signposting.</p>",
        "default_mark": 2.0,
        "tags": ["listening", "week 1"],
        "answers": [
            _answer(
                "Listen, and thank her for telling you", 1.0, "Yes: she feels heard."
            ),
            _answer("Tell her it will pass", 0.0, "That can feel dismissive."),
            _answer(
                "Diagnose postnatal depression & suggest medication",
                -0.5,
                "That is outside your role.",
            ),
        ],
    },
    {
        "line": 55,
        "category": "Listening skills",
        "name": "Signs to pass on",
        "type": "multiple_response",
        "text": "<p>Which of these should you pass on to the midwife?<br/>"
        "Choose all that apply.</p>",
        "general_feedback": "",
        "default_mark": 1.0,
        "answers": [
            _answer("Thoughts of self-harm", 0.5, "Always pass this on."),
            _answer("Not eating for days", 0.5),
            _answer("A messy kitchen", -1.0, "Not a concern in itself."),
        ],
    },
    {
        "line": 83,
        "category": "Listening skills",
        "name": "Confidentiality",
        "type": "true_false",
        "text": "<p>You can promise to keep anything a parent tells you secret.</p>",
        "general_feedback": "",
        "default_mark": 1.0,
        "answers": [
            _answer("True", 0.0, "Not if someone is at risk."),
            _answer("False", 1.0, "Right: safety comes first."),
        ],
    },
    {
        "line": 116,
        "category": "Signposting",
        "name": "Helpline",
        "type": "short_answer",
        "text": "<p>Which charity answers calls on 116 123?</p>",
        "general_feedback": "",
        "case_sensitive": True,
        "answers": [
            _answer("Samaritans", 1.0, "Yes."),
            _answer("Samaritan*", 0.5, "Nearly: check the spelling."),
        ],
    },
    {
        "line": 142,
        "category": "Signposting",
        "name": "Weeks",
        "type": "numeric",
        "text": "<p>Up to how many weeks after birth is the postnatal period "
        "usually counted?</p>",
        "general_feedback": "",
        "answers": [
            {"value": 6.0, "tolerance": 0.0, "fraction": 1.0, "feedback": "Six weeks."},
            {"value": 6.0, "tolerance": 2.0, "fraction": 0.5, "feedback": "Close."},
            {
                "value": "*",
                "tolerance": 0.0,
                "fraction": 0.0,
                "feedback": "Have another look at lesson 2.",
            },
        ],
    },
    {
        "line": 182,
        "category": "Signposting",
        "name": "Who does what",
        "type": "matching",
        "text": "<p>Match each person to their role.</p>",
        "general_feedback": "",
        "pairs": [
            {
                "prompt": "Health visitor",
                "answer": "Visits families with young children",
            },
            {
                "prompt": "Peer supporter",
                "answer": "Listens, drawing on lived experience",
            },
        ],
        "distractors": ["Prescribes medication"],
    },
    {
        "line": 214,
        "category": "Signposting",
        "name": "Reflection",
        "type": "essay",
        "text": "<p>Describe a time you <b>listened</b> without fixing.</p>",
        "general_feedback": "",
        "answers": [],
        "guidance_for_markers": "Look for reflection on feelings.",
    },
    {
        "line": 231,
        "category": "Signposting",
        "name": "Steps",
        "type": "ordering",
        "text": "<p>Put these steps in order.</p>",
        "general_feedback": "",
        # Moodle's ordering "fraction" is each item's place in the right order.
        "items": ["Listen", "Ask what would help", "Signpost if needed"],
        "answers": [
            {"text": "Listen", "fraction": 1.0, "feedback": ""},
            {"text": "Ask what would help", "fraction": 1.0, "feedback": ""},
            {"text": "Signpost if needed", "fraction": 1.0, "feedback": ""},
        ],
    },
]

# Keys that are read on import but are not part of a saved question's to_dict().
NOT_IN_TO_DICT = {"line", "category", "default_mark", "tags"}


def test_every_type_is_read_field_by_field():
    result = parse_moodle_xml(FIXTURE.read_text(encoding="utf-8"))

    assert result.errors == []
    assert len(result.items) == len(EXPECTED)
    for found, expected in zip(result.items, EXPECTED, strict=True):
        assert found == expected, expected["name"]


def test_what_cannot_be_kept_is_noted():
    result = parse_moodle_xml(FIXTURE.read_text(encoding="utf-8"))

    notes = [(note.line, note.name, note.message) for note in result.notes]
    assert [(line, name) for line, name, _m in notes] == [
        (142, "Weeks"),
        (253, "About this quiz"),
    ]
    assert "Units" in notes[0][2]
    assert "description" in notes[1][2]


@pytest.mark.django_db
def test_the_file_imports_into_its_categories():
    outcome = questions_import_text(
        text=FIXTURE.read_text(encoding="utf-8"), file_format="xml"
    )

    assert len(outcome.questions) == len(EXPECTED)
    saved = list(Question.objects.order_by("pk"))
    for question, expected in zip(saved, EXPECTED, strict=True):
        wanted = {k: v for k, v in expected.items() if k not in NOT_IN_TO_DICT}
        assert question.to_dict() == wanted, expected["name"]
        assert question.category.name == expected["category"]
    assert sorted(QuestionCategory.objects.values_list("name", flat=True)) == [
        "Listening skills",
        "Signposting",
    ]
    first = SingleChoiceQuestion.objects.get(name="First response")
    assert first.default_mark == 2.0
    assert sorted(first.tags.names()) == ["listening", "week 1"]
    assert ShortAnswerQuestion.objects.get().case_sensitive is True
    essay = EssayQuestion.objects.get()
    assert essay.text.startswith("<p>Describe")
    assert essay.guidance_for_markers == "Look for reflection on feelings."


@pytest.mark.django_db
def test_a_category_given_on_import_overrides_the_file():
    questions_import_text(
        text=FIXTURE.read_text(encoding="utf-8"),
        file_format="xml",
        category_name="Week 1 check",
    )

    assert list(QuestionCategory.objects.values_list("name", flat=True)) == [
        "Week 1 check"
    ]
    assert Question.objects.filter(category__name="Week 1 check").count() == 8


BAD = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Fine</text></name>
    <questiontext format="html"><text>Listening is a skill.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="gapselect">
    <name><text>Gaps</text></name>
    <questiontext format="html"><text>Fill [[1]].</text></questiontext>
  </question>
  <question type="multichoice">
    <name><text>Greedy</text></name>
    <questiontext format="html"><text>Pick one.</text></questiontext>
    <single>true</single>
    <answer fraction="150"><text>Listen</text></answer>
    <answer fraction="0"><text>Lecture</text></answer>
  </question>
  <question type="shortanswer">
    <name><text></text></name>
    <questiontext format="html"><text></text></questiontext>
    <answer fraction="100"><text>x</text></answer>
  </question>
</quiz>
"""


def test_a_faulty_file_reports_each_faulty_question_with_its_line():
    with pytest.raises(ImportFailed) as failure:
        questions_import_text(text=BAD, file_format="xml", dry_run=True)

    problems = failure.value.problems
    assert [(p.line, p.name) for p in problems] == [
        (9, "Gaps"),
        (13, "Greedy"),
        (20, ""),
    ]
    assert "gapselect" in problems[0].message
    assert "150%" in problems[1].message
    assert "no text" in problems[2].message


@pytest.mark.django_db
def test_a_faulty_file_writes_nothing_even_for_its_good_questions():
    with pytest.raises(ImportFailed):
        questions_import_text(text=BAD, file_format="xml")

    assert Question.objects.count() == 0
    assert QuestionCategory.objects.count() == 0


@pytest.mark.parametrize(
    "source",
    [
        # Entity expansion ("billion laughs") and external entities are refused.
        '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaa">'
        '<!ENTITY b "&a;&a;&a;&a;">]><quiz><question type="essay"><name><text>&b;'
        "</text></name></question></quiz>",
        '<?xml version="1.0"?><!DOCTYPE quiz SYSTEM "file:///etc/passwd"><quiz/>',
    ],
)
def test_declarations_are_refused_before_parsing(source):
    result = parse_moodle_xml(source)

    assert result.items == []
    assert len(result.errors) == 1
    assert "DOCTYPE or ENTITY" in result.errors[0].message


def test_broken_xml_names_its_line():
    result = parse_moodle_xml('<quiz>\n<question type="essay">\n<name></quiz>\n')

    assert result.items == []
    assert result.errors[0].line == 3
    assert "not valid XML" in result.errors[0].message


def test_a_file_that_is_not_a_quiz_is_refused():
    result = parse_moodle_xml("<html><body>Hello</body></html>")

    assert "<quiz>" in result.errors[0].message


@pytest.mark.parametrize(
    ("question", "message"),
    [
        (
            '<question type="truefalse"><name><text>X</text></name>'
            '<answer fraction="100"><text>yes</text></answer></question>',
            "“true” and “false”",
        ),
        (
            '<question type="numerical"><name><text>X</text></name>'
            '<answer fraction="100"><text>six</text></answer></question>',
            "“six” is not a number",
        ),
        (
            '<question type="multichoice"><name><text>X</text></name>'
            '<answer fraction="lots"><text>a</text></answer></question>',
            "“lots” is not a number",
        ),
        ("<question><name><text>X</text></name></question>", "(none)"),
    ],
)
def test_unreadable_questions_are_explained(question, message):
    result = parse_moodle_xml(f"<quiz>\n{question}\n</quiz>")

    assert [(e.line, e.name) for e in result.errors] == [(2, "X")]
    assert message in result.errors[0].message


def test_images_are_noted_as_left_out():
    result = parse_moodle_xml(
        '<quiz><question type="essay"><name><text>Pic</text></name>'
        '<questiontext format="html"><text><![CDATA[<p>Look <img '
        'src="@@PLUGINFILE@@/a.png"></p>]]></text>'
        '<file name="a.png" encoding="base64">AAAA</file></questiontext>'
        "</question></quiz>"
    )

    assert result.items[0]["text"] == "<p>Look</p>"
    assert "Images" in result.notes[0].message


def test_tags_too_long_to_save_are_reported_before_writing():
    source = (
        '<quiz>\n<question type="essay"><name><text>Long tag</text></name>'
        "<questiontext><text>Why?</text></questiontext>"
        f"<tags><tag><text>{'x' * 101}</text></tag></tags></question></quiz>"
    )

    with pytest.raises(ImportFailed) as failure:
        questions_import_text(text=source, file_format="xml", dry_run=True)

    assert [(p.line, p.name) for p in failure.value.problems] == [(2, "Long tag")]
    assert "Tags" in failure.value.problems[0].message
