"""Demo quizzes and scenarios, written for Alongside from the curriculum brief."""

from .quizzes import QUIZZES
from .scenarios import BRANCHING, FREE_TEXT

__all__ = ["BRANCHING", "FREE_TEXT", "QUIZZES"]
