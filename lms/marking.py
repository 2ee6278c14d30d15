"""The trainer's marking queue in the Wagtail admin: written scenarios and quiz essays.

A trainer sees and marks only work from trainees in cohorts they train; site admins
see everything. Marking sends `alongside.signals.work_marked`; the notifications
app tells the learner (in-app, and by email unless they turned it off).
"""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.views import View

from alongside.numbers import whole_number
from assessments import selectors as assessment_selectors
from assessments import services as assessment_services
from assessments.models import FreeTextSubmission, QuizAttempt

from .models import Cohort, Enrolment
from .roles import Role
from .selectors import id_from, user_has_role

AGE_FILTERS = {"": None, "3": 3, "7": 7, "14": 14}
# Rubric levels chosen on the marking form: more than any rubric has (the service
# checks each against its criterion).
LEVELS_MAX = 99


def marking_cohorts(user):
    """Cohorts whose trainees' work this user may mark."""
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(trainers=user)


def marking_learner_ids(user, cohort_id: str = "") -> list[int] | None:
    """Learners whose work this user may mark (None: everyone, for site admins)."""
    cohorts = marking_cohorts(user)
    if id_from(cohort_id) is not None:
        cohorts = cohorts.filter(pk=id_from(cohort_id))
    elif user.is_superuser:
        return None
    return list(
        Enrolment.objects.filter(cohort__in=cohorts).values_list("user_id", flat=True)
    )


def can_mark(user, learner_id: int) -> bool:
    """True if the user may mark this learner's work (never their own)."""
    if user.pk == learner_id:
        return False
    allowed = marking_learner_ids(user)
    return allowed is None or learner_id in allowed


def _waiting_items(user, cohort_id: str = ""):
    """Written answers and quiz attempts waiting for this marker, oldest first."""
    learner_ids = marking_learner_ids(user, cohort_id)
    # Never their own work: they could not open it to mark it anyway.
    submissions = assessment_selectors.submissions_awaiting_marking(
        learner_ids=learner_ids
    ).exclude(user=user)
    essays = assessment_selectors.essays_awaiting_marking(
        learner_ids=learner_ids
    ).exclude(user=user)
    return submissions, essays


def waiting_for(submitted_at) -> str:
    """How long an item has waited, in words ("3 days", "5 hours")."""
    if submitted_at is None:
        return ""
    if timezone.now() - submitted_at < datetime.timedelta(minutes=1):
        return _("under a minute")
    return timesince(submitted_at, depth=1)


def marking_next_url(user, *, current: tuple[str, int] | None = None) -> str | None:
    """The oldest item this marker may mark other than ``current`` ("written" or
    "quiz", pk), as a URL; None when nothing else is waiting."""
    submissions, essays = _waiting_items(user)
    candidates = [
        (at, "written", pk)
        for at, pk in submissions.values_list("submitted_at", "pk")[:2]
    ] + [(at, "quiz", pk) for at, pk in essays.values_list("submitted_at", "pk")[:2]]
    candidates = [c for c in candidates if (c[1], c[2]) != current]
    if not candidates:
        return None
    _at, kind, pk = min(candidates, key=lambda c: (c[0] or timezone.now(), c[1], c[2]))
    name = "lms_mark_submission" if kind == "written" else "lms_mark_essays"
    return reverse(name, args=[pk])


def _after_marking(request):
    """Back to the queue; or, for "Save and mark the next one", on to the oldest item
    still waiting for this marker (the queue when there is none left)."""
    messages.success(request, _("Marked. The trainee has been told."))
    if request.POST.get("then") == "next":
        next_url = marking_next_url(request.user)
        if next_url:
            return redirect(next_url)
    return redirect("lms_marking_queue")


def _chosen_levels(data, prefix: str) -> dict[str, int]:
    """Criterion index -> level index from a marking form's radio buttons."""
    return {
        key.removeprefix(prefix): number
        for key, value in (data or {}).items()
        if key.startswith(prefix)
        and (number := whole_number(value, maximum=LEVELS_MAX)) is not None
    }


def _require_marker(request):
    user = request.user
    if not (user.is_superuser or user_has_role(user, Role.TRAINER)):
        raise PermissionDenied


class MarkingQueueView(View):
    """Work waiting to be marked, oldest first, filtered by cohort and age."""

    def get(self, request):
        _require_marker(request)
        cohort_id = request.GET.get("cohort", "")
        age = AGE_FILTERS.get(request.GET.get("older_than", ""))
        submissions, essays = _waiting_items(request.user, cohort_id)
        if age:
            cutoff = timezone.now() - datetime.timedelta(days=age)
            submissions = submissions.filter(submitted_at__lte=cutoff)
            essays = essays.filter(submitted_at__lte=cutoff)
        submissions, essays = list(submissions), list(essays)
        for item in (*submissions, *essays):
            item.waiting = waiting_for(item.submitted_at)
        used_up = [
            attempt
            for attempt in assessment_selectors.quiz_attempts_used_up(
                learner_ids=marking_learner_ids(request.user, cohort_id)
            )
            if attempt.user_id != request.user.pk
        ]
        for attempt in used_up:
            attempt.waiting = waiting_for(attempt.submitted_at)
        return TemplateResponse(
            request,
            "lms/marking/queue.html",
            {
                "submissions": submissions,
                "essays": essays,
                "cohorts": marking_cohorts(request.user),
                "cohort_id": cohort_id,
                "used_up": used_up,
                "older_than": request.GET.get("older_than", ""),
                "age_choices": [("3", 3), ("7", 7), ("14", 14)],
                "header_title": _("Marking"),
            },
        )


class MarkSubmissionView(View):
    """Mark a written scenario against its rubric."""

    def _submission(self, request, pk):
        _require_marker(request)
        submission = (
            FreeTextSubmission.objects.select_related("scenario__rubric", "user")
            .filter(pk=pk)
            .first()
        )
        if submission is None or not can_mark(request.user, submission.user_id):
            raise Http404
        return submission

    def _render(self, request, submission, errors=None, status=200):
        return TemplateResponse(
            request,
            "lms/marking/mark_submission.html",
            {
                "submission": submission,
                "criteria": submission.scenario.rubric.criteria_list(),
                "chosen": {
                    k: number
                    for k, v in (request.POST or {}).items()
                    if k.startswith("criterion-")
                    and (number := whole_number(v, maximum=LEVELS_MAX)) is not None
                },
                "errors": errors or [],
                "comments": request.POST.get("comments", submission.comments),
                "header_title": _("Mark written work"),
                "waiting": waiting_for(submission.submitted_at),
                "next_url": marking_next_url(
                    request.user, current=("written", submission.pk)
                ),
            },
            status=status,
        )

    def get(self, request, pk):
        return self._render(request, self._submission(request, pk))

    def post(self, request, pk):
        submission = self._submission(request, pk)
        levels = {
            key.removeprefix("criterion-"): number
            for key, value in request.POST.items()
            if key.startswith("criterion-")
            and (number := whole_number(value, maximum=LEVELS_MAX)) is not None
        }
        try:
            assessment_services.free_text_mark(
                submission=submission,
                marker=request.user,
                levels=levels,
                comments=request.POST.get("comments", ""),
                ask_to_resubmit=request.POST.get("resubmit") == "on",
            )
        except assessment_services.AssessmentError as error:
            return self._render(request, submission, [error.message], error.status)
        return _after_marking(request)


class MarkEssaysView(View):
    """Mark the essay answers of one quiz attempt."""

    def _attempt(self, request, pk):
        _require_marker(request)
        attempt = (
            QuizAttempt.objects.select_related("quiz", "user").filter(pk=pk).first()
        )
        if attempt is None or not can_mark(request.user, attempt.user_id):
            raise Http404
        return attempt

    def _essays(self, attempt, data=None):
        data = data or {}
        essays = []
        for item, question in assessment_selectors.attempt_questions(attempt):
            if not question.marked_by_hand:
                continue
            rubric = getattr(question, "rubric", None)
            prefix = f"criterion-{item['id']}-"
            essays.append(
                {
                    "id": item["id"],
                    "question": question,
                    "answer": attempt.responses.get(str(item["id"]), ""),
                    "result": attempt.results.get(str(item["id"]), {}),
                    "criteria": rubric.criteria_list() if rubric else None,
                    "chosen": _chosen_levels(data, prefix),
                    "mark": data.get(f"mark-{item['id']}", ""),
                    "comment": data.get(f"comment-{item['id']}", ""),
                }
            )
        return essays

    def _render(self, request, attempt, errors=None, status=200):
        return TemplateResponse(
            request,
            "lms/marking/mark_essays.html",
            {
                "attempt": attempt,
                "essays": self._essays(attempt, request.POST),
                "errors": errors or [],
                "header_title": _("Mark quiz answers"),
                "waiting": waiting_for(attempt.submitted_at),
                "next_url": marking_next_url(
                    request.user, current=("quiz", attempt.pk)
                ),
            },
            status=status,
        )

    def get(self, request, pk):
        return self._render(request, self._attempt(request, pk))

    def post(self, request, pk):
        attempt = self._attempt(request, pk)
        if attempt.status != QuizAttempt.Status.AWAITING_MARKING:
            messages.info(request, _("This attempt has already been marked."))
            return redirect("lms_marking_queue")
        errors = []
        marks = []
        for essay in self._essays(attempt, request.POST):
            comment = request.POST.get(f"comment-{essay['id']}", "")
            if essay["criteria"] is not None:
                try:  # checked for every essay before any is marked
                    assessment_services.rubric_score(
                        criteria=essay["criteria"], levels=essay["chosen"]
                    )
                except assessment_services.AssessmentError as error:
                    errors.append(f"{essay['question'].name}: {error.message}")
                    continue
                marks.append((essay["id"], {"levels": essay["chosen"]}, comment))
                continue
            mark = whole_number(request.POST.get(f"mark-{essay['id']}"), maximum=100)
            if mark is None:
                errors.append(
                    _("Give a mark from 0 to 100 for “%s”.") % essay["question"].name
                )
                continue
            marks.append((essay["id"], {"fraction": mark / 100}, comment))
        if errors:
            return self._render(request, attempt, errors, status=400)
        for question_id, given, comment in marks:
            assessment_services.essay_mark(
                attempt=attempt,
                question_id=question_id,
                comment=comment,
                marker=request.user,
                **given,
            )
        return _after_marking(request)


class AllowAttemptView(View):
    """Allow a trainee one more attempt at a quiz, after they used their last one
    (GET asks to confirm; POST allows). Only their own cohorts' trainers may."""

    template_name = "lms/marking/allow_attempt.html"

    def _attempt(self, request, pk):
        _require_marker(request)
        attempt = (
            QuizAttempt.objects.select_related("quiz", "user").filter(pk=pk).first()
        )
        if attempt is None or not can_mark(request.user, attempt.user_id):
            raise Http404
        return attempt

    def _render(self, request, attempt, errors=None, status=200):
        return TemplateResponse(
            request,
            self.template_name,
            {
                "attempt": attempt,
                "used": QuizAttempt.objects.filter(
                    user_id=attempt.user_id, quiz_id=attempt.quiz_id
                ).count(),
                "errors": errors or [],
                "header_title": _("Allow another attempt"),
            },
            status=status,
        )

    def get(self, request, pk):
        return self._render(request, self._attempt(request, pk))

    def post(self, request, pk):
        attempt = self._attempt(request, pk)
        try:
            assessment_services.attempt_allow_another(
                quiz=attempt.quiz, learner=attempt.user, granted_by=request.user
            )
        except assessment_services.AssessmentError as error:
            return self._render(request, attempt, [error.message], error.status)
        messages.success(
            request,
            _("%(name)s can now have another attempt at “%(quiz)s”.")
            % {"name": attempt.user.full_name, "quiz": attempt.quiz.title},
        )
        return redirect("lms_marking_queue")
