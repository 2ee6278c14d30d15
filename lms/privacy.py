"""Personal data (UK GDPR): what we hold about a person, its export and its erasure.

Every model holding a person's data is registered with
``alongside.extensions.personal_data`` (this module registers those of ``lms``
and ``assessments``; feature apps register their own). A test fails if a model
with a link to the user model is missing.
"""

import datetime
import uuid
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import models, transaction
from django.utils import timezone
from django.utils.functional import Promise

from alongside import extensions

from .models import AuditEvent

ACCOUNT_FIELDS = (
    "email",
    "full_name",
    "certificate_name",
    "nation",
    "date_joined",
    "email_confirmed_at",
    "last_login",
)


def personal_data_register() -> None:
    """Register the models of lms, courses and assessments (called from
    LmsConfig.ready)."""
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from assessments.models import (
        FreeTextSubmission,
        QuizAttempt,
        QuizAttemptAllowance,
        ScenarioAttempt,
    )
    from courses.models import ContentReview, SignpostVerification

    from .models import (
        ContentNoteChoice,
        Enrolment,
        LessonCompletion,
        ModuleCompletion,
        ReflectiveEntry,
    )

    register = extensions.personal_data
    register(Enrolment, "user", reason="Which programmes you are taking, and where.")
    register(LessonCompletion, "user", reason="Lessons you have finished.")
    register(ModuleCompletion, "user", reason="Modules you have finished.")
    register(
        ContentNoteChoice, "user", reason="What you chose at content notes (private)."
    )
    register(ReflectiveEntry, "owner", reason="Your reflective log (private).")
    register(QuizAttempt, "user", reason="Your quiz attempts and marks.")
    register(
        QuizAttemptAllowance,
        "user",
        export_fields=("quiz", "granted_at"),
        reason="Extra quiz attempts your trainer allowed you.",
    )
    register(ScenarioAttempt, "user", reason="Your runs through scenarios.")
    register(FreeTextSubmission, "user", reason="Your written answers and marks.")
    register(
        TOTPDevice,
        "user",
        export_fields=("name", "confirmed", "created_at", "last_used_at"),
        reason="Your authenticator app for the second sign-in step (never the key).",
    )
    register(
        StaticDevice,
        "user",
        export_fields=("name", "confirmed", "created_at", "last_used_at"),
        reason="That you have recovery codes for signing in (never the codes).",
    )
    register(
        ContentReview,
        "reviewer",
        on_erase="anonymise",
        export_fields=("reviewed_at", "reviewer_role", "outcome", "checked"),
        reason="Reviews of modules you made as a clinical reviewer (the record of "
        "the review stays, without the link to your account).",
    )
    register(
        SignpostVerification,
        "checked_by",
        on_erase="anonymise",
        export_fields=("checked_on", "notes"),
        reason="Checks of directory entries you recorded (the check stays, without "
        "the link to your account).",
    )
    register(
        AuditEvent,
        "subject",
        on_erase="anonymise",
        export_fields=("created_at", "action", "ip_address"),
        reason="Security events about your account; kept without your name.",
    )


def _plain(value):
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, Promise):  # a lazy translation
        return str(value)
    return value


def _row(instance, fields) -> dict:
    names = fields or [
        f.attname for f in instance._meta.concrete_fields if not f.primary_key
    ]
    return {name: _plain(getattr(instance, name)) for name in names}


def personal_data_export(*, user) -> dict:
    """Everything held about a person, as plain JSON-ready data."""
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {name: _plain(getattr(user, name)) for name in ACCOUNT_FIELDS},
        "roles": sorted(user.groups.values_list("name", flat=True)),
        "organisations": sorted(user.organisations.values_list("name", flat=True)),
        "organisations_you_run": sorted(
            user.administered_organisations.values_list("name", flat=True)
        ),
        "teams": sorted(user.teams.values_list("name", flat=True)),
        "teams_you_lead": sorted(user.led_teams.values_list("name", flat=True)),
        "cohorts_you_train": sorted(
            user.cohorts_training.values_list("name", flat=True)
        ),
        "cohorts_you_supervise": sorted(
            user.cohorts_supervising.values_list("name", flat=True)
        ),
        "records": {},
    }
    for entry in extensions.personal_data_registry():
        rows = entry.model._default_manager.filter(**{entry.user_field: user})
        data["records"][entry.model._meta.label] = {
            "why_we_hold_it": str(entry.reason),  # may be a lazy translation
            "when_you_ask_us_to_erase": entry.on_erase,
            "rows": [_row(row, entry.export_fields) for row in rows.order_by("pk")],
        }
    return data


def _user_links(model):
    user_model = get_user_model()
    return [
        f
        for f in model._meta.concrete_fields
        if isinstance(f, models.ForeignKey) and f.related_model is user_model
    ]


def _anonymise(entry, user) -> None:
    rows = entry.model._default_manager.filter(**{entry.user_field: user})
    custom = getattr(entry.model, "personal_data_anonymise", None)
    if custom is not None:
        custom(rows)
        return
    # Queryset updates on purpose: they bypass save(), so append-only records
    # (the audit log, a certificate's history) keep their rows, minus the person.
    for link in _user_links(entry.model):
        if link.null:
            entry.model._default_manager.filter(**{link.name: user}).update(
                **{link.name: None}
            )


@transaction.atomic
def personal_data_erase(*, user, actor=None) -> None:
    """Erase a person: each registration's rule, then the account is anonymised."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    email = user.email
    # Memberships first (clearing roles writes an audit event, anonymised below).
    for relation in (
        user.organisations,
        user.administered_organisations,
        user.teams,
        user.led_teams,
        user.cohorts_training,
        user.cohorts_supervising,
        user.groups,
    ):
        relation.clear()
    for entry in extensions.personal_data_registry():
        if entry.on_erase == "delete":
            entry.model._default_manager.filter(**{entry.user_field: user}).delete()
        elif entry.on_erase == "anonymise":
            _anonymise(entry, user)
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username__iexact=email).delete()
    user_model = get_user_model()
    user_model.objects.filter(pk=user.pk).update(
        email=f"erased-{user.pk}@erased.invalid",
        full_name="Erased account",
        certificate_name="",
        nation="",
        is_active=False,
        is_staff=False,
        is_superuser=False,
        password=make_password(None),
    )
    AuditEvent.objects.create(
        action=AuditEvent.Action.ERASURE_DONE,
        actor=actor if actor is not None and actor.pk != user.pk else None,
        detail={"account": str(user.pk)},
    )
