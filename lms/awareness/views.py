"""Thin views for the staff-awareness course: learners, team leads and presenters."""

import csv

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from alongside import extensions
from alongside.csvsafe import csv_safe_row
from lms.models import Team
from lms.security.audit import audit_export
from lms.security.join_codes import PAUSED_MESSAGE, join_code_paused, join_code_wrong
from lms.selectors import id_from

from . import selectors, services
from .forms import (
    EnrolmentUploadForm,
    JoinSessionForm,
    StaffRecordForm,
    TeamCreateForm,
    check_form_class,
)
from .models import AwarenessCoursePage, LiveSession, PendingImport, TeamInvitation


def _qr_svg(url: str, title: str) -> str:
    """A QR code as inline SVG, so nothing is fetched from elsewhere."""
    qr = segno.make(url, error="m")
    svg = qr.svg_inline(scale=6, title=title, dark="#212b32", light="#ffffff")
    return mark_safe(svg)  # nosec B308 B703  # noqa: S308 - segno's own SVG of our own URL


def _course(course_id: int) -> AwarenessCoursePage:
    return get_object_or_404(AwarenessCoursePage.objects.live(), pk=course_id)


def _managed_team(request: HttpRequest, team_id: int) -> Team:
    """The team, if this person leads it or runs its organisation; else 404."""
    team = get_object_or_404(Team.objects.select_related("organisation"), pk=team_id)
    if not selectors.team_is_managed_by(team=team, user=request.user):
        # Someone else's team looks the same as no team at all.
        raise Http404
    return team


def _presented_session(request: HttpRequest, session_id: int) -> LiveSession:
    session = get_object_or_404(
        LiveSession.objects.select_related("team__organisation", "course"),
        pk=session_id,
    )
    if not selectors.session_can_present(session=session, user=request.user):
        raise Http404
    return session


# Self-paced ---------------------------------------------------------------------


@login_required
def section_view(request: HttpRequest, course_id: int, number: int) -> HttpResponse:
    """One section of the course, read alone, with the progress bar."""
    course = _course(course_id)
    sections = list(course.sections)
    if not 1 <= number <= len(sections):
        raise Http404
    block = sections[number - 1]
    if request.method == "POST":
        was_done = selectors.completion_for(user=request.user, course=course)
        services.section_complete(user=request.user, course=course, block_id=block.id)
        if not was_done and selectors.completion_for(user=request.user, course=course):
            # Going back over a section brought their time up to the minimum.
            return redirect("awareness:done", course.pk)
        if number < len(sections):
            return redirect("awareness:section", course.pk, number + 1)
        if len(course.knowledge_check):
            return redirect("awareness:check", course.pk)
        return redirect("awareness:done", course.pk)
    # Serving the section starts its clock; the time counts when they move on.
    services.section_open(user=request.user, course=course, block_id=block.id)
    overview = selectors.course_overview(course=course, user=request.user)
    return render(
        request,
        "awareness/section.html",
        {
            "course": course,
            "page": course,
            "current": block,
            "number": number,
            "count": len(sections),
            "done": overview["sections"][number - 1]["done"],
            "previous": number - 1 if number > 1 else None,
            **overview,
        },
    )


@login_required
def check_view(request: HttpRequest, course_id: int) -> HttpResponse:
    """The short knowledge check at the end."""
    course = _course(course_id)
    if not len(course.knowledge_check):
        raise Http404
    form_class = check_form_class(course)
    form = form_class(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        answers = {
            name.removeprefix("q_"): value for name, value in form.cleaned_data.items()
        }
        results = services.check_submit(
            user=request.user, course=course, answers=answers
        )
        request.session[f"awareness-check-{course.pk}"] = results
        return redirect("awareness:done", course.pk)
    overview = selectors.course_overview(course=course, user=request.user)
    return render(
        request,
        "awareness/check.html",
        {
            "course": course,
            "page": course,
            "form": form,
            "check_count": len(course.knowledge_check),
            "check_needed_right": selectors.check_needed_right(course=course),
            **overview,
        },
    )


@login_required
def done_view(request: HttpRequest, course_id: int) -> HttpResponse:
    """Where someone finishing on their own lands: their record of completion."""
    course = _course(course_id)
    overview = selectors.course_overview(course=course, user=request.user)
    results = request.session.get(f"awareness-check-{course.pk}")
    progress = selectors.progress_for(user=request.user, course=course)
    return render(
        request,
        "awareness/done.html",
        {
            "certificates_url": extensions.destination_url("certificates"),
            "course": course,
            "page": course,
            "results": results,
            "progress": progress,
            "check_needed_right": selectors.check_needed_right(course=course),
            **overview,
        },
    )


# Teams --------------------------------------------------------------------------


@login_required
def team_list(request: HttpRequest) -> HttpResponse:
    """The teams this person leads, runs the organisation of, or presents for."""
    managed = selectors.teams_managed_by(user=request.user)
    presented = selectors.teams_presented_by(user=request.user)
    teams = Team.objects.filter(
        Q(pk__in=managed.values("pk")) | Q(pk__in=presented.values("pk"))
    ).select_related("organisation")
    can_create = selectors.organisations_for_new_team(user=request.user).exists()
    if not can_create and not teams.exists():
        raise PermissionDenied
    return render(
        request,
        "awareness/team_list.html",
        {
            "teams": teams,
            "managed_ids": set(managed.values_list("pk", flat=True)),
            "can_create": can_create,
        },
    )


@login_required
def team_create(request: HttpRequest) -> HttpResponse:
    """A team lead adds a ward or community team."""
    organisations = selectors.organisations_for_new_team(user=request.user)
    if not organisations.exists():
        raise PermissionDenied
    form = TeamCreateForm(
        request.POST if request.method == "POST" else None,
        organisations=organisations,
    )
    if request.method == "POST" and form.is_valid():
        try:
            team = services.team_create(lead=request.user, **form.cleaned_data)
        except services.AwarenessError as error:
            form.add_error("name", error.message)
        else:
            messages.success(request, _("%(name)s is ready.") % {"name": team.name})
            return redirect("awareness:team", team.pk)
    return render(request, "awareness/team_create.html", {"form": form})


@login_required
def team_detail(request: HttpRequest, team_id: int) -> HttpResponse:
    """Join link, code and QR code to show on screen, and live sessions.

    Named presenters see it too, to start a session; the report and enrolment stay
    with the team's leads and the organisation's admins.
    """
    team = get_object_or_404(Team.objects.select_related("organisation"), pk=team_id)
    if not selectors.team_can_present(team=team, user=request.user):
        raise Http404
    link = team.join_link()
    return render(
        request,
        "awareness/team_detail.html",
        {
            "team": team,
            "manages": selectors.team_is_managed_by(team=team, user=request.user),
            "join_link": link,
            "qr": _qr_svg(link, _("QR code to join %(team)s") % {"team": team.name}),
            "member_count": team.members.count(),
            "sessions": selectors.team_sessions(team=team)[:10],
            "course": selectors.course_default(),
        },
    )


@login_required
def team_report(request: HttpRequest, team_id: int) -> HttpResponse:
    """Who in the team has done the course: counts, a chart and a table."""
    team = _managed_team(request, team_id)
    course = selectors.course_default()
    report = selectors.team_report(team=team, course=course)
    return render(
        request,
        "awareness/team_report.html",
        {
            "team": team,
            "report": report,
            "last_reminder": selectors.team_last_reminder(team=team, course=course),
            "remind_after": selectors.team_can_remind_at(team=team, course=course),
        },
    )


@login_required
def team_report_csv(request: HttpRequest, team_id: int) -> HttpResponse:
    """The report as a spreadsheet; every cell is made formula-safe."""
    team = _managed_team(request, team_id)
    report = selectors.team_report(team=team, course=selectors.course_default())
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"awareness-report-team-{team.pk}-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so spreadsheet programs read it as UTF-8
    writer = csv.writer(response)
    writer.writerow(
        [
            "Name",
            "Email",
            "Job role",
            "Status",
            "How",
            "Completed on",
            "Refresher",
            "Refresher due",
        ]
    )
    for row in report.rows:
        writer.writerow(
            csv_safe_row(
                [
                    row.name,
                    row.email,
                    row.job_role,
                    row.status_label,
                    row.how,
                    row.completed_at.date().isoformat() if row.completed_at else "",
                    row.refresher_label,
                    row.refresher_due_on.isoformat() if row.refresher_due_on else "",
                ]
            )
        )
    audit_export(request, name=filename, rows=len(report.rows))
    return response


@require_POST
@login_required
def team_remind(request: HttpRequest, team_id: int) -> HttpResponse:
    """Send a polite reminder to everyone in the team who has not finished."""
    team = _managed_team(request, team_id)
    course = selectors.course_default()
    if course is None:
        messages.error(request, _("There is no course to remind people about yet."))
        return redirect("awareness:report", team.pk)
    try:
        count = services.team_remind(team=team, course=course, actor=request.user)
    except services.AwarenessError as error:
        messages.error(request, error.message)
        return redirect("awareness:report", team.pk)
    if count:
        messages.success(
            request,
            _("We are sending a reminder to %(count)d people.") % {"count": count},
        )
    else:
        messages.success(request, _("Everyone has finished: nobody needs a reminder."))
    return redirect("awareness:report", team.pk)


# Bulk enrolment -----------------------------------------------------------------


@login_required
def enrol_upload(request: HttpRequest) -> HttpResponse:
    """Upload a CSV of staff; nothing is written until the preview is confirmed."""
    if not selectors.teams_managed_by(user=request.user).exists():
        raise PermissionDenied
    form = EnrolmentUploadForm(
        request.POST if request.method == "POST" else None, request.FILES or None
    )
    preview = None
    if request.method == "POST" and form.is_valid():
        preview = services.enrolment_preview(
            actor=request.user, upload=form.cleaned_data["file"]
        )
        if preview.ok:
            pending = services.pending_import_create(
                actor=request.user, preview=preview
            )
            return redirect("awareness:enrol_confirm", pending.pk)
    return render(
        request,
        "awareness/enrol_upload.html",
        {"form": form, "preview": preview},
    )


@login_required
def enrol_confirm(request: HttpRequest, pending_id: int) -> HttpResponse:
    """The checked list, and the button that imports all of it."""
    pending = get_object_or_404(PendingImport, pk=pending_id, created_by=request.user)
    if request.method == "POST":
        try:
            result = services.enrolment_import(actor=request.user, pending=pending)
        except services.AwarenessError as error:
            messages.error(request, error.message)
            return redirect("awareness:enrol")
        messages.success(
            request,
            _(
                "Done. New people added and invited by email: %(added)d. "
                "People who already use Alongside, asked to accept: %(asked)d. "
                "Already in their team: %(already)d."
            )
            % {
                "added": result.added,
                "asked": result.asked,
                "already": result.already,
            },
        )
        return redirect("awareness:teams")
    teams = {
        team.pk: team.name for team in selectors.teams_managed_by(user=request.user)
    }
    rows = [{**row, "team": teams.get(row["team_id"], "")} for row in pending.rows]
    return render(
        request,
        "awareness/enrol_confirm.html",
        {"pending": pending, "rows": rows[:200], "total": len(rows)},
    )


@login_required
def invitation(request: HttpRequest, invitation_id: int) -> HttpResponse:
    """The invited person accepts or declines joining a team; nobody else sees it."""
    invitation = get_object_or_404(
        TeamInvitation.objects.select_related("team__organisation", "invited_by"),
        pk=invitation_id,
        user=request.user,
    )
    if request.method == "POST":
        answer = request.POST.get("answer")
        if answer not in ("accept", "decline"):
            messages.error(request, _("Choose whether to join the team or not."))
            return redirect("awareness:invitation", invitation.pk)
        try:
            services.team_invitation_answer(
                invitation=invitation, user=request.user, accept=answer == "accept"
            )
        except services.AwarenessError as error:
            messages.info(request, error.message)
            return redirect("awareness:invitation", invitation.pk)
        if answer == "accept":
            messages.success(
                request,
                _("You have joined %(team)s.") % {"team": invitation.team.name},
            )
            return redirect("lms:dashboard")
        messages.success(
            request,
            _("You have declined. You will not be added to %(team)s.")
            % {"team": invitation.team.name},
        )
        return redirect("awareness:invitation", invitation.pk)
    return render(request, "awareness/invitation.html", {"invitation": invitation})


# Live sessions ------------------------------------------------------------------


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
def staff_record(request: HttpRequest) -> HttpResponse:
    """Your own numbers for your trust's training records: all optional."""
    profile = selectors.staff_profile_of(user=request.user)
    form = StaffRecordForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        services.staff_record_update(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your staff record details are saved."))
        return redirect("awareness:staff_record")
    return render(
        request,
        "awareness/staff_record.html",
        {"form": form, "cpd_url": extensions.destination_url("cpd")},
        status=400 if request.method == "POST" else 200,
    )


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
