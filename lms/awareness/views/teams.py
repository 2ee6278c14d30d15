"""Teams for a team lead: reports, reminders, enrolment, invitations; staff records."""

import csv

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from alongside import extensions
from alongside.csvsafe import csv_safe_row
from lms.models import Team
from lms.security.audit import audit_export

from .. import selectors, services
from ..forms import (
    EnrolmentUploadForm,
    StaffRecordForm,
    TeamCreateForm,
)
from ..models import PendingImport, TeamInvitation


def _qr_svg(url: str, title: str) -> str:
    """A QR code as inline SVG, so nothing is fetched from elsewhere."""
    qr = segno.make(url, error="m")
    svg = qr.svg_inline(scale=6, title=title, dark="#212b32", light="#ffffff")
    return mark_safe(svg)  # nosec B308 B703  # noqa: S308 - segno's own SVG of our own URL


def _managed_team(request: HttpRequest, team_id: int) -> Team:
    """The team, if this person leads it or runs its organisation; else 404."""
    team = get_object_or_404(Team.objects.select_related("organisation"), pk=team_id)
    if not selectors.team_is_managed_by(team=team, user=request.user):
        # Someone else's team looks the same as no team at all.
        raise Http404
    return team


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
