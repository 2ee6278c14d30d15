"""Checks a trainer sees on saving: answer patterns in quizzes, delayed escalation."""

from collections import Counter

from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from ..models import (
    Question,
    QuizPage,
    ScenarioPage,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

# "Nearly always": at this share of questions a pattern is a strategy, not chance
# (with four options, the right one is longest about a quarter of the time).
PATTERN_SHARE = 0.8


# Fewer questions than this say nothing either way.
PATTERN_MIN_QUESTIONS = 3


def _option_length(text: str) -> int:
    return len(" ".join(strip_tags(text or "").split()))


def _single_right_option(question: Question) -> tuple[int, bool] | None:
    """(authored position of the one right option, whether it is the longest),
    or None when the question has no single right option."""
    options = [
        (child.value["text"], float(child.value["fraction"]))
        for child in question.options
    ]
    if len(options) < 2:
        return None
    top = max(fraction for _text, fraction in options)
    right = [i for i, (_text, fraction) in enumerate(options) if fraction == top]
    if top <= 0 or len(right) != 1:
        return None
    lengths = [_option_length(text) for text, _fraction in options]
    position = right[0]
    longest = all(
        lengths[position] > length for i, length in enumerate(lengths) if i != position
    )
    return position, longest


def _share(count: int, total: int) -> bool:
    return total >= PATTERN_MIN_QUESTIONS and count >= PATTERN_SHARE * total


def quiz_bank_questions(*, quiz: QuizPage) -> list[Question]:
    """Every question an attempt at the quiz could hold, as its own kind.

    Reads the quiz's slots and draws as they stand on the page object, so it also
    works on an edit that has not been published yet.
    """
    ids = {slot.question_id for slot in quiz.slots.all() if slot.question_id}
    categories = {draw.category_id for draw in quiz.draws.all() if draw.category_id}
    return list(
        Question.objects.filter(Q(pk__in=ids) | Q(category_id__in=categories))
        .order_by("pk")
        .distinct()
    )


def quiz_answer_pattern_warnings(*, quiz: QuizPage) -> list[str]:
    """Where the right answers follow a pattern a learner could pass by without
    judgement: nearly always the longest option, nearly always in the same place
    (when options are not shuffled), or true/false nearly always keyed one way."""
    questions = quiz_bank_questions(quiz=quiz)
    keyed = [
        found
        for question in questions
        if isinstance(question, SingleChoiceQuestion)
        and (found := _single_right_option(question)) is not None
    ]
    warnings = []
    total = len(keyed)
    longest = sum(is_longest for _position, is_longest in keyed)
    if _share(longest, total):
        warnings.append(
            _(
                "In %(count)s of %(total)s single-choice questions this quiz uses, the "
                "right answer is the longest option, so a learner could pass by "
                "picking the longest. Make the other options as full and plausible "
                "as the right one, or the right one shorter."
            )
            % {"count": longest, "total": total}
        )
    if not quiz.shuffle_options and total:
        position, count = Counter(p for p, _longest in keyed).most_common(1)[0]
        if _share(count, total):
            warnings.append(
                _(
                    "In %(count)s of %(total)s single-choice questions, the right "
                    "answer is option %(position)s, and this quiz shows options in "
                    "the order they are written. Tick “shuffle answer options”, or "
                    "vary where the right answer sits."
                )
                % {"count": count, "total": total, "position": position + 1}
            )
    keys = [q.correct_answer for q in questions if isinstance(q, TrueFalseQuestion)]
    if keys:
        answer, count = Counter(keys).most_common(1)[0]
        if _share(count, len(keys)):
            warnings.append(
                _(
                    "%(count)s of %(total)s true-or-false statements in this quiz are "
                    "%(answer)s, so always answering %(answer)s would pass them. Mix "
                    "true and false statements."
                )
                % {
                    "count": count,
                    "total": len(keys),
                    "answer": _("true") if answer else _("false"),
                }
            )
    return warnings


def question_quiz_warnings(*, question: Question) -> list[tuple[QuizPage, list[str]]]:
    """The answer-pattern warnings of every quiz that uses the question, fixed or
    drawn from its category."""
    quizzes = (
        QuizPage.objects.filter(
            Q(slots__question=question) | Q(draws__category_id=question.category_id)
        )
        .distinct()
        .order_by("path")
    )
    found = []
    for quiz in quizzes:
        warnings = quiz_answer_pattern_warnings(quiz=quiz)
        if warnings:
            found.append((quiz, warnings))
    return found


def scenario_escalation_warnings(*, scenario: ScenarioPage) -> list[str]:
    """In a scenario flagged safety-critical: choices that delay escalating a risk
    but are not rated unsafe, and a pass rule that lets unsafe choices through."""
    if not scenario.is_safety_critical:
        return []
    warnings = []
    for node in scenario.node_map().values():
        for choice in node["choices"]:
            if choice["delays_escalation"] and choice["rating"] != "unsafe":
                warnings.append(
                    _(
                        "“%(node)s”: the choice “%(choice)s” delays escalating a risk "
                        "but is rated %(rating)s. In a safety-critical scenario, rate "
                        "it Unsafe, so a learner who waits does not pass."
                    )
                    % {
                        "node": node["title"] or node["key"],
                        "choice": choice["text"],
                        "rating": choice["rating_label"],
                    }
                )
    if not scenario.pass_without_unsafe:
        warnings.append(
            _(
                "“Pass only with no unsafe choice” is off, so an unsafe choice does "
                "not stop a learner passing this safety-critical scenario. Turn it on."
            )
        )
    return warnings


def authoring_warnings(page) -> list[str]:
    """The authoring checks that apply to a quiz or branching scenario (else none)."""
    if isinstance(page, QuizPage):
        return quiz_answer_pattern_warnings(quiz=page)
    if isinstance(page, ScenarioPage):
        return scenario_escalation_warnings(scenario=page)
    return []
