"""The feature apps' objects in the security world: certificates, awareness, cohorts.

Each object belongs to the trainee, or is run by the role that legitimately runs it
(the team lead leads the team and presents its session, the supervisor countersigns
the trainee's practice, the trainer trains the cohort), so every other role is asking
for someone else's object.
"""

import datetime
import json
import tempfile
from decimal import Decimal

from django.test import override_settings
from lti_tool.models import LtiRegistration

from certificates import services as certificate_services
from certificates.models import (
    AccreditationRules,
    HandIssueRequest,
    LedgerEntry,
    OrganisationBranding,
)
from lms import services as lms_services
from lms.awareness import services as awareness_services
from lms.awareness.demo import course_seed
from lms.awareness.models import Completion, PendingImport, TeamInvitation
from lms.cohorts import services as cohort_services
from lms.cohorts.models import (
    EMAIL_KINDS,
    CohortInvite,
    ConfidenceItem,
    FeedbackFormField,
    FeedbackFormPage,
    Notification,
    NotificationKind,
    WellbeingCheckIn,
)
from lms.factories import CohortFactory, OrganisationFactory, TeamFactory
from lms.roles import Role
from tests.conftest import make_user

# Signing keys for credentials go to a folder of their own, not the checkout's.
_keys = override_settings(CERTIFICATE_SIGNING_KEY_DIR=tempfile.mkdtemp())
_keys.enable()


def add_feature_objects(w, built) -> None:
    """Add the feature apps' objects to the world ``w`` (see world.build_world)."""
    u = w.users
    trainee = u["trainee"]

    # --- staff awareness: the team lead's team, with the trainee in it ---
    w.awareness = course_seed(home=w.home)
    w.team.members.add(trainee)
    # The trainee finished it on their own: a CPD entry for NMC revalidation.
    w.awareness_completion = Completion.objects.create(
        user=trainee, course=w.awareness, mode="self_paced", minutes_spent=45
    )
    w.team.organisation.members.add(u["team_lead"])
    w.live_session = awareness_services.live_session_start(
        team=w.team, course=w.awareness, presenter=u["team_lead"]
    )
    # A trust's LMS registered for LTI 1.3 launches.
    w.lti_registration = LtiRegistration.objects.create(
        name="Trust Moodle",
        issuer="https://lms.trust.example",
        client_id="alongside",
        auth_url="https://lms.trust.example/auth",
        token_url="https://lms.trust.example/token",
        keyset_url="https://lms.trust.example/jwks",
    )
    # An account the team lead's spreadsheet named: asked to join, not added.
    w.team_invitation = TeamInvitation.objects.create(
        team=w.team,
        user=u["other_trainee"],
        invited_by=u["team_lead"],
        name="As the spreadsheet said",
    )
    w.pending_import = PendingImport.objects.create(
        created_by=u["team_lead"],
        rows=[
            {
                "name": "Nia New",
                "line": 2,
                "email": "nia@example.org",
                "job_role": "Midwife",
                "team_id": w.team.pk,
            }
        ],
    )

    # --- certificates: the trainee's certificate and practice ---
    issuer = OrganisationFactory(name="Brighter Days Peer Support")
    OrganisationBranding.objects.create(
        organisation=issuer, signatory_name="Ruth Adeyemi", signatory_role="Lead"
    )
    AccreditationRules.objects.create(
        programme=w.programme,
        requirements=json.dumps([]),
        issuing_organisation=issuer,
        description="Trained to offer perinatal peer support.",
        criteria="Complete every module.",
        learning_hours=40,
        validity_months=24,
    )
    w.certificate, _created = certificate_services.certificate_issue(
        user=trainee,
        programme=w.programme,
        issued_by=u["admin"],
        reason="Completed before records moved here.",
    )
    # The holder's link for one employer, and an "Add to wallet" exchange.
    w.share_link = certificate_services.share_link_create(
        certificate=w.certificate, label="An employer"
    )
    w.wallet_exchange = certificate_services.wallet_exchange_start(
        certificate=w.certificate
    )
    # The trainer asked to issue the other trainee's certificate by hand: only a
    # second person, an admin of the cohort's organisation, may decide.
    w.hand_request = HandIssueRequest.objects.create(
        trainee=u["other_trainee"],
        programme=w.programme,
        cohort=w.cohort,
        requested_by=u["trainer"],
        reason="Finished on paper before records moved here.",
    )
    w.ledger_entry = certificate_services.ledger_entry_create(
        trainee=trainee,
        programme=w.programme,
        kind=LedgerEntry.Kind.PRACTICE,
        date=datetime.date(2026, 11, 2),
        hours=Decimal("1.5"),
        supervisor=u["supervisor"],
        activity=LedgerEntry.Activity.ONE_TO_ONE,
        notes="PRIVATE-PRACTICE-NOTE",
    )

    # --- cohorts: the trainer's cohort (w.cohort), the trainee's private things ---
    w.difficult_module = built[1][0]
    w.difficult_module.is_difficult = True
    w.difficult_module.content_note = "This module talks about loss."
    w.difficult_module.save()
    w.invite = CohortInvite.objects.create(
        cohort=w.cohort,
        email=trainee.email,
        full_name=trainee.full_name,
        invited_by=u["trainer"],
    )
    ConfidenceItem.objects.create(
        programme=w.programme,
        topic="Listening",
        statement="I can listen without trying to fix things.",
    )
    w.check_in = WellbeingCheckIn.objects.create(
        user=trainee,
        module=w.difficult_module,
        moment="before",
        feeling=2,
        wants_contact=False,
    )
    w.notification = Notification.objects.create(
        user=trainee,
        kind=NotificationKind.values[0],
        title="Your work was marked",
        key=f"matrix-{trainee.pk}",
    )
    w.unsubscribe_token = cohort_services.unsubscribe_token(
        user_id=trainee.pk, kind=next(iter(EMAIL_KINDS))
    )
    w.feedback_form = FeedbackFormPage(
        title="Tell us how it went", slug="feedback", intro="<p>Thank you.</p>"
    )
    w.programme.add_child(instance=w.feedback_form)
    w.feedback_form.save_revision().publish()
    FeedbackFormField.objects.create(
        page=w.feedback_form, label="What helped?", field_type="multiline"
    )

    # --- someone else in the same role, next door: their own cohort and team in
    # the same organisation, on the same programme ---
    w.others = {
        "trainer": make_user(Role.TRAINER, full_name="Tom Othertrainer"),
        "team_lead": make_user(Role.TEAM_LEAD, full_name="Lou Otherlead"),
        "supervisor": make_user(Role.SUPERVISOR, full_name="Sue Othersupervisor"),
    }
    next_door = CohortFactory(organisation=w.cohort.organisation, programme=w.programme)
    next_door.trainers.add(w.others["trainer"])
    next_door.supervisors.add(w.others["supervisor"])
    w.cohort.organisation.members.add(w.others["trainer"])
    other_team = TeamFactory(organisation=w.team.organisation, name="Ward 9")
    other_team.leads.add(w.others["team_lead"])
    w.team.organisation.members.add(w.others["team_lead"])
    w.other_team = other_team
    w.other_session = awareness_services.live_session_start(
        team=other_team, course=w.awareness, presenter=w.others["team_lead"]
    )

    # --- a trainer of another organisation who joined the team and its live
    # session with the codes shown on the shared screen (security review H3) ---
    w.code_joiner = make_user(Role.TRAINER, full_name="Cory Codejoiner")
    elsewhere = OrganisationFactory(name="Elsewhere Peer Support")
    CohortFactory(organisation=elsewhere, programme=w.programme).trainers.add(
        w.code_joiner
    )
    elsewhere.members.add(w.code_joiner)
    lms_services.team_join(user=w.code_joiner, code=w.team.join_code)
    awareness_services.live_session_join(
        user=w.code_joiner, code=w.live_session.join_code
    )
    add_content_objects(w)


def add_content_objects(w) -> None:
    """Content of the cohort's organisation (A), and a trainer of another (B).

    A's own programme, question, category, rubric, document and image live in A's
    area and collection (security review, I6); the world's trainer is a curriculum
    editor as well, as the demo's is.
    """
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from assessments.models import QUESTION_TYPES, QuestionCategory, Rubric
    from courses.factories import CoursePageFactory, ProgrammePageFactory
    from tests.assessments.helpers import single_choice

    u = w.users
    w.org_a = w.cohort.organisation
    w.org_b = OrganisationFactory(name="Other Side Peer Support")
    for organisation in (w.org_a, w.org_b):
        lms_services.organisation_content_area_ensure(organisation=organisation)
        organisation.refresh_from_db()
    lms_services.user_add_role(user=u["trainer"], role=Role.CURRICULUM_EDITOR)
    u["trainer"].groups.add(w.org_a.editors)
    # A's own trainer (not a curriculum editor), and B's.
    w.org_a_trainer = make_user(Role.TRAINER, full_name="Ama Ownorg")
    w.org_b_trainer = make_user(Role.TRAINER, full_name="Ben Otherorg")
    for trainer, organisation in (
        (w.org_a_trainer, w.org_a),
        (w.org_b_trainer, w.org_b),
    ):
        organisation.members.add(trainer)
        trainer.groups.add(organisation.editors)

    w.org_a_programme = ProgrammePageFactory(
        parent=w.org_a.content_page, title="Our volunteer induction", slug="induction"
    )
    w.org_a_programme.save_revision().publish()
    CoursePageFactory(parent=w.org_a_programme, title="Welcome")
    w.org_b_programme = ProgrammePageFactory(
        parent=w.org_b.content_page, title="Their induction", slug="their-induction"
    )
    collection = w.org_a.collection
    w.org_a_category = QuestionCategory.objects.create(
        name="A's own questions", collection=collection
    )
    w.org_a_question = single_choice(w.org_a_category, "ORG-A-QUESTION")
    w.org_a_question.collection = collection
    w.org_a_question.save()
    w.org_a_rubric = Rubric.objects.create(
        name="ORG-A-RUBRIC", criteria="[]", collection=collection
    )
    w.org_a_document = Document.objects.create(
        title="ORG-A-HANDOUT",
        file=ContentFile(b"%PDF-1.4 their handout", name="a-handout.pdf"),
        collection=collection,
    )
    w.org_a_image = Image.objects.create(
        title="ORG-A-PHOTO", file=get_test_image_file(), collection=collection
    )
    # One shared item of every kind in the question bank, for its admin views.
    shared = QuestionCategory.objects.create(name="Shared bank")
    w.shared_bank = {"questioncategory": shared, "rubric": w.written.rubric}
    for kind, model in QUESTION_TYPES.items():
        w.shared_bank[model._meta.model_name] = model.objects.create(
            name=f"Shared {kind}", category=shared, text="<p>Shared?</p>"
        )
