"""The practice and supervision ledger: recording, countersigning, the audit trail."""

import datetime
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from alongside import signals
from certificates import services
from certificates.models import LedgerEntry, LedgerEvent
from lms.roles import Role
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def _form(programme, supervisor, **extra):
    data = {
        "kind": "practice",
        "programme": programme.pk,
        "date": (timezone.localdate() - datetime.timedelta(days=2)).isoformat(),
        "hours": "1.5",
        "activity": "one_to_one",
        "supervisor": supervisor.pk,
        "notes": "Met a mum at the baby group. Felt nervous but it went well.",
    }
    data.update(extra)
    return data


def _seen(client, entry) -> str:
    """The fingerprint of the entry on the supervisor's page, as their form posts it."""
    page = client.get(reverse("certificates:countersign", args=[entry.pk]))
    return re.search(r'name="seen" value="([0-9a-f]+)"', page.content.decode())[1]


@pytest.fixture
def entry(enrolled, supervisor, programme):
    return services.ledger_entry_create(
        trainee=enrolled,
        programme=programme,
        kind="practice",
        date=timezone.localdate(),
        hours=2,
        activity="group",
        supervisor=supervisor,
        notes="private words",
    )


def test_trainee_records_practice_and_supervisor_is_asked(
    client, enrolled, supervisor, programme, django_capture_on_commit_callbacks
):
    received = []

    def receiver(sender, signal, **kwargs):
        received.append(kwargs)

    signals.countersign_requested.connect(receiver)
    try:
        client.force_login(enrolled)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("certificates:ledger_create"), _form(programme, supervisor)
            )
    finally:
        signals.countersign_requested.disconnect(receiver)
    assert response.status_code == 302
    entry = LedgerEntry.objects.get()
    assert entry.status == "awaiting" and entry.supervisor == supervisor
    assert received == [
        {
            "entry_id": entry.pk,
            "supervisor_id": supervisor.pk,
            "user_id": enrolled.pk,
            "request_id": entry.events.get().pk,
        }
    ]
    assert list(entry.events.values_list("action", flat=True)) == ["created"]
    listing = client.get(reverse("certificates:ledger")).content.decode()
    assert "Waiting for countersigning" in listing


def test_bad_input_is_explained_and_nothing_saved(
    client, enrolled, supervisor, programme
):
    client.force_login(enrolled)
    future = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    response = client.post(
        reverse("certificates:ledger_create"),
        _form(programme, supervisor, date=future, hours="30", activity=""),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert "cannot be in the future" in html
    assert "between 0.5 and 24 hours" in html
    assert "Felt nervous" in html  # what they typed is kept
    assert not LedgerEntry.objects.exists()
    garbage = client.post(
        reverse("certificates:ledger_create"),
        {"kind": "x", "hours": "lots", "date": "yesterday", "supervisor": "99999"},
    )
    assert garbage.status_code == 200


def test_only_cohort_supervisors_can_be_named(
    client, enrolled, other_trainee, programme
):
    outsider = make_user(Role.SUPERVISOR, full_name="Not Mine")
    client.force_login(enrolled)
    for person in (outsider, other_trainee, enrolled):
        response = client.post(
            reverse("certificates:ledger_create"), _form(programme, person)
        )
        assert response.status_code == 200
    assert not LedgerEntry.objects.exists()


def test_nobody_countersigns_their_own_entry(enrolled, supervisor, programme):
    with pytest.raises(ValidationError):
        services.ledger_entry_create(
            trainee=supervisor,
            programme=programme,
            kind="practice",
            date=timezone.localdate(),
            hours=1,
            activity="group",
            supervisor=supervisor,
        )
    entry = services.ledger_entry_create(
        trainee=enrolled,
        programme=programme,
        kind="practice",
        date=timezone.localdate(),
        hours=1,
        activity="group",
        supervisor=supervisor,
    )
    with pytest.raises(PermissionDenied):
        services.ledger_entry_countersign(entry=entry, supervisor=enrolled)


def test_supervisor_countersigns(client, entry, supervisor):
    client.force_login(supervisor)
    queue = client.get(reverse("certificates:countersign_queue"))
    assert entry.trainee.full_name in queue.content.decode()
    page = client.get(reverse("certificates:countersign", args=[entry.pk]))
    assert "private words" not in page.content.decode()  # notes stay private
    response = client.post(
        reverse("certificates:countersign", args=[entry.pk]),
        {"decision": "countersign", "comment": "", "seen": _seen(client, entry)},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.status == "countersigned"
    assert list(entry.events.values_list("action", "actor_id")) == [
        ("created", entry.trainee_id),
        ("countersigned", supervisor.pk),
    ]
    again = client.post(
        reverse("certificates:countersign", args=[entry.pk]),
        {"decision": "return", "comment": "no"},
    )
    assert again.status_code == 200
    entry.refresh_from_db()
    assert entry.status == "countersigned"


def test_return_needs_a_comment_then_trainee_fixes_it(client, entry, supervisor):
    client.force_login(supervisor)
    url = reverse("certificates:countersign", args=[entry.pk])
    seen = _seen(client, entry)
    response = client.post(url, {"decision": "return", "comment": " ", "seen": seen})
    assert "Say what needs changing" in response.content.decode()
    client.post(
        url, {"decision": "return", "comment": "It was 1 hour, not 2.", "seen": seen}
    )
    entry.refresh_from_db()
    assert entry.status == "returned"

    client.force_login(entry.trainee)
    listing = client.get(reverse("certificates:ledger")).content.decode()
    assert "It was 1 hour, not 2." in listing
    edit = reverse("certificates:ledger_edit", args=[entry.pk])
    response = client.post(
        edit,
        _form(
            entry.programme,
            supervisor,
            hours="1",
            date=entry.date.isoformat(),
            activity="group",
            notes="private words",
        ),
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.status == "awaiting" and str(entry.hours) == "1.0"
    assert list(entry.events.values_list("action", flat=True)) == [
        "created",
        "returned",
        "edited",
    ]
    snapshot = entry.events.last().snapshot
    assert float(snapshot["hours"]) == 1 and "notes" not in snapshot


def test_countersigned_entry_cannot_be_changed(client, entry, supervisor):
    services.ledger_entry_countersign(entry=entry, supervisor=supervisor)
    client.force_login(entry.trainee)
    edit = reverse("certificates:ledger_edit", args=[entry.pk])
    page = client.get(edit).content.decode()
    assert "can no longer be changed" in page
    client.post(edit, _form(entry.programme, supervisor, hours="9"))
    entry.refresh_from_db()
    assert str(entry.hours) == "2.0"
    with pytest.raises(ValidationError):
        services.ledger_entry_update(entry=entry, actor=entry.trainee, hours=9)


def test_audit_trail_is_append_only(entry):
    event = entry.events.get()
    event.comment = "rewritten"
    with pytest.raises(ValidationError):
        event.save()
    assert LedgerEvent.objects.get().comment == ""


@pytest.mark.parametrize(
    "who", ["anonymous", "other_trainee", "other_supervisor", "trainer", "admin"]
)
def test_forbidden_cases(client, entry, who, other_trainee, trainer, site_admin):
    people = {
        "other_trainee": other_trainee,
        "other_supervisor": make_user(Role.SUPERVISOR, full_name="Other Sup"),
        "trainer": trainer,
        "admin": site_admin,
    }
    if who != "anonymous":
        client.force_login(people[who])
    edit = reverse("certificates:ledger_edit", args=[entry.pk])
    decide = reverse("certificates:countersign", args=[entry.pk])
    for url in (edit, decide):
        response = client.get(url)
        assert response.status_code in (302, 404)
        if who == "anonymous":
            assert "/accounts/login/" in response["Location"]
    client.post(decide, {"decision": "countersign"})
    client.post(edit, _form(entry.programme, entry.supervisor, hours="9"))
    entry.refresh_from_db()
    assert entry.status == "awaiting" and str(entry.hours) == "2.0"


def test_trainee_cannot_see_the_countersign_queue(client, other_trainee):
    client.force_login(other_trainee)
    assert client.get(reverse("certificates:countersign_queue")).status_code == 403


def test_someone_not_enrolled_cannot_record(client, other_trainee):
    client.force_login(other_trainee)
    assert client.get(reverse("certificates:ledger_create")).status_code == 403
    assert client.get(reverse("certificates:ledger")).status_code == 200


def test_pages_render_for_the_trainee(client, enrolled, entry):
    client.force_login(enrolled)
    for url in (
        reverse("certificates:ledger"),
        reverse("certificates:ledger_create"),
        reverse("certificates:ledger_edit", args=[entry.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert b'<form method="post"' in response.content or url.endswith("practice/")
