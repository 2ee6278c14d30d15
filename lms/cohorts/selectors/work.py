"""One trainee's work for their trainer: attempts, answers as the trainee saw them,
and the answers CSV."""

from django.http import Http404

from assessments.models import (
    FreeTextSubmission,
    Question,
    QuizAttempt,
    ScenarioAttempt,
)
from lms.models import Cohort, User


def trainee_in_cohort(*, cohort: Cohort, user_id: int) -> User:
    """A trainee of the cohort, or 404."""
    user = User.objects.filter(
        pk=user_id, enrolments__cohort=cohort, enrolments__programme=cohort.programme
    ).first()
    if user is None:
        raise Http404
    return user


def trainee_work(*, cohort: Cohort, user: User) -> dict:
    """Every attempt and submission of a trainee on the cohort's programme."""
    path = cohort.programme.path
    return {
        "quiz_attempts": list(
            QuizAttempt.objects.filter(user=user, quiz__path__startswith=path)
            .select_related("quiz")
            .order_by("quiz__path", "number")
        ),
        "scenario_attempts": list(
            ScenarioAttempt.objects.filter(user=user, scenario__path__startswith=path)
            .select_related("scenario")
            .order_by("scenario__path", "number")
        ),
        "submissions": list(
            FreeTextSubmission.objects.filter(
                user=user, scenario__path__startswith=path
            )
            .exclude(status=FreeTextSubmission.Status.DRAFT)
            .select_related("scenario")
            .order_by("scenario__path", "number")
        ),
    }


def _plain_text(question: Question | None, memo: dict) -> str:
    if question is None:
        return ""
    key = ("text", question.pk)
    if key not in memo:
        memo[key] = question.plain_text
    return memo[key]


def answer_text(question: Question | None, item: dict, response) -> str:
    """The answer a learner gave, as plain words a trainer can read (each kind of
    question says how: options by their text, matching as "prompt → answer",
    ordering as the order given)."""
    if response in (None, "", [], {}):
        return ""
    if question is None:
        return str(response)
    return question.response_text(item.get("frozen", {}), response)


def attempt_answers(
    attempt: QuizAttempt, questions: dict[int, Question], memo: dict | None = None
) -> list:
    """Each question of an attempt with the exact answer given and its mark."""
    memo = {} if memo is None else memo
    answers = []
    for item in attempt.questions:
        question = questions.get(item["id"])
        key = str(item["id"])
        result = attempt.results.get(key, {})
        answers.append(
            {
                "question": question,
                "name": question.name if question else f"Question {item['id']}",
                "text": _plain_text(question, memo),
                "answer": answer_text(question, item, attempt.responses.get(key)),
                "fraction": result.get("fraction"),
                "pending": bool(result.get("pending")),
                "mark": item.get("mark", 1),
            }
        )
    return answers


def questions_by_id(attempts) -> dict[int, Question]:
    """The questions asked in these attempts (one query per question type)."""
    ids = {item["id"] for a in attempts for item in a.questions}
    return {q.pk: q for q in Question.objects.filter(pk__in=ids)}


def _attempt_in_cohort(model, page_field: str, *, cohort: Cohort, pk: int):
    """An attempt (``model``) by one of the cohort's trainees at a page of its
    programme (``page_field``), or 404."""
    attempt = (
        model.objects.filter(
            pk=pk,
            **{f"{page_field}__path__startswith": cohort.programme.path},
            user__enrolments__cohort=cohort,
        )
        .select_related(page_field, "user")
        .first()
    )
    if attempt is None:
        raise Http404
    return attempt


def quiz_attempt_in_cohort(*, cohort: Cohort, pk: int) -> QuizAttempt:
    """An attempt by one of the cohort's trainees at one of its quizzes, or 404."""
    return _attempt_in_cohort(QuizAttempt, "quiz", cohort=cohort, pk=pk)


def scenario_attempt_in_cohort(*, cohort: Cohort, pk: int) -> ScenarioAttempt:
    """A scenario run by one of the cohort's trainees, or 404."""
    return _attempt_in_cohort(ScenarioAttempt, "scenario", cohort=cohort, pk=pk)


def cohort_answer_rows(*, cohort: Cohort, user_ids: list[int]) -> list[list]:
    """Every answer of every trainee in the cohort, one row per answer (for CSV)."""
    path = cohort.programme.path
    names = dict(User.objects.filter(pk__in=user_ids).values_list("pk", "full_name"))
    emails = dict(User.objects.filter(pk__in=user_ids).values_list("pk", "email"))
    rows: list[list] = []
    attempts = list(
        QuizAttempt.objects.filter(user_id__in=user_ids, quiz__path__startswith=path)
        .exclude(status=QuizAttempt.Status.IN_PROGRESS)
        .select_related("quiz")
        .order_by("user_id", "quiz__path", "number")
    )
    questions = questions_by_id(attempts)
    memo: dict = {}
    quiz_status = {k: str(v) for k, v in QuizAttempt.Status.choices}
    written_status = {k: str(v) for k, v in FreeTextSubmission.Status.choices}
    for attempt in attempts:
        for answer in attempt_answers(attempt, questions, memo):
            rows.append(
                [
                    names.get(attempt.user_id, ""),
                    emails.get(attempt.user_id, ""),
                    "quiz",
                    attempt.quiz.title,
                    attempt.number,
                    quiz_status.get(attempt.status, attempt.status),
                    _date(attempt.submitted_at),
                    answer["name"],
                    answer["answer"],
                    ""
                    if answer["pending"] or answer["fraction"] is None
                    else round(100 * float(answer["fraction"])),
                ]
            )
    for run in (
        ScenarioAttempt.objects.filter(
            user_id__in=user_ids, scenario__path__startswith=path
        )
        .select_related("scenario")
        .order_by("user_id", "scenario__path", "number")
    ):
        for step in run.path:
            rows.append(
                [
                    names.get(run.user_id, ""),
                    emails.get(run.user_id, ""),
                    "scenario",
                    run.scenario.title,
                    run.number,
                    "Passed" if run.passed else ("Finished" if run.finished_at else ""),
                    _date(run.finished_at),
                    step.get("node", ""),
                    step.get("text", ""),
                    step.get("rating", ""),
                ]
            )
    for sub in (
        FreeTextSubmission.objects.filter(
            user_id__in=user_ids, scenario__path__startswith=path
        )
        .exclude(status=FreeTextSubmission.Status.DRAFT)
        .select_related("scenario")
        .order_by("user_id", "scenario__path", "number")
    ):
        rows.append(
            [
                names.get(sub.user_id, ""),
                emails.get(sub.user_id, ""),
                "written",
                sub.scenario.title,
                sub.number,
                written_status.get(sub.status, sub.status),
                _date(sub.submitted_at),
                "",
                sub.text,
                "" if sub.points is None else sub.points,
            ]
        )
    return rows


ANSWER_CSV_HEADER = [
    "Trainee",
    "Email",
    "Activity type",
    "Activity",
    "Attempt",
    "Status",
    "Submitted",
    "Question or step",
    "Answer given",
    "Mark (%), rating or points",
]


def _date(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""
