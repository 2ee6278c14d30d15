"""Teams, enrolment from a spreadsheet, invitations and people's own staff numbers."""

from __future__ import annotations

import datetime
import secrets
from dataclasses import dataclass, field

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from alongside.csvsafe import csv_read
from lms.models import Organisation, Team, User

from .. import selectors
from ..models import (
    PendingImport,
    StaffProfile,
    TeamInvitation,
)
from .course import AwarenessError

IMPORT_HEADERS = ["name", "email", "job role", "team"]


# For the trust's training records (ESR): given for new people only; someone with an
# account gives their own on their profile.
IMPORT_OPTIONAL = ["employee number", "assignment number"]


INVITE_BATCH = 250


@transaction.atomic
def team_create(*, lead: User, organisation: Organisation, name: str) -> Team:
    """A new team with its creator as lead."""
    name = " ".join(name.split())
    if not name:
        raise AwarenessError(_("Give the team a name."))
    if (
        not selectors.organisations_for_new_team(user=lead)
        .filter(pk=organisation.pk)
        .exists()
    ):
        raise AwarenessError(_("You cannot add teams to that organisation."))
    if Team.objects.filter(organisation=organisation, name__iexact=name).exists():
        raise AwarenessError(
            _("%(org)s already has a team called %(name)s.")
            % {"org": organisation.name, "name": name}
        )
    team = Team.objects.create(organisation=organisation, name=name)
    team.leads.add(lead)
    organisation.members.add(lead)
    return team


@dataclass
class PreviewRow:
    line: int
    name: str
    email: str
    job_role: str
    team_name: str
    team_id: int | None = None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    employee_number: str = ""
    assignment_number: str = ""


@dataclass
class ImportPreview:
    rows: list[PreviewRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    neutralised: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows) and not self.error_rows

    @property
    def error_rows(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.errors]

    @property
    def new_people(self) -> int:
        return sum(1 for row in self.rows if "new" in row.notes)


def enrolment_preview(*, actor: User, upload) -> ImportPreview:
    """Check an uploaded CSV of staff, row by row, without writing anything."""
    read = csv_read(upload, required=IMPORT_HEADERS, optional=IMPORT_OPTIONAL)
    preview = ImportPreview(
        errors=list(read.errors), neutralised=read.neutralised_count
    )
    if read.errors:
        return preview
    teams: dict[str, list[Team]] = {}
    for team in selectors.teams_managed_by(user=actor):
        teams.setdefault(team.name.casefold(), []).append(team)
    emails = [row.values["email"].strip().lower() for row in read.rows]
    existing = dict(
        User.objects.filter(email__in=[e for e in emails if e]).values_list(
            "email", "pk"
        )
    )
    memberships = set(
        Team.members.through.objects.filter(user_id__in=existing.values()).values_list(
            "team_id", "user_id"
        )
    )
    seen: dict[str, int] = {}
    for csv_row, email in zip(read.rows, emails, strict=True):
        values = csv_row.values
        row = PreviewRow(
            line=csv_row.line,
            name=" ".join(values["name"].split()),
            email=email,
            job_role=values["job role"].strip(),
            team_name=values["team"].strip(),
            errors=list(csv_row.errors),
        )
        if not row.name:
            row.errors.append(_("The name is missing."))
        elif len(row.name) > 150:
            row.errors.append(_("The name is longer than 150 characters."))
        if len(row.job_role) > 120:
            row.errors.append(_("The job role is longer than 120 characters."))
        row.employee_number = " ".join(values.get("employee number", "").split())
        row.assignment_number = " ".join(values.get("assignment number", "").split())
        if len(row.employee_number) > 30 or len(row.assignment_number) > 30:
            row.errors.append(
                _("An employee or assignment number is longer than 30 characters.")
            )
        try:
            validate_email(email)  # allows 320 characters; the column holds 254
            if len(email) > 254:
                raise ValidationError("too long")
        except ValidationError:
            row.errors.append(
                _("“%(email)s” is not a valid email address.") % {"email": email}
                if email
                else _("The email address is missing.")
            )
        else:
            if email in seen:
                row.errors.append(
                    _("This email address is also on line %(line)d.")
                    % {"line": seen[email]}
                )
            else:
                seen[email] = row.line
        matches = teams.get(row.team_name.casefold(), [])
        if not row.team_name:
            row.errors.append(_("The team is missing."))
        elif not matches:
            row.errors.append(
                _("“%(team)s” is not one of your teams.") % {"team": row.team_name}
            )
        elif len(matches) > 1:
            row.errors.append(
                _("More than one of your teams is called “%(team)s”.")
                % {"team": row.team_name}
            )
        else:
            row.team_id = matches[0].pk
        if email in existing:
            if (row.team_id, existing[email]) in memberships:
                row.notes.append("already")
            else:
                row.notes.append("existing")
        else:
            row.notes.append("new")
        preview.rows.append(row)
    if not preview.rows:
        preview.errors.append(_("The file has no rows."))
    return preview


def pending_import_create(*, actor: User, preview: ImportPreview) -> PendingImport:
    """Keep a checked file's rows until the person confirms the import."""
    PendingImport.objects.filter(
        created_by=actor, created_at__lt=timezone.now() - datetime.timedelta(days=1)
    ).delete()
    return PendingImport.objects.create(
        created_by=actor,
        rows=[
            {
                "line": row.line,
                "name": row.name,
                "email": row.email,
                "job_role": row.job_role,
                "team_id": row.team_id,
                "employee_number": row.employee_number,
                "assignment_number": row.assignment_number,
            }
            for row in preview.rows
        ],
    )


@dataclass
class ImportResult:
    created: int = 0
    added: int = 0
    already: int = 0
    # People who already have an account: asked to accept, never added.
    asked: int = 0
    invited_ids: list[int] = field(default_factory=list)


@transaction.atomic
def enrolment_import(*, actor: User, pending: PendingImport) -> ImportResult:
    """Create every new person and their team place in one go, or nothing at all.

    Someone who already has an account is not added to a team, and nothing of
    theirs is changed: they get an invitation to accept or decline, and the team's
    report shows them as invited until they answer. Rows were checked at preview;
    the teams are checked again here, as the person's access may have changed since.
    """
    if pending.created_by_id != actor.pk:
        raise AwarenessError(_("That import is not yours."))
    rows = pending.rows
    team_ids = {row["team_id"] for row in rows}
    allowed = set(
        selectors.teams_managed_by(user=actor)
        .filter(pk__in=team_ids)
        .values_list("pk", flat=True)
    )
    if not rows or team_ids - allowed:
        raise AwarenessError(
            _("Some of these teams are no longer yours. Nothing was imported.")
        )
    emails = [row["email"] for row in rows]
    existing = dict(User.objects.filter(email__in=emails).values_list("email", "pk"))
    now = timezone.now()
    new_rows = [row for row in rows if row["email"] not in existing]
    new_users = [
        User(
            email=row["email"],
            full_name=row["name"],
            # What make_password(None) makes, without 40 calls to the system RNG
            # per person: no password works until they choose one.
            password=UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(30),
            date_joined=now,
        )
        for row in new_rows
    ]
    try:
        with transaction.atomic():
            User.objects.bulk_create(new_users, batch_size=1000)
    except IntegrityError as error:
        raise AwarenessError(
            _(
                "Someone on the list signed up while you were checking it. "
                "Nothing was imported: please upload the file again."
            )
        ) from error
    ids = dict(
        User.objects.filter(email__in=[row["email"] for row in new_rows]).values_list(
            "email", "pk"
        )
    )
    new_ids = [ids[user.email] for user in new_users]
    StaffProfile.objects.bulk_create(
        [
            StaffProfile(
                user_id=ids[row["email"]],
                job_role=row["job_role"],
                employee_number=row.get("employee_number", ""),
                assignment_number=row.get("assignment_number", ""),
                invited_by=actor,
                invited_at=now,
            )
            for row in new_rows
        ],
        batch_size=1000,
    )
    result = ImportResult(created=len(new_users))
    Team.members.through.objects.bulk_create(
        [
            Team.members.through(team_id=row["team_id"], user_id=ids[row["email"]])
            for row in new_rows
        ],
        batch_size=1000,
    )
    result.added = len(new_rows)
    # Existing accounts: an invitation each, unless already in the team.
    members = set(
        Team.members.through.objects.filter(
            team_id__in=team_ids, user_id__in=existing.values()
        ).values_list("team_id", "user_id")
    )
    asked = set(
        TeamInvitation.objects.filter(
            team_id__in=team_ids, user_id__in=existing.values()
        ).values_list("team_id", "user_id")
    )
    invitations = []
    for row in rows:
        if row["email"] not in existing:
            continue
        pair = (row["team_id"], existing[row["email"]])
        if pair in members:
            result.already += 1
            continue
        result.asked += 1
        if pair in asked:  # asked before (and perhaps declined): not asked again
            continue
        asked.add(pair)
        invitations.append(
            TeamInvitation(
                team_id=pair[0],
                user_id=pair[1],
                invited_by=actor,
                name=row["name"],
                job_role=row["job_role"],
                created_at=now,
            )
        )
    created = TeamInvitation.objects.bulk_create(invitations, batch_size=1000)
    invitation_ids = [invitation.pk for invitation in created]
    pending.delete()
    result.invited_ids = new_ids
    invites_queue(user_ids=new_ids, invited_by_id=actor.pk)
    team_invitations_queue(invitation_ids=invitation_ids)
    return result


def team_invitations_queue(*, invitation_ids: list[int]) -> None:
    """Email each invitation in the background, once the import is saved."""
    from ..tasks import team_invitations_send_task

    for start in range(0, len(invitation_ids), INVITE_BATCH):
        batch = invitation_ids[start : start + INVITE_BATCH]
        transaction.on_commit(
            lambda batch=batch: team_invitations_send_task.delay(invitation_ids=batch)
        )


@transaction.atomic
def team_invitation_answer(
    *, invitation: TeamInvitation, user: User, accept: bool
) -> TeamInvitation:
    """The invited person accepts (and joins the team) or declines; once only."""
    invitation = (
        TeamInvitation.objects.select_for_update()
        .select_related("team")
        .get(pk=invitation.pk)
    )
    if invitation.user_id != user.pk:
        raise AwarenessError(_("This invitation is for someone else."))
    if not invitation.is_open:
        raise AwarenessError(_("You have already answered this invitation."))
    if accept:
        invitation.accepted_at = timezone.now()
        invitation.team.members.add(user)
    else:
        invitation.declined_at = timezone.now()
    invitation.save(update_fields=["accepted_at", "declined_at"])
    return invitation


def invites_queue(*, user_ids: list[int], invited_by_id: int) -> None:
    """Send the invitation emails in the background, once the import is saved."""
    from ..tasks import invites_send_task

    for start in range(0, len(user_ids), INVITE_BATCH):
        batch = user_ids[start : start + INVITE_BATCH]
        transaction.on_commit(
            lambda batch=batch: invites_send_task.delay(
                user_ids=batch, invited_by_id=invited_by_id
            )
        )


def _invite_link(user: User) -> str:
    from django.conf import settings
    from django.contrib.auth.tokens import default_token_generator
    from django.urls import reverse
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    # Our own token link: PasswordResetForm skips accounts with no usable password,
    # which is exactly what an invited person has until they choose one.
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return settings.SITE_URL + reverse(
        "lms:password_reset_confirm", kwargs={"uidb64": uid, "token": token}
    )


def invites_send(*, user_ids: list[int], invited_by_id: int | None = None) -> int:
    """Email each invited person a link to choose a password and start the course."""
    from django.conf import settings
    from django.core.mail import EmailMessage, get_connection
    from django.template.loader import render_to_string

    inviter = User.objects.filter(pk=invited_by_id).first()
    course = selectors.course_default()
    messages = []
    users = User.objects.filter(pk__in=user_ids, is_active=True).prefetch_related(
        "teams"
    )
    for user in users:
        if user.has_usable_password():  # already set up: no invitation needed
            continue
        context = {
            "user": user,
            "inviter": inviter,
            "link": _invite_link(user),
            "course": course,
            "course_url": settings.SITE_URL + course.url if course else "",
            "teams": list(user.teams.all()),
        }
        messages.append(
            EmailMessage(
                subject=_(
                    "You are invited to a short course: working alongside peer workers"
                ),
                body=render_to_string("awareness/email/invite.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[user.email],
            )
        )
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0


def team_invitations_send(*, invitation_ids: list[int]) -> int:
    """Email each person who already has an account the invitation to accept."""
    from django.conf import settings
    from django.core.mail import EmailMessage, get_connection
    from django.template.loader import render_to_string
    from django.urls import reverse

    invitations = TeamInvitation.objects.filter(
        pk__in=invitation_ids,
        accepted_at__isnull=True,
        declined_at__isnull=True,
        user__is_active=True,
    ).select_related("user", "team__organisation", "invited_by")
    messages = [
        EmailMessage(
            subject=_("You are invited to join %(team)s on Alongside")
            % {"team": invitation.team.name},
            body=render_to_string(
                "awareness/email/team_invitation.txt",
                {
                    "invitation": invitation,
                    "link": settings.SITE_URL
                    + reverse("awareness:invitation", args=[invitation.pk]),
                },
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[invitation.user.email],
        )
        for invitation in invitations
    ]
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0


def staff_record_update(
    *, user: User, employee_number: str, assignment_number: str, nmc_pin: str
) -> StaffProfile:
    """The person's own numbers for their trust's training records (all optional)."""
    profile, _created = StaffProfile.objects.get_or_create(user=user)
    profile.employee_number = " ".join(employee_number.split())
    profile.assignment_number = " ".join(assignment_number.split())
    profile.nmc_pin = "".join(nmc_pin.split()).upper()
    profile.save(update_fields=["employee_number", "assignment_number", "nmc_pin"])
    return profile
