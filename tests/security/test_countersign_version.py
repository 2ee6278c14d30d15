"""Countersigning vouches for what the supervisor was shown (review M4).

The review's supervisor opened an entry showing 1.0 hour; the trainee changed it to
24 hours; the supervisor's open form then countersigned 24. The decision form now
carries a fingerprint of the entry it showed, and a changed entry is refused.
"""

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from certificates import services
from certificates.models import LedgerEntry

pytestmark = pytest.mark.django_db


def _entry_form(world, hours: str) -> dict:
    return {
        "kind": "supervision",
        "programme": world.programme.pk,
        "date": "2026-12-02",
        "hours": hours,
        "activity": "",
        "covered_wellbeing": "on",
        "supervisor": world.user("supervisor").pk,
        "notes": "changed",
    }


def test_an_entry_changed_after_it_was_shown_is_not_countersigned(client, world):
    trainee, supervisor = world.user("trainee"), world.user("supervisor")
    entry = services.ledger_entry_create(
        trainee=trainee,
        programme=world.programme,
        kind=LedgerEntry.Kind.SUPERVISION,
        date=datetime.date(2026, 12, 2),
        hours=Decimal("1.0"),
        supervisor=supervisor,
        covered_wellbeing=True,
    )
    url = reverse("certificates:countersign", args=[entry.pk])

    # The supervisor opens the entry: 1.0 hour.
    client.force_login(supervisor)
    shown = client.get(url).content.decode()
    assert ">1.0<" in shown
    seen = re.search(r'name="seen" value="([0-9a-f]+)"', shown)[1]

    # Meanwhile the trainee makes it 24 hours.
    client.force_login(trainee)
    edited = client.post(
        reverse("certificates:ledger_edit", args=[entry.pk]), _entry_form(world, "24")
    )
    assert edited.status_code == 302
    entry.refresh_from_db()
    assert entry.hours == Decimal("24")

    # The supervisor's old form is refused, and shows the entry as it is now.
    client.force_login(supervisor)
    refused = client.post(
        url, {"decision": "countersign", "comment": "Checked: 1 hour", "seen": seen}
    )
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "This entry changed; look again." in html
    assert ">24.0<" in html
    entry.refresh_from_db()
    assert entry.status == LedgerEntry.Status.AWAITING
    assert not entry.events.filter(action="countersigned").exists()
