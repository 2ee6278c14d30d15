"""Practice and supervision over several days, as trainee and supervisor live it:
the trainee hears about each decision, can take an entry back, sees what is still
waiting, and the supervisor countersigns exactly what they were shown. A trainee who
enrolled themselves is never left at a dead end, and another organisation's
supervisor is kept out."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from certificates.models import LedgerEntry
from lms.cohorts.models import Notification, NotificationPreference
from lms.factories import CohortFactory, OrganisationFactory
from lms.roles import Role
from lms.services import enrolment_create
from tests.conftest import make_user

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def rules(programme):
    return make_rules(
        programme,
        requirement("practice_hours", hours="20", within_months=None),
        requirement("supervision_sessions", sessions=2, wellbeing_required=False),
    )


@pytest.fixture(autouse=True)
def run_on_commit(client, django_capture_on_commit_callbacks):
    """Each post commits, and what waits for the commit (notifications) runs then."""
    post = client.post

    def post_and_commit(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return post(*args, **kwargs)

    client.post = post_and_commit


def _entry_form(programme, supervisor, **extra):
    data = {
        "kind": "practice",
        "programme": programme.pk,
        "date": (timezone.localdate() - datetime.timedelta(days=2)).isoformat(),
        "hours": "2",
        "activity": "one_to_one",
        "supervisor": supervisor.pk,
        "notes": "Listened more than I talked.",
    }
    data.update(extra)
    return data


def _seen(client, entry) -> str:
    page = client.get(reverse("certificates:countersign", args=[entry.pk]))
    assert page.status_code == 200
    return re.search(r'name="seen" value="([0-9a-f]+)"', page.content.decode())[1]


def _whats_left(client) -> str:
    return client.get(reverse("lms:dashboard")).content.decode()


def test_trainee_hears_of_each_decision_and_can_withdraw(
    client, enrolled, supervisor, programme
):
    # Day 1: the trainee records two hours of practice.
    client.force_login(enrolled)
    form = client.get(reverse("certificates:ledger_create")).content.decode()
    # No radio button without a label, ticked before anyone chooses.
    assert 'type="radio" value=""' not in form
    assert not re.search(r'type="radio" value="[a-z_]+" checked', form)
    client.post(
        reverse("certificates:ledger_create"), _entry_form(programme, supervisor)
    )
    entry = LedgerEntry.objects.get(trainee=enrolled)
    dashboard = _whats_left(client)
    assert "0 of 20 hours countersigned." in dashboard
    assert "2 more hours are waiting for your supervisor to countersign." in dashboard

    # Day 2: the supervisor (who was emailed) returns it with a comment.
    mail.outbox.clear()
    client.force_login(supervisor)
    seen = _seen(client, entry)
    client.post(
        reverse("certificates:countersign", args=[entry.pk]),
        {"decision": "return", "comment": "Was it 1.5 hours?", "seen": seen},
    )
    returned = Notification.objects.get(user=enrolled, kind="work_marked")
    assert returned.title == (
        f"Sid Supervisor returned your practice on {entry.date.day} {entry.date:%B %Y}"
    )
    assert returned.url == reverse("certificates:ledger_edit", args=[entry.pk])
    assert [m.to for m in mail.outbox] == [[enrolled.email]]
    assert "Open the entry to read it" in mail.outbox[0].body
    # The comment itself stays in Alongside, not in the email.
    assert "Was it 1.5 hours?" not in mail.outbox[0].body

    # Day 3: the trainee no longer wants these emails, corrects it and resends.
    NotificationPreference.objects.create(user=enrolled, emails_off=["work_marked"])
    mail.outbox.clear()
    client.force_login(enrolled)
    notifications = client.get(reverse("cohorts:notifications")).content.decode()
    assert "Sid Supervisor returned your practice" in notifications
    client.post(
        reverse("certificates:ledger_edit", args=[entry.pk]),
        _entry_form(programme, supervisor, hours="1.5", date=entry.date.isoformat()),
    )

    # Day 4: the supervisor countersigns; the trainee hears in-app only.
    client.force_login(supervisor)
    client.post(
        reverse("certificates:countersign", args=[entry.pk]),
        {"decision": "countersign", "comment": "", "seen": _seen(client, entry)},
    )
    entry.refresh_from_db()
    assert entry.status == "countersigned"
    signed = Notification.objects.filter(user=enrolled).order_by("-pk").first()
    assert signed.title.startswith("Sid Supervisor countersigned your practice on")
    assert "counts towards your certificate" in signed.body
    assert [m for m in mail.outbox if enrolled.email in m.to] == []

    # Day 5: the trainee records a session by mistake, and withdraws it.
    client.force_login(enrolled)
    client.post(
        reverse("certificates:ledger_create"),
        _entry_form(programme, supervisor, kind="supervision", activity="", hours="1"),
    )
    mistake = LedgerEntry.objects.get(trainee=enrolled, kind="supervision")
    assert "1 more session is waiting for your supervisor" in _whats_left(client)
    listing = client.get(reverse("certificates:ledger")).content.decode()
    withdraw_url = reverse("certificates:ledger_withdraw", args=[mistake.pk])
    assert withdraw_url in listing
    # The countersigned entry cannot be withdrawn.
    assert reverse("certificates:ledger_withdraw", args=[entry.pk]) not in listing
    ask = client.get(withdraw_url).content.decode()
    assert "Withdraw your entry for" in ask and "Yes, withdraw it" in ask
    client.post(withdraw_url)
    mistake.refresh_from_db()
    assert mistake.status == "withdrawn"
    assert list(mistake.events.values_list("action", flat=True)) == [
        "created",
        "withdrawn",
    ]
    assert "waiting for your supervisor" not in _whats_left(client)
    assert "1.5 of 20 hours countersigned." in _whats_left(client)

    # The supervisor no longer has it to countersign.
    client.force_login(supervisor)
    queue = client.get(reverse("certificates:countersign_queue")).content.decode()
    assert reverse("certificates:countersign", args=[mistake.pk]) not in queue
    client.post(
        reverse("certificates:countersign", args=[mistake.pk]),
        {"decision": "countersign", "comment": "", "seen": "x"},
    )
    mistake.refresh_from_db()
    assert mistake.status == "withdrawn"

    # A countersigned entry cannot be withdrawn, even by posting.
    client.force_login(enrolled)
    client.post(reverse("certificates:ledger_withdraw", args=[entry.pk]))
    entry.refresh_from_db()
    assert entry.status == "countersigned"


def test_supervisor_countersigns_only_what_they_were_shown(
    client, enrolled, supervisor, programme
):
    client.force_login(enrolled)
    client.post(
        reverse("certificates:ledger_create"), _entry_form(programme, supervisor)
    )
    entry = LedgerEntry.objects.get(trainee=enrolled)

    # The supervisor opens the entry showing 2 hours...
    client.force_login(supervisor)
    seen = _seen(client, entry)
    # ...and meanwhile the trainee changes it to 6.
    client.force_login(enrolled)
    client.post(
        reverse("certificates:ledger_edit", args=[entry.pk]),
        _entry_form(programme, supervisor, hours="6", date=entry.date.isoformat()),
    )

    client.force_login(supervisor)
    url = reverse("certificates:countersign", args=[entry.pk])
    refused = client.post(url, {"decision": "countersign", "comment": "", "seen": seen})
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "This entry changed; look again." in html
    assert ">6.0<" in html  # the entry as it is now
    entry.refresh_from_db()
    assert entry.status == "awaiting"
    assert not Notification.objects.filter(user=enrolled).exists()

    # A form without what was shown is refused the same way.
    blind = client.post(url, {"decision": "countersign", "comment": ""})
    assert "This entry changed; look again." in blind.content.decode()
    entry.refresh_from_db()
    assert entry.status == "awaiting"

    # The supervisor heard about the entry, and again about the change.
    asked = Notification.objects.filter(user=supervisor, kind="countersign")
    assert asked.count() == 2

    # Having looked again, they countersign the 6 hours.
    client.post(
        url, {"decision": "countersign", "comment": "", "seen": _seen(client, entry)}
    )
    entry.refresh_from_db()
    assert entry.status == "countersigned"
    assert str(entry.hours) == "6.0"


@pytest.fixture
def self_enrolled(programme, other_trainee):
    programme.self_enrolment = True
    programme.save_revision().publish()
    enrolment_create(user=other_trainee, programme=programme)
    return other_trainee


@pytest.fixture
def elsewhere():
    """Another organisation, with a supervisor of its own."""
    organisation = OrganisationFactory(name="Somewhere Else Support")
    outsider = make_user(Role.SUPERVISOR, full_name="Olly Outsider")
    cohort = CohortFactory(organisation=organisation)
    cohort.supervisors.add(outsider)
    return outsider


def test_a_trainee_who_enrolled_themselves_is_told_who_assigns_a_supervisor(
    client, self_enrolled, programme, cohort, supervisor, elsewhere
):
    client.force_login(self_enrolled)
    # On their own: told plainly, not given a form with nobody to choose.
    listing = client.get(reverse("certificates:ledger")).content.decode()
    assert "taking this programme on your own" in listing
    assert "Record practice or supervision</a>" not in listing
    page = client.get(reverse("certificates:ledger_create")).content.decode()
    assert "Who countersigns your practice" in page
    assert "taking this programme on your own" in page

    # They join the organisation that runs the cohort (say through its other
    # programme); the organisation's supervisor is offered, the outsider is not.
    organisation = cohort.organisation
    organisation.support_contact = "Call Amira on 01632 960 000"
    organisation.save()
    organisation.members.add(self_enrolled)
    form = client.get(reverse("certificates:ledger_create")).content.decode()
    assert "Sid Supervisor" in form
    assert "Olly Outsider" not in form

    refused = client.post(
        reverse("certificates:ledger_create"), _entry_form(programme, elsewhere)
    )
    assert refused.status_code == 200
    assert not LedgerEntry.objects.filter(trainee=self_enrolled).exists()

    client.post(
        reverse("certificates:ledger_create"), _entry_form(programme, supervisor)
    )
    entry = LedgerEntry.objects.get(trainee=self_enrolled)
    assert entry.supervisor == supervisor

    # The other organisation's supervisor cannot open or countersign it.
    client.force_login(elsewhere)
    url = reverse("certificates:countersign", args=[entry.pk])
    assert client.get(url).status_code == 404
    client.post(url, {"decision": "countersign", "comment": "", "seen": "x"})
    entry.refresh_from_db()
    assert entry.status == "awaiting"
    # Nor can another trainee withdraw it.
    client.force_login(make_user(Role.TRAINEE, full_name="Another Trainee"))
    withdraw = reverse("certificates:ledger_withdraw", args=[entry.pk])
    assert client.get(withdraw).status_code == 404
    assert client.post(withdraw).status_code == 404
    entry.refresh_from_db()
    assert entry.status == "awaiting"

    # Their own supervisor countersigns it.
    client.force_login(supervisor)
    client.post(
        url, {"decision": "countersign", "comment": "", "seen": _seen(client, entry)}
    )
    entry.refresh_from_db()
    assert entry.status == "countersigned"


def test_a_member_of_an_organisation_without_supervisors_is_told_whom_to_ask(
    client, self_enrolled
):
    organisation = OrganisationFactory(
        name="Small Steps", support_contact="hello@smallsteps.example"
    )
    organisation.members.add(self_enrolled)
    client.force_login(self_enrolled)
    page = client.get(reverse("certificates:ledger_create")).content.decode()
    assert "Small Steps assigns supervisors: ask them for one." in page
    assert "hello@smallsteps.example" in page


def test_a_break_from_the_practice_form_keeps_what_was_typed(
    client, enrolled, programme, supervisor
):
    """'Take a break' and 'Get support' from the form: nothing typed is lost, and
    nothing is sent to the supervisor until the trainee saves it."""
    client.force_login(enrolled)
    url = reverse("certificates:ledger_create")
    page = client.get(url).content.decode()
    # Enter in a field saves the form, not the header's "Get support" (the first
    # submit button of the form in the page is a hidden "save").
    assert page.index('value="save" hidden') < page.index('value="support"')

    half = _entry_form(programme, supervisor, hours="", notes="HALF-WRITTEN NOTE")
    response = client.post(url, {**half, "action": "break"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("lms:take_a_break"))
    assert not LedgerEntry.objects.exists()

    back = client.get(url).content.decode()
    assert "HALF-WRITTEN NOTE" in back
    assert "It has not been sent to your supervisor yet" in back
    # Saving it for real sends it, and the kept copy is gone.
    client.post(url, _entry_form(programme, supervisor, notes="Finished note"))
    assert LedgerEntry.objects.get().notes == "Finished note"
    assert "HALF-WRITTEN NOTE" not in client.get(url).content.decode()

    # Changing an entry, then "Get support": the change is kept for later.
    entry = LedgerEntry.objects.get()
    edit = reverse("certificates:ledger_edit", args=[entry.pk])
    support = client.post(
        edit,
        {
            **_entry_form(programme, supervisor, notes="A SECOND THOUGHT"),
            "action": "support",
        },
    )
    assert support["Location"] == reverse("lms:support")
    entry.refresh_from_db()
    assert entry.notes == "Finished note"
    assert "A SECOND THOUGHT" in client.get(edit).content.decode()
