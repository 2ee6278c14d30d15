"""Live sessions: presenting, the presenter's notes, joining, the register."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from alongside import extensions
from alongside.csvsafe import csv_safe_row
from lms.models import Team
from lms.security.audit import audit_export
from lms.security.join_codes import PAUSED_MESSAGE, join_code_paused, join_code_wrong
from lms.selectors import id_from

from .. import selectors, services
from ..forms import (
    JoinSessionForm,
)
from ..models import LiveSession
from .teams import _qr_svg


def _presented_session(request: HttpRequest, session_id: int) -> LiveSession:
    session = get_object_or_404(
        LiveSession.objects.select_related("team__organisation", "course"),
        pk=session_id,
    )
    if not selectors.session_can_present(session=session, user=request.user):
        raise Http404
    return session


@require_POST
@login_required
def session_start(request: HttpRequest, team_id: int) -> HttpResponse:
    team = get_object_or_404(Team.objects.select_related("organisation"), pk=team_id)
    if not selectors.team_can_present(team=team, user=request.user):
        raise Http404
    course = selectors.course_default()
    if course is None:
        messages.error(request, _("There is no course to present yet."))
        return redirect("awareness:team", team.pk)
    session = services.live_session_start(
        team=team, course=course, presenter=request.user
    )
    return redirect("awareness:present", session.pk)


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _presenting_context(request: HttpRequest, session: LiveSession) -> dict:
    """What both presenter views show: the section, its timer, the join code."""
    sections = list(session.course.sections)
    index = min(session.current_section, len(sections) - 1)
    block = sections[index]
    join_url = request.build_absolute_uri(reverse("awareness:join")) + (
        f"?code={session.join_code}"
    )
    elapsed = max(0, int((timezone.now() - session.section_started_at).total_seconds()))
    planned = int(block.value["minutes"]) * 60
    left = planned - elapsed
    return {
        "session": session,
        "course": session.course,
        "current": block,
        "number": index + 1,
        "count": len(sections),
        "outline": [
            {"number": n, "title": b.value["title"], "minutes": b.value["minutes"]}
            for n, b in enumerate(sections, start=1)
        ],
        "has_previous": index > 0,
        "has_next": index < len(sections) - 1,
        "planned_seconds": planned,
        "elapsed_seconds": elapsed,
        "elapsed_minutes": elapsed // 60,
        # The timer as the server sees it, right on every load without JavaScript.
        "time_left": _clock(left) if left >= 0 else "",
        "time_over": _clock(-left) if left < 0 else "",
        "planned_clock": _clock(planned),
        "join_url": join_url,
    }


@login_required
def present(request: HttpRequest, session_id: int) -> HttpResponse:
    """The shared screen: the section in large type, its timer, the join code and QR
    code, and nothing else (never the speaker notes: those are on the presenter's
    own device, ``session_notes``)."""
    session = _presented_session(request, session_id)
    if request.GET.get("state") == "1":
        # The shared screen's script asks which section is showing, so it follows
        # when the presenter moves on from their own device.
        return JsonResponse(
            {"section": session.current_section, "open": session.is_open}
        )
    context = _presenting_context(request, session)
    context["qr"] = _qr_svg(context["join_url"], _("QR code to join this session"))
    return render(request, "awareness/present.html", context)


@login_required
def session_notes(request: HttpRequest, session_id: int) -> HttpResponse:
    """The presenter's own device: speaker notes, moving on, the register and the
    end of the session. Not for the shared screen."""
    session = _presented_session(request, session_id)
    context = _presenting_context(request, session)
    context.update(
        {
            "attendee_count": session.attendances.count(),
            "early": session.is_open and selectors.session_is_early(session=session),
        }
    )
    return render(request, "awareness/present_notes.html", context)


@require_POST
@login_required
def session_move(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _presented_session(request, session_id)
    step = 1 if request.POST.get("direction") == "next" else -1
    try:
        services.live_session_move(session=session, to=session.current_section + step)
    except services.AwarenessError as error:
        messages.error(request, error.message)
    if request.POST.get("view") == "notes":
        return redirect("awareness:notes", session.pk)
    return redirect("awareness:present", session.pk)


@login_required
def session_register(request: HttpRequest, session_id: int) -> HttpResponse:
    """Tick who is in the room from the team list."""
    session = _presented_session(request, session_id)
    if request.method == "POST":
        ids = {
            pk for pk in map(id_from, request.POST.getlist("present")) if pk is not None
        }
        listed = {
            pk for pk in map(id_from, request.POST.getlist("listed")) if pk is not None
        }
        try:
            count = services.register_update(
                session=session,
                present_ids=ids,
                listed_ids=listed if "listed" in request.POST else None,
                actor=request.user,
                request=request,
            )
        except services.AwarenessError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("Register saved: %(count)d present.") % {"count": count}
            )
        return redirect("awareness:register", session.pk)
    attendances = {a.user_id: a for a in selectors.session_attendees(session=session)}
    members = list(session.team.members.order_by("full_name", "email"))
    member_ids = {member.pk for member in members}
    # Everyone on the register, team or not, so anyone can be taken off it, and
    # anyone taken off, so they can be ticked again.
    members += [a.user for pk, a in attendances.items() if pk not in member_ids]
    removals = list(selectors.session_removals(session=session))
    members += [
        removal.user
        for removal in removals
        if removal.user_id not in member_ids and removal.user_id not in attendances
    ]
    return render(
        request,
        "awareness/register.html",
        {
            "session": session,
            "members": [
                {"user": member, "attendance": attendances.get(member.pk)}
                for member in members
            ],
            "present_count": len(attendances),
            "removed_ids": {removal.user_id for removal in removals},
        },
    )


@require_POST
@login_required
def session_end(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _presented_session(request, session_id)
    if not session.is_open:
        messages.info(request, _("This session had already ended."))
        return redirect("awareness:session_summary", session.pk)
    try:
        recorded = services.live_session_end(
            session=session,
            end_early=request.POST.get("end_early") == "yes",
            reason=request.POST.get("reason", ""),
        )
    except services.AwarenessError as error:
        messages.error(request, error.message)
        return redirect(f"{reverse('awareness:notes', args=[session.pk])}#end")
    messages.success(
        request,
        ngettext(
            "Session ended. %(count)d person has a record of attending.",
            "Session ended. %(count)d people have a record of attending.",
            len(recorded),
        )
        % {"count": len(recorded)},
    )
    return redirect("awareness:session_summary", session.pk)


@login_required
def session_summary(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _presented_session(request, session_id)
    return render(
        request,
        "awareness/session_summary.html",
        {
            "session": session,
            "attendances": selectors.session_attendees(session=session),
            "minutes": services.session_minutes(session),
            "section_number": session.current_section + 1,
            "section_count": len(session.course.sections),
        },
    )


@login_required
def session_register_csv(request: HttpRequest, session_id: int) -> HttpResponse:
    """The ended session's register, for the trust's training records (ESR/OLM):
    every cell formula-safe, the download in the audit log."""
    session = _presented_session(request, session_id)
    if session.is_open:
        messages.info(
            request, _("The register can be downloaded once the session has ended.")
        )
        return redirect("awareness:notes", session.pk)
    rows = selectors.session_register_rows(session=session)
    started = timezone.localtime(session.started_at)
    filename = f"register-{session.team.name}-{started:%Y-%m-%d}.csv"
    filename = "".join(ch if ch.isalnum() or ch in "-." else "-" for ch in filename)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so spreadsheet programs read it as UTF-8
    writer = csv.writer(response)
    writer.writerow(selectors.REGISTER_HEADERS)
    for row in rows:
        writer.writerow(csv_safe_row(row))
    audit_export(request, name=filename, rows=len(rows))
    return response


@login_required
def session_join(request: HttpRequest) -> HttpResponse:
    """An attendee types the code from the shared screen on their own phone."""
    form = JoinSessionForm(
        request.POST if request.method == "POST" else None,
        initial={"code": request.GET.get("code", "")},
    )
    if request.method == "POST" and form.is_valid():
        if join_code_paused(request):
            form.add_error("code", PAUSED_MESSAGE)
            return render(request, "awareness/join.html", {"form": form}, status=429)
        try:
            session = services.live_session_join(
                user=request.user, code=form.cleaned_data["code"]
            )
        except services.AwarenessError as error:
            join_code_wrong(request)
            form.add_error("code", error.message)
        else:
            certificates_url = extensions.destination_url("certificates")
            return render(
                request,
                "awareness/joined.html",
                {"session": session, "certificates_url": certificates_url},
            )
    return render(request, "awareness/join.html", {"form": form})
