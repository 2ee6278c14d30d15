"""Sections this app adds to "My learning": check-ins, the survey, trainer links."""

from alongside.extensions import DashboardSection
from courses.models import ModulePage
from lms.models import Enrolment

from .models import ConfidenceItem, ConfidenceResponse, SurveyStage, WellbeingCheckIn
from .selectors import cohorts_for_user, gradebook, may_use_trainer_pages


def _enrolments(user):
    return list(
        Enrolment.objects.filter(user=user, programme__live=True).select_related(
            "programme"
        )
    )


def check_in_section(user) -> DashboardSection | None:
    """Offer a private check-in before and after each difficult module."""
    if not user.is_authenticated:
        return None
    offers = []
    done = set(
        WellbeingCheckIn.objects.filter(user=user).values_list("module_id", "moment")
    )
    for enrolment in _enrolments(user):
        difficult = list(
            ModulePage.objects.live()
            .descendant_of(enrolment.programme)
            .filter(is_difficult=True)
            .order_by("path")
        )
        if not difficult:
            continue
        book = gradebook(programme=enrolment.programme, user_ids=[user.pk])
        if not book.rows:
            continue
        row = book.rows[0]
        cells = {m.pk: c for m, c in zip(book.modules, row.cells, strict=True)}
        for module in difficult:
            cell = cells.get(module.pk)
            if cell is None:
                continue
            if cell.complete and (module.pk, "after") not in done:
                offers.append((module, "after"))
            elif (
                # "Before" only means something before the module is begun, and
                # never once the whole programme is finished.
                not cell.started
                and not cell.complete
                and row.status != "complete"
                and (module.pk, "before") not in done
            ):
                offers.append((module, "before"))
    if not offers:
        return None
    return DashboardSection(
        template="cohorts/dashboard/check_ins.html",
        context={"offers": offers[:2]},
        order=20,
    )


def survey_section(user) -> DashboardSection | None:
    """Ask the confidence questions at the start and again at the end."""
    if not user.is_authenticated:
        return None
    asks = []
    answered = set(
        ConfidenceResponse.objects.filter(user=user).values_list(
            "item__programme_id", "stage"
        )
    )
    with_items = set(
        ConfidenceItem.objects.filter(is_active=True).values_list(
            "programme_id", flat=True
        )
    )
    for enrolment in _enrolments(user):
        programme = enrolment.programme
        if programme.pk not in with_items:
            continue
        pre_done = (programme.pk, SurveyStage.PRE) in answered
        if pre_done and (programme.pk, SurveyStage.POST) in answered:
            continue
        book = gradebook(programme=programme, user_ids=[user.pk])
        status = book.rows[0].status if book.rows else "not_started"
        # "Before you start" only before they start; the "after" questions only
        # when there is a "before" to compare them with.
        if not pre_done and status == "not_started":
            asks.append((programme, SurveyStage.PRE))
        elif pre_done and status == "complete":
            asks.append((programme, SurveyStage.POST))
    if not asks:
        return None
    return DashboardSection(
        template="cohorts/dashboard/survey.html", context={"asks": asks}, order=30
    )


def trainer_section(user) -> DashboardSection | None:
    """A way in to the cohorts a trainer runs."""
    if not may_use_trainer_pages(user):
        return None
    cohorts = list(cohorts_for_user(user)[:10])
    return DashboardSection(
        template="cohorts/dashboard/trainer.html",
        context={"cohorts": cohorts},
        order=10,
    )
