"""Importing questions into the bank: check every question, then write all or none."""

import math
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Collection

from ..models import QUESTION_TYPES, Question, QuestionCategory
from ..models.questions import FULL_MARKS
from . import (
    NAME_LENGTH,
    ImportProblem,
    ParseResult,
    name_from_text,
    parse_gift,
    parse_moodle_xml,
    plain_text,
)

FILE_FORMATS = {"gift": parse_gift, "xml": parse_moodle_xml}
DEFAULT_CATEGORY = gettext_lazy("Imported questions")
CATEGORY_NAME_LENGTH = QuestionCategory._meta.get_field("name").max_length

# Longest text each kind of answer holds (the answer blocks' max_length).
OPTION_LENGTH, ACCEPTED_ANSWER_LENGTH, PAIR_LENGTH = 500, 200, 300
TAG_LENGTH = 100  # django-taggit's Tag.name
_OPTION_TYPES = ("single_choice", "multiple_response", "true_false", "short_answer")


class ImportFailed(Exception):
    """The file cannot be imported; `problems` names each faulty question."""

    def __init__(self, problems: list[ImportProblem]):
        self.problems = sorted(problems, key=lambda p: (p.line or 0, str(p.name)))
        super().__init__(self.report())

    def report(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


class Duplicates:
    """What to do with a question the bank already has (same kind, text, answers)."""

    ADD = "add"  # import it again (the command line's old behaviour)
    SKIP = "skip"  # leave the bank's question as it is
    UPDATE = "update"  # overwrite the bank's question with the file's


@dataclass
class ImportOutcome:
    """What an import made (questions, or their dicts on a dry run) and its notes.

    ``existing`` gives, for each question of the file the bank already has, that
    question (by the question's position in ``questions``); ``skipped`` and
    ``updated`` count what happened to them.
    """

    questions: list = field(default_factory=list)
    notes: list[ImportProblem] = field(default_factory=list)
    existing: dict[int, Question] = field(default_factory=dict)
    skipped: int = 0
    updated: int = 0

    @property
    def created(self) -> int:
        return len(self.questions) - self.skipped - self.updated


def questions_parse(*, text: str, file_format: str) -> ParseResult:
    """Read a GIFT or Moodle XML file into question dicts, errors and notes."""
    try:
        parser = FILE_FORMATS[file_format]
    except KeyError:
        raise ValueError(f"Unknown import format {file_format!r}") from None
    return parser(text)


def questions_import_text(
    *,
    text: str,
    file_format: str,
    category_name: str | None = None,
    dry_run: bool = False,
    existing=None,
    duplicates: str = Duplicates.ADD,
) -> ImportOutcome:
    """Parse and import a whole file; ImportFailed lists every faulty question.

    ``existing`` is the questions to compare with (those the importer may see):
    each of the file's questions with the same kind, text and answers as one of them
    is skipped or updates it, as ``duplicates`` says.
    """
    parsed = questions_parse(text=text, file_format=file_format)
    problems = list(parsed.errors)
    if not parsed.items and not problems:
        problems.append(ImportProblem(None, "", _("The file has no questions in it.")))
    outcome = ImportOutcome(notes=parsed.notes)
    outcome.questions = _import(
        parsed.items,
        category_name,
        dry_run,
        problems,
        existing=existing,
        duplicates=duplicates,
        outcome=outcome,
    )
    return outcome


def questions_import(
    *, items: list[dict], category_name: str | None = None, dry_run: bool = False
) -> list[Question] | list[dict]:
    """Create the questions in one transaction (or, on a dry run, return their dicts).

    Every question is built and checked in memory first; if any is faulty nothing is
    written and ImportFailed names them all.
    """
    return _import(items, category_name, dry_run, [])


def _import(
    items,
    category_name,
    dry_run,
    problems,
    *,
    existing=None,
    duplicates=Duplicates.ADD,
    outcome=None,
):
    prepared = _prepared(items, category_name)
    problems = list(problems)
    built = []
    for item in prepared:
        item_problems = _validate(item)
        question = None
        if not item_problems:
            question, item_problems = _build(item)
        problems += item_problems
        built.append(question)
    if problems:
        raise ImportFailed(problems)
    outcome = outcome if outcome is not None else ImportOutcome()
    if existing is not None:
        outcome.existing = questions_already_in(built, existing)
    if dry_run:
        return prepared
    return _save(prepared, built, outcome, duplicates)


def question_fingerprint(question: Question) -> tuple:
    """What makes two questions the same: their kind, their text and their answers
    (as words, ignoring case, spacing and markup), not their names or feedback."""

    def words(value) -> str:
        return " ".join(plain_text(str(value), one_line=True).lower().split())

    def answer_texts(value) -> list:
        if isinstance(value, dict):
            return [
                words(value[key])
                for key in ("text", "prompt", "answer", "value")
                if key in value
            ]
        if isinstance(value, list):
            return [answer_texts(entry) for entry in value]
        return [words(value)]

    data = question.to_dict()
    answers = {
        key: answer_texts(value)
        for key, value in data.items()
        if key not in ("name", "type", "text", "general_feedback")
        and isinstance(value, list)
    }
    return (data["type"], words(data["text"]), repr(sorted(answers.items())))


def questions_already_in(built: list[Question], existing) -> dict[int, Question]:
    """For each new question the bank already has, the bank's, by its position."""
    kinds = {type(question) for question in built}
    by_fingerprint: dict[tuple, Question] = {}
    for model in kinds:
        for question in existing.instance_of(model).order_by("pk"):
            by_fingerprint.setdefault(question_fingerprint(question), question)
    return {
        position: by_fingerprint[fingerprint]
        for position, question in enumerate(built)
        if (fingerprint := question_fingerprint(question)) in by_fingerprint
    }


# The fields of a bank question that an update from a file replaces; its category,
# collection and place in quizzes stay as the editors set them.
_UPDATED_FIELDS = ("name", "text", "general_feedback", "default_mark")


@transaction.atomic
def _save(
    prepared: list[dict],
    built: list[Question],
    outcome: "ImportOutcome | None" = None,
    duplicates: str = Duplicates.ADD,
) -> list[Question]:
    categories: dict[str, QuestionCategory] = {}
    existing = outcome.existing if outcome is not None else {}
    # Imported questions join the shared question bank (importing needs rights on it).
    shared = Collection.get_first_root_node()
    for position, (item, question) in enumerate(zip(prepared, built, strict=True)):
        there = existing.get(position)
        if there is not None and duplicates == Duplicates.SKIP:
            outcome.skipped += 1
            built[position] = there
            continue
        if there is not None and duplicates == Duplicates.UPDATE:
            for name in (*_UPDATED_FIELDS, *type(there).fields_from_dict(item)):
                setattr(there, name, getattr(question, name))
            there.save()
            if item.get("tags"):
                there.tags.add(*item["tags"])
            outcome.updated += 1
            built[position] = there
            continue
        question.collection = shared
        name = item["category"]
        if name not in categories:
            categories[name], _created = QuestionCategory.objects.get_or_create(
                name=name
            )
        question.category = categories[name]
        question.save()
        if item.get("tags"):
            question.tags.add(*item["tags"])
    return built


def _prepared(items: list[dict], category_name: str | None) -> list[dict]:
    """Copies of the dicts with a name and a category each."""
    prepared = []
    for item in items:
        item = dict(item)
        name = plain_text(str(item.get("name") or ""), one_line=True)
        item["name"] = (name or name_from_text(str(item.get("text") or "")))[
            :NAME_LENGTH
        ]
        item["category"] = (
            (category_name or "").strip()
            or str(item.get("category") or "").strip()
            or str(DEFAULT_CATEGORY)
        )
        prepared.append(item)
    return prepared


def _build(item: dict) -> tuple[Question | None, list[ImportProblem]]:
    """The unsaved question for a dict that passed validation, or its problems."""
    model = QUESTION_TYPES[item["type"]]
    problem = _problem_for(item)
    try:
        question = model(
            name=item["name"],
            text=item["text"],
            general_feedback=item.get("general_feedback") or "",
            default_mark=float(item.get("default_mark", 1.0)),
            # Checked without the database: the collection is given when saved.
            collection=None,
            **model.fields_from_dict(item),
        )
        question.full_clean(exclude=["category", "tags", "collection"])
    except ValidationError as error:
        messages = [
            f"{field_name}: {message}" if field_name != "__all__" else message
            for field_name, field_messages in error.message_dict.items()
            for message in field_messages
        ]
        return None, [problem(message) for message in messages]
    except (KeyError, TypeError, ValueError) as error:
        return None, [problem(_("Could not be read (%(error)s).") % {"error": error})]
    return question, []


def _problem_for(item: dict):
    def problem(message: str) -> ImportProblem:
        return ImportProblem(item.get("line"), str(item.get("name") or ""), message)

    return problem


def _validate(item: dict) -> list[ImportProblem]:
    problem = _problem_for(item)
    return [problem(message) for message in _item_problems(item)]


def _item_problems(item: dict) -> list[str]:
    kind = item.get("type")
    if kind not in QUESTION_TYPES:
        return [_("“%(type)s” is not a kind of question we know.") % {"type": kind}]
    problems = []
    if not plain_text(str(item.get("text") or ""), one_line=True):
        problems.append(_("The question has no text."))
    if len(item["category"]) > CATEGORY_NAME_LENGTH:
        problems.append(
            _("The category name is longer than %(limit)s characters.")
            % {"limit": CATEGORY_NAME_LENGTH}
        )
    if any(len(str(tag)) > TAG_LENGTH for tag in item.get("tags") or []):
        problems.append(
            _("Tags can be up to %(limit)s characters long.") % {"limit": TAG_LENGTH}
        )
    mark = item.get("default_mark", 1.0)
    if not _is_number(mark) or mark < 0:
        problems.append(_("The mark must be a number of 0 or more."))
    if kind in _OPTION_TYPES:
        problems += _option_problems(item)
    elif kind == "numeric":
        problems += _numeric_problems(item)
    elif kind == "matching":
        problems += _matching_problems(item)
    elif kind == "ordering":
        problems += _ordering_problems(item)
    return problems


def _is_number(value) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
    )


def _percent(fraction: float) -> str:
    return f"{fraction * 100:g}%"


def _fraction_problems(answers: list[dict], describe) -> list[str]:
    problems = []
    for answer in answers:
        fraction = answer.get("fraction")
        if not _is_number(fraction):
            problems.append(
                _("The credit for %(answer)s is not a number.")
                % {"answer": describe(answer)}
            )
        elif not -1 <= fraction <= 1:
            problems.append(
                _(
                    "The credit for %(answer)s is %(credit)s; credit must be between "
                    "-100%% and 100%%."
                )
                % {"answer": describe(answer), "credit": _percent(fraction)}
            )
    return problems


def _full_credit(answers: list[dict]) -> list[dict]:
    numbers = [a for a in answers if _is_number(a.get("fraction"))]
    return [a for a in numbers if a["fraction"] >= FULL_MARKS]


def _option_problems(item: dict) -> list[str]:
    kind, answers = item["type"], list(item.get("answers") or [])
    limit = ACCEPTED_ANSWER_LENGTH if kind == "short_answer" else OPTION_LENGTH
    problems = []
    for answer in answers:
        text = str(answer.get("text") or "")
        if not text.strip():
            problems.append(_("An answer has no text."))
        elif len(text) > limit:
            problems.append(
                _("The answer “%(answer)s…” is longer than %(limit)s characters.")
                % {"answer": text[:40], "limit": limit}
            )
    problems += _fraction_problems(answers, lambda a: f"“{a.get('text', '')}”")
    if problems:
        return problems
    full = _full_credit(answers)
    if kind == "single_choice":
        if len(answers) < 2:
            problems.append(_("A single-choice question needs at least two answers."))
        if not full:
            problems.append(_("None of the answers gets full credit (100%)."))
    elif kind == "multiple_response":
        if len(answers) < 2:
            problems.append(
                _("A multiple-response question needs at least two answers.")
            )
        total = sum(a["fraction"] for a in answers if a["fraction"] > 0)
        # Moodle's rule: the right answers together are worth exactly 100%.
        if round(total, 2) != 1:
            problems.append(
                _(
                    "The right answers' credits add up to %(total)s; together they "
                    "should make 100%%."
                )
                % {"total": _percent(total)}
            )
    elif kind == "true_false":
        texts = sorted(str(a.get("text", "")).strip().lower() for a in answers)
        if texts != ["false", "true"] or len(full) != 1:
            problems.append(
                _(
                    "A true/false question needs a True and a False answer, one of "
                    "them right."
                )
            )
    elif kind == "short_answer":
        if not answers:
            problems.append(_("A short-answer question needs at least one answer."))
        elif not full:
            problems.append(_("None of the answers gets full credit (100%)."))
    return problems


def _numeric_problems(item: dict) -> list[str]:
    answers = list(item.get("answers") or [])
    if not answers:
        return [_("A numeric question needs at least one number.")]
    problems = []
    others = [a for a in answers if a.get("value") == "*"]
    if len(others) > 1:
        problems.append(_("Only one answer can stand for any other number (*)."))
    for answer in answers:
        value, tolerance = answer.get("value"), answer.get("tolerance", 0)
        if value == "*":
            continue
        if not _is_number(value):
            problems.append(_("“%(value)s” is not a number.") % {"value": value})
        if not _is_number(tolerance) or tolerance < 0:
            problems.append(
                _("The tolerance for %(value)s must be a number of 0 or more.")
                % {"value": value}
            )
    problems += _fraction_problems(answers, lambda a: str(a.get("value")))
    if not problems and not _full_credit(answers):
        problems.append(_("None of the numbers gets full credit (100%)."))
    return problems


def _matching_problems(item: dict) -> list[str]:
    pairs = list(item.get("pairs") or [])
    distractors = list(item.get("distractors") or [])
    problems = []
    if len(pairs) < 2:
        problems.append(_("A matching question needs at least two pairs."))
    for pair in pairs:
        prompt, answer = str(pair.get("prompt") or ""), str(pair.get("answer") or "")
        if not answer.strip():
            problems.append(
                _("The prompt “%(prompt)s” has no answer.") % {"prompt": prompt}
            )
        if len(prompt) > PAIR_LENGTH or len(answer) > PAIR_LENGTH:
            problems.append(
                _("The pair “%(prompt)s…” is longer than %(limit)s characters.")
                % {"prompt": prompt[:40], "limit": PAIR_LENGTH}
            )
    for distractor in distractors:
        if not str(distractor).strip() or len(str(distractor)) > PAIR_LENGTH:
            problems.append(
                _("Each extra answer needs text of up to %(limit)s characters.")
                % {"limit": PAIR_LENGTH}
            )
    return problems


def _ordering_problems(item: dict) -> list[str]:
    entries = list(item.get("items") or [])
    problems = []
    if len(entries) < 2:
        problems.append(_("An ordering question needs at least two items."))
    if any(not str(entry).strip() for entry in entries):
        problems.append(_("An item has no text."))
    return problems
