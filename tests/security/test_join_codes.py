"""Join codes: guessing is throttled by address and by account, the codes are long
enough to resist it, and joining with a code makes someone an attendee and nothing
more (security review H3 and L3)."""

import pytest
from django.test import Client
from django.urls import reverse

from lms.awareness.models import LiveSession
from lms.factories import OrganisationFactory, TeamFactory
from lms.roles import Role
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

TEAM_JOIN = "/teams/join/"
SESSION_JOIN = "/awareness/live/join/"
OFFICE = "203.0.113.40"


def _client(user) -> Client:
    client = Client(REMOTE_ADDR=OFFICE)
    client.force_login(user)
    return client


def _guesses(client, url, count):
    return [
        client.post(url, {"code": f"ZZZZ{n:04d}"}).status_code for n in range(count)
    ]


@pytest.mark.parametrize("url", [TEAM_JOIN, SESSION_JOIN])
def test_one_account_guessing_codes_is_paused_with_a_kind_message(url, trainee):
    client = _client(trainee)

    statuses = _guesses(client, url, 12)

    assert statuses[:10] == [200] * 10
    assert statuses[10:] == [429, 429]
    page = client.post(url, {"code": "ZZZZ9999"}).content.decode()
    assert "paused joining for a few minutes" in page


def test_guessing_on_one_form_counts_on_the_other(trainee, team):
    client = _client(trainee)
    _guesses(client, TEAM_JOIN, 10)

    assert client.post(SESSION_JOIN, {"code": "ZZZZ0000"}).status_code == 429
    # Even the right code waits until the pause is over.
    assert client.post(TEAM_JOIN, {"code": team.join_code}).status_code == 429
    assert not team.members.filter(pk=trainee.pk).exists()


def test_many_accounts_guessing_from_one_address_are_paused(roles, team):
    guessers = [make_user(Role.TRAINEE) for _ in range(5)]
    statuses = []
    for guesser in guessers:
        statuses += _guesses(_client(guesser), TEAM_JOIN, 9)

    assert statuses[:40] == [200] * 40
    assert set(statuses[40:]) == {429}
    # Someone at another address is not held back.
    elsewhere = Client(REMOTE_ADDR="198.51.100.9")
    elsewhere.force_login(make_user(Role.TRAINEE))
    assert elsewhere.post(TEAM_JOIN, {"code": team.join_code}).status_code == 302


def test_a_room_joining_from_one_address_is_never_paused(roles, session):
    people = [make_user(None) for _ in range(60)]

    statuses = [
        _client(person).post(SESSION_JOIN, {"code": session.join_code}).status_code
        for person in people
    ]

    assert statuses == [200] * 60
    assert session.attendances.count() == 60


def test_codes_are_long_enough_to_resist_guessing(session, team):
    # 32 symbols, 8 characters: 2 ** 40 codes each.
    assert len(session.join_code) == 8
    assert len(team.join_code) == 8
    assert LiveSession._meta.get_field("join_code").max_length >= 8


# --- joining by code gives no rights (H3) ---


@pytest.fixture
def outside_trainer(roles, programme_tree):
    """A trainer of another organisation."""
    trainer = make_user(Role.TRAINER, full_name="Tam Elsewhere")
    OrganisationFactory(name="Elsewhere").members.add(trainer)
    return trainer


def test_a_trainer_joining_by_code_cannot_present_for_any_team_there(
    outside_trainer, team, session, lead
):
    other_team = TeamFactory(organisation=team.organisation, name="Willow Ward")
    other_team.leads.add(lead)
    client = _client(outside_trainer)

    assert client.post(TEAM_JOIN, {"code": team.join_code}).status_code == 302
    assert client.post(SESSION_JOIN, {"code": session.join_code}).status_code == 200

    assert team.members.filter(pk=outside_trainer.pk).exists()
    assert not team.organisation.members.filter(pk=outside_trainer.pk).exists()
    for name, args in [
        ("awareness:session_summary", [session.pk]),
        ("awareness:register", [session.pk]),
        ("awareness:present", [session.pk]),
    ]:
        assert client.get(reverse(name, args=args)).status_code == 404
    for target in (team, other_team):
        started = client.post(reverse("awareness:session_start", args=[target.pk]))
        assert started.status_code == 404
    assert LiveSession.objects.count() == 1


def test_a_trainer_an_admin_named_presenter_may_present(outside_trainer, team, session):
    team.presenters.add(outside_trainer)
    client = _client(outside_trainer)

    register = reverse("awareness:register", args=[session.pk])
    assert client.get(register).status_code == 200
    # Named for this team, not for the organisation's other teams.
    other_team = TeamFactory(organisation=team.organisation, name="Willow Ward")
    start = reverse("awareness:session_start", args=[other_team.pk])
    assert client.post(start).status_code == 404


def test_a_named_presenter_finds_the_team_but_not_its_report(
    outside_trainer, team, session
):
    team.presenters.add(outside_trainer)
    client = _client(outside_trainer)

    teams = client.get(reverse("awareness:teams")).content.decode()
    page = client.get(reverse("awareness:team", args=[team.pk])).content.decode()

    assert team.name in teams
    assert "Present now" in page
    assert reverse("awareness:report", args=[team.pk]) not in teams + page
    assert client.get(reverse("awareness:report", args=[team.pk])).status_code == 404
    assert client.get(reverse("awareness:enrol")).status_code == 403
