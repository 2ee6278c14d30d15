"""A live session's register: the presenter can take off anyone who joined with the
code, and nobody taken off gets a record or certificate of attending (security
review L2)."""

import pytest
from django.test import Client
from django.urls import reverse

from certificates.models import Certificate
from lms.awareness import services as awareness_services
from lms.awareness.models import Completion
from lms.models import AuditEvent
from tests.awareness.helpers import run_to_the_end
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_the_room(roles, team):
    person = make_user(None, full_name="Rhian Room")
    team.members.add(person)
    return person


@pytest.fixture
def outsider(roles):
    return make_user(None, full_name="Oscar Outsider")


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_presenter_takes_a_code_joiner_off_and_they_get_no_certificate(
    session, team, lead, in_the_room, outsider, django_capture_on_commit_callbacks
):
    joiner = _signed_in(outsider)
    join = reverse("awareness:join")
    assert joiner.post(join, {"code": session.join_code}).status_code == 200
    presenter = _signed_in(lead)
    register = reverse("awareness:register", args=[session.pk])
    page = presenter.get(register).content.decode()
    assert "Oscar Outsider (joined with the code)" in page

    # The presenter ticks only the person in the room (POST with CSRF, as the form).
    presenter_csrf = Client(enforce_csrf_checks=True)
    presenter_csrf.force_login(lead)
    token = presenter_csrf.get(register).cookies["csrftoken"].value
    saved = presenter_csrf.post(
        register,
        {
            "csrfmiddlewaretoken": token,
            "listed": [in_the_room.pk, outsider.pk],
            "present": [in_the_room.pk],
        },
    )
    assert saved.status_code == 302
    page = presenter.get(register).content.decode()
    assert "Oscar Outsider (taken off the register)" in page
    # Taken off: out of the team the code put them in, and the code is closed to them.
    assert not team.members.filter(pk=outsider.pk).exists()
    again = joiner.post(join, {"code": session.join_code}).content.decode()
    assert "taken you off this session&#x27;s register" in again
    event = AuditEvent.objects.get(subject=outsider, action=AuditEvent.Action.OTHER)
    assert event.actor == lead
    assert "register" in event.detail["event"]

    run_to_the_end(session)
    with django_capture_on_commit_callbacks(execute=True):
        ended = presenter.post(reverse("awareness:end", args=[session.pk]))
    assert ended.status_code == 302
    assert not Completion.objects.filter(user=outsider).exists()
    assert not Certificate.objects.filter(user=outsider).exists()
    assert Certificate.objects.filter(user=in_the_room).exists()


def test_the_register_form_refuses_a_post_without_csrf(session, lead, outsider):
    awareness_services.live_session_join(user=outsider, code=session.join_code)
    client = Client(enforce_csrf_checks=True)
    client.force_login(lead)

    refused = client.post(
        reverse("awareness:register", args=[session.pk]), {"listed": [outsider.pk]}
    )

    assert refused.status_code == 403
    assert session.attendances.filter(user=outsider).exists()


def test_ticking_someone_again_lets_them_back(session, lead, outsider):
    awareness_services.live_session_join(user=outsider, code=session.join_code)
    awareness_services.register_update(
        session=session, present_ids=set(), listed_ids={outsider.pk}, actor=lead
    )
    with pytest.raises(awareness_services.AwarenessError):
        awareness_services.live_session_join(user=outsider, code=session.join_code)

    awareness_services.register_update(
        session=session, present_ids={outsider.pk}, listed_ids={outsider.pk}, actor=lead
    )

    assert (
        awareness_services.live_session_join(user=outsider, code=session.join_code)
        == session
    )
    assert session.attendances.filter(user=outsider).exists()
