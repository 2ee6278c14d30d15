"""Everything that starts, saves, submits and marks quizzes and scenarios."""

import datetime
import math
import random
from collections import Counter

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from alongside.numbers import whole_number
from alongside.signals import mark_given, work_marked

from .models import (
    FeedbackTiming,
    FreeTextScenarioPage,
    FreeTextSubmission,
    Question,
    QuestionCategory,
    QuizAttempt,
    QuizPage,
    ScenarioAttempt,
    ScenarioPage,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from .models.scenarios import new_choice_seed
from .selectors import attempt_questions, question_quiz_usage, quiz_question_pool
from .signals import activity_awaiting_marking, activity_completed

_rng = random.SystemRandom()
_IN_PROGRESS = QuizAttempt.Status.IN_PROGRESS
_AWAITING = QuizAttempt.Status.AWAITING_MARKING


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
    if quiz.attempts_allowed and len(earlier) >= quiz.attempts_allowed:
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
    attempt.score_percent = round(100 * got / total, 1)
    attempt.safety_failed = bool(failed_safety)
    attempt.lessons_to_revisit = list(
        dict.fromkeys(q.teaches_id for q in failed_safety if q.teaches_id)
    )
    if pending:
        attempt.status = QuizAttempt.Status.AWAITING_MARKING
        attempt.passed = False if failed_safety else None
    else:
        attempt.status = QuizAttempt.Status.GRADED
        attempt.graded_at = timezone.now()
        attempt.passed = (
            not failed_safety and attempt.score_percent >= attempt.quiz.pass_mark
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
    *, attempt: QuizAttempt, question_id: int, fraction: float, comment: str, marker
) -> QuizAttempt:
    """A trainer's mark for one essay answer in a quiz attempt."""
    if marker.pk == attempt.user_id:
        raise AssessmentError(_("Nobody can mark their own work."), status=403)
    key = str(question_id)
    if key not in {str(i["id"]) for i in attempt.questions}:
        raise AssessmentError(_("That question is not part of this attempt."))
    if not 0 <= fraction <= 1:
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
                detail=f"{round(fraction * 100)}% for question {question_id}",
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
    allowed = attempt.quiz.attempts_allowed
    return bool(allowed) and theirs.count() >= allowed


# --- branching scenarios ---------------------------------------------------------


def _scenario_passed(scenario: ScenarioPage, points: int, made_unsafe: bool) -> bool:
    return points >= scenario.pass_min_points and not (
        scenario.pass_without_unsafe and made_unsafe
    )


def _first_shown_path_passes(scenario: ScenarioPage, nodes: dict, seed: int) -> bool:
    """Would a learner who always picks the first choice shown pass this run?"""
    probe = ScenarioAttempt(choice_seed=seed)
    key, points, unsafe = scenario.start_key, 0, False
    for _step in range(len(nodes) + 1):
        node = nodes.get(key)
        if node is None:
            return False
        if node["is_end"]:
            return _scenario_passed(scenario, points, unsafe)
        if not node["choices"]:
            return False
        choice = node["choices"][probe.choice_order(key, len(node["choices"]))[0]]
        points += choice["points"]
        unsafe = unsafe or choice["rating"] == "unsafe"
        key = choice["goto"]
    return False


def _choice_seed(scenario: ScenarioPage, nodes: dict) -> int:
    """A shuffle for a new run in which always taking the first choice shown fails.

    The order still differs from run to run and says nothing about any one step; it
    only rules out the runs where clicking the top option every time would pass.
    """
    seed = new_choice_seed()
    for _try in range(50):
        if not _first_shown_path_passes(scenario, nodes, seed):
            break
        seed = new_choice_seed()
    return seed


def scenario_start(*, user, scenario: ScenarioPage) -> ScenarioAttempt:
    """Resume an unfinished run through the scenario, or start a new one."""
    current = ScenarioAttempt.objects.filter(
        user=user, scenario=scenario, finished_at__isnull=True
    ).first()
    if current is not None:
        return current
    nodes = scenario.node_map()
    if scenario.start_key not in nodes:
        raise AssessmentError(_("This scenario is not ready yet."), status=409)
    try:
        with transaction.atomic():
            return ScenarioAttempt.objects.create(
                user=user,
                scenario=scenario,
                number=_last_number(ScenarioAttempt, user=user, scenario=scenario) + 1,
                current_node=scenario.start_key,
                choice_seed=_choice_seed(scenario, nodes),
            )
    except IntegrityError:
        return ScenarioAttempt.objects.get(
            user=user, scenario=scenario, finished_at__isnull=True
        )


def scenario_choose(
    *, attempt: ScenarioAttempt, node_key: str, choice_index
) -> ScenarioAttempt:
    """Take one choice at the current node; any other node's form is refused.

    ``choice_index`` is the choice's position as this run shows it (shuffled), not
    its authored position, so the form reveals nothing about how it was written.
    """
    if attempt.is_finished:
        raise ConflictError(
            _("You have already finished this run. Start again to retry.")
        )
    if node_key != attempt.current_node:
        raise ConflictError(
            _("That choice belongs to an earlier step. Reload the page to carry on.")
        )
    nodes = attempt.scenario.node_map()
    node = nodes.get(node_key)
    try:
        shown = int(choice_index)
        order = attempt.choice_order(node_key, len(node["choices"])) if node else []
        authored = order[shown] if shown >= 0 else None
        choice = node["choices"][authored] if authored is not None else None
    except (ValueError, TypeError, IndexError):
        choice = None
    if choice is None:
        raise AssessmentError(_("Please choose one of the options."))
    target = nodes.get(choice["goto"])
    if target is None:
        raise AssessmentError(
            _("This scenario has a broken link. Please tell your trainer.")
        )
    step = {
        "node": node_key,
        "node_title": node["title"],
        "choice": authored,
        "text": choice["text"],
        "rating": choice["rating"],
        "rating_label": choice["rating_label"],
        "points": choice["points"],
        "feedback": choice["feedback"],
    }
    with transaction.atomic():
        claimed = ScenarioAttempt.objects.filter(
            pk=attempt.pk, current_node=node_key, finished_at__isnull=True
        ).update(current_node=target["key"])
        if not claimed:
            raise ConflictError(_("That step was already taken. Reload the page."))
        attempt.refresh_from_db()
        attempt.path = [*attempt.path, step]
        attempt.points = sum(s["points"] for s in attempt.path)
        attempt.made_unsafe_choice = any(s["rating"] == "unsafe" for s in attempt.path)
        fields = ["path", "points", "made_unsafe_choice"]
        if target["is_end"]:
            scenario = attempt.scenario
            attempt.finished_at = timezone.now()
            attempt.passed = _scenario_passed(
                scenario, attempt.points, attempt.made_unsafe_choice
            )
            fields += ["finished_at", "passed"]
        attempt.save(update_fields=fields)
    if attempt.passed:
        transaction.on_commit(
            lambda: activity_completed.send(
                sender=ScenarioAttempt,
                user_id=attempt.user_id,
                page_id=attempt.scenario_id,
            )
        )
    return attempt


# --- free-text scenarios ----------------------------------------------------------


def free_text_current(*, user, scenario: FreeTextScenarioPage) -> FreeTextSubmission:
    """The learner's latest submission, creating an empty draft if needed."""
    latest = FreeTextSubmission.objects.filter(user=user, scenario=scenario).first()
    if latest is None:
        latest, _created = FreeTextSubmission.objects.get_or_create(
            user=user, scenario=scenario, number=1
        )
    return latest


def free_text_save(
    *, submission: FreeTextSubmission, text: str, revision, submit: bool
) -> FreeTextSubmission:
    """Save the draft, and submit it for marking when asked (once)."""
    try:
        revision = int(revision)
    except (TypeError, ValueError):
        raise ConflictError(_("This form is out of date. Reload the page.")) from None
    if submission.status != FreeTextSubmission.Status.DRAFT:
        raise ConflictError(_("This answer has already been submitted."))
    if revision != submission.revision:
        raise ConflictError(
            _("Your answer was changed somewhere else since this page opened. Reload.")
        )
    text = text.strip()
    if submit and not text:
        raise AssessmentError(_("Write your answer before submitting it."))
    if len(text) > 20000:
        raise AssessmentError(_("Your answer is too long: 20,000 characters at most."))
    changes = {"text": text, "revision": F("revision") + 1}
    if submit:
        changes.update(
            status=FreeTextSubmission.Status.SUBMITTED, submitted_at=timezone.now()
        )
    updated = FreeTextSubmission.objects.filter(
        pk=submission.pk, status=FreeTextSubmission.Status.DRAFT, revision=revision
    ).update(**changes)
    if not updated:
        raise ConflictError(_("This answer changed while you were saving. Reload."))
    submission.refresh_from_db()
    return submission


def free_text_mark(
    *,
    submission: FreeTextSubmission,
    marker,
    levels: dict[str, int],
    comments: str,
    ask_to_resubmit: bool,
) -> FreeTextSubmission:
    """Mark a submission against its rubric, with comments; optionally ask for more."""
    if marker.pk == submission.user_id:
        raise AssessmentError(_("Nobody can mark their own work."), status=403)
    if submission.status != FreeTextSubmission.Status.SUBMITTED:
        raise ConflictError(_("This answer is not waiting to be marked."))
    criteria = submission.scenario.rubric.criteria_list()
    points = 0
    chosen = {}
    unmet = False
    for index, criterion in enumerate(criteria):
        level = whole_number(
            levels.get(str(index)), maximum=len(criterion["levels"]) - 1
        )
        if level is None:
            raise AssessmentError(
                _("Choose a level for “%s”.") % criterion["name"], status=400
            )
        chosen[str(index)] = level
        points += criterion["levels"][level]["points"]
        if criterion["must_meet"] and criterion["levels"][level]["points"] == 0:
            unmet = True  # a must-meet criterion at 0 fails, whatever the total
    passed = (
        points >= submission.scenario.pass_points and not unmet and not ask_to_resubmit
    )
    status = (
        FreeTextSubmission.Status.RESUBMIT
        if ask_to_resubmit
        else FreeTextSubmission.Status.MARKED
    )
    updated = FreeTextSubmission.objects.filter(
        pk=submission.pk, status=FreeTextSubmission.Status.SUBMITTED
    ).update(
        status=status,
        marker=marker,
        levels=chosen,
        points=points,
        passed=passed,
        comments=comments.strip(),
        marked_at=timezone.now(),
        learner_seen_mark=False,
    )
    if not updated:
        raise ConflictError(_("Someone else marked this answer a moment ago."))
    submission.refresh_from_db()
    transaction.on_commit(
        lambda: mark_given.send(
            sender=FreeTextSubmission,
            marker_id=marker.pk,
            user_id=submission.user_id,
            title=submission.scenario.title,
            detail=f"{points} points, {status}, {'passed' if passed else 'not passed'}",
            key=f"free-text-{submission.pk}",
        )
    )
    transaction.on_commit(
        lambda: work_marked.send(
            sender=FreeTextSubmission,
            user_id=submission.user_id,
            title=submission.scenario.title,
            url=submission.scenario.url or "",
            key=f"marked-text-{submission.pk}-{submission.marked_at.isoformat()}",
        )
    )
    if passed:
        transaction.on_commit(
            lambda: activity_completed.send(
                sender=FreeTextSubmission,
                user_id=submission.user_id,
                page_id=submission.scenario_id,
            )
        )
    return submission


def free_text_resubmit(*, submission: FreeTextSubmission) -> FreeTextSubmission:
    """Start a new draft from the old answer, after a trainer asked for another go."""
    if submission.status != FreeTextSubmission.Status.RESUBMIT:
        raise ConflictError(_("This answer was not sent back for another go."))
    new, _created = FreeTextSubmission.objects.get_or_create(
        user_id=submission.user_id,
        scenario_id=submission.scenario_id,
        number=submission.number + 1,
        defaults={"text": submission.text},
    )
    return new


def free_text_mark_seen(*, submission: FreeTextSubmission) -> None:
    """The learner has seen their mark."""
    if not submission.learner_seen_mark and submission.marked_at:
        FreeTextSubmission.objects.filter(pk=submission.pk).update(
            learner_seen_mark=True
        )


# --- authoring checks -------------------------------------------------------------
# Warnings for trainers when a quiz or scenario could be passed without judgement.
# They never refuse a save: the trainer may have a reason, and the wording is theirs.

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


# --- the question bank's bulk actions ------------------------------------------------


@transaction.atomic
def questions_move_category(*, questions, category: QuestionCategory) -> int:
    """Put questions in another category; the caller has checked who may."""
    ids = [question.pk for question in questions]
    return Question.objects.filter(pk__in=ids).update(
        category=category, updated_at=timezone.now()
    )


@transaction.atomic
def questions_tag(*, questions, tags: list[str]) -> int:
    """Add tags to questions (keeping the tags they have)."""
    tags = [tag.strip() for tag in tags if tag.strip()]
    if not tags:
        return 0
    for question in questions:
        question.tags.add(*tags)
    return len(questions)


def questions_in_use(questions) -> dict[Question, list[QuizPage]]:
    """Those of the questions a quiz asks as a fixed question, with its quizzes."""
    usage = question_quiz_usage(question.pk for question in questions)
    return {
        question: usage[question.pk] for question in questions if question.pk in usage
    }
