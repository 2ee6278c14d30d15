"""Teams: creating one, sharing its join code, and enrolling staff from a CSV."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lms.awareness.models import PendingImport, StaffProfile
from lms.factories import TeamFactory
from lms.models import Team, User
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

HEADER = "name,email,job role,team\n"


def upload(client, text: str | bytes, name="staff.csv"):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return client.post(
        reverse("awareness:enrol"),
        {"file": SimpleUploadedFile(name, data, content_type="text/csv")},
    )


# Creating and sharing a team ----------------------------------------------------


def test_team_lead_creates_a_team_and_gets_code_link_and_qr(client, team_lead, trust):
    trust.members.add(team_lead)
    client.force_login(team_lead)

    response = client.post(
        reverse("awareness:team_create"),
        {"name": "  Ward   9 maternity ", "organisation": trust.pk},
    )

    team = Team.objects.get(name="Ward 9 maternity")
    assert response.url == reverse("awareness:team", args=[team.pk])
    assert team.leads.filter(pk=team_lead.pk).exists()
    page = client.get(response.url).content.decode()
    assert team.join_code in page
    assert f"/teams/join/?code={team.join_code}" in page
    assert "<svg" in page and "QR code to join Ward 9 maternity" in page


def test_team_name_must_be_new_in_its_organisation(client, team_lead, team):
    client.force_login(team_lead)
    response = client.post(
        reverse("awareness:team_create"),
        {"name": "ward 7", "organisation": team.organisation.pk},
    )
    assert response.status_code == 200
    assert "already has a team called" in response.content.decode()
    assert Team.objects.filter(organisation=team.organisation).count() == 1


def test_team_lead_cannot_add_a_team_to_another_organisation(
    client, team_lead, team, other_team
):
    client.force_login(team_lead)
    response = client.post(
        reverse("awareness:team_create"),
        {"name": "Sneaky", "organisation": other_team.organisation.pk},
    )
    assert response.status_code == 200
    assert not Team.objects.filter(name="Sneaky").exists()


def test_people_without_a_team_role_cannot_create_teams(client, member):
    client.force_login(member)
    assert client.get(reverse("awareness:team_create")).status_code == 403
    assert client.get(reverse("awareness:teams")).status_code == 403


def test_anonymous_people_are_sent_to_sign_in(client, team):
    for url in [
        reverse("awareness:teams"),
        reverse("awareness:team", args=[team.pk]),
        reverse("awareness:enrol"),
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response.url


def test_a_team_lead_cannot_open_another_teams_page(
    client, team_lead, team, other_team
):
    client.force_login(team_lead)
    assert client.get(reverse("awareness:team", args=[team.pk])).status_code == 200
    assert (
        client.get(reverse("awareness:team", args=[other_team.pk])).status_code == 404
    )


# CSV enrolment ------------------------------------------------------------------


def test_preview_lists_each_bad_row_and_writes_nothing(client, team_lead, team):
    existing = make_user(None, email="taken@example.org")
    client.force_login(team_lead)
    users_before = User.objects.count()

    response = upload(
        client,
        HEADER
        + "Ann Able,ann@example.org,Midwife,Ward 7\n"
        + "Bad Email,not-an-email,Nurse,Ward 7\n"
        + "Ann Again,ANN@example.org,Nurse,Ward 7\n"
        + "Lost Person,lost@example.org,Nurse,Nowhere ward\n"
        + "Known Person,taken@example.org,Nurse,Ward 7\n",
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Nothing has been imported" in page
    assert "“not-an-email” is not a valid email address." in page
    assert "This email address is also on line 2." in page
    assert "“Nowhere ward” is not one of your teams." in page
    assert "Known Person" not in page  # an existing account is not an error
    assert User.objects.count() == users_before
    assert not PendingImport.objects.exists()
    assert not team.members.filter(pk=existing.pk).exists()


def test_another_teams_name_counts_as_unknown(client, team_lead, team, other_team):
    client.force_login(team_lead)
    response = upload(client, HEADER + f"X Y,xy@example.org,Nurse,{other_team.name}\n")
    assert "is not one of your teams" in response.content.decode()


def test_good_file_previews_then_imports_everyone_and_sends_invitations(
    client, team_lead, team, django_capture_on_commit_callbacks
):
    existing = make_user(None, email="known@example.org", full_name="Known Person")
    client.force_login(team_lead)

    response = upload(
        client,
        "\ufeffName,Email,Job role,Team\r\n"
        "Ann Able,Ann@Example.org,Midwife,Ward 7\r\n"
        "Bo Brown,bo@example.org,Staff nurse,ward 7\r\n"
        "Known Person,known@example.org,Psychiatrist,Ward 7\r\n",
    )
    pending = PendingImport.objects.get()
    assert response.url == reverse("awareness:enrol_confirm", args=[pending.pk])
    confirm = client.get(response.url).content.decode()
    assert "Import 3 people" in confirm and "ann@example.org" in confirm
    assert User.objects.filter(email="ann@example.org").count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(response.url)

    assert done.url == reverse("awareness:teams")
    ann = User.objects.get(email="ann@example.org")
    assert ann.full_name == "Ann Able"
    assert not ann.has_usable_password()
    assert StaffProfile.objects.get(user=ann).job_role == "Midwife"
    # The existing account is asked, not added (see tests/security/test_csv_enrolment).
    assert set(team.members.values_list("email", flat=True)) == {
        "ann@example.org",
        "bo@example.org",
    }
    assert not StaffProfile.objects.filter(user=existing).exists()
    assert not PendingImport.objects.exists()
    # New people are invited to choose a password, each with their own link.
    assert sorted(m.to[0] for m in mail.outbox) == [
        "ann@example.org",
        "bo@example.org",
        "known@example.org",
    ]
    body = next(m.body for m in mail.outbox if m.to == ["ann@example.org"])
    assert "Lee Lead has invited you" in body


def test_invitation_link_lets_the_person_choose_a_password(
    client, team_lead, team, django_capture_on_commit_callbacks
):
    client.force_login(team_lead)
    response = upload(client, HEADER + "Ann Able,ann@example.org,Midwife,Ward 7\n")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(response.url)
    client.logout()
    link = re.search(r"http://\S+/accounts/password/reset/\S+/", mail.outbox[0].body)
    path = link.group(0).split("http://", 1)[1].split("/", 1)[1]

    form = client.get("/" + path, follow=True)
    assert form.status_code == 200
    client.post(
        form.redirect_chain[-1][0],
        {
            "new_password1": "a-brand-new-pass-77",
            "new_password2": "a-brand-new-pass-77",
        },
    )

    ann = User.objects.get(email="ann@example.org")
    assert ann.check_password("a-brand-new-pass-77")


def test_the_import_is_all_or_nothing_if_the_lead_loses_the_team(
    client, team_lead, team
):
    client.force_login(team_lead)
    response = upload(client, HEADER + "Ann Able,ann@example.org,Midwife,Ward 7\n")
    team.leads.remove(team_lead)

    done = client.post(response.url, follow=True)

    assert "Nothing was imported" in done.content.decode()
    assert not User.objects.filter(email="ann@example.org").exists()
    assert mail.outbox == []


def test_someone_elses_pending_import_is_not_found(client, team_lead, other_lead, team):
    client.force_login(team_lead)
    response = upload(client, HEADER + "Ann Able,ann@example.org,Midwife,Ward 7\n")
    client.force_login(other_lead)
    assert client.get(response.url).status_code == 404
    assert client.post(response.url).status_code == 404
    assert not User.objects.filter(email="ann@example.org").exists()


def test_huge_file_is_refused_with_a_clear_message(client, team_lead, team):
    client.force_login(team_lead)
    row = "Someone,someone@example.org,Nurse,Ward 7\n"
    response = upload(client, HEADER + row * (11 * 1024 * 1024 // len(row)))
    assert response.status_code == 200
    assert "larger than 10 MB" in response.content.decode()
    assert not PendingImport.objects.exists()


def test_wrongly_encoded_file_is_refused_with_a_clear_message(client, team_lead, team):
    client.force_login(team_lead)
    data = (HEADER + "Zoë Brontë,zoe@example.org,Nurse,Ward 7\n").encode("cp1252")
    response = upload(client, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "not saved as UTF-8" in page
    assert not User.objects.filter(email="zoe@example.org").exists()


def test_malformed_file_is_refused(client, team_lead, team):
    client.force_login(team_lead)
    response = upload(client, "this is,not\x00a csv")
    assert response.status_code == 200
    assert "Nothing has been imported" in response.content.decode()


def test_formula_cells_are_stored_as_typed(client, team_lead, team):
    """The guard is on export (tests/awareness/test_report.py): names stay theirs."""
    client.force_login(team_lead)
    response = upload(
        client,
        HEADER + '=HYPERLINK("http://x.example"),f@example.org,@SUM(A1),Ward 7\n',
    )
    client.post(response.url)
    person = User.objects.get(email="f@example.org")
    assert person.full_name == '=HYPERLINK("http://x.example")'
    assert person.staff_profile.job_role == "@SUM(A1)"


def test_only_managers_of_a_team_may_upload(client, member):
    client.force_login(member)
    response = upload(client, HEADER + "A,a@example.org,Nurse,Ward 7\n")
    assert response.status_code == 403


def test_organisation_admin_imports_into_their_organisations_teams(
    client, org_admin, team
):
    TeamFactory(organisation=team.organisation, name="Community team")
    client.force_login(org_admin)
    response = upload(
        client,
        HEADER
        + "A One,a1@example.org,Nurse,Ward 7\n"
        + "B Two,b2@example.org,Nurse,Community team\n",
    )
    client.post(response.url)
    assert Team.objects.get(name="Community team").members.count() == 1
    assert team.members.count() == 1
