"""The certificates part of the demo: rules, certificates and practice to countersign.

Idempotent: running it again finds what it made and changes nothing.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from alongside.extensions import DemoResult
from assessments.models import QuizAttempt, QuizPage
from courses.models import LessonPage, ModulePage
from lms.models import Cohort, Enrolment, LessonCompletion, Organisation, User
from lms.roles import Role
from lms.services import module_completion_record, user_add_role

from . import services
from .models import (
    AccreditationRules,
    Certificate,
    CertificateEvent,
    LedgerEntry,
    OrganisationBranding,
    TrainerSignOff,
)

DEMO_PASSWORD = "alongside-demo"  # noqa: S105 - local demo only, refused in production

NEUTRAL_DESCRIPTION = (
    "Trained to offer safe, warm peer support to parents, alongside maternity services."
)
CRITERIA = (
    "Finish every module and pass its quiz; pass the practice scenarios; log 20 "
    "hours of supervised practice within a year and four supervision sessions (one "
    "about your own wellbeing); write six reflective log entries; and a final "
    "conversation with your trainer, who signs you off."
)


def _enrol(person: User, cohort: Cohort) -> None:
    Enrolment.objects.get_or_create(
        user=person, programme=cohort.programme, defaults={"cohort": cohort}
    )


def _person(email: str, full_name: str) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email=email, password=DEMO_PASSWORD, full_name=full_name, nation="england"
        )
    user_add_role(user=user, role=Role.TRAINEE)
    return user


PRACTICE_HOURS = Decimal("20")


def programme_learning_hours(programme) -> Decimal:
    """What a learner actually does: the modules' measured minutes (lessons,
    quizzes, scenarios and the declared live sessions) plus supervised practice."""
    minutes = sum(
        ModulePage.objects.descendant_of(programme).values_list(
            "estimated_minutes", flat=True
        )
    )
    return (Decimal(minutes) / Decimal(60) + PRACTICE_HOURS).quantize(Decimal("0.1"))


def _rules(cohort: Cohort, charity: Organisation) -> AccreditationRules:
    OrganisationBranding.objects.get_or_create(
        organisation=charity,
        defaults={
            "signatory_name": "Ruth Adeyemi",
            "signatory_role": "Lead trainer",
            "colour": "#005EB8",
        },
    )
    rules = AccreditationRules.objects.filter(programme=cohort.programme).first()
    if rules is None:
        rules = AccreditationRules.objects.create(
            programme=cohort.programme,
            issuing_organisation=charity,
            description=(
                "Trained to offer safe, warm perinatal peer support alongside "
                "maternity and mental health services."
            ),
            criteria=CRITERIA,
            learning_hours=programme_learning_hours(cohort.programme),
            validity_months=24,
            # Wordings a holder may show instead of the title: neutral, naming no
            # lived experience.
            public_wordings=(
                "Perinatal Peer Support Foundation (accredited)\n"
                "Accredited peer support training"
            ),
            # And what goes with them, in words as neutral.
            public_description=NEUTRAL_DESCRIPTION,
            public_criteria=(
                "Finished an accredited programme of learning and assessment with "
                "supervised practice, and signed off by a trainer."
            ),
            requirements=[
                ("modules_passed", {"modules": []}),
                ("scenarios_passed", {"scenarios": []}),
                ("practice_hours", {"hours": PRACTICE_HOURS, "within_months": 12}),
                (
                    "supervision_sessions",
                    {"sessions": 4, "wellbeing_required": True},
                ),
                ("reflections", {"entries": 6}),
                (
                    "trainer_sign_off",
                    {"note": "A final conversation with your trainer."},
                ),
            ],
        )
    return rules


def _certified(cohort, trainer, supervisor) -> User:
    person = _person("certified@example.org", "Jordan Ellis")
    programme = cohort.programme
    _enrol(person, cohort)

    for lesson in LessonPage.objects.live().descendant_of(programme):
        LessonCompletion.objects.get_or_create(
            user=person,
            lesson=lesson,
            defaults={"lesson_path": lesson.path, "lesson_title": lesson.title},
        )
    # Every quiz passed and every module recorded as finished, as for anyone who
    # earned the certificate: a lesson published later is then "New since you
    # finished", never a reason to lock what they finished.
    now = timezone.now()
    for quiz in QuizPage.objects.live().descendant_of(programme):
        if not QuizAttempt.objects.filter(user=person, quiz=quiz, passed=True).exists():
            QuizAttempt.objects.create(
                user=person,
                quiz=quiz,
                number=QuizAttempt.objects.filter(user=person, quiz=quiz).count() + 1,
                status=QuizAttempt.Status.GRADED,
                started_at=now - datetime.timedelta(minutes=20),
                submitted_at=now,
                graded_at=now,
                score_percent=100,
                passed=True,
            )
    for module in ModulePage.objects.live().descendant_of(programme):
        module_completion_record(user=person, module=module)
    if not LedgerEntry.objects.filter(trainee=person).exists():
        start = timezone.localdate() - datetime.timedelta(days=90)
        for week in range(10):
            LedgerEntry.objects.create(
                trainee=person,
                programme=programme,
                kind=LedgerEntry.Kind.PRACTICE,
                date=start + datetime.timedelta(days=7 * week),
                hours=Decimal("2"),
                activity=LedgerEntry.Activity.ONE_TO_ONE,
                supervisor=supervisor,
                status=LedgerEntry.Status.COUNTERSIGNED,
                decided_at=timezone.now(),
            )
        for month in range(4):
            LedgerEntry.objects.create(
                trainee=person,
                programme=programme,
                kind=LedgerEntry.Kind.SUPERVISION,
                date=start + datetime.timedelta(days=21 * month),
                hours=Decimal("1"),
                covered_wellbeing=month == 0,
                supervisor=supervisor,
                status=LedgerEntry.Status.COUNTERSIGNED,
                decided_at=timezone.now(),
            )
    TrainerSignOff.objects.get_or_create(
        trainee=person, programme=programme, defaults={"trainer": trainer}
    )
    services.certificate_issue(
        user=person,
        programme=programme,
        issued_by=trainer,
        reason="Demo: completed the whole programme.",
    )
    return person


def _revoked(cohort, trainer) -> None:
    person = _person("revoked.demo@example.org", "Casey Morgan")
    _enrol(person, cohort)
    certificate, created = services.certificate_issue(
        user=person,
        programme=cohort.programme,
        issued_by=trainer,
        reason="Demo certificate, later revoked.",
    )
    if created:
        services.certificate_revoke(
            certificate=certificate,
            actor=trainer,
            reason="Issued in error: the practice hours had not been countersigned.",
        )


def _expired(cohort, trainer) -> None:
    person = _person("expired.demo@example.org", "Robin Hale")
    _enrol(person, cohort)
    certificate, created = services.certificate_issue(
        user=person,
        programme=cohort.programme,
        issued_by=trainer,
        reason="Demo certificate from an earlier cohort.",
    )
    if created:
        today = timezone.localdate()
        Certificate.objects.filter(pk=certificate.pk).update(
            issued_on=today.replace(year=today.year - 3),
            expires_on=today.replace(year=today.year - 1),
        )
        CertificateEvent.objects.filter(certificate=certificate).update(
            at=timezone.now().replace(year=today.year - 3)
        )


def _awaiting_countersign(cohort, trainee, supervisor) -> int:
    if LedgerEntry.objects.filter(trainee=trainee).exists():
        return 0
    today = timezone.localdate()
    services.ledger_entry_create(
        trainee=trainee,
        programme=cohort.programme,
        kind=LedgerEntry.Kind.PRACTICE,
        date=today - datetime.timedelta(days=3),
        hours=Decimal("1.5"),
        activity=LedgerEntry.Activity.GROUP,
        supervisor=supervisor,
        notes="Co-ran the Tuesday baby group. I talked less and listened more.",
    )
    services.ledger_entry_create(
        trainee=trainee,
        programme=cohort.programme,
        kind=LedgerEntry.Kind.SUPERVISION,
        date=today - datetime.timedelta(days=1),
        hours=Decimal("1"),
        covered_wellbeing=True,
        supervisor=supervisor,
        notes="We talked about boundaries and how I look after myself.",
    )
    return 2


def certificates_demo_seed(users) -> DemoResult:
    """Accreditation rules, a certified trainee, and practice awaiting countersign."""
    cohort = Cohort.objects.filter(name="Autumn 2026 cohort").first()
    charity = Organisation.objects.filter(name="Brighter Days Peer Support").first()
    if cohort is None or charity is None:
        return DemoResult()
    trainer = users["trainer@example.org"]
    supervisor = users["supervisor@example.org"]
    _rules(cohort, charity)
    certified = _certified(cohort, trainer, supervisor)
    charity.members.add(certified)
    _revoked(cohort, trainer)
    _expired(cohort, trainer)
    _awaiting_countersign(cohort, users["trainee@example.org"], supervisor)
    return DemoResult(
        counts={"certificates": Certificate.objects.count()},
        sign_ins=[
            f"certified@example.org / {DEMO_PASSWORD} (holds a valid certificate)"
        ],
    )
