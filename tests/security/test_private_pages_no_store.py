"""Private pages are never kept by the browser (review L11).

On a shared or family phone, Back and the disk cache must not show someone's
reflective log, practice ledger, check-ins or a cohort's gradebook after they
leave. Each page the review named is sent ``Cache-Control: no-store``.
"""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PAGES = [
    ("trainee", lambda w: reverse("lms:reflections")),
    ("trainee", lambda w: reverse("lms:reflection_edit", args=[w.entry.pk])),
    ("trainee", lambda w: reverse("certificates:ledger")),
    (
        "trainee",
        lambda w: reverse("certificates:ledger_edit", args=[w.ledger_entry.pk]),
    ),
    (
        "trainee",
        lambda w: reverse("cohorts:check_in", args=[w.difficult_module.pk, "before"]),
    ),
    (
        "trainee",
        lambda w: reverse("cohorts:check_in", args=[w.difficult_module.pk, "after"]),
    ),
    ("trainer", lambda w: reverse("trainer:gradebook", args=[w.cohort.pk])),
    ("trainer", lambda w: reverse("lms:reflection_shared_detail", args=[w.entry.pk])),
    (
        "supervisor",
        lambda w: reverse("certificates:countersign", args=[w.ledger_entry.pk]),
    ),
]


@pytest.mark.parametrize(("role", "url"), PAGES)
def test_private_pages_are_sent_no_store(client, world, role, url):
    client.force_login(world.user(role))
    response = client.get(url(world))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
