"""Notifications, email choices and the sign-in-free unsubscribe link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .. import selectors, services
from ..forms import (
    EmailPreferencesForm,
)
from ..models import (
    NotificationKind,
)


@login_required
def notification_list(request):
    items = list(selectors.notifications_for(request.user)[:100])
    response = TemplateResponse(
        request, "cohorts/notifications.html", {"notifications": items}
    )
    response.render()
    # Seen now: the count in the header goes back to zero on the next page.
    services.notifications_mark_read(user=request.user)
    return response


class EmailPreferencesView(View):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        form = EmailPreferencesForm(off=selectors.emails_off(request.user.pk))
        return TemplateResponse(
            request, "cohorts/email_preferences.html", {"form": form}
        )

    def post(self, request):
        form = EmailPreferencesForm(request.POST, off=set())
        if form.is_valid():
            services.email_preferences_set(
                user_id=request.user.pk, off=form.emails_off()
            )
            messages.success(request, _("Your email choices are saved."))
            return redirect("cohorts:email_preferences")
        return TemplateResponse(
            request, "cohorts/email_preferences.html", {"form": form}, status=400
        )


@csrf_exempt  # the signed token is the guard: the link works from an email, signed out
def unsubscribe(request, token):
    found = services.unsubscribe_read(token)
    if found is None:
        # A wrong or altered link is no link at all: 404, as for certificates.
        return TemplateResponse(
            request, "cohorts/unsubscribe_invalid.html", {}, status=404
        )
    user_id, kind = found
    context = {"kind_label": NotificationKind(kind).label, "done": False}
    if request.method == "POST":
        services.email_unsubscribe(user_id=user_id, kind=kind)
        context["done"] = True
    elif request.method != "GET":
        return HttpResponse(status=405)
    return TemplateResponse(request, "cohorts/unsubscribe.html", context)


@require_POST
@login_required
def notifications_read(request):
    services.notifications_mark_read(user=request.user)
    return redirect("cohorts:notifications")
