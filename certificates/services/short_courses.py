"""Certificates of attendance (live sessions) and of completion (awareness course)."""

import datetime
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from lms.models import Organisation, User

from ..models import (
    Certificate,
    CertificateEvent,
    certificate_number_new,
    verification_token_new,
)
from .issuing import _announce_issue, certificate_email_later
from .lifecycle import _record


def _organisation_with_branding(organisation_id: int | None):
    organisation = (
        Organisation.objects.filter(pk=organisation_id)
        .select_related("certificate_branding")
        .first()
    )
    branding = (
        getattr(organisation, "certificate_branding", None) if organisation else None
    )
    return organisation, branding


def _short_course_certificate_issue(
    *,
    user: User,
    kind: str,
    key: dict,
    title: str,
    description: str,
    criteria: str,
    day: datetime.date,
    minutes: int,
    organisation,
    branding,
    extra: dict | None = None,
) -> Certificate | None:
    """Issue one certificate for a short course, once: None if it already exists.

    One per person per course, however they completed it: someone who already has
    a certificate for the course (of completion or attendance) gets no second one.
    """
    course_id = key.get("course_id") or (extra or {}).get("course_id")
    if (
        course_id
        and Certificate.objects.filter(
            user=user,
            course_id=course_id,
            kind__in=[Certificate.Kind.ATTENDANCE, Certificate.Kind.COMPLETION],
        ).exists()
    ):
        return None
    with transaction.atomic():
        try:
            with transaction.atomic():
                certificate, created = Certificate.objects.get_or_create(
                    kind=kind,
                    user=user,
                    **key,
                    defaults={
                        "number": certificate_number_new(),
                        "token": verification_token_new(),
                        "name": user.name_for_certificate,
                        "title": title,
                        "description": description,
                        "criteria": criteria,
                        "achievement_type": "Course",
                        "organisation": organisation,
                        "organisation_name": (
                            organisation.name if organisation else "Alongside"
                        ),
                        "signatory_name": branding.signatory_name if branding else "",
                        "signatory_role": branding.signatory_role if branding else "",
                        "learning_hours": (Decimal(minutes) / Decimal(60)).quantize(
                            Decimal("0.1")
                        ),
                        "issued_on": day,
                        "held_on": day,
                        "duration_minutes": minutes,
                        **(extra or {}),
                    },
                )
        except IntegrityError:
            return None
        if not created:
            return None
        _record(certificate, CertificateEvent.Action.ISSUED, None, "")
        _announce_issue(certificate)
        certificate_email_later(certificate_id=certificate.pk)
        return certificate


def attendance_certificates_issue(
    *,
    session_id: int,
    attendee_ids: list[int],
    title: str,
    held_on: datetime.date,
    minutes: int,
    organisation_id: int | None,
    course_id: int | None = None,
) -> list[int]:
    """One attendance certificate per attendee of a live session, idempotently.

    Returns the ids of the certificates created now (none on a repeat).
    """
    organisation, branding = _organisation_with_branding(organisation_id)
    created_ids = []
    for user in User.objects.filter(pk__in=attendee_ids):
        certificate = _short_course_certificate_issue(
            user=user,
            kind=Certificate.Kind.ATTENDANCE,
            key={"session_id": session_id},
            extra={"course_id": course_id},
            title=title,
            description=_(
                "Attended a live staff-awareness session on "
                "working alongside perinatal peer supporters."
            ),
            criteria=_("Attendance at the whole live session."),
            day=held_on,
            minutes=minutes,
            organisation=organisation,
            branding=branding,
        )
        if certificate is not None:
            created_ids.append(certificate.pk)
    return created_ids


def completion_certificate_issue(
    *,
    user_id: int,
    course_id: int,
    title: str,
    completed_on: datetime.date,
    minutes: int,
    organisation_id: int | None,
) -> int | None:
    """A certificate of completion for someone who took a short course on their
    own, once per person and course. Returns its id, or None if it already existed
    (or the person has gone)."""
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return None
    organisation, branding = _organisation_with_branding(organisation_id)
    certificate = _short_course_certificate_issue(
        user=user,
        kind=Certificate.Kind.COMPLETION,
        key={"course_id": course_id},
        title=title,
        description=_(
            "Completed the self-paced staff-awareness course on working "
            "alongside perinatal peer supporters."
        ),
        criteria=_(
            "Every section of the course, for at least four fifths of its planned "
            "time, and a passed knowledge check."
        ),
        day=completed_on,
        minutes=minutes,
        organisation=organisation,
        branding=branding,
    )
    return certificate.pk if certificate else None
