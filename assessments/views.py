"""Learner views for quizzes and scenarios, reached through their pages' routes.

Access (signed in, enrolled, prerequisites, content note) is checked before these run,
by the learner gate in ``lms`` (Wagtail's ``on_serve_page`` hook).
"""

from django.contrib import messages
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from alongside import extensions
from alongside.leaving import LEAVING_ACTIONS, after_saving
from courses.models import LessonPage

from . import selectors, services
from .models import FreeTextSubmission, QuizAttempt


def _sub_url(page, route: str, *args) -> str:
    return page.url + page.reverse_subpage(route, args=args)


def _conflict(request, page, error: services.AssessmentError, back_url: str):
    return TemplateResponse(
        request,
        "assessments/conflict.html",
        {"page": page, "message": error.message, "back_url": back_url},
        status=error.status,
    )


# --- quizzes ----------------------------------------------------------------------


def quiz_index(request, quiz):
    """The quiz's introduction, rules and the learner's past attempts."""
    attempts = list(selectors.quiz_attempts(user=request.user, quiz=quiz))
    return TemplateResponse(
        request,
        "assessments/quiz_page.html",
        {
            "page": quiz,
            "attempts": [
                (a, _sub_url(quiz, "result_route", a.pk))
                for a in attempts
                if not a.is_open
            ],
            "open_attempt": next((a for a in attempts if a.is_open), None),
            "has_passed": any(a.passed for a in attempts),
            # The attempt waiting for a trainer's mark, if any (newest first).
            "awaiting_marking": next(
                (a for a in attempts if a.passed is None and not a.is_open), None
            ),
            "attempts_left": selectors.quiz_attempts_left(
                quiz=quiz, attempts=attempts, user_id=request.user.pk
            ),
            **_used_up_context(request, quiz),
            "retry_wait": _retry_wait(quiz, attempts),
            "question_count": selectors.quiz_question_count(quiz),
            "has_safety_questions": selectors.quiz_has_safety_questions(quiz),
            "start_url": _sub_url(quiz, "start_route"),
        },
    )


def quiz_start(request, quiz):
    """Start (or resume) an attempt."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        attempt = services.attempt_start(user=request.user, quiz=quiz)
    except services.AssessmentError as error:
        messages.info(request, error.message)
        return redirect(quiz.url)
    return redirect(_sub_url(quiz, "attempt_route", attempt.pk))


def _question_items(attempt: QuizAttempt, responses=None, problems=None):
    responses = attempt.responses if responses is None else responses
    problems = problems or {}
    items = []
    for number, (item, question) in enumerate(selectors.attempt_questions(attempt), 1):
        key = str(item["id"])
        items.append(
            {
                "number": number,
                "prefix": f"q-{key}",
                "question": question,
                "field": question.learner_context(item["frozen"], responses.get(key)),
                "error": problems.get(key, ""),
            }
        )
    return items


def _attempt_form(
    request,
    quiz,
    attempt,
    *,
    responses=None,
    problems=None,
    status=200,
    kept_whole=False,
):
    return TemplateResponse(
        request,
        "assessments/quiz_attempt.html",
        {
            "page": quiz,
            "attempt": attempt,
            "items": _question_items(attempt, responses, problems),
            "problems": list((problems or {}).values()),
            "action_url": _sub_url(quiz, "attempt_route", attempt.pk),
            # "Take a break" and "Get support" save this form before leaving.
            "save_form": "quiz-answers",
            "kept_whole": kept_whole,
        },
        status=status,
    )


def _quiz_submit(request, quiz, attempt):
    """Submit; first ask "Submit anyway?" when answers are missing or short."""
    revision = request.POST.get("revision")
    if request.POST.get("confirmed") == "yes":
        # The confirmation carries no answers: the saved ones are submitted.
        return services.attempt_submit(attempt=attempt, revision=revision)
    warnings = services.attempt_submit_warnings(attempt, data=request.POST)
    if not warnings:
        return services.attempt_submit(
            attempt=attempt, revision=revision, data=request.POST
        )
    attempt = services.attempt_save(
        attempt=attempt, revision=revision, data=request.POST
    )
    return TemplateResponse(
        request,
        "assessments/quiz_confirm.html",
        {
            "page": quiz,
            "attempt": attempt,
            "answered": len(attempt.responses),
            "total": len(selectors.attempt_questions(attempt)),
            "warnings": warnings,
            "action_url": _sub_url(quiz, "attempt_route", attempt.pk),
        },
    )


def quiz_attempt(request, quiz, attempt_id):
    """Answer the questions: saved as they go (with JavaScript), on "Save", "Take a
    break" or "Get support" (without), and submitted once."""
    attempt = selectors.attempt_for_user(
        user=request.user, quiz=quiz, attempt_id=attempt_id
    )
    if attempt is None:
        raise Http404
    attempt_url = _sub_url(quiz, "attempt_route", attempt.pk)
    if request.method != "POST":
        if not attempt.is_open:
            return redirect(_sub_url(quiz, "result_route", attempt.pk))
        # Coming back after a break: an answer kept whole but too long to submit
        # is pointed out at once, with how much to cut.
        return _attempt_form(
            request,
            quiz,
            attempt,
            problems=services.attempt_too_long_problems(attempt),
            kept_whole=True,
        )
    action = request.POST.get("action", "save")
    autosave = action == "autosave"
    try:
        if action == "submit":
            submitted = _quiz_submit(request, quiz, attempt)
            if isinstance(submitted, TemplateResponse):
                return submitted
            return redirect(_sub_url(quiz, "result_route", attempt.pk))
        attempt = services.attempt_save(
            attempt=attempt,
            revision=request.POST.get("revision"),
            data=request.POST,
            keep_too_long=action in LEAVING_ACTIONS,
        )
    except services.AnswersTooLong as error:
        if autosave:
            return JsonResponse(
                {"message": " ".join(error.problems.values())}, status=400
            )
        return _attempt_form(
            request,
            quiz,
            attempt,
            responses=error.responses,
            problems=error.problems,
            status=400,
        )
    except services.AssessmentError as error:
        if autosave:
            return JsonResponse({"message": error.message}, status=error.status)
        return _conflict(request, quiz, error, attempt_url)
    saved = services.attempt_saved_message(attempt)
    if autosave:
        return JsonResponse({"revision": attempt.revision, "message": saved})
    messages.success(request, saved)
    return after_saving(action if action in LEAVING_ACTIONS else "save", attempt_url)


def quiz_result(request, quiz, attempt_id):
    """The score, what to revisit, and feedback when the quiz's rules allow it."""
    attempt = selectors.attempt_for_user(
        user=request.user, quiz=quiz, attempt_id=attempt_id
    )
    if attempt is None:
        raise Http404
    if attempt.is_open:
        return redirect(_sub_url(quiz, "attempt_route", attempt.pk))
    show = services.feedback_visible(attempt)
    reviews = []
    if show:
        for number, (item, question) in enumerate(
            selectors.attempt_questions(attempt), 1
        ):
            key = str(item["id"])
            result = attempt.results.get(key, {})
            fraction = float(result.get("fraction", 0))
            reviews.append(
                {
                    "number": number,
                    "question": question,
                    "result": result,
                    "right": fraction >= 0.9999,
                    "partly": 0 < fraction < 0.9999,
                    "review": question.review_context(
                        item["frozen"], attempt.responses.get(key)
                    ),
                    "template": f"assessments/review/{question.kind}.html",
                }
            )
    revisit = list(LessonPage.objects.live().filter(pk__in=attempt.lessons_to_revisit))
    attempts = list(selectors.quiz_attempts(user=request.user, quiz=quiz))
    # A trainer's levels on an essay's rubric are their mark, not the answer key:
    # shown whatever the quiz's feedback rule.
    rubric_marks = [
        {
            "question": question,
            "rubric": result["rubric"],
            "not_yet_competent": result.get("not_yet_competent", False),
            "comments": result.get("feedback", []),
        }
        for item, question in selectors.attempt_questions(attempt)
        if (result := attempt.results.get(str(item["id"]), {})).get("rubric")
    ]
    return TemplateResponse(
        request,
        "assessments/quiz_result.html",
        {
            "page": quiz,
            "attempt": attempt,
            "reviews": reviews,
            "rubric_marks": rubric_marks,
            "not_yet_competent": any(m["not_yet_competent"] for m in rubric_marks),
            "not_right_count": sum(
                1 for r in reviews if not r["right"] and not r["result"].get("pending")
            ),
            "show_feedback": show,
            "feedback_timing": quiz.feedback_timing,
            "attempts_left": selectors.quiz_attempts_left(
                quiz=quiz, attempts=attempts, user_id=request.user.pk
            ),
            **_used_up_context(request, quiz),
            "retry_wait": _retry_wait(quiz, attempts),
            "revisit": revisit,
            "start_url": _sub_url(quiz, "start_route"),
        },
    )


def _used_up_context(request, quiz) -> dict:
    """What the learner needs once their attempts are used up: how many they had,
    who trains them, and where to get support."""
    return {
        "attempts_limit": selectors.quiz_attempt_limit(
            quiz=quiz, user_id=request.user.pk
        ),
        "trainer_names": extensions.learner_trainer_names(request.user),
        "support_url": extensions.destination_url("support"),
    }


def _retry_wait(quiz, attempts) -> str:
    """When the learner can try again, if the quiz asks them to wait; else ""."""
    last = max((a.submitted_at for a in attempts if a.submitted_at), default=None)
    ready = services.quiz_next_attempt_at(quiz=quiz, last_submitted_at=last)
    return services.wait_message(ready) if ready else ""


# --- branching scenarios ----------------------------------------------------------


def scenario_play(request, scenario):
    """The scenario's introduction and the learner's past runs."""
    runs = list(selectors.scenario_attempts(user=request.user, scenario=scenario))
    return TemplateResponse(
        request,
        "assessments/scenario_page.html",
        {
            "page": scenario,
            "runs": [(r, _sub_url(scenario, "attempt_route", r.pk)) for r in runs],
            "current": next((r for r in runs if not r.is_finished), None),
            "start_url": _sub_url(scenario, "start_route"),
            "alternatives": selectors.scenario_alternatives(scenario=scenario),
        },
    )


def scenario_start(request, scenario):
    """Start (or resume) a run through the scenario."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        run = services.scenario_start(user=request.user, scenario=scenario)
    except services.AssessmentError as error:
        messages.info(request, error.message)
        return redirect(scenario.url)
    return redirect(_sub_url(scenario, "attempt_route", run.pk))


def scenario_attempt(request, scenario, attempt_id):
    """The current situation and its choices; at the end, the path and debrief."""
    run = selectors.scenario_attempt_for_user(
        user=request.user, scenario=scenario, attempt_id=attempt_id
    )
    if run is None:
        raise Http404
    run_url = _sub_url(scenario, "attempt_route", run.pk)
    if request.method == "POST":
        try:
            services.scenario_choose(
                attempt=run,
                node_key=request.POST.get("node", ""),
                choice_index=request.POST.get("choice"),
            )
        except services.ConflictError as error:
            return _conflict(request, scenario, error, run_url)
        except services.AssessmentError as error:
            messages.error(request, error.message)
        return redirect(run_url)
    nodes = scenario.node_map()
    node = nodes.get(run.current_node)
    choices = []
    if node and not node["is_end"]:
        order = run.choice_order(node["key"], len(node["choices"]))
        choices = [node["choices"][i] for i in order]
    last_step = run.path[-1] if run.path else None
    return TemplateResponse(
        request,
        "assessments/scenario_attempt.html",
        {
            "page": scenario,
            "run": run,
            "node": node,
            "choices": choices,
            "last_step": last_step,
            "action_url": run_url,
            "start_url": _sub_url(scenario, "start_route"),
        },
    )


# --- free-text scenarios ----------------------------------------------------------


def free_text_page(request, scenario):
    """Write a draft, submit it, see the mark, and try again when asked."""
    submission = services.free_text_current(user=request.user, scenario=scenario)
    if request.method == "POST":
        action = request.POST.get("action", "save")
        try:
            if action == "resubmit":
                services.free_text_resubmit(submission=submission)
                messages.info(request, _("Your earlier answer is ready to improve."))
            else:
                services.free_text_save(
                    submission=submission,
                    text=request.POST.get("text", ""),
                    revision=request.POST.get("revision"),
                    submit=action == "submit",
                )
                messages.success(
                    request,
                    _("Submitted. We will let you know when it has been marked.")
                    if action == "submit"
                    else _("Your draft is saved."),
                )
                if action in LEAVING_ACTIONS:
                    # "Take a break" or "Get support": the draft is saved first.
                    return after_saving(action, scenario.url)
        except services.ConflictError as error:
            return _conflict(request, scenario, error, scenario.url)
        except services.AssessmentError as error:
            messages.error(request, error.message)
            return TemplateResponse(
                request,
                "assessments/free_text_page.html",
                _free_text_context(scenario, submission, request.POST.get("text", "")),
                status=400,
            )
        return redirect(scenario.url)
    if submission.status in (
        FreeTextSubmission.Status.MARKED,
        FreeTextSubmission.Status.RESUBMIT,
    ):
        services.free_text_mark_seen(submission=submission)
    return TemplateResponse(
        request,
        "assessments/free_text_page.html",
        _free_text_context(scenario, submission, submission.text),
    )


def _free_text_context(scenario, submission, text):
    criteria = scenario.rubric.criteria_list()
    marked = []
    if submission.marked_at:
        for index, criterion in enumerate(criteria):
            level = submission.levels.get(str(index))
            chosen = criterion["levels"][level] if level is not None else None
            marked.append(
                {
                    "name": criterion["name"],
                    "level": chosen,
                    "unmet": criterion["must_meet"]
                    and chosen is not None
                    and chosen["points"] == 0,
                }
            )
    return {
        "page": scenario,
        "submission": submission,
        "text": text,
        # While it is a draft, "Take a break" and "Get support" save it before leaving.
        "save_form": (
            "free-text-answer"
            if submission.status == FreeTextSubmission.Status.DRAFT
            else ""
        ),
        "criteria": criteria,
        "marked": marked,
        "not_yet_competent": any(row["unmet"] for row in marked),
        "max_points": scenario.rubric.max_points,
    }
