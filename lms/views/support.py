"""Support, taking a break and leaving quickly."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
)
from django.views.generic import TemplateView

from courses.models import NATIONS, LessonPage
from courses.selectors import support_signposts

from .. import selectors, services
from ..security.quick_exit import quick_exit_session_end


class SupportView(TemplateView):
    """Crisis and support numbers, a break, and the organisation's own contact."""

    template_name = "lms/support.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        nation = self.request.GET.get("nation") or getattr(user, "nation", "")
        nation = nation if nation in dict(NATIONS) else ""
        context.update(
            nation=nation,
            nations=NATIONS,
            entries=support_signposts(nation),
            organisations=selectors.organisations_with_support_contact(user=user),
        )
        return context


@require_http_methods(["GET", "POST"])
def take_a_break(request: HttpRequest) -> HttpResponse:
    """Save the learner's place and show a calm page.

    A form that was saved on the way here (a quiz, a reflection) comes by GET, with
    the way back to it in ``back``.
    """
    lesson = None
    lesson_id = selectors.id_from(request.POST.get("lesson"))
    if request.user.is_authenticated and lesson_id is not None:
        lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
        services.break_take(user=request.user, lesson=lesson)
    elif request.user.is_authenticated:
        # A lesson's own form kept the place on the way here (after_saving).
        kept = selectors.id_from(request.GET.get("lesson"))
        if kept is not None:
            lesson = LessonPage.objects.live().filter(pk=kept).first()
    back = request.GET.get("back", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) or not back.startswith("/"):
        back = ""
    return render(request, "lms/break.html", {"lesson": lesson, "back": back})


@never_cache
@require_GET
def quick_exit(request: HttpRequest) -> HttpResponse:
    """'Leave this site quickly': end the session, then go straight to a neutral site.

    The learner's place is kept, as it is saved as they go, not in the session.
    """
    quick_exit_session_end(request, request.GET.get("t", ""))
    response = HttpResponseRedirect(settings.QUICK_EXIT_URL)
    response["Referrer-Policy"] = "no-referrer"
    return response
