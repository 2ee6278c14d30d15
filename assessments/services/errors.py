"""What a learner is told when they cannot do something (yet)."""


class AssessmentError(Exception):
    """A request that cannot be carried out, with a message for the learner."""

    status = 400

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class ConflictError(AssessmentError):
    """Stale, replayed, out-of-sequence or repeated requests."""

    status = 409


class AnswersTooLong(AssessmentError):
    """Typed answers over their question's limit: refused, never cut short.

    Carries what was typed (``responses``) so the form can show it again, and one
    message per question (``problems``, keyed by question id).
    """

    def __init__(self, message: str, *, responses: dict, problems: dict[str, str]):
        super().__init__(message)
        self.responses = responses
        self.problems = problems


def without_null_characters(text: str) -> str:
    """A marker's comment without NUL characters, which PostgreSQL cannot store in
    text or JSON. Nobody types one; a paste can carry one, and the rest is kept."""
    return text.replace("\x00", "")
