"""Live sessions: presenter view, register, joining by code and ending once."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from alongside import signals
from lms.awareness.models import Attendance, Completion, LiveSession
from lms.awareness.services import completion_record, live_session_end
from lms.roles import Role
from tests.conftest import make_user

from .helpers import run_to_the_end

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(client, team_lead, team, course):
    client.force_login(team_lead)
    response = client.post(reverse("awareness:session_start", args=[team.pk]))
    session = LiveSession.objects.get()
    assert response.url == reverse("awareness:present", args=[session.pk])
    return session


@pytest.fixture
def ended():
    calls = []

    def receiver(sender, **kwargs):
        calls.append(kwargs)

    signals.awareness_session_ended.connect(receiver)
    yield calls
    signals.awareness_session_ended.disconnect(receiver)


def test_shared_screen_shows_section_timer_and_code_but_never_the_notes(
    client, session, course
):
    page = client.get(reverse("awareness:present", args=[session.pk])).content.decode()
    first = course.sections[0].value
    assert first["title"] in page
    assert f"Time left in this section: {first['minutes']}:00 of" in page or (
        f"of {first['minutes']}:00" in page
    )
    assert first["speaker_notes"][:40] not in page
    assert "Speaker notes" not in page
    assert session.join_code in page
    assert "Section 1 of 9" in page
    assert "<svg" in page  # QR code, inline
    # No site chrome: no menu, no crisis panel, no quick exit; a small support line.
    assert "Main menu" not in page and "Need support now?" not in page
    assert "Leave this site quickly" not in page
    assert "Support options" in page


def test_the_timer_is_right_on_reload_without_javascript(client, session, course):
    minutes = course.sections[0].value["minutes"]
    LiveSession.objects.filter(pk=session.pk).update(
        section_started_at=timezone.now() - datetime.timedelta(minutes=1, seconds=30)
    )
    page = client.get(reverse("awareness:present", args=[session.pk])).content.decode()
    left = minutes * 60 - 90
    assert f"Time left in this section: {left // 60}:{left % 60:02d}" in page
    LiveSession.objects.filter(pk=session.pk).update(
        section_started_at=timezone.now()
        - datetime.timedelta(minutes=minutes + 2, seconds=5)
    )
    page = client.get(reverse("awareness:present", args=[session.pk])).content.decode()
    assert "Over the planned time by 2:05" in page


def test_notes_view_is_for_the_presenters_own_device(client, session, course):
    notes = reverse("awareness:notes", args=[session.pk])
    page = client.get(notes).content.decode()
    first = course.sections[0].value
    assert first["speaker_notes"][:40] in page
    assert "for your own device only" in page
    assert "Register and finish" in page
    moved = client.post(
        reverse("awareness:move", args=[session.pk]),
        {"direction": "next", "view": "notes"},
    )
    assert moved.url == notes
    state = client.get(reverse("awareness:present", args=[session.pk]), {"state": 1})
    assert state.json() == {"section": 1, "open": True}


def test_next_and_previous_move_through_sections(client, session, course):
    move = reverse("awareness:move", args=[session.pk])
    client.post(move, {"direction": "next"})
    client.post(move, {"direction": "next"})
    page = client.get(reverse("awareness:present", args=[session.pk])).content.decode()
    assert course.sections[2].value["title"] in page
    client.post(move, {"direction": "previous"})
    session.refresh_from_db()
    assert session.current_section == 1
    for _ in range(20):
        client.post(move, {"direction": "next"})
    session.refresh_from_db()
    assert session.current_section == len(course.sections) - 1


def test_register_ticks_team_members_only(client, session, team, member, other_team):
    outsider = make_user(None, full_name="Not In Team")
    other_team.members.add(outsider)
    colleague = make_user(None, full_name="Col League")
    team.members.add(colleague)
    register = reverse("awareness:register", args=[session.pk])
    assert "Mo Member" in client.get(register).content.decode()

    client.post(register, {"present": [member.pk, outsider.pk, "junk"]})
    assert set(session.attendances.values_list("user_id", flat=True)) == {member.pk}

    client.post(register, {"present": [colleague.pk]})
    assert set(session.attendances.values_list("user_id", flat=True)) == {colleague.pk}


def test_attendees_join_by_code_and_end_gives_each_a_record_once(
    client, session, team, member, course, ended, django_capture_on_commit_callbacks
):
    phones = [make_user(None, full_name=f"Phone {n}") for n in range(3)]
    for person in phones:
        client.force_login(person)
        response = client.post(
            reverse("awareness:join"), {"code": session.join_code.lower()}
        )
        assert "You have joined" in response.content.decode()
        assert reverse("certificates:mine") in response.content.decode()
    # Joining twice is harmless.
    client.post(reverse("awareness:join"), {"code": session.join_code})
    assert session.attendances.filter(how=Attendance.How.CODE).count() == 3
    assert all(team.members.filter(pk=p.pk).exists() for p in phones)

    lead = team.leads.get()
    client.force_login(lead)
    client.post(
        reverse("awareness:register", args=[session.pk]), {"present": [member.pk]}
    )
    # The session ran for 47 minutes (two over its plan of 45), to the last section.
    run_to_the_end(session, minutes=47)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(reverse("awareness:end", args=[session.pk]), follow=True)
        second = client.post(reverse("awareness:end", args=[session.pk]), follow=True)

    assert "4 people have a record of attending" in first.content.decode()
    assert "already ended" in second.content.decode()
    attendee_ids = sorted([member.pk, *(p.pk for p in phones)])
    assert (
        sorted(
            Completion.objects.filter(course=course, mode="live").values_list(
                "user_id", flat=True
            )
        )
        == attendee_ids
    )
    assert len(ended) == 1
    call = ended[0]
    assert call["session_id"] == session.pk
    assert call["attendee_ids"] == attendee_ids
    assert call["title"] == course.title
    assert call["minutes"] == 47  # as it ran, not as planned
    assert call["organisation_id"] == team.organisation_id
    assert call["held_on"] == timezone.localdate(session.started_at)


def test_ending_twice_directly_records_nobody_new(session, member):
    Attendance.objects.create(session=session, user=member, how="register")
    run_to_the_end(session)
    assert live_session_end(session=session) == [member.pk]
    assert live_session_end(session=session) == []
    assert Completion.objects.filter(user=member).count() == 1


def test_an_earlier_self_paced_completion_stands(session, member, course):
    earlier = completion_record(user=member, course=course, mode="self_paced")
    Attendance.objects.create(session=session, user=member, how="register")
    run_to_the_end(session)
    live_session_end(session=session)
    assert Completion.objects.get(user=member) == earlier


def test_wrong_or_ended_code_is_explained(client, session, member):
    client.force_login(member)
    response = client.post(reverse("awareness:join"), {"code": "NOPE99"})
    assert "could not find a session" in response.content.decode()
    run_to_the_end(session)
    live_session_end(session=session)
    response = client.post(reverse("awareness:join"), {"code": session.join_code})
    assert "could not find a session" in response.content.decode()
    assert not session.attendances.exists()


def test_register_is_closed_after_the_end(client, session, member):
    run_to_the_end(session)
    live_session_end(session=session)
    client.post(
        reverse("awareness:register", args=[session.pk]), {"present": [member.pk]}
    )
    assert not session.attendances.exists()


@pytest.mark.parametrize("who", ["anonymous", "member", "other_lead"])
def test_others_cannot_present_or_end(client, session, who, member, other_lead):
    client.logout()
    if who == "member":
        client.force_login(member)
    elif who == "other_lead":
        client.force_login(other_lead)
    for name in ["present", "notes", "register", "session_summary"]:
        response = client.get(reverse(f"awareness:{name}", args=[session.pk]))
        assert response.status_code in (302, 404)
    response = client.post(reverse("awareness:end", args=[session.pk]))
    assert response.status_code in (302, 404)
    session.refresh_from_db()
    assert session.is_open


def test_other_lead_cannot_start_a_session_for_my_team(
    client, team, other_lead, course
):
    client.force_login(other_lead)
    response = client.post(reverse("awareness:session_start", args=[team.pk]))
    assert response.status_code == 404
    assert not LiveSession.objects.exists()


def test_a_trainer_an_admin_named_as_presenter_may_run_a_session(
    client, team, course, roles
):
    trainer = make_user(Role.TRAINER, full_name="Tia Trainer")
    client.force_login(trainer)
    # Being in the organisation (or the team) is not a right to present.
    team.organisation.members.add(trainer)
    team.members.add(trainer)
    assert (
        client.post(reverse("awareness:session_start", args=[team.pk])).status_code
        == 404
    )
    team.presenters.add(trainer)
    response = client.post(reverse("awareness:session_start", args=[team.pk]))
    assert response.status_code == 302
    assert LiveSession.objects.get().presenter == trainer
