"""A supervisor's home (their queue and their trainees' hours), the history of what
they countersigned or returned, and undo within a short window."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.models import LedgerEntry, LedgerEvent
from lms.roles import Role
from tests.conftest import make_user

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db


def _entry(trainee, programme, supervisor, hours=2, days_ago=1):
    return services.ledger_entry_create(
        trainee=trainee,
        programme=programme,
        kind="practice",
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        hours=hours,
        activity="group",
        supervisor=supervisor,
        notes="private words",
    )


@pytest.fixture
def entries(enrolled, supervisor, programme):
    signed = _entry(enrolled, programme, supervisor, hours=3, days_ago=5)
    services.ledger_entry_countersign(entry=signed, supervisor=supervisor)
    waiting = _entry(enrolled, programme, supervisor, hours="1.5", days_ago=2)
    return signed, waiting


def _seen(client, entry) -> str:
    page = client.get(reverse("certificates:countersign", args=[entry.pk]))
    return re.search(r'name="seen" value="([0-9a-f]+)"', page.content.decode())[1]


def test_a_supervisors_home_is_their_queue_and_their_trainees(
    client, supervisor, enrolled, entries
):
    client.force_login(supervisor)
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert "You are not taking a programme yet" not in html
    assert "Your supervision" in html
    assert "Waiting for your countersignature" in html
    assert reverse("certificates:countersign", args=[entries[1].pk]) in html
    row = html[html.index(enrolled.full_name, html.index("Your trainees")) :]
    row = row[: row.index("</tr>")]
    assert "3.0" in row  # countersigned hours
    assert "1.5" in row and "(1 entry)" in row  # waiting for the supervisor
    assert "private words" not in html


def test_a_new_supervisor_is_told_what_will_come(client, supervisor):
    client.force_login(supervisor)
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert "You are not taking a programme yet" not in html
    assert "No trainee has named you as their supervisor yet" in html


def test_a_trainee_sees_no_supervision_section(client, enrolled, entries):
    client.force_login(enrolled)
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert "Your supervision" not in html


def test_history_lists_decisions_and_undo_puts_the_entry_back(
    client, supervisor, enrolled, entries
):
    signed, waiting = entries
    client.force_login(supervisor)
    client.post(
        reverse("certificates:countersign", args=[waiting.pk]),
        {
            "decision": "return",
            "comment": "Which group?",
            "seen": _seen(client, waiting),
        },
    )
    history = client.get(reverse("certificates:countersign_history"))
    html = history.content.decode()
    assert html.count("Countersigned</strong>") == 1
    assert "Returned</strong>" in html and "Which group?" in html
    assert html.count("Undo ") == 2

    undone = client.post(reverse("certificates:countersign_undo", args=[waiting.pk]))
    assert undone.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == LedgerEntry.Status.AWAITING
    assert waiting.supervisor_comment == "" and waiting.decided_at is None
    # The audit trail keeps the return and the undo.
    assert list(waiting.events.values_list("action", flat=True)) == [
        "created",
        "returned",
        "undone",
    ]
    page = client.get(undone["Location"])
    assert "Undone. The entry is waiting for you again" in page.content.decode()
    assert (
        "Decision undone"
        in client.get(reverse("certificates:countersign_history")).content.decode()
    )


def test_undo_is_refused_after_the_window(client, supervisor, entries):
    signed, _waiting = entries
    LedgerEvent.objects.filter(entry=signed, action="countersigned").update(
        at=timezone.now() - services.LEDGER_UNDO_WINDOW - datetime.timedelta(minutes=1)
    )
    client.force_login(supervisor)
    html = client.get(reverse("certificates:countersign_history")).content.decode()
    assert "Undo " not in html
    response = client.post(
        reverse("certificates:countersign_undo", args=[signed.pk]), follow=True
    )
    assert "can no longer be undone" in response.content.decode()
    signed.refresh_from_db()
    assert signed.status == LedgerEntry.Status.COUNTERSIGNED


def test_undo_is_refused_once_the_trainee_has_changed_a_returned_entry(
    client, supervisor, enrolled, entries
):
    _signed, waiting = entries
    services.ledger_entry_return(entry=waiting, supervisor=supervisor, comment="Date?")
    waiting.refresh_from_db()
    services.ledger_entry_update(entry=waiting, actor=enrolled, hours=1)
    client.force_login(supervisor)
    client.post(reverse("certificates:countersign_undo", args=[waiting.pk]))
    waiting.refresh_from_db()
    assert waiting.status == LedgerEntry.Status.AWAITING
    assert "undone" not in waiting.events.values_list("action", flat=True)


def test_undo_is_refused_once_a_certificate_rests_on_it(
    supervisor, enrolled, trainer, programme, entries
):
    signed, _waiting = entries
    make_rules(programme, requirement("reflections", entries=1))
    services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="test"
    )
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.ledger_decision_undo(entry=signed, supervisor=supervisor)


@pytest.mark.parametrize("who", ["other_supervisor", "trainee", "other_org_admin"])
def test_nobody_else_can_see_the_history_or_undo(
    client, who, supervisor, enrolled, entries, organisation_admin
):
    signed, _waiting = entries
    people = {
        "other_supervisor": make_user(Role.SUPERVISOR, full_name="Other Sup"),
        "trainee": enrolled,
        "other_org_admin": organisation_admin,
    }
    client.force_login(people[who])
    history = client.get(reverse("certificates:countersign_history"))
    if history.status_code == 200:  # another supervisor: their own, empty history
        assert enrolled.full_name not in history.content.decode()
    else:
        assert history.status_code == 403
    response = client.post(reverse("certificates:countersign_undo", args=[signed.pk]))
    assert response.status_code == 404
    signed.refresh_from_db()
    assert signed.status == LedgerEntry.Status.COUNTERSIGNED
    home = client.get(reverse("lms:dashboard")).content.decode()
    assert "Hours waiting for you" not in home or enrolled.full_name not in home


def test_anonymous_people_are_sent_to_sign_in(client, entries):
    signed, _waiting = entries
    for response in (
        client.get(reverse("certificates:countersign_history")),
        client.post(reverse("certificates:countersign_undo", args=[signed.pk])),
    ):
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
