"""A learner's side of a cohort: accepting an invite, confidence, check-ins and the
feedback form."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from courses.models import ModulePage, ProgrammePage
from lms.models import Enrolment

from .. import selectors, services
from ..forms import (
    CheckInForm,
    ConfidenceForm,
)
from ..models import (
    ConfidenceItem,
    ConfidenceResponse,
    SurveyStage,
)


class InviteAcceptView(View):
    def _invite(self, token):
        invite = selectors.invite_by_token(token)
        if invite is None:
            return None
        return invite

    def get(self, request, token):
        invite = self._invite(token)
        if invite is None:
            return TemplateResponse(
                request, "cohorts/invite_closed.html", {}, status=404
            )
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return TemplateResponse(
            request, "cohorts/invite_accept.html", {"invite": invite}
        )

    def post(self, request, token):
        invite = self._invite(token)
        if invite is None:
            return TemplateResponse(
                request, "cohorts/invite_closed.html", {}, status=404
            )
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            services.invite_accept(invite=invite, user=request.user)
        except services.CohortError as error:
            return TemplateResponse(
                request,
                "cohorts/invite_accept.html",
                {"invite": invite, "error": error.message},
                status=400,
            )
        messages.success(request, _("Welcome to %s.") % invite.cohort.name)
        return redirect(invite.cohort.programme.url or reverse("lms:dashboard"))


class ConfidenceView(View):
    def _setup(self, request, programme_id, stage):
        if not request.user.is_authenticated:
            return None
        if stage not in SurveyStage.values:
            raise Http404
        programme = get_object_or_404(ProgrammePage, pk=programme_id)
        if not Enrolment.objects.filter(
            user=request.user, programme=programme
        ).exists():
            raise Http404
        items = list(ConfidenceItem.objects.filter(programme=programme, is_active=True))
        if not items:
            raise Http404
        return programme, items

    def _render(self, request, programme, stage, form, status=200):
        return TemplateResponse(
            request,
            "cohorts/confidence.html",
            {
                "programme": programme,
                "stage": SurveyStage(stage),
                "form": form,
                "answered": ConfidenceResponse.objects.filter(
                    user=request.user, item__programme=programme, stage=stage
                ).exists(),
            },
            status=status,
        )

    def get(self, request, programme_id, stage):
        setup = self._setup(request, programme_id, stage)
        if setup is None:
            return redirect_to_login(request.get_full_path())
        programme, items = setup
        return self._render(request, programme, stage, ConfidenceForm(items=items))

    def post(self, request, programme_id, stage):
        setup = self._setup(request, programme_id, stage)
        if setup is None:
            return redirect_to_login(request.get_full_path())
        programme, items = setup
        form = ConfidenceForm(request.POST, items=items)
        if not form.is_valid():
            return self._render(request, programme, stage, form, status=400)
        try:
            services.confidence_answer(
                user=request.user,
                programme=programme,
                stage=stage,
                ratings=form.ratings(),
            )
        except services.CohortError as error:
            form.add_error(None, error.message)
            return self._render(request, programme, stage, form, status=400)
        messages.success(request, _("Thank you. Your answers are saved."))
        return redirect("lms:dashboard")


class CheckInView(View):
    def _module(self, request, module_id, moment):
        if moment not in ("before", "after"):
            raise Http404
        module = get_object_or_404(
            ModulePage.objects.live().filter(is_difficult=True), pk=module_id
        )
        return module

    def get(self, request, module_id, moment):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        module = self._module(request, module_id, moment)
        return TemplateResponse(
            request,
            "cohorts/check_in.html",
            {"module": module, "moment": moment, "form": CheckInForm()},
        )

    def post(self, request, module_id, moment):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        module = self._module(request, module_id, moment)
        form = CheckInForm(request.POST)
        if not form.is_valid():
            return TemplateResponse(
                request,
                "cohorts/check_in.html",
                {"module": module, "moment": moment, "form": form},
                status=400,
            )
        check_in = services.check_in_record(
            user=request.user,
            module=module,
            moment=moment,
            feeling=form.cleaned_data["feeling"],
            wants_contact=form.cleaned_data["wants_contact"],
        )
        return TemplateResponse(
            request,
            "cohorts/check_in_done.html",
            {"module": module, "moment": moment, "asked": check_in.wants_contact},
        )


def feedback_form_gate(request, page):
    """Who may open an end-of-course feedback form: people enrolled on its
    programme, once each (trainers see it in the admin preview)."""
    if getattr(request, "is_preview", False):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    programme = page.get_parent()
    if not Enrolment.objects.filter(
        user=request.user, programme_id=programme.pk
    ).exists():
        return TemplateResponse(
            request,
            "cohorts/feedback_not_enrolled.html",
            {"page": page, "programme": programme},
            status=403,
        )
    if selectors.feedback_sent(user=request.user, page=page):
        return TemplateResponse(
            request,
            page.landing_page_template,
            {"page": page, "already_sent": True},
        )
    return None
