"""Moodle GIFT into interchange dicts, reading files the way Moodle's own importer does.

Questions are separated by blank lines. Each may start with ``::title::`` and an
optional ``[html]``, ``[moodle]``, ``[plain]`` or ``[markdown]`` format, and carries
its answers in one pair of braces; the kind of question follows from what is inside
them. See https://docs.moodle.org/en/GIFT_format.
"""

import re

from django.utils.translation import gettext as _

from . import (
    MOODLE,
    PLAIN,
    TEXT_FORMATS,
    ImportProblem,
    ParseResult,
    category_from_path,
    clean_name,
    has_images,
    name_from_text,
    plain_text,
    rich_text,
)

# Escaped characters become private-use placeholders while the structure is read.
_ESCAPE = re.compile(r"\\[\\:#={}~n]")
_PLACEHOLDERS = {
    "\\\\": "\ue000",
    "\\:": "\ue001",
    "\\#": "\ue002",
    "\\=": "\ue003",
    "\\{": "\ue004",
    "\\}": "\ue005",
    "\\~": "\ue006",
    "\\n": "\ue007",
}
_RESTORE = str.maketrans(
    {
        "\ue000": "\\",
        "\ue001": ":",
        "\ue002": "#",
        "\ue003": "=",
        "\ue004": "{",
        "\ue005": "}",
        "\ue006": "~",
        "\ue007": "\n",
    }
)
_CREDIT = re.compile(r"^%(-?\d+(?:\.\d*)?)%")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_TRUE, _FALSE = ("T", "TRUE"), ("F", "FALSE")
CATEGORY_PREFIX = "$CATEGORY:"
BLANK = "_____"


class GiftError(ValueError):
    """A question that cannot be read; the message says why."""


def _protect(text: str) -> str:
    return _ESCAPE.sub(lambda match: _PLACEHOLDERS[match.group(0)], text)


def _restore(text: str) -> str:
    return text.translate(_RESTORE)


def _blocks(text: str):
    """Runs of non-blank lines as (line number, stripped line) pairs."""
    block: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line:
            block.append((number, line))
        elif block:
            yield block
            block = []
    if block:
        yield block


def parse_gift(text: str) -> ParseResult:
    """Read a GIFT file; every question is read even when earlier ones are faulty."""
    result = ParseResult()
    category = None
    for block in _blocks(text):
        lines = [(number, line) for number, line in block if not line.startswith("//")]
        if lines and lines[0][1].startswith(CATEGORY_PREFIX):
            number, line = lines.pop(0)
            category = category_from_path(
                _restore(_protect(line[len(CATEGORY_PREFIX) :]))
            )
            if not category:
                result.errors.append(
                    ImportProblem(
                        number, "", _("The $CATEGORY line names no category.")
                    )
                )
        if not lines:
            continue
        start = lines[0][0]
        source = _protect("\n".join(line for _number, line in lines))
        label = _label(source)
        try:
            item, notes = _read_question(source)
        except GiftError as error:
            result.errors.append(ImportProblem(start, label, str(error)))
            continue
        result.notes.extend(ImportProblem(start, label, note) for note in notes)
        if item is None:
            continue
        item["line"] = start
        if category:
            item["category"] = category
        result.items.append(item)
    return result


def _split_title(text: str) -> tuple[str, str]:
    """(title, rest); the title is empty when the question has none."""
    if not text.startswith("::"):
        return "", text
    end = text.find("::", 2)
    if end == -1:
        return "", text[2:]
    return clean_name(_restore(text[2:end])), text[end + 2 :].strip()


def _label(source: str) -> str:
    """How a question is named in messages: its title, or the start of its text."""
    title, text = _split_title(source)
    if title:
        return title
    body, _text_format = _with_format(text.split("{", 1)[0])
    return name_from_text(body)


def _with_format(text: str, default: str = MOODLE) -> tuple[str, str]:
    """(text, format), taking a leading [format] off the text."""
    text = text.strip()
    text_format = default
    if text.startswith("["):
        end = text.find("]")
        if end != -1 and text[1:end] in TEXT_FORMATS:
            text_format, text = text[1:end], text[end + 1 :]
    return _restore(text).strip(), text_format


def _with_feedback(part: str, default: str) -> tuple[str, str]:
    """(answer, feedback) as plain text, from ``answer # feedback``."""
    answer, _hash, feedback = part.partition("#")
    answer_text, answer_format = _with_format(answer, default)
    feedback_text, feedback_format = _with_format(feedback, default)
    return (
        plain_text(answer_text, answer_format, one_line=True),
        plain_text(feedback_text, feedback_format),
    )


def _credit(part: str, default: float) -> tuple[float, str]:
    """(fraction, rest) from an answer that may start with a credit such as %50%."""
    match = _CREDIT.match(part)
    if match:
        return float(match.group(1)) / 100, part[match.end() :]
    if part.startswith("%") and "%" in part[1:]:
        raise GiftError(
            _(
                "“%(answer)s” does not start with a credit that can be read; write it "
                "as a percentage such as %%50%% or %%-100%%."
            )
            % {"answer": _restore(part)}
        )
    return default, part


def _answer_parts(answer_text: str, separator: str) -> list[str]:
    parts = answer_text.split(separator)
    if not parts[0].strip():
        parts.pop(0)
    return [part.strip() for part in parts]


def _read_question(source: str) -> tuple[dict | None, list[str]]:
    """One question's dict (None for a description) and notes on what was left out."""
    title, text = _split_title(source)
    start, finish = text.find("{"), text.find("}")
    if start == -1 and finish == -1:
        return None, [_("Skipped: a description (text with no answers in braces).")]
    if finish == -1:
        raise GiftError(_("The { that starts the answers is never closed with a }."))
    if start == -1 or finish < start:
        raise GiftError(_("There is a } with no { before it."))
    answer_text = text[start + 1 : finish]
    after = text[finish + 1 :]
    if "{" in answer_text:
        raise GiftError(
            _("The { that starts the answers is not closed before the next {.")
        )
    if "{" in after or "}" in after:
        raise GiftError(
            _(
                "A question can have only one set of answers in braces. Leave a blank "
                "line between questions, and write \\{ or \\} for a brace in the text."
            )
        )
    # As in Moodle: answers at the very end leave no gap; anywhere else, a blank.
    question_text = text[:start] if text.endswith("}") else text[:start] + BLANK + after
    answer_text = answer_text.strip()
    general_feedback = ""
    separator = answer_text.rfind("####")
    if separator != -1:
        general_feedback = answer_text[separator + 4 :]
        answer_text = answer_text[:separator].strip()

    body, text_format = _with_format(question_text)
    feedback, feedback_format = _with_format(general_feedback, text_format)
    item = {
        "name": title,
        "text": rich_text(body, text_format),
        "general_feedback": rich_text(feedback, feedback_format),
    }
    if not title:
        item["name"] = name_from_text(item["text"])
    notes = _read_answers(item, answer_text, text_format)
    if has_images(body):
        notes.append(_("Images in the question text were left out."))
    return item, notes


def _read_answers(item: dict, answer_text: str, text_format: str) -> list[str]:
    """Set the type and answers on `item` from the text inside the braces."""
    if not answer_text:
        item.update(type="essay", answers=[])
        return []
    if answer_text.startswith("#"):
        return _numeric(item, answer_text[1:], text_format)
    if "~" in answer_text:
        _choices(item, answer_text, text_format)
    elif "=" in answer_text and "->" in answer_text:
        _matching(item, answer_text, text_format)
    elif _restore(answer_text.split("#", 1)[0]).strip().upper() in _TRUE + _FALSE:
        _true_false(item, answer_text, text_format)
    else:
        _short_answer(item, answer_text, text_format)
    return []


def _choices(item: dict, answer_text: str, text_format: str) -> None:
    # Moodle's rule: any "=" answer makes it single choice; only "~" answers
    # (with %n% credits) let the learner choose several.
    single = "=" in answer_text
    answers = []
    for part in _answer_parts(answer_text.replace("=", "~="), "~"):
        if part.startswith("="):
            fraction, part = 1.0, part[1:]
        else:
            fraction, part = _credit(part, 0.0)
        text, feedback = _with_feedback(part, text_format)
        answers.append({"text": text, "fraction": fraction, "feedback": feedback})
    if len(answers) < 2:
        raise GiftError(_("A multiple-choice question needs at least two answers."))
    item.update(
        type="single_choice" if single else "multiple_response", answers=answers
    )


def _matching(item: dict, answer_text: str, text_format: str) -> None:
    pairs, distractors = [], []
    for part in _answer_parts(answer_text, "="):
        prompt, arrow, answer = part.partition("->")
        if not arrow:
            raise GiftError(
                _("“%(pair)s” needs a “->” between the prompt and its answer.")
                % {"pair": _restore(part)}
            )
        prompt_text, prompt_format = _with_format(prompt, text_format)
        prompt = plain_text(prompt_text, prompt_format, one_line=True)
        answer = plain_text(_restore(answer), PLAIN, one_line=True)
        if prompt:
            pairs.append({"prompt": prompt, "answer": answer})
        else:  # Moodle's "= -> answer": an extra answer that matches no prompt
            distractors.append(answer)
    item.update(type="matching", pairs=pairs, distractors=distractors)


def _true_false(item: dict, answer_text: str, text_format: str) -> None:
    # As in Moodle: {T#feedback for a wrong answer#feedback for a right answer}.
    bits = answer_text.split("#", 2) + ["", ""]
    truth = _restore(bits[0]).strip().upper() in _TRUE
    wrong = plain_text(*_with_format(bits[1], text_format))
    right = plain_text(*_with_format(bits[2], text_format))
    item.update(
        type="true_false",
        answers=[
            {
                "text": "True",
                "fraction": 1.0 if truth else 0.0,
                "feedback": right if truth else wrong,
            },
            {
                "text": "False",
                "fraction": 0.0 if truth else 1.0,
                "feedback": wrong if truth else right,
            },
        ],
    )


def _short_answer(item: dict, answer_text: str, text_format: str) -> None:
    answers = []
    for part in _answer_parts(answer_text, "="):
        fraction, part = _credit(part, 1.0)
        text, feedback = _with_feedback(part, text_format)
        answers.append({"text": text, "fraction": fraction, "feedback": feedback})
    item.update(type="short_answer", case_sensitive=False, answers=answers)


def _numeric(item: dict, answer_text: str, text_format: str) -> list[str]:
    notes = []
    answer_text, tilde, other = answer_text.partition("~")
    other_answer = None
    if tilde:
        # {#3:2 ~#Completely wrong}: credit and feedback for any other number.
        other_fraction, other = _credit(other, 0.0)
        _text, other_feedback = _with_feedback(other, text_format)
        other_answer = {
            "value": "*",
            "tolerance": 0.0,
            "fraction": other_fraction,
            "feedback": other_feedback,
        }
    answers = []
    for part in _answer_parts(answer_text, "="):
        fraction, part = _credit(part, 1.0)
        raw, feedback = _with_feedback(part, text_format)
        value, tolerance = _number_and_tolerance(raw)
        answers.append(
            {
                "value": value,
                "tolerance": tolerance,
                "fraction": fraction,
                "feedback": feedback,
            }
        )
    if not answers:
        raise GiftError(
            _("A numeric question needs a number, such as {#5}, {#5:0.5} or {#1..5}.")
        )
    if other_answer is not None:
        answers.append(other_answer)
    item.update(type="numeric", answers=answers)
    return notes


def _number_and_tolerance(raw: str) -> tuple[float, float]:
    """value:tolerance, min..max (the middle, give or take half the range) or value."""
    if raw.find("..") > 0:
        low, _dots, high = raw.partition("..")
        low_value, high_value = _number(low, raw), _number(high, raw)
        value = (low_value + high_value) / 2
        return value, high_value - value
    if raw.find(":") > 0:
        value, _colon, tolerance = raw.partition(":")
        return _number(value, raw), _number(tolerance, raw)
    return _number(raw, raw), 0.0


def _number(text: str, answer: str) -> float:
    text = text.strip()
    if not _NUMBER.match(text):
        raise GiftError(
            _(
                "“%(answer)s” is not a number, a number:tolerance (such as 5:0.5) or a "
                "range (such as 1..5)."
            )
            % {"answer": answer}
        )
    return float(text)
