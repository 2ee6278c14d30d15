"""UK GDPR: the registry covers every model linked to a person; export and erasure."""

import json

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.test import Client
from django.urls import reverse

from alongside.extensions import personal_data_registry
from lms.models import AuditEvent, ReflectiveEntry, User
from lms.privacy import personal_data_erase, personal_data_export

# Apps whose models must say how a person's data is exported and erased: ours, and
# the second-factor devices we added.
OWN_APPS = ("lms", "courses", "assessments", "certificates", "django_otp")


def _ours(model) -> bool:
    return model.__module__.split(".")[0] in OWN_APPS


def _links_to_a_person(model) -> list[str]:
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    return [
        f.name
        for f in model._meta.concrete_fields
        if isinstance(f, models.ForeignKey | models.OneToOneField)
        and f.related_model is user_model
        and _ours(f.model)  # not Wagtail's own page fields (owner, locked_by)
    ]


def test_every_model_linked_to_a_person_is_registered():
    registered = {entry.model for entry in personal_data_registry()}
    missing = sorted(
        f"{model._meta.label} ({', '.join(links)})"
        for model in apps.get_models()
        if _ours(model)
        and (links := _links_to_a_person(model))
        and model not in registered
    )
    assert not missing, (
        "These models hold a link to a person but are not registered with "
        "alongside.extensions.personal_data"
        "(model, user_field, on_erase=..., reason=...) "
        "(register them from your AppConfig.ready()):\n  " + "\n  ".join(missing)
    )


def test_every_registration_names_a_real_link_to_a_person():
    for entry in personal_data_registry():
        field = entry.model._meta.get_field(entry.user_field)
        assert field.related_model is apps.get_model(settings.AUTH_USER_MODEL), entry


pytestmark = pytest.mark.django_db


@pytest.fixture
def person(world):
    return world.user("trainee")


def test_the_export_holds_everything_about_the_person_and_nobody_else(world, person):
    data = personal_data_export(user=person)
    text = json.dumps(data)

    assert data["account"]["email"] == person.email
    assert "PRIVATE-REFLECTION" in text  # the reflective log
    records = data["records"]
    assert len(records["lms.ReflectiveEntry"]["rows"]) == 1
    assert len(records["assessments.QuizAttempt"]["rows"]) == 3
    assert len(records["assessments.FreeTextSubmission"]["rows"]) == 1
    assert records["lms.Enrolment"]["rows"][0]["programme_id"] == world.programme.pk
    assert world.user("other_trainee").email not in text


def test_the_your_data_page_downloads_json_and_logs_it(world, person):
    client = Client()
    client.force_login(person)

    page = client.get(reverse("lms:your_data"))
    download = client.get(reverse("lms:your_data_export"))

    assert "Download your data" in page.text
    assert download["Content-Type"] == "application/json"
    assert "attachment" in download["Content-Disposition"]
    assert json.loads(download.content)["account"]["email"] == person.email
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.DATA_EXPORTED, subject=person
    ).exists()


def test_erasure_needs_a_deliberate_confirmation(world, person):
    client = Client()
    client.force_login(person)

    response = client.post(reverse("lms:your_data_erase"), {})

    assert response.status_code == 400
    assert "Tick the box to say you understand." in response.text
    assert User.objects.get(pk=person.pk).is_active


def test_erasure_follows_each_rule_and_signs_out(world, person):
    client = Client()
    client.force_login(person)
    pk, email = person.pk, person.email
    AuditEvent.objects.create(action=AuditEvent.Action.SIGN_IN, subject=person)

    response = client.post(reverse("lms:your_data_erase"), {"confirm": "on"})

    assert response.status_code == 302
    assert client.get(reverse("lms:dashboard")).status_code == 302  # signed out
    erased = User.objects.get(pk=pk)
    assert not erased.is_active and erased.email != email
    assert erased.full_name == "Erased account"
    assert not erased.has_usable_password()
    assert not ReflectiveEntry.objects.filter(owner_id=pk).exists()
    for entry in personal_data_registry():
        rows = entry.model._default_manager.filter(**{entry.user_field: pk})
        if entry.on_erase in ("delete", "anonymise"):
            assert not rows.exists(), entry.model
    # The audit log keeps its events, without the person.
    assert AuditEvent.objects.filter(action=AuditEvent.Action.SIGN_IN).exists()
    assert AuditEvent.objects.filter(action=AuditEvent.Action.ERASURE_DONE).exists()
    # Nobody else's data went with it.
    assert world.user("other_trainee").enrolments.exists()


def test_an_admin_can_export_and_erase_someone(world, person):
    admin = world.user("admin")

    data = personal_data_export(user=person)
    personal_data_erase(user=person, actor=admin)

    assert data["account"]["email"] == person.email
    event = AuditEvent.objects.get(action=AuditEvent.Action.ERASURE_DONE)
    assert event.actor == admin


def test_audit_events_cannot_be_changed_or_deleted(world, person):
    event = AuditEvent.objects.create(action=AuditEvent.Action.SIGN_IN, subject=person)
    event.action = AuditEvent.Action.OTHER

    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


def test_the_audit_log_is_read_only_for_site_admins(world, person):
    event = AuditEvent.objects.create(action=AuditEvent.Action.SIGN_IN, subject=person)
    admin, trainer = Client(), Client()
    admin.force_login(world.user("admin"))
    trainer.force_login(world.user("trainer"))

    assert admin.get("/admin/audit_event/").status_code == 200
    assert admin.get(f"/admin/audit_event/inspect/{event.pk}/").status_code == 200
    for url in ("/admin/audit_event/new/", f"/admin/audit_event/edit/{event.pk}/"):
        assert admin.get(url).status_code in (302, 403), url
    assert admin.post(f"/admin/audit_event/delete/{event.pk}/").status_code in (
        302,
        403,
    )
    assert AuditEvent.objects.filter(pk=event.pk).exists()
    assert trainer.get("/admin/audit_event/").status_code in (302, 403)


def test_a_site_admin_can_run_both_from_the_command_line(world, person):
    import io

    from django.core.management import call_command

    out = io.StringIO()
    call_command("personal_data", "export", person.email, stdout=out)
    assert json.loads(out.getvalue())["account"]["email"] == person.email

    call_command("personal_data", "erase", person.email, "--yes", stdout=io.StringIO())
    assert not User.objects.get(pk=person.pk).is_active


def test_sign_ins_and_role_changes_are_audited(world, person):
    from lms.roles import Role
    from lms.services import user_add_role

    client = Client()
    client.post(
        "/accounts/login/",
        {"username": person.email, "password": "a-long-test-password"},
    )
    user_add_role(user=person, role=Role.TRAINER)

    actions = set(
        AuditEvent.objects.filter(subject=person).values_list("action", flat=True)
    )
    assert {AuditEvent.Action.SIGN_IN, AuditEvent.Action.ROLE_CHANGED} <= actions
