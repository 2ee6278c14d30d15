"""Who may issue, suspend or revoke certificates, and what they see."""

from django.db.models import Q, QuerySet

from lms.models import Cohort, Enrolment, Organisation, User
from lms.roles import Role
from lms.selectors import user_has_role

from ..models import (
    Certificate,
)


def certificates_apply_to(user) -> bool:
    """Whether someone holds a certificate or takes a programme that awards one."""
    return (
        Certificate.objects.filter(user=user).exists()
        or Enrolment.objects.filter(
            user=user, programme__accreditation__isnull=False
        ).exists()
    )


def certificate_manager_cohorts(user) -> QuerySet[Cohort]:
    """Cohorts whose certificates this person may manage."""
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(
        Q(trainers=user) | Q(organisation__admins=user)
    ).distinct()


def can_manage_certificates(user) -> bool:
    """Trainers, organisation admins and site admins."""
    return user.is_authenticated and (
        user.is_superuser
        or user_has_role(user, Role.TRAINER)
        or user_has_role(user, Role.ORGANISATION_ADMIN)
    )


def certificates_managed_by(user) -> QuerySet[Certificate]:
    """Certificates this person may suspend, revoke, re-issue or renew."""
    qs = Certificate.objects.select_related("user", "programme")
    if user.is_superuser:
        return qs
    cohorts = certificate_manager_cohorts(user)
    learner_ids = Enrolment.objects.filter(cohort__in=cohorts).values("user_id")
    organisations = user.administered_organisations.values("pk")
    return qs.filter(
        Q(user_id__in=learner_ids) | Q(organisation_id__in=organisations)
    ).exclude(user=user)


def issuing_organisations_for(user) -> QuerySet[Organisation]:
    """Organisations a trainer or organisation admin may name as a certificate's
    issuer: those they run, or whose cohorts they train."""
    return Organisation.objects.filter(
        Q(admins=user) | Q(cohorts__trainers=user)
    ).distinct()


def can_change_status(user, certificate: Certificate) -> bool:
    """Suspending, reinstating and revoking are for the admins of the organisation
    that issued the certificate or runs the holder's cohort (and site admins)."""
    if user.is_superuser:
        return True
    if not user_has_role(user, Role.ORGANISATION_ADMIN):
        return False
    organisations = user.administered_organisations.values("pk")
    if certificate.organisation_id in {o["pk"] for o in organisations}:
        return True
    return Enrolment.objects.filter(
        user_id=certificate.user_id, cohort__organisation__in=organisations
    ).exists()


def certificate_status_actions(certificate: Certificate) -> list[str]:
    """The changes of status that apply to the certificate now, in the order offered."""
    return {
        Certificate.Status.VALID: ["suspend", "revoke"],
        Certificate.Status.SUSPENDED: ["reinstate", "revoke"],
    }.get(certificate.status, [])


def cohort_certificate_counts(cohort: Cohort) -> tuple[int, int]:
    """(trainees holding the programme's certificate, trainees) in a cohort."""
    trainees = cohort_trainees(cohort)
    issued = Certificate.objects.filter(
        user__in=trainees,
        programme_id=cohort.programme_id,
        kind=Certificate.Kind.PROGRAMME,
    ).count()
    return issued, trainees.count()


def cohort_trainees(cohort: Cohort) -> QuerySet[User]:
    return User.objects.filter(enrolments__cohort=cohort).order_by("full_name")


def cohort_ready_for_certificates(cohort: Cohort) -> int:
    """Trainees in a cohort who have met every requirement and hold no certificate
    for its programme yet."""
    from .accreditation import accreditation_complete, rules_for

    rules = rules_for(cohort.programme)
    if rules is None:
        return 0
    holders = set(
        Certificate.objects.filter(
            programme_id=cohort.programme_id, kind=Certificate.Kind.PROGRAMME
        ).values_list("user_id", flat=True)
    )
    return sum(
        1
        for trainee in cohort_trainees(cohort)
        if trainee.pk not in holders
        and accreditation_complete(trainee, cohort.programme, rules)
    )


def cohort_entries_awaiting_countersign(cohort: Cohort):
    """Practice entries of a cohort's trainees on its programme that wait for
    their supervisor, oldest first."""
    from ..models import LedgerEntry

    return LedgerEntry.objects.filter(
        trainee__enrolments__cohort=cohort,
        programme_id=cohort.programme_id,
        status=LedgerEntry.Status.AWAITING,
    ).order_by("created_at", "pk")
