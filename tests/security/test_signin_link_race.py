"""The one-time sign-in link, used many times at once: exactly one use signs in
(PostgreSQL, one thread and one database connection per use)."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from lms.security.signin import signin_link_token_make

# Real transactions, so every thread sees the others' commits; the serialised
# rollback brings back what migrations made after the flush. With the other
# concurrency tests in `make test-integration` (PostgreSQL, a fresh test database:
# a reused one has nothing to bring back, so the tests after it would lose the
# migrations' rows).
pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

USES = 12


def test_a_sign_in_link_used_many_times_at_once_signs_in_once(trainee):
    assert connection.vendor == "postgresql", "run with DATABASE_URL=postgres://..."
    url = reverse("lms:signin_link_use", args=[signin_link_token_make(user=trainee)])
    barrier = threading.Barrier(USES)
    results, errors = [], []
    lock = threading.Lock()

    def use():
        try:
            client = Client()
            barrier.wait(timeout=60)
            status = client.post(url).status_code
            signed_in = client.get(reverse("lms:dashboard")).status_code == 200
            with lock:
                results.append((status, signed_in))
        except Exception as error:  # noqa: BLE001 - reported by the assertions
            with lock:
                errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=use) for _ in range(USES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert sorted(results) == [(302, True)] + [(400, False)] * (USES - 1)
