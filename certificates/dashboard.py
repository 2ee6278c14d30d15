"""The "What's left" section on "My learning", and the main-menu links for practice
and certificates."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from alongside.extensions import DashboardSection, NavLink
from courses.models import ProgrammePage

from . import selectors
from .pdf import verification_url

RENEWAL_NOTICE_DAYS = 60


def _refresher_due(certificate):
    """The refresher module to point a holder to when renewal is near or overdue."""
    if certificate is None or certificate.expires_on is None:
        return None
    if certificate.status != certificate.Status.VALID:
        return None
    days_left = (certificate.expires_on - timezone.localdate()).days
    if days_left > RENEWAL_NOTICE_DAYS:
        return None
    rules = selectors.rules_for(certificate.programme)
    refresher = rules.refresher if rules else None
    return refresher if refresher is not None and refresher.live else None


def certificates_section(user) -> DashboardSection | None:
    """Per programme with rules: the certificate, or what is left to earn it."""
    if not user.is_authenticated:
        return None
    programmes = ProgrammePage.objects.filter(
        enrolments__user=user, accreditation__isnull=False
    ).order_by("title")
    items = []
    for programme in programmes:
        certificate = selectors.certificate_for(user=user, programme=programme)
        progress = None
        if certificate is None:
            progress = selectors.accreditation_progress(user, programme)
            if progress is not None and progress.is_complete:
                # Everything is done but nothing has been issued yet (for example the
                # last step was a lesson): issue now, idempotently.
                from .services import accreditation_check_later

                if progress.rules.issue_automatically:
                    with transaction.atomic():
                        accreditation_check_later(
                            user_id=user.pk, programme_id=programme.pk
                        )
        items.append(
            {
                "programme": programme,
                "certificate": certificate,
                "refresher": _refresher_due(certificate),
                "url": verification_url(certificate) if certificate else "",
                "progress": progress,
            }
        )
    if not items:
        return None
    return DashboardSection(
        template="certificates/dashboard_section.html",
        context={"items": items},
        order=20,
    )


def supervisor_home_section(user) -> DashboardSection | None:
    """A supervisor's home: what waits for them, and their trainees' hours."""
    if not user.is_authenticated:
        return None
    waiting = list(selectors.ledger_awaiting_countersign(supervisor=user)[:5])
    trainees = selectors.supervisor_trainees(supervisor=user)
    if not (selectors.is_supervisor(user) or waiting or trainees):
        return None
    return DashboardSection(
        template="certificates/supervisor_home.html",
        context={
            "waiting": waiting,
            "waiting_count": selectors.ledger_awaiting_countersign(
                supervisor=user
            ).count(),
            "trainees": trainees,
        },
        order=10,
        home=True,
    )


def practice_nav_link(user) -> NavLink | None:
    """The "Practice" link in the main menu, for trainees and supervisors."""
    if not selectors.practice_applies_to(user):
        return None
    return NavLink(label=_("Practice"), url=reverse("certificates:ledger"), order=30)


def certificates_nav_link(user) -> NavLink | None:
    """The "Certificates" link, for holders and trainees working towards one."""
    if not selectors.certificates_apply_to(user):
        return None
    return NavLink(label=_("Certificates"), url=reverse("certificates:mine"), order=40)
