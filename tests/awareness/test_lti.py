"""LTI 1.3 with a scripted platform: its own keys, its own HTTP server (JWKS, OAuth2
token, AGS scores) on a local port, id_tokens signed with jwcrypto.

A good launch signs the person in and opens the course; the completion and score
reach the platform; forged or replayed launches are refused; deep linking lets the
platform's admin pick the course.
"""

import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse
from jwcrypto import jwk, jwt
from lti_tool.models import Key, LtiDeployment, LtiRegistration, LtiUser

from lms.awareness.models import LtiCourseLaunch
from lms.awareness.services import completion_record
from lms.models import User
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

ISSUER = "https://lms.northfield-trust.example"
CLIENT_ID = "alongside-tool"
DEPLOYMENT = "deployment-1"
LTI = "https://purl.imsglobal.org/spec/lti/claim/"
AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
DL = "https://purl.imsglobal.org/spec/lti-dl/claim/"


class Platform:
    """A scripted LMS: signs id_tokens and answers the tool's HTTP calls."""

    def __init__(self):
        self.key = jwk.JWK.generate(kty="RSA", size=2048, kid="platform-key-1")
        self.scores: list[dict] = []
        self.tokens_asked = 0
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _json(self, body, status=200):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                if self.path == "/jwks":
                    public = json.loads(platform.key.export_public())
                    public.update(alg="RS256", use="sig")
                    return self._json({"keys": [public]})
                return self._json({}, 404)

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                if self.path == "/token":
                    platform.tokens_asked += 1
                    return self._json(
                        {
                            "access_token": "platform-access-token",
                            "token_type": "Bearer",
                            "expires_in": 3600,
                        }
                    )
                if self.path == "/lineitems/7/scores":
                    platform.scores.append(
                        {
                            "auth": self.headers.get("Authorization"),
                            "type": self.headers.get("Content-Type"),
                            "body": json.loads(body),
                        }
                    )
                    return self._json({})
                return self._json({}, 404)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def id_token(self, nonce: str, *, key=None, **overrides) -> str:
        now = int(time.time())
        claims = {
            "iss": ISSUER,
            "aud": CLIENT_ID,
            "sub": "staff-4711",
            "iat": now,
            "exp": now + 300,
            "nonce": nonce,
            "name": "Priya Patel",
            "email": "priya.patel@northfield.nhs.example",
            LTI + "deployment_id": DEPLOYMENT,
            LTI + "message_type": "LtiResourceLinkRequest",
            LTI + "version": "1.3.0",
            LTI + "roles": [
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
            ],
            LTI + "resource_link": {"id": "awareness-link-1"},
            LTI + "target_link_uri": "http://testserver/lti/launch/",
            AGS: {
                "scope": [
                    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                ],
                "lineitem": self.url + "/lineitems/7",
            },
        }
        claims.update(overrides)
        token = jwt.JWT(header={"alg": "RS256", "kid": "platform-key-1"}, claims=claims)
        token.make_signed_token(key or self.key)
        return token.serialize()


@pytest.fixture
def platform():
    running = Platform()
    yield running
    running.close()


@pytest.fixture
def registration(platform, db):
    Key.objects.generate()
    registration = LtiRegistration.objects.create(
        name="Northfield Trust Moodle",
        issuer=ISSUER,
        client_id=CLIENT_ID,
        auth_url=platform.url + "/auth",
        token_url=platform.url + "/token",
        keyset_url=platform.url + "/jwks",
    )
    LtiDeployment.objects.create(
        registration=registration, deployment_id=DEPLOYMENT, is_active=True
    )
    return registration


def _login(client, registration) -> tuple[str, str]:
    """OIDC login initiation: the tool sends the browser to the platform with a
    state and a nonce."""
    response = client.get(
        reverse("awareness:lti_login", args=[registration.uuid]),
        {
            "iss": ISSUER,
            "client_id": CLIENT_ID,
            "login_hint": "staff-4711",
            "target_link_uri": "http://testserver/lti/launch/",
        },
    )
    assert response.status_code == 302
    location = urlparse(response["Location"])
    assert location.path == "/auth"
    query = parse_qs(location.query)
    assert query["client_id"] == [CLIENT_ID]
    return query["state"][0], query["nonce"][0]


def _launch(client, state, token):
    return client.post(
        reverse("awareness:lti_launch"), {"state": state, "id_token": token}
    )


def _signed_in(client) -> User | None:
    user_id = client.session.get("_auth_user_id")
    return User.objects.filter(pk=user_id).first() if user_id else None


def test_a_launch_signs_the_person_in_and_opens_the_course(
    client, registration, platform, course
):
    state, nonce = _login(client, registration)
    token = platform.id_token(
        nonce, **{LTI + "custom": {"alongside_course": str(course.pk)}}
    )
    response = _launch(client, state, token)
    assert response.status_code == 302
    assert response["Location"] == course.url
    user = _signed_in(client)
    assert user.email == "priya.patel@northfield.nhs.example"
    assert user.full_name == "Priya Patel"
    assert not user.has_usable_password()
    assert LtiUser.objects.get(sub="staff-4711").auth_user == user
    assert client.get(course.url).status_code == 200
    assert LtiCourseLaunch.objects.get(user=user).lineitem.endswith("/lineitems/7")


def test_the_completion_and_score_reach_the_platform(
    client, registration, platform, course, django_capture_on_commit_callbacks
):
    state, nonce = _login(client, registration)
    _launch(client, state, platform.id_token(nonce))
    user = _signed_in(client)
    with django_capture_on_commit_callbacks(execute=True):
        completion_record(user=user, course=course, mode="self_paced", minutes=44)
    [score] = platform.scores
    assert platform.tokens_asked == 1
    assert score["auth"] == "Bearer platform-access-token"
    assert score["type"] == "application/vnd.ims.lis.v1.score+json"
    assert score["body"]["userId"] == "staff-4711"
    assert score["body"]["activityProgress"] == "Completed"
    assert score["body"]["gradingProgress"] == "FullyGraded"
    assert score["body"]["scoreGiven"] == score["body"]["scoreMaximum"] == 1
    assert LtiCourseLaunch.objects.get(user=user).score_sent_at is not None


def test_a_replayed_launch_is_refused(client, registration, platform, course):
    state, nonce = _login(client, registration)
    token = platform.id_token(nonce)
    assert _launch(client, state, token).status_code == 302
    client.logout()
    replay = _launch(client, state, token)
    assert replay.status_code == 403
    assert "used already" in replay.content.decode()
    assert _signed_in(client) is None


@pytest.mark.parametrize("forgery", ["bad_signature", "wrong_audience", "no_nonce"])
def test_a_forged_launch_is_refused(client, registration, platform, course, forgery):
    state, nonce = _login(client, registration)
    if forgery == "bad_signature":
        impostor = jwk.JWK.generate(kty="RSA", size=2048, kid="platform-key-1")
        token = platform.id_token(nonce, key=impostor)
    elif forgery == "wrong_audience":
        token = platform.id_token(nonce, aud="another-tool")
    else:
        token = platform.id_token(str(uuid.uuid4()))
    response = _launch(client, state, token)
    assert response.status_code == 403
    assert "could not be checked" in response.content.decode()
    assert _signed_in(client) is None
    assert not User.objects.filter(email__startswith="priya").exists()


def test_an_existing_account_is_not_taken_over_by_a_launch(
    client, registration, platform, course
):
    make_user(None, email="priya.patel@northfield.nhs.example")
    state, nonce = _login(client, registration)
    response = _launch(client, state, platform.id_token(nonce))
    assert response.status_code == 403
    assert "Sign in to Alongside in this browser" in response.content.decode()
    assert _signed_in(client) is None


def test_a_staff_account_is_never_signed_in_by_a_launch(
    client, registration, platform, course, team_lead
):
    LtiUser.objects.create(
        registration=registration, sub="staff-4711", auth_user=team_lead
    )
    state, nonce = _login(client, registration)
    response = _launch(client, state, platform.id_token(nonce))
    assert response.status_code == 403
    assert _signed_in(client) is None


def test_deep_linking_lets_the_platform_admin_pick_the_course(
    client, registration, platform, course
):
    state, nonce = _login(client, registration)
    token = platform.id_token(
        nonce,
        **{
            LTI + "message_type": "LtiDeepLinkingRequest",
            LTI + "roles": [
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
            ],
            DL + "deep_linking_settings": {
                "deep_link_return_url": platform.url + "/deep-link-return",
                "accept_types": ["ltiResourceLink"],
                "accept_presentation_document_targets": ["iframe", "window"],
            },
        },
    )
    page = _launch(client, state, token)
    assert page.status_code == 200
    assert course.title in page.content.decode()
    assert _signed_in(client) is None  # choosing content signs nobody in here

    refused = client.post(reverse("awareness:lti_deep_link"), {"course": "nonsense"})
    assert refused.status_code == 400
    assert "Choose one of the courses." in refused.content.decode()

    response = client.post(reverse("awareness:lti_deep_link"), {"course": course.pk})
    assert response.status_code == 200
    body = response.content.decode()
    assert platform.url + "/deep-link-return" in body
    assert f"form-action 'self' {platform.url}" in response["Content-Security-Policy"]
    jws = body.split('name="JWT" value="')[1].split('"')[0]
    tool_key = jwk.JWK.from_pem(Key.objects.active().latest().public_key.encode())
    claims = json.loads(jwt.JWT(jwt=jws, key=tool_key).claims)
    [item] = claims[DL + "content_items"]
    assert item["type"] == "ltiResourceLink"
    assert item["title"] == course.title
    assert item["custom"] == {"alongside_course": str(course.pk)}
    assert item["url"].endswith(reverse("awareness:lti_launch"))


def test_deep_linking_is_refused_to_learners(client, registration, platform, course):
    state, nonce = _login(client, registration)
    token = platform.id_token(
        nonce,
        **{
            LTI + "message_type": "LtiDeepLinkingRequest",
            DL + "deep_linking_settings": {
                "deep_link_return_url": platform.url + "/deep-link-return",
                "accept_types": ["ltiResourceLink"],
                "accept_presentation_document_targets": ["iframe"],
            },
        },
    )
    assert _launch(client, state, token).status_code == 403
    assert (
        client.post(
            reverse("awareness:lti_deep_link"), {"course": course.pk}
        ).status_code
        == 404
    )
