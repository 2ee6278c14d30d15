"""The question bank: one polymorphic base (``base``) and a module per kind.

A new kind is one module here (its model with ``kind``, ``menu_order`` and the whole
interface of ``Question``), its migration and its learner and review templates
(``assessments/questions/<kind>.html``, ``assessments/review/<kind>.html``): every
module of this package is loaded, and ``QUESTION_TYPES`` lists each concrete
subtype, so the importer, the admin's menus, the roles' permissions, the demo and
the tests all find it without a list to edit (tests/assessments/test_question_kinds.py).
"""

import importlib
import pkgutil

from .base import (
    FULL_MARKS,
    Question,
    QuestionCategory,
    Score,
    TaggedQuestion,
    collection_field,
)
from .choice import MultipleResponseQuestion, SingleChoiceQuestion
from .essay import EssayQuestion
from .matching import MatchingQuestion
from .numeric import NumericQuestion, parse_number
from .ordering import OrderingQuestion
from .short_answer import ShortAnswerQuestion
from .true_false import TrueFalseQuestion

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")


def _concrete_kinds(model: type[Question]):
    for subclass in model.__subclasses__():
        if not subclass._meta.abstract and subclass.kind:
            yield subclass
        yield from _concrete_kinds(subclass)


# Every kind of question, by its ``kind`` ("single_choice", ...), in menu order.
QUESTION_TYPES: dict[str, type[Question]] = {
    model.kind: model
    for model in sorted(_concrete_kinds(Question), key=lambda m: m.menu_order)
}

__all__ = [
    "FULL_MARKS",
    "QUESTION_TYPES",
    "EssayQuestion",
    "MatchingQuestion",
    "MultipleResponseQuestion",
    "NumericQuestion",
    "OrderingQuestion",
    "Question",
    "QuestionCategory",
    "Score",
    "ShortAnswerQuestion",
    "SingleChoiceQuestion",
    "TaggedQuestion",
    "TrueFalseQuestion",
    "collection_field",
    "parse_number",
]
