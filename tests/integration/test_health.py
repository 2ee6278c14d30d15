"""The health check on the real services: PostgreSQL, a Redis cache, a Redis broker."""

import os
import socket

import pytest
from django.db import connection
from django.test import override_settings
from django.urls import reverse

BROKER = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
REDIS_CACHE = os.environ.get("REDIS_CACHE_URL", BROKER)


def _redis_cache(location: str) -> dict:
    return {
        "default": {
            "BACKEND": "alongside.cache.AlongsideRedisCache",
            "LOCATION": location,
        }
    }


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(autouse=True)
def _postgresql():
    # Never skipped: run where it means something, or fail saying how.
    assert connection.vendor == "postgresql", (
        "Set DATABASE_URL to a PostgreSQL database (make test-integration)."
    )


def test_answers_200_on_postgresql_and_redis(client):
    with override_settings(CELERY_BROKER_URL=BROKER, CACHES=_redis_cache(REDIS_CACHE)):
        response = client.get(reverse("alongside:health"))

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "broker": "ok"},
    }


def test_answers_503_when_the_redis_cache_is_down(client):
    with override_settings(
        CELERY_BROKER_URL=BROKER,
        CACHES=_redis_cache(f"redis://127.0.0.1:{_closed_port()}/0"),
    ):
        response = client.get(reverse("alongside:health"))

    assert response.status_code == 503
    assert response.json()["checks"] == {
        "database": "ok",
        "cache": "failed",
        "broker": "ok",
    }


def test_answers_503_when_the_broker_is_down(client):
    with override_settings(
        CELERY_BROKER_URL=f"redis://127.0.0.1:{_closed_port()}/0",
        CACHES=_redis_cache(REDIS_CACHE),
    ):
        response = client.get(reverse("alongside:health"))

    assert response.status_code == 503
    assert response.json()["checks"] == {
        "database": "ok",
        "cache": "ok",
        "broker": "failed",
    }
