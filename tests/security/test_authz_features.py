"""Wrong tokens and foreign or missing ids on the feature apps' routes.

Public links (certificate verification, credentials, keys, unsubscribing) answer a
wrong or altered token with 404, never a 500; ids that name nothing, or something of
another kind, are a 404 for everyone, whoever is asking.
"""

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from .world import ROLES

pytestmark = pytest.mark.django_db

MISSING = 987654321
BAD_TOKEN = "not-a-real-token-AbC123"


BAD_URLS = {
    # Public: a wrong token is a 404 for everyone.
    "verify": lambda w: reverse("certificates:verify", args=[BAD_TOKEN]),
    "altered verify": lambda w: reverse(
        "certificates:verify", args=[w.certificate.token[:-2] + "xx"]
    ),
    "pdf": lambda w: reverse("certificates:pdf", args=[BAD_TOKEN]),
    "credential": lambda w: reverse("certificates:credential", args=[BAD_TOKEN]),
    "credential status": lambda w: reverse(
        "certificates:credential_status", args=[BAD_TOKEN]
    ),
    "credential ld": lambda w: reverse("certificates:credential_ld", args=[BAD_TOKEN]),
    "badge png": lambda w: reverse("certificates:badge_png", args=[BAD_TOKEN]),
    "badge svg": lambda w: reverse("certificates:badge_svg", args=[BAD_TOKEN]),
    "holder page": lambda w: reverse("certificates:certificate", args=[MISSING]),
    "transcript": lambda w: reverse("certificates:transcript_ld", args=[MISSING]),
    "share link": lambda w: reverse("certificates:shared", args=[BAD_TOKEN]),
    "share link pdf": lambda w: reverse("certificates:shared_pdf", args=[BAD_TOKEN]),
    "holder pdf": lambda w: reverse("certificates:own_pdf", args=[MISSING]),
    "wallet exchange page": lambda w: reverse(
        "certificates:wallet", args=[w.certificate.pk, BAD_TOKEN]
    ),
    "status list purpose": lambda w: reverse(
        "certificates:status_list", args=[1, "everything"]
    ),
    "status list number": lambda w: reverse(
        "certificates:status_list", args=[MISSING, "revocation"]
    ),
    "status list huge": lambda w: reverse(
        "certificates:status_list", args=[2**40, "revocation"]
    ),
    "public key": lambda w: reverse("certificates:public_key", args=[BAD_TOKEN]),
    "public key dots": lambda w: reverse("certificates:public_key", args=[".."]),
    "achievement": lambda w: reverse(
        "certificates:achievement", args=[MISSING, "programme"]
    ),
    "unsubscribe": lambda w: reverse("cohorts:unsubscribe", args=[BAD_TOKEN]),
    "unsubscribe altered": lambda w: reverse(
        "cohorts:unsubscribe", args=[w.unsubscribe_token[:-3] + "abc"]
    ),
    "invite": lambda w: reverse("cohorts:invite_accept", args=[BAD_TOKEN]),
    # Missing or wrong-kind ids and arguments.
    "awareness section 0": lambda w: reverse(
        "awareness:section", args=[w.awareness.pk, 0]
    ),
    "awareness section 99": lambda w: reverse(
        "awareness:section", args=[w.awareness.pk, 99]
    ),
    "awareness course is a lesson": lambda w: reverse(
        "awareness:done", args=[w.lesson.pk]
    ),
    "awareness team": lambda w: reverse("awareness:team", args=[MISSING]),
    "awareness session": lambda w: reverse("awareness:present", args=[MISSING]),
    "awareness import": lambda w: reverse("awareness:enrol_confirm", args=[MISSING]),
    "ledger entry": lambda w: reverse("certificates:ledger_edit", args=[MISSING]),
    "countersign": lambda w: reverse("certificates:countersign", args=[MISSING]),
    "confidence stage": lambda w: reverse(
        "cohorts:confidence", args=[w.programme.pk, "sideways"]
    ),
    "confidence programme": lambda w: reverse(
        "cohorts:confidence", args=[MISSING, "pre"]
    ),
    "check-in moment": lambda w: reverse(
        "cohorts:check_in", args=[w.difficult_module.pk, "during"]
    ),
    "check-in ordinary module": lambda w: reverse(
        "cohorts:check_in", args=[w.module.pk, "before"]
    ),
    "cohort": lambda w: reverse("trainer:gradebook", args=[MISSING]),
    "cohort trainee not in it": lambda w: reverse(
        "trainer:trainee", args=[w.cohort.pk, w.user("team_lead").pk]
    ),
    "cohort attempt": lambda w: reverse(
        "trainer:quiz_attempt", args=[w.cohort.pk, MISSING]
    ),
    "cohort run": lambda w: reverse(
        "trainer:scenario_attempt", args=[w.cohort.pk, MISSING]
    ),
    "evaluation export": lambda w: reverse(
        "trainer:cohort_evaluation_csv", args=[w.cohort.pk, "everything"]
    ),
    "programme report": lambda w: reverse("trainer:programme_report", args=[MISSING]),
}

# Anonymous visitors are sent to sign in first on the pages that need it; the
# trainer pages refuse people without the role (403) before looking anything up.
ALLOWED = {302, 403, 404}
PUBLIC = {
    "verify",
    "share link",
    "badge png",
    "badge svg",
    "altered verify",
    "pdf",
    "credential",
    "credential status",
    "public key",
    "public key dots",
    "achievement",
    "unsubscribe",
    "unsubscribe altered",
    "invite",
}


@pytest.mark.parametrize("name", sorted(BAD_URLS))
def test_wrong_token_or_id_is_not_found_for_everyone(name, world):
    url = BAD_URLS[name](world)
    got = {}
    for role in ROLES:
        client = Client()
        if world.user(role) is not None:
            client.force_login(world.user(role))
        with transaction.atomic():
            got[role] = client.get(url).status_code
            transaction.set_rollback(True)
    if name in PUBLIC:
        assert got == dict.fromkeys(ROLES, 404), got
    else:
        assert set(got.values()) <= ALLOWED, got
        # Whoever may use the page is told it is not there.
        assert got["admin"] == 404, got


ADMIN_BAD = {
    "unknown action": lambda w: reverse(
        "certificates_admin_action", args=[w.certificate.pk, "delete"]
    ),
    "missing certificate": lambda w: reverse(
        "certificates_admin_action", args=[MISSING, "suspend"]
    ),
    "sign off someone not in the cohort": lambda w: reverse(
        "certificates_admin_sign_off", args=[w.cohort.pk, w.user("team_lead").pk]
    ),
    "issue to someone not in the cohort": lambda w: reverse(
        "certificates_admin_issue", args=[w.cohort.pk, MISSING]
    ),
    "missing cohort": lambda w: reverse("certificates_admin_issue_all", args=[MISSING]),
}


@pytest.mark.parametrize("name", sorted(ADMIN_BAD))
def test_certificate_admin_foreign_ids_are_not_found(name, world):
    url = ADMIN_BAD[name](world)
    for role in ("trainer", "admin"):
        client = Client()
        client.force_login(world.user(role))
        with transaction.atomic():
            response = client.post(url, {"reason": "Checking."})
            transaction.set_rollback(True)
        assert response.status_code == 404, (role, response.status_code)


def _branding_url(action, branding=None):
    name = f"wagtailsnippets_certificates_organisationbranding:{action}"
    return reverse(name, args=[branding.pk] if branding else [])


def test_organisation_admin_brands_only_their_own_organisations_certificates(world):
    """Another organisation's signatory and logo are not theirs to see or change."""
    from certificates.models import OrganisationBranding

    theirs = OrganisationBranding.objects.create(
        organisation=world.other_organisation, signatory_name="Orla's signatory"
    )
    issuer = world.certificate.organisation.certificate_branding
    client = Client()
    client.force_login(world.user("org_admin"))
    index = client.get(_branding_url("list"))
    assert index.status_code == 200
    assert "Orla&#x27;s signatory" in index.content.decode() or (
        "Orla's signatory" in index.content.decode()
    )
    assert issuer.signatory_name not in index.content.decode()
    assert client.get(_branding_url("edit", theirs)).status_code == 200
    for action in ("edit", "delete", "history", "usage"):
        assert client.get(_branding_url(action, issuer)).status_code == 404, action
    response = client.post(
        _branding_url("edit", issuer), {"signatory_name": "Forged Name"}
    )
    assert response.status_code == 404
    issuer.refresh_from_db()
    assert issuer.signatory_name == "Ruth Adeyemi"
    # Site admins look after every organisation's branding.
    client.force_login(world.user("admin"))
    assert client.get(_branding_url("edit", issuer)).status_code == 200


# Someone in the same role, with their own cohort or team next door (same
# organisation, same programme): the trainee's records are not theirs.
SAME_ROLE = {
    "trainer": {
        "trainer:cohort_overview": lambda w: [w.cohort.pk],
        "trainer:gradebook": lambda w: [w.cohort.pk],
        "trainer:answers_csv": lambda w: [w.cohort.pk],
        "trainer:cohort_report": lambda w: [w.cohort.pk],
        "trainer:cohort_evaluation": lambda w: [w.cohort.pk],
        "trainer:trainee": lambda w: [w.cohort.pk, w.user("trainee").pk],
        "trainer:quiz_attempt": lambda w: [w.cohort.pk, w.attempt.pk],
        "trainer:scenario_attempt": lambda w: [w.cohort.pk, w.run.pk],
        "certificates_admin_detail": lambda w: [w.certificate.pk],
        "certificates_admin_cohort": lambda w: [w.cohort.pk],
        "certificates_admin_zip": lambda w: [w.cohort.pk],
        "certificates_admin_cohort_progress": lambda w: [w.cohort.pk],
        "lms:reflection_shared_detail": lambda w: [w.entry.pk],
    },
    "team_lead": {
        "awareness:team": lambda w: [w.team.pk],
        "awareness:report": lambda w: [w.team.pk],
        "awareness:report_csv": lambda w: [w.team.pk],
        "awareness:present": lambda w: [w.live_session.pk],
        "awareness:notes": lambda w: [w.live_session.pk],
        "awareness:register": lambda w: [w.live_session.pk],
        "awareness:session_summary": lambda w: [w.live_session.pk],
        "awareness:enrol_confirm": lambda w: [w.pending_import.pk],
    },
    "supervisor": {
        "certificates:countersign": lambda w: [w.ledger_entry.pk],
        "certificates:ledger_edit": lambda w: [w.ledger_entry.pk],
    },
}


@pytest.mark.parametrize(
    "role,name", [(role, name) for role, names in SAME_ROLE.items() for name in names]
)
def test_someone_else_in_the_same_role_gets_not_found(role, name, world):
    client = Client()
    client.force_login(world.others[role])
    with transaction.atomic():
        response = client.get(reverse(name, args=SAME_ROLE[role][name](world)))
        transaction.set_rollback(True)
    assert response.status_code == 404


def test_next_door_trainers_programme_report_counts_only_their_own_cohort(world):
    from lms.cohorts import selectors

    ids = selectors.programme_trainee_ids(
        user=world.others["trainer"], programme=world.programme
    )
    assert world.user("trainee").pk not in ids


def test_another_team_lead_cannot_start_a_session_for_the_team(world):
    client = Client()
    client.force_login(world.others["team_lead"])
    with transaction.atomic():
        response = client.post(reverse("awareness:session_start", args=[world.team.pk]))
        transaction.set_rollback(True)
    assert response.status_code == 404


PRIVATE_PAGES = {
    "supervisor": [
        lambda w: reverse("certificates:countersign", args=[w.ledger_entry.pk]),
        lambda w: reverse("certificates:countersign_queue"),
    ],
    "trainer": [
        lambda w: reverse("trainer:trainee", args=[w.cohort.pk, w.user("trainee").pk]),
        lambda w: reverse("trainer:answers_csv", args=[w.cohort.pk]),
        lambda w: reverse("certificates_admin_cohort", args=[w.cohort.pk]),
    ],
}


@pytest.mark.parametrize("role", sorted(PRIVATE_PAGES))
def test_private_practice_notes_stay_with_the_trainee(role, world):
    """Supervisors and trainers see the entry, never the trainee's own notes."""
    client = Client()
    client.force_login(world.user(role))
    for url in PRIVATE_PAGES[role]:
        response = client.get(url(world))
        assert response.status_code == 200
        assert b"PRIVATE-PRACTICE-NOTE" not in response.content
    client.force_login(world.user("trainee"))
    own = client.get(reverse("certificates:ledger_edit", args=[world.ledger_entry.pk]))
    assert b"PRIVATE-PRACTICE-NOTE" in own.content


# Wagtail's pop-up choosers asked only for admin access (security review, I1): they
# now list, and return by id, only what the person could see in the matching listing.
def _chooser(namespace, view, *args):
    return reverse(f"{namespace}:{view}", args=list(args))


RULES_CHOOSER = "wagtailsnippetchoosers_certificates_accreditationrules"
BRANDING_CHOOSER = "wagtailsnippetchoosers_certificates_organisationbranding"


def test_choosers_never_show_another_organisations_records(world):
    from certificates.models import AccreditationRules, OrganisationBranding

    theirs = OrganisationBranding.objects.create(
        organisation=world.other_organisation, signatory_name="Orla's signatory"
    )
    issuer = world.certificate.organisation.certificate_branding
    rules = AccreditationRules.objects.first()
    assert rules is not None
    client = Client()
    client.force_login(world.user("org_admin"))

    listed = client.get(_chooser(BRANDING_CHOOSER, "choose_results"))
    assert listed.status_code == 200
    assert str(theirs.organisation) in listed.content.decode()
    assert str(issuer.organisation) not in listed.content.decode()
    assert client.get(_chooser(BRANDING_CHOOSER, "chosen", theirs.pk)).status_code == (
        200
    )
    assert client.get(_chooser(BRANDING_CHOOSER, "chosen", issuer.pk)).status_code == (
        404
    )
    several = client.get(
        _chooser(BRANDING_CHOOSER, "chosen_multiple") + f"?id={issuer.pk}"
    )
    assert str(issuer.organisation) not in several.content.decode()
    # Accreditation rules are not theirs to see at all (no permission on them).
    for view, args in (("choose", []), ("choose_results", []), ("chosen", [rules.pk])):
        response = client.get(_chooser(RULES_CHOOSER, view, *args))
        assert response.status_code in (302, 403), (view, response.status_code)
        assert str(rules.programme) not in response.content.decode()
    # Site admins choose from everything.
    client.force_login(world.user("admin"))
    assert client.get(_chooser(RULES_CHOOSER, "chosen", rules.pk)).status_code == 200


def test_every_chooser_refuses_someone_without_permission_on_its_model(world):
    """Each chooser of the site, asked by an organisation admin who has no permission
    on the model it lists (questions, categories, rubrics, accreditation rules)."""
    from django.apps import apps

    from tests.security.routes import admin_routes

    user = world.user("org_admin")
    client = Client()
    client.force_login(user)
    checked = 0
    for route, name, _pattern in admin_routes():
        if not (name or "").endswith(":choose_results"):
            continue
        namespace = name.rsplit(":", 1)[0]
        if namespace == "question_chooser":
            model = apps.get_model("assessments", "question")
        elif namespace.startswith("wagtailsnippetchoosers_"):
            app_label, model_name = namespace.removeprefix(
                "wagtailsnippetchoosers_"
            ).split("_", 1)
            model = apps.get_model(app_label, model_name)
        else:
            continue  # images and documents: Wagtail checks collection permissions
        if model._meta.label == "courses.Signpost":
            continue  # the signposting directory is public, at /support/
        meta = model._meta
        if any(
            user.has_perm(f"{meta.app_label}.{action}_{meta.model_name}")
            for action in ("add", "change", "delete", "view")
        ):
            continue
        response = client.get("/" + route)
        assert response.status_code in (302, 403), (route, response.status_code)
        checked += 1
    # Questions (one chooser for all, one per kind), categories, rubrics, rules.
    assert checked >= 11
