"""Branching scenarios, and free-text answers marked against a rubric."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from alongside.signals import mark_given, work_marked

from ..models import (
    FreeTextScenarioPage,
    FreeTextSubmission,
    ScenarioAttempt,
    ScenarioPage,
)
from ..models.scenarios import new_choice_seed
from ..signals import activity_completed
from .errors import AssessmentError, ConflictError, without_null_characters
from .quizzes import _last_number
from .rubrics import rubric_score


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
    comments = without_null_characters(comments)
    if marker.pk == submission.user_id:
        raise AssessmentError(_("Nobody can mark their own work."), status=403)
    if submission.status != FreeTextSubmission.Status.SUBMITTED:
        raise ConflictError(_("This answer is not waiting to be marked."))
    score = rubric_score(
        criteria=submission.scenario.rubric.criteria_list(), levels=levels
    )
    points, chosen, unmet = score.points, score.chosen, not score.competent
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
