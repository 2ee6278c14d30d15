"""Quiz attempts: the draw, waits, starting, saving, submitting, marking, feedback."""

import datetime
import math
import random

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from alongside.signals import mark_given, work_marked

from ..models import (
    FeedbackTiming,
    Question,
    QuizAttempt,
    QuizAttemptAllowance,
    QuizPage,
)
from ..selectors import (
    attempt_questions,
    quiz_attempt_limit,
    quiz_attempts_left,
    quiz_question_pool,
)
from ..signals import activity_awaiting_marking, activity_completed, attempt_allowed
from .errors import (
    AnswersTooLong,
    AssessmentError,
    ConflictError,
    without_null_characters,
)
from .rubrics import rubric_score

_rng = random.SystemRandom()


_IN_PROGRESS = QuizAttempt.Status.IN_PROGRESS


_AWAITING = QuizAttempt.Status.AWAITING_MARKING


def _last_number(model, **filters) -> int:
    last = model.objects.filter(**filters).order_by("-number").first()
    return last.number if last else 0


def quiz_draw_questions(
    *, quiz: QuizPage, rng: random.Random, seen: frozenset[int] = frozenset()
) -> list[Question]:
    """The fixed questions, then N random ones from each category draw.

    Questions in ``seen`` (the learner's last attempt) are drawn only when a bank
    has too few others, so a retake asks different questions wherever it can.
    """
    fixed, draws, by_id = quiz_question_pool(quiz)
    chosen = list(fixed)
    for count, pool in draws:
        taken = set(chosen)
        fresh = [pk for pk in pool if pk not in taken and pk not in seen]
        again = [pk for pk in pool if pk not in taken and pk in seen]
        picked = rng.sample(fresh, min(count, len(fresh)))
        picked += rng.sample(again, min(count - len(picked), len(again)))
        rng.shuffle(picked)
        chosen.extend(picked)
    return [by_id[pk] for pk in chosen if pk in by_id]


def quiz_next_attempt_at(
    *, quiz: QuizPage, last_submitted_at: datetime.datetime | None
) -> datetime.datetime | None:
    """When the learner may start another attempt, if they must wait; else None."""
    if not last_submitted_at or not quiz.minutes_between_attempts:
        return None
    ready = last_submitted_at + datetime.timedelta(
        minutes=quiz.minutes_between_attempts
    )
    return ready if timezone.now() < ready else None


def wait_message(ready: datetime.datetime) -> str:
    """Kind words saying when someone can try again."""
    local = timezone.localtime(ready)
    minutes = max(1, math.ceil((ready - timezone.now()).total_seconds() / 60))
    if local.date() == timezone.localdate():
        when = _("at %(time)s today") % {"time": local.strftime("%H:%M")}
    else:
        when = _("at %(time)s on %(day)s") % {
            "time": local.strftime("%H:%M"),
            "day": f"{local:%A} {local.day} {local:%B}",
        }
    if minutes < 120:
        wait = ngettext("in %(n)d minute", "in %(n)d minutes", minutes) % {"n": minutes}
    else:
        hours = math.ceil(minutes / 60)
        wait = ngettext("in about %(n)d hour", "in about %(n)d hours", hours) % {
            "n": hours
        }
    return _(
        "You can try again %(when)s (%(wait)s). In the meantime, have another "
        "look at the lessons."
    ) % {"when": when, "wait": wait}


def attempt_start(*, user, quiz: QuizPage) -> QuizAttempt:
    """Resume the open attempt, or start a new one with its questions frozen."""
    # One small query for everything the rules need: a learner has few attempts.
    earlier = list(
        QuizAttempt.objects.filter(user=user, quiz=quiz).values_list(
            "pk", "status", "passed", "submitted_at", "number"
        )
    )
    open_ids = [pk for pk, status, *_rest in earlier if status == _IN_PROGRESS]
    if open_ids:
        return QuizAttempt.objects.get(pk=open_ids[0])
    if any(passed for _pk, _status, passed, *_rest in earlier):
        raise AssessmentError(_("You have already passed this quiz."), status=403)
    if any(status == _AWAITING for _pk, status, *_rest in earlier):
        raise AssessmentError(
            _("Your last attempt is waiting for a trainer to mark it."), status=403
        )
    limit = quiz_attempt_limit(quiz=quiz, user_id=user.pk)
    if limit is not None and len(earlier) >= limit:
        raise AssessmentError(
            _("You have used all your attempts. Please talk to your trainer."),
            status=403,
        )
    last_submitted_at = max(
        (at for *_rest, at, _number in earlier if at is not None), default=None
    )
    ready = quiz_next_attempt_at(quiz=quiz, last_submitted_at=last_submitted_at)
    if ready is not None:
        raise AssessmentError(wait_message(ready), status=429)
    last = max(earlier, key=lambda row: row[-1], default=None)
    seen = frozenset()
    if last is not None:
        seen = frozenset(
            item["id"]
            for item in QuizAttempt.objects.values_list("questions", flat=True).get(
                pk=last[0]
            )
        )
    questions = quiz_draw_questions(quiz=quiz, rng=_rng, seen=seen)
    frozen = [
        {
            "id": q.pk,
            "frozen": q.freeze(_rng, shuffle=quiz.shuffle_options),
            "mark": q.default_mark,
        }
        for q in questions
    ]
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                user=user,
                quiz=quiz,
                number=max((row[-1] for row in earlier), default=0) + 1,
                questions=frozen,
            )
    except IntegrityError:  # a second click started it at the same moment
        return QuizAttempt.objects.get(
            user=user, quiz=quiz, status=QuizAttempt.Status.IN_PROGRESS
        )


def _too_long_problems(attempt: QuizAttempt, responses: dict) -> dict[str, str]:
    """One message per answer over its question's limit, saying by how much."""
    problems = {}
    for number, (item, question) in enumerate(attempt_questions(attempt), 1):
        key = str(item["id"])
        value = responses.get(key)
        if question.response_too_long(value):
            problems[key] = _(
                "Question %(number)d: your answer is %(length)s characters long; "
                "the most it can hold is %(limit)s. Please shorten it by %(over)s "
                "characters before you submit."
            ) % {
                "number": number,
                "length": f"{len(value):,}",
                "limit": f"{question.response_limit:,}",
                "over": f"{len(value) - question.response_limit:,}",
            }
    return problems


def attempt_too_long_problems(attempt: QuizAttempt) -> dict[str, str]:
    """Saved answers too long to submit (kept whole when the learner took a break),
    by question id, each saying by how much."""
    return _too_long_problems(attempt, attempt.responses)


def _responses_from(attempt: QuizAttempt, data, *, keep_too_long=False) -> dict:
    """The answers in the form; stored ones when there is no form (a confirmation).

    An answer over its limit is refused (never cut), unless ``keep_too_long``: then
    it is kept whole, to be shortened before submitting.
    """
    responses = dict(attempt.responses)
    if data is not None:
        for item, question in attempt_questions(attempt):
            key = str(item["id"])
            value = question.parse_response(data, f"q-{key}", item["frozen"])
            if value is None:
                responses.pop(key, None)
            else:
                responses[key] = value
    problems = {} if keep_too_long else _too_long_problems(attempt, responses)
    if problems:
        raise AnswersTooLong(
            ngettext(
                "One answer is too long to save.",
                "%(n)d answers are too long to save.",
                len(problems),
            )
            % {"n": len(problems)},
            responses=responses,
            problems=problems,
        )
    return responses


def attempt_submit_warnings(attempt: QuizAttempt, *, data) -> list[tuple[int, str]]:
    """(question number, why) for each answer in the form worth another look:
    unanswered, or an essay outside the task's length."""
    responses = _responses_from(attempt, data)
    warnings = []
    for number, (item, question) in enumerate(attempt_questions(attempt), 1):
        warning = question.submit_warning(responses.get(str(item["id"])))
        if warning:
            warnings.append((number, warning))
    return warnings


def attempt_saved_message(attempt: QuizAttempt) -> str:
    """What was saved, in the learner's words."""
    answered = len(attempt.responses)
    if not answered:
        return _(
            "You have not answered any questions yet. The quiz will be here "
            "when you come back."
        )
    message = ngettext(
        "Your %(n)d answer is saved. You can come back to it at any time.",
        "Your %(n)d answers are saved. You can come back to them at any time.",
        answered,
    ) % {"n": answered}
    too_long = attempt_too_long_problems(attempt)
    if too_long:
        message += " " + _("Everything you typed is kept, but:") + " "
        message += " ".join(too_long.values())
    return message


def _check_revision(attempt: QuizAttempt, revision: str | int | None) -> int:
    try:
        revision = int(revision)
    except (TypeError, ValueError):
        raise ConflictError(
            _("This form is out of date. Reload the page to carry on.")
        ) from None
    if not attempt.is_open:
        raise ConflictError(_("This attempt has already been submitted."))
    if revision != attempt.revision:
        raise ConflictError(
            _(
                "Your answers were saved somewhere else since this page opened "
                "(another tab or device). Reload the page to carry on."
            )
        )
    return revision


def attempt_save(
    *, attempt: QuizAttempt, revision, data, keep_too_long: bool = False
) -> QuizAttempt:
    """Save answers so far; refused if the form is stale or the attempt is closed.

    ``keep_too_long``: someone leaving ("Take a break", "Get support") keeps every
    answer whole, even one too long to submit, rather than being held on the form.
    """
    revision = _check_revision(attempt, revision)
    responses = _responses_from(attempt, data, keep_too_long=keep_too_long)
    updated = QuizAttempt.objects.filter(
        pk=attempt.pk, status=QuizAttempt.Status.IN_PROGRESS, revision=revision
    ).update(responses=responses, revision=F("revision") + 1)
    if not updated:
        raise ConflictError(_("This attempt changed while you were saving. Reload."))
    attempt.refresh_from_db()
    return attempt


def attempt_submit(*, attempt: QuizAttempt, revision, data=None) -> QuizAttempt:
    """Submit once: of many simultaneous submissions exactly one is marked.

    With no form data (after "Submit anyway?"), the saved answers are submitted.
    """
    revision = _check_revision(attempt, revision)
    responses = _responses_from(attempt, data)
    now = timezone.now()
    with transaction.atomic():
        # The conditional update is the lock: only one request can move the
        # attempt out of "in progress" at this revision.
        claimed = QuizAttempt.objects.filter(
            pk=attempt.pk, status=QuizAttempt.Status.IN_PROGRESS, revision=revision
        ).update(
            status=QuizAttempt.Status.AWAITING_MARKING,
            responses=responses,
            submitted_at=now,
            revision=F("revision") + 1,
        )
        if not claimed:
            raise ConflictError(_("This attempt has already been submitted."))
        attempt.refresh_from_db()
        attempt_grade(attempt=attempt)
    return attempt


def attempt_grade(*, attempt: QuizAttempt) -> QuizAttempt:
    """Mark every answer; the attempt stays open for marking while essays wait."""
    results = dict(attempt.results)
    for item, question in attempt_questions(attempt):
        key = str(item["id"])
        if key in results and results[key].get("marked_by_trainer"):
            continue  # a trainer's mark stands
        score = question.grade(attempt.responses.get(key), item["frozen"])
        results[key] = score.as_dict()
    attempt.results = results
    _finalise(attempt)
    return attempt


def _finalise(attempt: QuizAttempt) -> None:
    questions = attempt_questions(attempt)
    pending = any(
        attempt.results.get(str(i["id"]), {}).get("pending") for i, _ in questions
    )
    total = sum(float(i.get("mark", 1)) for i, _ in questions) or 1.0
    got = sum(
        float(i.get("mark", 1))
        * float(attempt.results.get(str(i["id"]), {}).get("fraction", 0))
        for i, _ in questions
    )
    failed_safety = [
        q
        for i, q in questions
        if q.is_safety_critical
        and not attempt.results.get(str(i["id"]), {}).get("pending")
        and float(attempt.results.get(str(i["id"]), {}).get("fraction", 0)) < 0.9999
    ]
    # 0 on a must-meet criterion of an essay's rubric: not yet competent.
    not_yet_competent = any(
        attempt.results.get(str(i["id"]), {}).get("not_yet_competent")
        for i, _ in questions
    )
    attempt.score_percent = round(100 * got / total, 1)
    attempt.safety_failed = bool(failed_safety)
    attempt.lessons_to_revisit = list(
        dict.fromkeys(q.teaches_id for q in failed_safety if q.teaches_id)
    )
    if pending:
        attempt.status = QuizAttempt.Status.AWAITING_MARKING
        attempt.passed = False if failed_safety or not_yet_competent else None
    else:
        attempt.status = QuizAttempt.Status.GRADED
        attempt.graded_at = timezone.now()
        attempt.passed = (
            not failed_safety
            and not not_yet_competent
            and attempt.score_percent >= attempt.quiz.pass_mark
        )
    attempt.save(
        update_fields=[
            "results",
            "score_percent",
            "safety_failed",
            "lessons_to_revisit",
            "status",
            "graded_at",
            "passed",
        ]
    )
    if attempt.passed:
        transaction.on_commit(
            lambda: activity_completed.send(
                sender=QuizAttempt, user_id=attempt.user_id, page_id=attempt.quiz_id
            )
        )
    elif attempt.passed is None and pending:
        transaction.on_commit(
            lambda: activity_awaiting_marking.send(
                sender=QuizAttempt, user_id=attempt.user_id, page_id=attempt.quiz_id
            )
        )


def essay_mark(
    *,
    attempt: QuizAttempt,
    question_id: int,
    comment: str,
    marker,
    fraction: float | None = None,
    levels: dict[str, int] | None = None,
) -> QuizAttempt:
    """A trainer's mark for one essay answer in a quiz attempt.

    An essay with a rubric is marked by ``levels`` (criterion index -> level index)
    and its fraction is the points over the most it could get; 0 on a must-meet
    criterion means "not yet competent", and the attempt does not pass, whatever
    the total. Other essays take ``fraction`` (0 to 1).
    """
    comment = without_null_characters(comment)
    if marker.pk == attempt.user_id:
        raise AssessmentError(_("Nobody can mark their own work."), status=403)
    key = str(question_id)
    question = next(
        (q for item, q in attempt_questions(attempt) if str(item["id"]) == key), None
    )
    if question is None:
        raise AssessmentError(_("That question is not part of this attempt."))
    rubric = getattr(question, "rubric", None)
    outcome = {}
    if rubric is not None:
        score = rubric_score(criteria=rubric.criteria_list(), levels=levels or {})
        fraction = score.points / score.max_points if score.max_points else 0.0
        outcome = {
            "rubric": {
                "criteria": score.outcome,
                "points": score.points,
                "max_points": score.max_points,
                "levels": score.chosen,
            },
            "not_yet_competent": not score.competent,
        }
    if fraction is None or not 0 <= fraction <= 1:
        raise AssessmentError(_("Give a mark between 0 and 100%."))
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
        results = dict(attempt.results)
        results[key] = {
            "fraction": fraction,
            "pending": False,
            "feedback": [comment] if comment else [],
            "marked_by_trainer": True,
            "marker_id": marker.pk,
            **outcome,
        }
        attempt.results = results
        was_waiting = attempt.status == QuizAttempt.Status.AWAITING_MARKING
        _finalise(attempt)
        transaction.on_commit(
            lambda: mark_given.send(
                sender=QuizAttempt,
                marker_id=marker.pk,
                user_id=attempt.user_id,
                title=attempt.quiz.title,
                detail=_essay_mark_detail(fraction, outcome, question_id),
                key=f"quiz-attempt-{attempt.pk}",
            )
        )
        if was_waiting and attempt.status == QuizAttempt.Status.GRADED:
            quiz = attempt.quiz
            url = (quiz.url or "") + quiz.reverse_subpage(
                "result_route", args=[attempt.pk]
            )
            transaction.on_commit(
                lambda: work_marked.send(
                    sender=QuizAttempt,
                    user_id=attempt.user_id,
                    title=quiz.title,
                    url=url,
                    key=f"marked-quiz-{attempt.pk}",
                )
            )
    return attempt


def _essay_mark_detail(fraction: float, outcome: dict, question_id: int) -> str:
    """The mark as the audit log records it."""
    detail = f"{round(fraction * 100)}% for question {question_id}"
    if outcome.get("rubric"):
        rubric = outcome["rubric"]
        detail += f" ({rubric['points']} of {rubric['max_points']} points"
        detail += ", not yet competent)" if outcome["not_yet_competent"] else ")"
    return detail


def feedback_visible(attempt: QuizAttempt) -> bool:
    """Whether the learner may now see which answers were right.

    Decided by the quiz's rule, on the server: a page that should not show the key
    is never sent it.
    """
    timing = attempt.quiz.feedback_timing
    if attempt.is_open:
        return False
    if timing == FeedbackTiming.IMMEDIATELY:
        return True
    if timing == FeedbackTiming.NEVER:
        return False
    theirs = QuizAttempt.objects.filter(user_id=attempt.user_id, quiz=attempt.quiz)
    if attempt.passed or theirs.filter(passed=True).exists():
        return True  # once passed, every attempt's answers may be looked back on
    if timing == FeedbackTiming.AFTER_PASSING:
        return False
    allowed = quiz_attempt_limit(quiz=attempt.quiz, user_id=attempt.user_id)
    return allowed is not None and theirs.count() >= allowed


def attempt_allow_another(
    *, quiz: QuizPage, learner, granted_by
) -> QuizAttemptAllowance:
    """One more attempt at ``quiz`` for ``learner``, who has used their last one.

    Whether ``granted_by`` trains this learner is the caller's to check (the cohorts
    are a layer above); refused when there is nothing to allow.
    """
    if granted_by.pk == learner.pk:
        raise AssessmentError(
            _("Nobody can allow themselves another attempt."), status=403
        )
    with transaction.atomic():
        # One at a time per learner, so two trainers clicking at once allow one.
        type(learner).objects.select_for_update().filter(pk=learner.pk).first()
        attempts = list(QuizAttempt.objects.filter(user=learner, quiz=quiz))
        if any(a.passed for a in attempts):
            raise ConflictError(_("They have already passed this quiz."))
        left = quiz_attempts_left(quiz=quiz, attempts=attempts, user_id=learner.pk)
        if left is None:
            raise ConflictError(_("This quiz has no limit on attempts."))
        if left > 0 or any(a.status != QuizAttempt.Status.GRADED for a in attempts):
            raise ConflictError(
                _(
                    "They have not used all their attempts yet, so there is nothing "
                    "to allow."
                )
            )
        allowance = QuizAttemptAllowance.objects.create(
            user=learner, quiz=quiz, granted_by=granted_by
        )
        transaction.on_commit(
            lambda: attempt_allowed.send(
                sender=QuizAttemptAllowance,
                user_id=learner.pk,
                granted_by_id=granted_by.pk,
                quiz_id=quiz.pk,
                title=quiz.title,
                allowance_id=allowance.pk,
            )
        )
    return allowance
