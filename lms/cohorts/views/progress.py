"""Following a cohort: the gradebook, a trainee's work, reports, evaluation and the
feedback form's submissions."""

from django.core.paginator import Paginator
from django.http import Http404
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.contrib.forms.views import SubmissionsListView

from alongside.csvsafe import FormulaSafeExportMixin
from courses.models import ProgrammePage

from .. import reports, selectors
from ..charts import Bar, bar_chart
from ..csvutil import csv_response
from ..models import (
    FeedbackFormPage,
)
from .trainer import TrainerView

# Trainees per gradebook page: a screen or two of rows, however large the cohort.
GRADEBOOK_PAGE_SIZE = 50


class GradebookView(TrainerView):
    def get(self, request, pk):
        cohort = self.cohort(pk)
        book = selectors.gradebook(
            programme=cohort.programme,
            user_ids=selectors.cohort_trainee_ids(cohort),
            schedules=selectors.module_schedules(cohort),
        )
        status = request.GET.get("status", "")
        overdue = request.GET.get("overdue") == "1"
        rows = selectors.gradebook_filter(book.rows, status=status, overdue=overdue)
        page = Paginator(rows, GRADEBOOK_PAGE_SIZE).get_page(request.GET.get("page"))
        filters = {"status": status, "overdue": "1" if overdue else ""}
        return self.render(
            "cohorts/gradebook.html",
            {
                "book": book,
                "page_obj": page,
                "filter_query": urlencode({k: v for k, v in filters.items() if v})
                + ("&" if status or overdue else ""),
                "status": status,
                "overdue": overdue,
                "status_choices": [
                    *selectors.STATUS_LABELS.items(),
                    ("stuck", "Stuck"),
                ],
            },
            title=_("Gradebook"),
            cohort=cohort,
        )


class AnswersCsvView(TrainerView):
    def get(self, request, pk):
        cohort = self.cohort(pk)
        rows = selectors.cohort_answer_rows(
            cohort=cohort, user_ids=selectors.cohort_trainee_ids(cohort)
        )
        return csv_response(
            request,
            f"answers-cohort-{cohort.pk}.csv",
            selectors.ANSWER_CSV_HEADER,
            rows,
        )


class TraineeView(TrainerView):
    def get(self, request, pk, user_id):
        cohort = self.cohort(pk)
        trainee = selectors.trainee_in_cohort(cohort=cohort, user_id=user_id)
        book = selectors.gradebook(
            programme=cohort.programme,
            user_ids=[trainee.pk],
            schedules=selectors.module_schedules(cohort),
        )
        return self.render(
            "cohorts/trainee.html",
            {
                "trainee": trainee,
                "book": book,
                "row": book.rows[0] if book.rows else None,
                "work": selectors.trainee_work(cohort=cohort, user=trainee),
            },
            title=trainee.full_name,
            cohort=cohort,
        )


class QuizAttemptView(TrainerView):
    def get(self, request, pk, attempt_id):
        cohort = self.cohort(pk)
        attempt = selectors.quiz_attempt_in_cohort(cohort=cohort, pk=attempt_id)
        answers = selectors.attempt_answers(
            attempt, selectors.questions_by_id([attempt])
        )
        return self.render(
            "cohorts/quiz_attempt.html",
            {"attempt": attempt, "answers": answers},
            title=_("%(quiz)s, attempt %(number)s by %(name)s")
            % {
                "quiz": attempt.quiz.title,
                "number": attempt.number,
                "name": attempt.user.full_name,
            },
            cohort=cohort,
        )


class ScenarioAttemptView(TrainerView):
    def get(self, request, pk, attempt_id):
        cohort = self.cohort(pk)
        attempt = selectors.scenario_attempt_in_cohort(cohort=cohort, pk=attempt_id)
        nodes = attempt.scenario.node_map()
        steps = [
            {**step, "node_title": nodes.get(step.get("node"), {}).get("title", "")}
            for step in attempt.path
        ]
        return self.render(
            "cohorts/scenario_attempt.html",
            {"attempt": attempt, "steps": steps},
            title=_("%(scenario)s, run %(number)s by %(name)s")
            % {
                "scenario": attempt.scenario.title,
                "number": attempt.number,
                "name": attempt.user.full_name,
            },
            cohort=cohort,
        )


def _report_context(*, programme, user_ids, schedules=None, min_cell=0):
    structure = selectors.programme_structure(programme)
    book = selectors.gradebook(
        programme=programme, user_ids=user_ids, schedules=schedules, structure=structure
    )
    funnel = reports.completion_funnel(book, min_cell=min_cell)
    times = reports.time_per_module(book, user_ids)
    items = reports.quiz_item_analysis(structure, user_ids)
    choices = reports.scenario_choice_distribution(
        structure, user_ids, min_cell=min_cell
    )
    return {
        "funnel": funnel,
        "funnel_chart": bar_chart(
            title=_("Completion funnel"),
            desc=_(
                "How many trainees reached each stage, from enrolling to finishing."
            ),
            bars=[Bar(s.label, s.count, s.text) for s in funnel],
        ),
        "times": times,
        "times_chart": bar_chart(
            title=_("Time spent per module"),
            desc=_("Average minutes per trainee who started each module."),
            bars=[Bar(t.title, t.minutes, t.text) for t in times],
        ),
        "quizzes": [
            {
                "analysis": analysis,
                "chart": bar_chart(
                    title=_("Facility index for %s") % analysis.title,
                    desc=_(
                        "The average mark on each question, as a percentage. Low "
                        "bars are the questions people find hardest."
                    ),
                    bars=[
                        Bar(
                            i.name,
                            i.facility,
                            "too few attempts"
                            if i.facility is None
                            else f"{round(i.facility)}%",
                        )
                        for i in analysis.items
                    ],
                    max_value=100,
                ),
            }
            for analysis in items
        ],
        "scenarios": choices,
        "min_cell": min_cell,
    }


class CohortReportView(TrainerView):
    def get(self, request, pk):
        cohort = self.cohort(pk)
        context = _report_context(
            programme=cohort.programme,
            user_ids=selectors.cohort_trainee_ids(cohort),
            schedules=selectors.module_schedules(cohort),
        )
        context.update(scope=cohort.name)
        return self.render(
            "cohorts/report.html", context, title=_("Reports"), cohort=cohort
        )


def _programme_for(user, programme_id) -> ProgrammePage:
    programme = next(
        (p for p in selectors.programmes_for_user(user) if p.pk == programme_id), None
    )
    if programme is None:
        raise Http404
    return programme


class ProgrammeReportView(TrainerView):
    """Every cohort the person sees on one programme; small numbers suppressed."""

    def get(self, request, programme_id):
        programme = _programme_for(request.user, programme_id)
        context = _report_context(
            programme=programme,
            user_ids=selectors.programme_trainee_ids(
                user=request.user, programme=programme
            ),
            min_cell=reports.MIN_CELL,
        )
        context.update(programme=programme, scope=programme.title)
        return self.render(
            "cohorts/report.html",
            context,
            title=_("Reports: %s") % programme.title,
        )


class EvaluationView(TrainerView):
    """The funder's pre/post report for a cohort or a whole programme."""

    def _scope(self, request, pk=None, programme_id=None):
        if pk is not None:
            cohort = self.cohort(pk)
            return cohort.programme, selectors.cohort_trainee_ids(cohort), cohort
        programme = _programme_for(request.user, programme_id)
        return (
            programme,
            selectors.programme_trainee_ids(user=request.user, programme=programme),
            None,
        )

    def get(self, request, pk=None, programme_id=None, export=""):
        if export not in ("", "paired", "aggregate"):
            raise Http404
        programme, user_ids, cohort = self._scope(request, pk, programme_id)
        paired = reports.confidence_paired(programme=programme, user_ids=user_ids)
        name = f"cohort-{cohort.pk}" if cohort else f"programme-{programme.pk}"
        if export == "paired":
            return csv_response(
                request,
                f"confidence-paired-{name}.csv",
                [
                    "Topic",
                    "Statement",
                    "Matched pairs",
                    "Mean before (1-5)",
                    "Mean after (1-5)",
                    "Mean change",
                    "People whose rating rose",
                ],
                [
                    [
                        p.topic,
                        p.statement,
                        p.pairs,
                        *(
                            [
                                round(p.mean_before, 2),
                                round(p.mean_after, 2),
                                round(p.change, 2),
                                p.improved,
                            ]
                            if p.shown
                            else ["fewer than 5 pairs", "", "", ""]
                        ),
                    ]
                    for p in paired
                ],
            )
        if export == "aggregate":
            return csv_response(
                request,
                f"confidence-counts-{name}.csv",
                ["Topic", "Statement", "Stage", *[f"Rated {n}" for n in range(1, 6)]],
                reports.confidence_distribution(programme=programme, user_ids=user_ids),
            )
        bars = []
        for p in paired:
            label = p.topic
            if p.shown:
                bars.append(
                    Bar(f"{label} (before)", p.mean_before, f"{p.mean_before:.1f}", 0)
                )
                bars.append(
                    Bar(f"{label} (after)", p.mean_after, f"{p.mean_after:.1f}", 1)
                )
            else:
                bars.append(Bar(label, None, "fewer than 5 pairs"))
        return self.render(
            "cohorts/evaluation.html",
            {
                "programme": programme,
                "paired": paired,
                "chart": bar_chart(
                    title=_("Confidence before and after the programme"),
                    desc=_(
                        "Average self-rated confidence from 1 to 5 for each topic, "
                        "at the start and at the end, for trainees who answered both."
                    ),
                    bars=bars,
                    max_value=5,
                ),
                "feedback_forms": FeedbackFormPage.objects.child_of(programme),
            },
            title=_("Evaluation") if cohort else _("Evaluation: %s") % programme.title,
            cohort=cohort,
        )


class FeedbackSubmissionsListView(FormulaSafeExportMixin, SubmissionsListView):
    """Wagtail's list of feedback answers, whose CSV and XLSX exports run no
    formula a trainee typed into an answer."""
