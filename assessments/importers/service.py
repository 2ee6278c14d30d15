"""Importing questions into the bank: check every question, then write all or none."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Collection

from ..models import QUESTION_TYPES, Question, QuestionCategory
from ..models.questions.interchange import is_number
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

TAG_LENGTH = 100  # django-taggit's Tag.name


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


def question_problems(item: dict) -> list[str]:
    """What an import (or the demo's data) would be refused for, in the author's
    words: the checks every kind shares, the kind's own, then the model's."""
    problems = _item_problems(item)
    if not problems:
        _question, built = _build(item)
        problems = [problem.message for problem in built]
    return problems


def _item_problems(item: dict) -> list[str]:
    kind = item.get("type")
    if kind not in QUESTION_TYPES:
        return [_("“%(type)s” is not a kind of question we know.") % {"type": kind}]
    problems = []
    if not plain_text(str(item.get("text") or ""), one_line=True):
        problems.append(_("The question has no text."))
    if len(item.get("category") or "") > CATEGORY_NAME_LENGTH:
        problems.append(
            _("The category name is longer than %(limit)s characters.")
            % {"limit": CATEGORY_NAME_LENGTH}
        )
    if any(len(str(tag)) > TAG_LENGTH for tag in item.get("tags") or []):
        problems.append(
            _("Tags can be up to %(limit)s characters long.") % {"limit": TAG_LENGTH}
        )
    mark = item.get("default_mark", 1.0)
    if not is_number(mark) or mark < 0:
        problems.append(_("The mark must be a number of 0 or more."))
    return problems + QUESTION_TYPES[kind].import_problems(item)
