"""The lifecycle in the admin: who may do what, reasons, history, bulk and zip."""

import datetime
import io
import zipfile

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.models import Certificate, HandIssueRequest, TrainerSignOff
from lms.models import AuditEvent, ReflectiveEntry
from lms.roles import Role
from tests.conftest import make_user

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db


@pytest.fixture
def rules(programme):
    return make_rules(
        programme,
        requirement("reflections", entries=1),
        requirement("trainer_sign_off", note=""),
    )


@pytest.fixture
def certificate(enrolled, trainer, programme, rules):
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="Paper record"
    )
    return certificate


@pytest.fixture
def org_admin(cohort, organisation_admin):
    cohort.organisation.admins.add(organisation_admin)
    return organisation_admin


def _people(
    who, *, enrolled, other_trainee, supervisor, trainer, org_admin, site_admin
):
    return {
        "trainee": enrolled,
        "other_trainee": other_trainee,
        "supervisor": supervisor,
        "other_trainer": make_user(Role.TRAINER, full_name="Not Their Trainer"),
        "other_org_admin": make_user(Role.ORGANISATION_ADMIN, full_name="Elsewhere"),
        "trainer": trainer,
        "org_admin": org_admin,
        "admin": site_admin,
    }.get(who)


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("anonymous", False),
        ("trainee", False),
        ("other_trainee", False),
        ("supervisor", False),
        ("other_trainer", False),
        ("other_org_admin", False),
        ("trainer", False),  # trainers re-issue and renew, but never revoke
        ("org_admin", True),
        ("admin", True),
    ],
)
def test_who_may_revoke(
    client,
    certificate,
    cohort,
    who,
    allowed,
    enrolled,
    other_trainee,
    supervisor,
    trainer,
    org_admin,
    site_admin,
):
    person = _people(
        who,
        enrolled=enrolled,
        other_trainee=other_trainee,
        supervisor=supervisor,
        trainer=trainer,
        org_admin=org_admin,
        site_admin=site_admin,
    )
    if person:
        person.is_staff = person.is_staff or who in ("trainer", "org_admin")
        person.save()
        client.force_login(person)
    detail = client.get(reverse("certificates_admin_detail", args=[certificate.pk]))
    response = client.post(
        reverse("certificates_admin_action", args=[certificate.pk, "revoke"]),
        {"reason": "Testing who may", "confirmed": "yes"},
    )
    certificate.refresh_from_db()
    zip_response = client.get(reverse("certificates_admin_zip", args=[cohort.pk]))
    if who == "trainer":
        assert detail.status_code == 200
        assert "Revoke…</a>" not in detail.content.decode()
        assert "Only an admin of" in detail.content.decode()
        # Wagtail turns the refusal into a redirect with a "no permission" message.
        assert (response.status_code, response["Location"]) == (302, "/admin/")
        assert certificate.status == "valid"
        assert zip_response.status_code == 200
    elif allowed:
        assert detail.status_code == 200
        assert "Revoke…</a>" in detail.content.decode()
        assert response.status_code == 302
        assert certificate.status == "revoked"
        assert zip_response.status_code == 200
    else:
        assert detail.status_code in (302, 403, 404)
        assert response.status_code in (302, 403, 404)
        assert certificate.status == "valid"
        assert zip_response.status_code in (302, 403, 404)


def test_reason_is_required_and_nothing_is_deleted(client, certificate, org_admin):
    client.force_login(org_admin)
    url = reverse("certificates_admin_action", args=[certificate.pk, "revoke"])
    response = client.post(url, {"reason": "  ", "confirmed": "yes"})
    assert response.status_code == 400
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    client.post(url, {"reason": "Fraudulent evidence", "confirmed": "yes"})
    assert Certificate.objects.filter(pk=certificate.pk, status="revoked").exists()
    assert (
        client.post(
            reverse("certificates_admin_action", args=[certificate.pk, "delete"]),
            {"reason": "x"},
        ).status_code
        == 404
    )


def test_suspend_reinstate_reissue_renew_keep_number_and_history(
    client, certificate, org_admin, enrolled, django_capture_on_commit_callbacks
):
    client.force_login(org_admin)
    number = certificate.number

    def act(action, **data):
        data.setdefault("reason", f"Reason to {action}")
        data.setdefault("confirmed", "yes")
        return client.post(
            reverse("certificates_admin_action", args=[certificate.pk, action]), data
        )

    act("suspend")
    act("reinstate")
    enrolled.certificate_name = "Tess New-Name"
    enrolled.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act("reissue")
    # Renewal opens near expiry; it never stacks (test_certificate_powers.py).
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + datetime.timedelta(days=30)
    )
    old_expiry = timezone.localdate() + datetime.timedelta(days=30)
    act("renew")
    certificate.refresh_from_db()
    assert certificate.number == number
    assert certificate.name == "Tess New-Name"
    assert certificate.status == "valid"
    assert certificate.expires_on > old_expiry
    assert list(certificate.events.values_list("action", flat=True)) == [
        "issued",
        "suspended",
        "reinstated",
        "reissued",
        "renewed",
    ]
    assert len(mail.outbox) == 1  # the re-issued certificate is sent again
    # The public page shows the new name's initials (the holder has not chosen
    # to show their name there).
    assert (
        "T. N."
        in client.get(
            reverse("certificates:verify", args=[certificate.token])
        ).content.decode()
    )


def test_cohort_page_sign_off_and_bulk_issue(
    client,
    cohort,
    enrolled,
    trainer,
    programme,
    rules,
    django_capture_on_commit_callbacks,
):
    ReflectiveEntry.objects.create(owner=enrolled, body="x")
    client.force_login(trainer)
    page = client.get(reverse("certificates_admin_cohort", args=[cohort.pk]))
    assert page.status_code == 200
    assert "Final sign-off from your trainer" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("certificates_admin_sign_off", args=[cohort.pk, enrolled.pk])
        )
    assert TrainerSignOff.objects.filter(trainee=enrolled, trainer=trainer).exists()
    # Signing off met the last requirement: the certificate was issued and sent.
    assert Certificate.objects.filter(user=enrolled).count() == 1
    assert len(mail.outbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("certificates_admin_issue_all", args=[cohort.pk]))
    assert Certificate.objects.filter(user=enrolled).count() == 1
    assert len(mail.outbox) == 1
    response = client.get(reverse("certificates_admin_zip", args=[cohort.pk]))
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    certificate = Certificate.objects.get(user=enrolled)
    assert archive.namelist() == [f"{certificate.number}.pdf"]
    assert archive.read(archive.namelist()[0]).startswith(b"%PDF")
    (logged,) = AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED)
    assert logged.actor == trainer
    assert logged.detail == {
        "file": f"certificates-cohort-{cohort.pk}.zip",
        "rows": "1",
    }


def test_bulk_issue_progress_bar_follows_the_background_work(
    client,
    cohort,
    enrolled,
    other_trainee,
    trainer,
    programme,
    rules,
    django_capture_on_commit_callbacks,
):
    from lms.services import enrolment_create

    enrolment_create(user=other_trainee, programme=programme, cohort=cohort)
    ReflectiveEntry.objects.create(owner=enrolled, body="x")
    TrainerSignOff.objects.create(
        trainee=enrolled, programme=programme, trainer=trainer
    )
    client.force_login(trainer)
    progress_url = reverse("certificates_admin_cohort_progress", args=[cohort.pk])
    before = client.get(progress_url).json()

    # Tasks run eagerly here, as soon as the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("certificates_admin_issue_all", args=[cohort.pk])
        )
    page = client.get(response["Location"]).content.decode()
    after = client.get(progress_url).json()

    assert before == {
        "issued": 0,
        "total": 2,
        "text": "0 of 2 trainees have a certificate",
    }
    assert response["Location"].endswith("?issuing=1")
    assert f'data-progress-url="{progress_url}"' in page
    assert "certificates/bulk_progress.js" in page
    assert after["issued"] == 1 and after["total"] == 2
    # Without the flag the page does not poll.
    plain = client.get(reverse("certificates_admin_cohort", args=[cohort.pk]))
    assert "data-progress-url" not in plain.content.decode()


def test_issue_by_hand_needs_a_reason(client, cohort, enrolled, trainer, rules):
    client.force_login(trainer)
    url = reverse("certificates_admin_issue", args=[cohort.pk, enrolled.pk])
    client.post(url, {"reason": ""})
    assert not HandIssueRequest.objects.exists()
    client.post(url, {"reason": "Finished on paper"})
    # Asked for: issued only once an organisation admin approves
    # (tests/security/test_certificate_powers.py).
    assert HandIssueRequest.objects.get().reason == "Finished on paper"
    assert not Certificate.objects.exists()


def test_supervisor_cannot_sign_off(client, cohort, enrolled, supervisor, rules):
    client.force_login(supervisor)
    response = client.post(
        reverse("certificates_admin_sign_off", args=[cohort.pk, enrolled.pk])
    )
    assert response.status_code in (302, 403, 404)
    assert not TrainerSignOff.objects.exists()


def test_rules_snippet_in_the_admin(client, trainer, cohort, rules):
    # Rules issued by the organisation whose cohort the trainer trains.
    rules.issuing_organisation = cohort.organisation
    rules.save()
    trainer.is_staff = True
    trainer.save()
    client.force_login(trainer)
    url = reverse(
        "wagtailsnippets_certificates_accreditationrules:edit", args=[rules.pk]
    )
    response = client.get(url)
    assert response.status_code == 200
    assert "Reflective log entries" in response.content.decode()
    # The neutral description and criteria that go with the neutral wordings.
    form = response.context["form"]
    assert {"public_wordings", "public_description", "public_criteria"} <= set(
        form.fields
    )
    assert "What it stands for, in neutral words" in response.content.decode()


def test_trainers_see_and_edit_only_rules_their_organisations_issue(
    client, cohort, trainer, programme, programme_tree, rules
):
    from certificates.models import AccreditationRules
    from lms.factories import OrganisationFactory

    # The trainer trains a cohort of `cohort.organisation`; `rules` are issued by
    # another organisation (Brighter Days), and a third rule set by their own.
    own = make_rules(
        programme_tree[0]
        .get_parent()
        .add_child(
            instance=type(programme)(
                title="Own programme", slug="own", summary="Another programme"
            )
        ),
        organisation=cohort.organisation,
    )
    elsewhere = OrganisationFactory(name="Somewhere Else Entirely")
    client.force_login(trainer)
    listing = client.get(
        reverse("wagtailsnippets_certificates_accreditationrules:list")
    )
    edit_other = client.get(
        reverse("wagtailsnippets_certificates_accreditationrules:edit", args=[rules.pk])
    )
    edit_own = client.get(
        reverse("wagtailsnippets_certificates_accreditationrules:edit", args=[own.pk])
    )
    add = client.get(reverse("wagtailsnippets_certificates_accreditationrules:add"))

    assert listing.status_code == 200
    assert "Own programme" in listing.content.decode()
    assert programme.title not in listing.content.decode()
    assert edit_other.status_code == 404
    assert edit_own.status_code == 200
    issuers = list(add.context["form"].fields["issuing_organisation"].queryset)
    assert issuers == [cohort.organisation]
    assert elsewhere.name not in add.content.decode()
    assert AccreditationRules.objects.count() == 2


def test_readiness_for_a_list_agrees_with_each_trainees_progress(
    cohort, enrolled, trainer, programme
):
    """The dashboard's quick check (cheapest requirement first, stopping at the
    first not met) says "ready" exactly when the trainee's own page says so."""
    from certificates.selectors import accreditation

    assert set(accreditation._CHEAPEST_FIRST) == set(accreditation._CHECKS)
    rules = make_rules(
        programme,
        requirement("trainer_sign_off", note=""),
        requirement("reflections", entries=1),
    )

    def both():
        progress = accreditation.accreditation_progress(enrolled, programme, rules)
        quick = accreditation.accreditation_complete(enrolled, programme, rules)
        return progress.is_complete, quick

    assert both() == (False, False)
    ReflectiveEntry.objects.create(owner=enrolled, body="x")
    assert both() == (False, False)  # the sign-off is still to come
    TrainerSignOff.objects.create(
        trainee=enrolled, programme=programme, trainer=trainer
    )
    assert both() == (True, True)


def test_the_admin_home_does_not_check_every_requirement_of_every_trainee(
    client, cohort, trainer, programme
):
    """Most of a cohort is still on its way: the readiness panel stops at the first
    requirement a trainee has not met, so a bigger cohort costs about a query a
    trainee, not the twenty a full check of each would."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from lms.services import enrolment_create

    make_rules(
        programme,
        requirement("trainer_sign_off", note=""),
        requirement("practice_hours", hours=10),
        requirement("modules_passed", modules=[]),
    )
    client.force_login(trainer)
    home = reverse("wagtailadmin_home")

    def queries_with(count):
        while cohort.enrolments.count() < count:
            enrolment_create(
                user=make_user(full_name=f"Trainee {cohort.enrolments.count()}"),
                programme=programme,
                cohort=cohort,
            )
        with CaptureQueriesContext(connection) as captured:
            assert client.get(home).status_code == 200
        return len(captured)

    queries_with(1)  # caches warmed
    small, large = queries_with(2), queries_with(12)
    assert large - small <= 10 * 2


def test_the_admin_home_lists_cohorts_with_certificates_ready_to_issue(
    client, cohort, enrolled, trainer, programme
):
    make_rules(programme, requirement("reflections", entries=1))
    home = reverse("wagtailadmin_home")
    client.force_login(trainer)
    assert "Certificates ready to issue" not in client.get(home).content.decode()

    ReflectiveEntry.objects.create(owner=enrolled, body="x")  # the last requirement
    page = client.get(home).content.decode()

    assert "Certificates ready to issue" in page
    assert "1 trainee has met every requirement and has no certificate yet." in page
    assert f'href="{reverse("certificates_admin_cohort", args=[cohort.pk])}"' in page
    # Another cohort's trainer is told nothing of it.
    client.force_login(make_user(Role.TRAINER, full_name="Not Their Trainer"))
    theirs = client.get(home)
    assert theirs.status_code == 200
    assert "Certificates ready to issue" not in theirs.content.decode()

    # Once issued, it is no longer waiting.
    services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="Paper record"
    )
    client.force_login(trainer)
    assert "Certificates ready to issue" not in client.get(home).content.decode()
