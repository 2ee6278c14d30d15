"""Moodle XML (``<quiz><question type="...">``) into interchange dicts.

The file is parsed with defusedxml (a direct dependency), so entity expansion and
external references are refused; files with a DOCTYPE or ENTITY declaration are
refused before parsing either way, as Moodle never writes them. See https://docs.moodle.org/en/Moodle_XML_format.
"""

import re
import xml.etree.ElementTree as ET  # noqa: S405 - parsed safely below

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser
from django.utils.translation import gettext as _

from . import (
    HTML,
    MARKDOWN,
    MOODLE,
    PLAIN,
    ImportProblem,
    ParseResult,
    category_from_path,
    clean_name,
    has_images,
    name_from_text,
    plain_text,
    rich_text,
)

_FORMATS = {
    "html": HTML,
    "moodle_auto_format": MOODLE,
    "plain_text": PLAIN,
    "markdown": MARKDOWN,
}
_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_TRUE_VALUES = ("1", "true", "yes")


class XmlQuestionError(ValueError):
    """A question that cannot be read; the message says why."""


class _LineRecorder:
    """Builds the tree and remembers the line each <question> starts on."""

    def __init__(self):
        self.builder = ET.TreeBuilder()
        self.parser = None
        self.lines: list[int | None] = []

    def start(self, tag, attrs):
        if tag == "question":
            expat = getattr(self.parser, "parser", None)
            self.lines.append(getattr(expat, "CurrentLineNumber", None))
        return self.builder.start(tag, attrs)

    def end(self, tag):
        return self.builder.end(tag)

    def data(self, data):
        self.builder.data(data)

    def close(self):
        return self.builder.close()


def _parse_tree(text: str) -> tuple[ET.Element, list[int | None]]:
    recorder = _LineRecorder()
    parser = DefusedXMLParser(target=recorder)
    recorder.parser = parser
    parser.feed(text)
    return parser.close(), recorder.lines


def parse_moodle_xml(text: str) -> ParseResult:
    """Read a Moodle XML file, reporting every faulty question, not just the first."""
    result = ParseResult()
    declaration = _DECLARATION.search(text)
    if declaration:
        line = text.count("\n", 0, declaration.start()) + 1
        result.errors.append(
            ImportProblem(
                line,
                "",
                _(
                    "The file has a DOCTYPE or ENTITY declaration. Moodle never writes "
                    "these, and they are refused for safety: remove them and try again."
                ),
            )
        )
        return result
    try:
        root, lines = _parse_tree(text)
    except ET.ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else None
        result.errors.append(
            ImportProblem(
                line, "", _("The file is not valid XML: %(error)s") % {"error": error}
            )
        )
        return result
    except DefusedXmlException:
        result.errors.append(
            ImportProblem(
                None, "", _("The file uses XML features that are refused for safety.")
            )
        )
        return result
    if root.tag != "quiz":
        result.errors.append(
            ImportProblem(
                1,
                "",
                _("This is not a Moodle XML question file: it should start <quiz>."),
            )
        )
        return result

    category = None
    questions = list(root.iter("question"))
    lines += [None] * (len(questions) - len(lines))
    for position, (element, line) in enumerate(zip(questions, lines, strict=True), 1):
        label = _label(element, position)
        question_type = (element.get("type") or "").strip()
        if question_type == "category":
            category = category_from_path(element.findtext("category/text") or "")
            continue
        try:
            item, notes = _read_question(element, question_type)
        except XmlQuestionError as error:
            result.errors.append(ImportProblem(line, label, str(error)))
            continue
        result.notes.extend(ImportProblem(line, label, note) for note in notes)
        if item is None:
            continue
        item["line"] = line
        if category:
            item["category"] = category
        result.items.append(item)
    return result


def _label(element: ET.Element, position: int) -> str:
    """How a question is named in messages: its name, or where it is in the file."""
    name = clean_name(element.findtext("name/text") or "")
    return name or _("question %(position)s") % {"position": position}


def _formatted(element: ET.Element, tag: str) -> tuple[str, str]:
    """(text, format) of a child such as <questiontext format="html"><text>."""
    node = element.find(tag)
    if node is None:
        return "", MOODLE
    return (node.findtext("text") or "").strip(), _format(node)


def _format(node: ET.Element) -> str:
    return _FORMATS.get((node.get("format") or "").strip(), MOODLE)


def _number(raw: str, what: str) -> float:
    raw = (raw or "").strip()
    if not _NUMBER.match(raw):
        raise XmlQuestionError(
            _("The %(what)s “%(raw)s” is not a number.") % {"what": what, "raw": raw}
        )
    return float(raw)


def _read_question(element: ET.Element, question_type: str):
    """One question's dict (None when skipped) and notes on what was left out."""
    if question_type == "description":
        return None, [_("Skipped: a description is not a question.")]
    reader = _READERS.get(question_type)
    if reader is None:
        raise XmlQuestionError(
            _(
                "Questions of type “%(type)s” cannot be imported. The question bank "
                "takes multichoice, truefalse, shortanswer, numerical, matching, "
                "ordering and essay questions."
            )
            % {"type": question_type or _("(none)")}
        )
    body, body_format = _formatted(element, "questiontext")
    feedback, feedback_format = _formatted(element, "generalfeedback")
    item = {
        "name": clean_name(element.findtext("name/text") or ""),
        "text": rich_text(body, body_format),
        "general_feedback": rich_text(feedback, feedback_format),
    }
    if not item["name"]:
        item["name"] = name_from_text(item["text"])
    grade = element.findtext("defaultgrade")
    if grade and grade.strip():
        item["default_mark"] = _number(grade, _("default mark"))
    tags = [(tag.findtext("text") or "").strip() for tag in element.findall("tags/tag")]
    if any(tags):
        item["tags"] = [tag for tag in tags if tag]
    notes = reader(element, item) or []
    if has_images(body) or element.find(".//file") is not None:
        notes.append(_("Images and other files inside the question were left out."))
    return item, notes


def _answers(element: ET.Element):
    """(text, fraction, feedback) for each <answer>, fractions from percentages."""
    for answer in element.findall("answer"):
        fraction = _number(answer.get("fraction", "0"), _("credit")) / 100
        feedback, feedback_format = _formatted(answer, "feedback")
        yield (
            (answer.findtext("text") or "").strip(),
            _format(answer),
            fraction,
            plain_text(feedback, feedback_format),
        )


def _option_answers(element: ET.Element) -> list[dict]:
    return [
        {
            "text": plain_text(text, text_format, one_line=True),
            "fraction": fraction,
            "feedback": feedback,
        }
        for text, text_format, fraction, feedback in _answers(element)
    ]


def _multichoice(element, item):
    single = (element.findtext("single") or "true").strip().lower() in _TRUE_VALUES
    item.update(
        type="single_choice" if single else "multiple_response",
        answers=_option_answers(element),
    )


def _truefalse(element, item):
    answers = {}
    for answer in _option_answers(element):
        key = answer["text"].strip().lower()
        if key not in ("true", "false"):
            raise XmlQuestionError(
                _("A true/false question's answers must be “true” and “false”.")
            )
        answers[key] = {**answer, "text": key.capitalize()}
    if set(answers) != {"true", "false"}:
        raise XmlQuestionError(
            _("A true/false question needs both a “true” and a “false” answer.")
        )
    item.update(type="true_false", answers=[answers["true"], answers["false"]])


def _shortanswer(element, item):
    usecase = (element.findtext("usecase") or "0").strip().lower()
    item.update(
        type="short_answer",
        case_sensitive=usecase in _TRUE_VALUES,
        answers=_option_answers(element),
    )


def _numerical(element, item):
    notes, answers = [], []
    for answer in element.findall("answer"):
        raw = (answer.findtext("text") or "").strip()
        feedback = plain_text(*_formatted(answer, "feedback"))
        if raw in ("", "*"):
            # Any other number: its own credit and feedback.
            answers.append(
                {
                    "value": "*",
                    "tolerance": 0.0,
                    "fraction": _number(answer.get("fraction", "0"), _("credit")) / 100,
                    "feedback": feedback,
                }
            )
            continue
        answers.append(
            {
                "value": _number(raw, _("answer")),
                "tolerance": _number(
                    answer.findtext("tolerance") or "0", _("tolerance")
                ),
                "fraction": _number(answer.get("fraction", "0"), _("credit")) / 100,
                "feedback": feedback,
            }
        )
    units = [(u.text or "").strip() for u in element.findall("units/unit/unit_name")]
    if any(units):
        notes.append(_("Units were left out; learners answer with the number alone."))
    item.update(type="numeric", answers=answers)
    return notes


def _matching(element, item):
    pairs, distractors = [], []
    for sub in element.findall("subquestion"):
        prompt = plain_text(sub.findtext("text") or "", _format(sub), one_line=True)
        answer = plain_text(sub.findtext("answer/text") or "", PLAIN, one_line=True)
        if prompt:
            pairs.append({"prompt": prompt, "answer": answer})
        elif answer:  # Moodle's empty subquestion: an extra answer matching no prompt
            distractors.append(answer)
    item.update(type="matching", pairs=pairs, distractors=distractors)


def _ordering(element, item):
    answers = list(_answers(element))
    # The answers' "fraction" is their position in the right order.
    answers.sort(key=lambda answer: answer[2])
    items = [plain_text(text, fmt, one_line=True) for text, fmt, _f, _fb in answers]
    item.update(
        type="ordering",
        items=items,
        answers=[{"text": text, "fraction": 1.0, "feedback": ""} for text in items],
    )


def _essay(element, item):
    item.update(type="essay", answers=[])
    guidance, guidance_format = _formatted(element, "graderinfo")
    if guidance:
        item["guidance_for_markers"] = plain_text(guidance, guidance_format)


_READERS = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "matching": _matching,
    "ordering": _ordering,
    "essay": _essay,
}
