"""A team lead's spreadsheet cannot pull someone else's account into their team or
change it: an existing account is invited, and accepts or declines (security
review M7). Formulas in the spreadsheet never reach an export as formulas."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from lms.awareness.models import StaffProfile, TeamInvitation
from lms.factories import OrganisationFactory, TeamFactory
from lms.roles import Role
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def lead(roles):
    return make_user(Role.TEAM_LEAD, full_name="Lee Lead")


@pytest.fixture
def team(lead):
    team = TeamFactory(
        organisation=OrganisationFactory(name="Northfield Trust"), name="Ward 7"
    )
    team.leads.add(lead)
    return team


@pytest.fixture
def someone(roles):
    """An account the team lead does not manage, with a job role of their own."""
    user = make_user(Role.SITE_ADMIN, email="alex@example.org", full_name="Alex Rowe")
    StaffProfile.objects.create(user=user, job_role="Site administrator")
    return user


def _import(client, rows: str, django_capture_on_commit_callbacks):
    upload = SimpleUploadedFile(
        "staff.csv", ("name,email,job role,team\n" + rows).encode(), "text/csv"
    )
    response = client.post(reverse("awareness:enrol"), {"file": upload})
    assert response.status_code == 302, response.content.decode()[:2000]
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(response.url, follow=True)


ROW = "Alex,alex@example.org,,Ward 7\n"


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_an_existing_account_is_invited_not_added_and_not_changed(
    lead, team, someone, django_capture_on_commit_callbacks
):
    client = _signed_in(lead)
    done = _import(
        client,
        "Pat Made-up,Alex@example.org,Pwned role,Ward 7\n",
        django_capture_on_commit_callbacks,
    )
    assert (
        "People who already use Alongside, asked to accept: 1." in done.content.decode()
    )

    someone.refresh_from_db()
    assert not team.members.filter(pk=someone.pk).exists()
    assert not team.organisation.members.filter(pk=someone.pk).exists()
    assert StaffProfile.objects.get(user=someone).job_role == "Site administrator"
    assert someone.full_name == "Alex Rowe"
    # The report shows what the spreadsheet said, as invited; not the account's name.
    report = client.get(reverse("awareness:report", args=[team.pk])).content.decode()
    assert "Pat Made-up" in report and "Invited" in report
    assert "Alex Rowe" not in report
    csv = client.get(reverse("awareness:report_csv", args=[team.pk])).content.decode()
    assert "Pat Made-up,alex@example.org,Pwned role,Invited" in csv
    assert "Alex Rowe" not in csv
    # Nobody is reminded about a course for a team they have not joined.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("awareness:remind", args=[team.pk]))
    assert [m.to for m in mail.outbox] == [["alex@example.org"]]

    # The email asks them to accept; the link is theirs alone.
    path = re.search(r"https?://\S+(/awareness/invitations/\d+/)", mail.outbox[0].body)
    path = path[1]
    assert _signed_in(lead).get(path).status_code == 404
    owner = _signed_in(someone)
    page = owner.get(path).content.decode()
    assert "Join Ward 7?" in page and "Lee Lead has invited you" in page
    dashboard = owner.get(reverse("lms:dashboard")).content.decode()
    assert "invited to join Ward 7" in dashboard

    accepted = owner.post(path, {"answer": "accept"})
    assert accepted.status_code == 302
    assert team.members.filter(pk=someone.pk).exists()
    assert StaffProfile.objects.get(user=someone).job_role == "Site administrator"
    report = client.get(reverse("awareness:report", args=[team.pk])).content.decode()
    assert "Alex Rowe" in report and "Invited" not in report
    # Once only.
    owner.post(path, {"answer": "decline"})
    assert team.members.filter(pk=someone.pk).exists()


def test_declining_leaves_them_out_and_a_new_import_does_not_ask_again(
    lead, team, someone, django_capture_on_commit_callbacks
):
    client = _signed_in(lead)
    _import(client, ROW, django_capture_on_commit_callbacks)
    invitation = TeamInvitation.objects.get(user=someone)

    owner = _signed_in(someone)
    declined = owner.post(
        reverse("awareness:invitation", args=[invitation.pk]), {"answer": "decline"}
    )

    assert declined.status_code == 302
    assert not team.members.filter(pk=someone.pk).exists()
    report = client.get(reverse("awareness:report", args=[team.pk])).content.decode()
    assert "alex@example.org" not in report
    mail.outbox.clear()
    _import(client, ROW, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert not team.members.filter(pk=someone.pk).exists()


def test_someone_elses_invitation_is_not_found(lead, team, someone, roles):
    invitation = TeamInvitation.objects.create(
        team=team, user=someone, invited_by=lead, name="Alex"
    )
    stranger = _signed_in(make_user(Role.TRAINEE))
    url = reverse("awareness:invitation", args=[invitation.pk])

    assert stranger.get(url).status_code == 404
    assert stranger.post(url, {"answer": "accept"}).status_code == 404
    assert not team.members.filter(pk=someone.pk).exists()


def test_formulas_in_the_spreadsheet_are_never_exported_as_formulas(
    lead, team, django_capture_on_commit_callbacks
):
    client = _signed_in(lead)
    _import(
        client,
        '"=HYPERLINK(""http://evil.example"")",new@example.org,+SUM(A1),Ward 7\n',
        django_capture_on_commit_callbacks,
    )

    csv = client.get(reverse("awareness:report_csv", args=[team.pk])).content.decode()

    row = next(line for line in csv.splitlines() if "new@example.org" in line)
    assert row.startswith("\"'=HYPERLINK(")
    assert ",'+SUM(A1)," in row


def test_an_address_typed_in_capitals_is_the_same_account(
    lead, team, roles, django_capture_on_commit_callbacks
):
    """An account made in the admin as Jo.Bloggs@NHS.net is the one a spreadsheet's
    jo.bloggs@nhs.net means: invited, never a second account."""
    jo = make_user(Role.TRAINEE, email="Jo.Bloggs@NHS.net", full_name="Jo Bloggs")
    jo.refresh_from_db()
    assert jo.email == "jo.bloggs@nhs.net"
    done = _import(
        _signed_in(lead),
        "Jo Bloggs,JO.BLOGGS@nhs.net,Midwife,Ward 7\n",
        django_capture_on_commit_callbacks,
    )
    assert (
        "People who already use Alongside, asked to accept: 1." in done.content.decode()
    )
    from lms.models import User

    assert User.objects.filter(email__iexact="jo.bloggs@nhs.net").count() == 1


def test_a_second_account_differing_only_in_case_is_refused_clearly(
    client, site_admin, roles
):
    make_user(Role.TRAINEE, email="sam@example.org", full_name="Sam")
    client.force_login(site_admin)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "SAM@Example.org",
            "full_name": "Sam Again",
            "password1": "a long enough passphrase 42",
            "password2": "a long enough passphrase 42",
            "is_active": "on",
        },
    )
    assert response.status_code == 200  # the form again, not a 500
    assert "already" in response.content.decode()
    from lms.models import User

    assert User.objects.filter(email__iexact="sam@example.org").count() == 1
