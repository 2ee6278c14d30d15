"""The health check: 200 when every service answers, 503 naming the one that did not."""

import socket

import pytest
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    """A local port nothing listens on: connecting to it is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_answers_200_without_signing_in(client):
    response = client.get(reverse("alongside:health"))

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok"},
    }
    assert "no-store" in response["Cache-Control"]


def test_is_at_health(client):
    assert reverse("alongside:health") == "/health/"


def test_refuses_a_post(client):
    assert client.post(reverse("alongside:health")).status_code == 405


def test_answers_503_naming_the_broker_when_it_refuses_connections(client):
    port = closed_port()
    with override_settings(CELERY_BROKER_URL=f"redis://127.0.0.1:{port}/0"):
        response = client.get(reverse("alongside:health"))

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": "ok", "cache": "ok", "broker": "failed"},
    }
    # Nothing about where the broker is, or why it failed.
    assert str(port) not in response.content.decode()
    assert "127.0.0.1" not in response.content.decode()


def test_answers_503_naming_the_cache_when_it_refuses_connections(client):
    caches = {
        "default": {
            "BACKEND": "alongside.cache.AlongsideRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }
    with override_settings(CACHES=caches):
        response = client.get(reverse("alongside:health"))

    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "failed"}
