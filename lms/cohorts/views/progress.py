"""Following a cohort: the gradebook, a trainee's work, reports, evaluation and the
feedback form's submissions."""

from django.core.paginator import Paginator
from django.http import Http404
from django.template.loader import render_to_string
from django.utils.html import strip_tags
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


def _cell_text(cell) -> str:
    """A gradebook cell as the page shows it, in one line of plain text."""
    html = render_to_string("cohorts/includes/module_cell.html", {"cell": cell})
    return " ".join(strip_tags(html.replace("<br>", "; ")).split())


class GradebookView(TrainerView):
    """Trainees × modules, filtered, with module columns to show or hide (a form,
    so it works without JavaScript) and a CSV of exactly those rows and columns."""

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
        # Module columns: all unless some are chosen (unknown ids are ignored).
        chosen = {v for v in request.GET.getlist("modules") if v.isdigit()}
        columns = [
            (index, module)
            for index, module in enumerate(book.modules)
            if not chosen or str(module.pk) in chosen
        ] or list(enumerate(book.modules))
        shown_ids = [module.pk for _index, module in columns]
        hidden = len(book.modules) - len(columns)
        filters = {"status": status, "overdue": "1" if overdue else ""}
        query = [(k, v) for k, v in filters.items() if v]
        if hidden:
            query += [("modules", str(pk)) for pk in shown_ids]
        if request.GET.get("format") == "csv":
            return csv_response(
                request,
                f"gradebook-cohort-{cohort.pk}.csv",
                [
                    _("Trainee"),
                    _("Status"),
                    _("May be stuck"),
                    *[module.title for _i, module in columns],
                    *[name.replace("_", " ").capitalize() for name in book.fact_names],
                ],
                (
                    [
                        row.name,
                        selectors.STATUS_LABELS.get(row.status, row.status),
                        _("yes") if row.stuck else _("no"),
                        *[_cell_text(row.cells[i]) for i, _module in columns],
                        *["" if v is None else v for v in row.facts.values()],
                    ]
                    for row in rows
                ),
            )
        page = Paginator(rows, GRADEBOOK_PAGE_SIZE).get_page(request.GET.get("page"))
        shown_rows = [(row, [row.cells[i] for i, _module in columns]) for row in page]
        return self.render(
            "cohorts/gradebook.html",
            {
                "book": book,
                "page_obj": page,
                "shown_rows": shown_rows,
                "columns": [module for _i, module in columns],
                "shown_ids": shown_ids,
                "hidden": hidden,
                "filter_query": urlencode(query) + ("&" if query else ""),
                "csv_query": urlencode([*query, ("format", "csv")]),
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


# How the item analysis may be sorted: key, and whether lowest first.
ITEM_SORTS = {
    "": None,
    "facility": (lambda i: (i.facility is None, i.facility or 0, i.name)),
    "discrimination": (
        lambda i: (i.discrimination is None, i.discrimination or 0, i.name)
    ),
}
REPORT_EXPORTS = ("funnel", "times", "items", "scenarios")


def _shown(count) -> object:
    return "fewer than 5" if count is None else count


def _report_csv(request, context, export: str, name: str):
    """One section's figures as a CSV: what its table shows."""
    if export == "funnel":
        return csv_response(
            request,
            f"funnel-{name}.csv",
            [_("Stage"), _("Trainees")],
            ([s.label, _shown(s.count)] for s in context["funnel"]),
        )
    if export == "times":
        return csv_response(
            request,
            f"time-per-module-{name}.csv",
            [_("Module"), _("Trainees who started"), _("Average minutes")],
            (
                [t.title, t.people, "" if t.minutes is None else round(t.minutes)]
                for t in context["times"]
            ),
        )
    if export == "items":
        return csv_response(
            request,
            f"item-analysis-{name}.csv",
            [
                _("Quiz"),
                _("Question"),
                _("Attempts counted"),
                _("Facility index (average mark, %)"),
                _("Discrimination index (-1 to 1)"),
                _("Attempts not fully right (%)"),
            ],
            (
                [
                    quiz["analysis"].title,
                    item.name,
                    item.attempts,
                    "too few" if item.facility is None else round(item.facility),
                    "too few"
                    if item.discrimination is None
                    else round(item.discrimination, 2),
                    item.failed_percent,
                ]
                for quiz in context["quizzes"]
                for item in quiz["items"]
            ),
        )
    return csv_response(
        request,
        f"scenario-choices-{name}.csv",
        [_("Scenario"), _("Moment"), _("Choice"), _("Rating"), _("Chosen"), _("%")],
        (
            [
                scenario.title,
                node.title,
                choice.text,
                choice.rating,
                _shown(choice.count),
                "" if choice.percent is None else choice.percent,
            ]
            for scenario in context["scenarios"]
            for node in scenario.nodes
            for choice in node.choices
        ),
    )


def _report_context(*, programme, user_ids, schedules=None, min_cell=0, sort=""):
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
                "items": sorted(analysis.items, key=ITEM_SORTS[sort])
                if ITEM_SORTS.get(sort)
                else analysis.items,
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
        "sort": sort,
        "sorts": [
            ("", _("Order in the quiz")),
            ("facility", _("Facility, hardest first")),
            ("discrimination", _("Discrimination, weakest first")),
        ],
    }


class CohortReportView(TrainerView):
    def get(self, request, pk):
        cohort = self.cohort(pk)
        sort = request.GET.get("sort", "")
        context = _report_context(
            programme=cohort.programme,
            user_ids=selectors.cohort_trainee_ids(cohort),
            schedules=selectors.module_schedules(cohort),
            sort=sort if sort in ITEM_SORTS else "",
        )
        export = request.GET.get("export", "")
        if export in REPORT_EXPORTS:
            return _report_csv(request, context, export, f"cohort-{cohort.pk}")
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
        sort = request.GET.get("sort", "")
        context = _report_context(
            programme=programme,
            user_ids=selectors.programme_trainee_ids(
                user=request.user, programme=programme
            ),
            min_cell=reports.MIN_CELL,
            sort=sort if sort in ITEM_SORTS else "",
        )
        export = request.GET.get("export", "")
        if export in REPORT_EXPORTS:
            return _report_csv(request, context, export, f"programme-{programme.pk}")
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
