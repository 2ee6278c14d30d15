# ruff: noqa: F811 (the LTI fixtures are imported from test_lti.py)
"""Framing an LTI launch: only the registered platform that launched the course may
frame it, and only what the launch leads to; every other page stays unframeable.

Uses the scripted platform of ``test_lti.py``. Browsers say when they load a page
into a frame (``Sec-Fetch-Dest: iframe``); the test client sends that header as a
framed request would.
"""

import pytest
from django.test import Client
from django.urls import reverse
from lti_tool.models import LtiRegistration

from lms.awareness.lti import registration_origins
from tests.conftest import make_user

from .test_lti import (  # noqa: F401 (fixtures)
    ISSUER,
    _launch,
    _login,
    _signed_in,
    platform,
    registration,
)

pytestmark = pytest.mark.django_db

FRAMED = {"HTTP_SEC_FETCH_DEST": "iframe"}
NEW_WINDOW = {"HTTP_SEC_FETCH_DEST": "document"}


def _ancestors(response) -> list[str]:
    for directive in response["Content-Security-Policy"].split(";"):
        name, *values = directive.split()
        if name == "frame-ancestors":
            return values
    raise AssertionError("no frame-ancestors")


def _framed_for_platform(response) -> bool:
    """Framed for the registered platform alone: its issuer (and the scripted
    platform's sign-in URL, which is on this machine)."""
    origins = _ancestors(response)
    return (
        origins[0] == ISSUER
        and all(o == ISSUER or o.startswith("http://127.0.0.1:") for o in origins)
        and "X-Frame-Options" not in response
    )


def _unframeable(response) -> bool:
    return _ancestors(response) == ["'none'"] and response["X-Frame-Options"] == "DENY"


def _framed_launch(client, registration, platform, course):
    state, nonce = _login(client, registration)
    token = platform.id_token(
        nonce,
        **{
            "https://purl.imsglobal.org/spec/lti/claim/custom": {
                "alongside_course": str(course.pk)
            }
        },
    )
    response = client.post(
        reverse("awareness:lti_launch"), {"state": state, "id_token": token}, **FRAMED
    )
    assert response.status_code == 302
    return response["Location"]


def test_the_platform_frames_the_course_its_launch_opened(
    client,
    registration,
    platform,
    course,
):
    continue_url = _framed_launch(client, registration, platform, course)
    assert continue_url.startswith("/lti/continue/")
    # The session cookie came back (a platform on the same site): on to the course.
    response = client.get(continue_url, **FRAMED)
    assert response.status_code == 302 and response["Location"] == course.url
    assert _framed_for_platform(response)

    page = client.get(course.url, **FRAMED)
    assert page.status_code == 200
    assert _framed_for_platform(page)
    section = client.get(reverse("awareness:section", args=[course.pk, 1]), **FRAMED)
    assert section.status_code == 200
    assert _framed_for_platform(section)
    assert _framed_for_platform(
        client.get(reverse("awareness:check", args=[course.pk]), **FRAMED)
    )


def test_nothing_else_is_framed_even_in_that_session(
    client,
    registration,
    platform,
    course,
    home,
):
    _framed_launch(client, registration, platform, course)
    client.get(course.url)
    for url in (
        home.url,
        reverse("lms:support"),
        reverse("awareness:join"),
        reverse("lms:dashboard"),
    ):
        response = client.get(url, **FRAMED)
        assert _unframeable(response), url
    # Another course's pages (here, one that is not there).
    response = client.get(
        reverse("awareness:section", args=[course.pk + 1000, 1]), **FRAMED
    )
    assert _unframeable(response)


def test_a_switched_off_platform_frames_nothing(
    client,
    registration,
    platform,
    course,
):
    _framed_launch(client, registration, platform, course)
    registration.is_active = False
    registration.save()
    assert _unframeable(client.get(course.url, **FRAMED))


def test_the_course_is_not_framed_for_anyone_who_did_not_launch_it(
    client, course, roles
):
    client.force_login(make_user())
    assert client.get(course.url).status_code == 200
    assert _unframeable(client.get(course.url, **FRAMED))
    client.logout()
    assert _unframeable(client.get(reverse("lms:login"), **FRAMED))


def test_a_refused_launch_is_not_framed(client, registration, platform, course):
    state, _nonce = _login(client, registration)
    response = client.post(
        reverse("awareness:lti_launch"),
        {"state": state, "id_token": platform.id_token("not-the-nonce")},
        **FRAMED,
    )
    assert response.status_code == 403
    assert _unframeable(response)


def test_without_the_cookie_in_the_frame_the_course_opens_in_a_new_window(
    client,
    registration,
    platform,
    course,
):
    continue_url = _framed_launch(client, registration, platform, course)
    # The browser kept the session cookie back inside the other site's frame.
    browser = Client()
    inside = browser.get(continue_url, **FRAMED)
    assert inside.status_code == 200
    body = inside.content.decode()
    assert "Open the course in a new window" in body
    assert 'target="_blank"' in body and f'href="{continue_url}"' in body
    assert _framed_for_platform(inside)
    assert _signed_in(browser) is None

    # The new window is the platform's page no more: the one-time link signs in.
    window = browser.get(continue_url, **NEW_WINDOW)
    assert window.status_code == 302 and window["Location"] == course.url
    assert _signed_in(browser).email == "priya.patel@northfield.nhs.example"
    assert browser.get(course.url).status_code == 200

    # Once only.
    again = Client().get(continue_url, **NEW_WINDOW)
    assert again.status_code == 403
    assert "used already" in again.content.decode()
    assert _unframeable(again)


def test_a_tampered_continue_link_signs_nobody_in(client, course, roles):
    response = client.get(
        reverse("awareness:lti_continue", args=["not-a-signed-token"]), **FRAMED
    )
    assert response.status_code == 403
    assert _unframeable(response)
    assert _signed_in(client) is None


def test_the_deep_linking_picker_is_framed_by_the_platform(
    client,
    registration,
    platform,
    course,
):
    lti = "https://purl.imsglobal.org/spec/lti/claim/"
    state, nonce = _login(client, registration)
    token = platform.id_token(
        nonce,
        **{
            lti + "message_type": "LtiDeepLinkingRequest",
            lti + "roles": [
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
            ],
            "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": {
                "deep_link_return_url": platform.url + "/deep-link-return",
                "accept_types": ["ltiResourceLink"],
                "accept_presentation_document_targets": ["iframe", "window"],
            },
        },
    )
    picker = _launch(client, state, token)
    assert picker.status_code == 200
    assert _framed_for_platform(picker)
    chosen = client.post(reverse("awareness:lti_deep_link"), {"course": course.pk})
    assert _framed_for_platform(chosen)


def test_a_platform_origin_is_https_or_on_this_machine():
    plain = LtiRegistration(
        issuer="http://moodle.example", auth_url="https://moodle.example/auth.php"
    )
    assert registration_origins(plain) == ["https://moodle.example"]
    local = LtiRegistration(
        issuer="http://localhost:8080", auth_url="http://localhost:8080/auth.php"
    )
    assert registration_origins(local) == ["http://localhost:8080"]
