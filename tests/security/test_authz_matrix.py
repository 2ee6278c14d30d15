"""The authorisation matrix: every route and page type, asked for by every role.

Routes and page types are discovered from the URL resolver and Wagtail's page models;
a test fails when one is missing here, so a feature added later cannot slip past.
Each entry says what each role gets. Objects named in a URL belong to the trainee, so
every other role is asking for someone else's object.

To add a route: one entry in ``SITE_ROUTES`` (or ``PAGE_ROUTES`` for a page type or a
routable page's sub-route) with ``url`` (a function of the world), optional ``method``
and ``data``, and ``expect``: the status for each role. ``roles(default, **overrides)``
keeps entries short. Run with ``ALONGSIDE_PROBE=1`` and ``-s`` to print what each role
gets now (then check every number by hand before copying it in).
"""

import os
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from lms.cohorts.services import unsubscribe_token
from lms.security.middleware import MFA_OPEN_ROUTES
from lms.security.signin import signin_link_token_make
from lms.security.signup import signup_confirm_url

from .matrix_base import Route, _u, roles, signed_in
from .matrix_features import (
    CODE_JOINER_ROUTES,
    CONTENT_LISTINGS,
    CONTENT_OWN_ROUTES,
    CONTENT_ROUTES,
    FEATURE_ADMIN_APP_ROUTES,
    FEATURE_PAGE_ROUTES,
    FEATURE_SITE_ROUTES,
)
from .routes import admin_routes, app_admin_routes, page_routes, site_routes
from .world import ROLES, World

pytestmark = pytest.mark.django_db

PROBE = os.environ.get("ALONGSIDE_PROBE") == "1"


def _signing_kid() -> str:
    from certificates.credentials import signing_key_current

    return signing_key_current().thumbprint()


def _reset_url(w: World) -> str:
    user = type(w.user("trainee")).objects.get(pk=w.user("trainee").pk)
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return reverse("lms:password_reset_confirm", args=[uid, token])


def _feedback_form_url(w: World) -> str:
    """An end-of-course feedback form under the world's programme (made on demand;
    each request is rolled back)."""
    from lms.cohorts.models import FeedbackFormPage

    page = FeedbackFormPage.objects.child_of(w.programme).first()
    if page is None:
        page = FeedbackFormPage(title="Feedback", slug="feedback")
        w.programme.add_child(instance=page)
    return page.url


def _signin_link_url(w: World) -> str:
    user = type(w.user("trainee")).objects.get(pk=w.user("trainee").pk)
    return reverse("lms:signin_link_use", args=[signin_link_token_make(user=user)])


def _signup_confirm_url(w: World) -> str:
    user_model = type(w.user("trainee"))
    user, _ = user_model.objects.get_or_create(
        email="not-yet-confirmed@example.org",
        defaults={"full_name": "Una Confirmed", "email_confirmed_at": None},
    )
    return signup_confirm_url(user=user).removeprefix(settings.SITE_URL)


# --- the site's own routes ---

SITE_ROUTES: dict[str, Route] = {
    "lms:signup": Route(_u("lms:signup"), roles(302, anonymous=200)),
    "lms:signup_sent": Route(_u("lms:signup_sent"), roles(200)),
    # The emailed link is a bearer token for an account not yet confirmed.
    "lms:signup_confirm": Route(_signup_confirm_url, roles(200)),
    "lms:login": Route(_u("lms:login"), roles(302, anonymous=200)),
    "lms:logout": Route(_u("lms:logout"), roles(302), method="post"),
    "lms:profile": Route(_u("lms:profile"), signed_in(200)),
    "lms:password_change": Route(_u("lms:password_change"), signed_in(200)),
    "lms:password_reset": Route(_u("lms:password_reset"), roles(200)),
    "lms:password_reset_done": Route(_u("lms:password_reset_done"), roles(200)),
    "lms:password_reset_confirm": Route(_reset_url, roles(302)),
    "lms:password_reset_complete": Route(_u("lms:password_reset_complete"), roles(200)),
    "lms:signin_link": Route(_u("lms:signin_link"), roles(200)),
    "lms:signin_link_sent": Route(_u("lms:signin_link_sent"), roles(200)),
    # The link is a bearer token: whoever holds it may use it (once).
    "lms:signin_link_use": Route(_signin_link_url, roles(200)),
    "lms:mfa": Route(_u("lms:mfa"), signed_in(200)),
    # Recovery codes are only for people with a second step (staff).
    "lms:mfa_recovery": Route(
        _u("lms:mfa_recovery"), signed_in(200, trainee=403, other_trainee=403)
    ),
    "lms:mfa_recovery_codes": Route(
        _u("lms:mfa_recovery_codes"), signed_in(200, trainee=403, other_trainee=403)
    ),
    "lms:your_data": Route(_u("lms:your_data"), signed_in(200)),
    "lms:your_data_export": Route(_u("lms:your_data_export"), signed_in(200)),
    "lms:your_data_erase": Route(_u("lms:your_data_erase"), signed_in(200)),
    "lms:dashboard": Route(_u("lms:dashboard"), signed_in(200)),
    "lms:programme_enrol": Route(
        _u("lms:programme_enrol", lambda w: w.programme.pk), roles(302), method="post"
    ),
    "lms:cohort_join": Route(
        _u("lms:cohort_join", lambda w: w.cohort.invite_token), signed_in(200)
    ),
    "lms:team_join": Route(_u("lms:team_join"), signed_in(200)),
    "lms:lesson_complete": Route(
        _u("lms:lesson_complete", lambda w: w.lesson.pk),
        roles(403, anonymous=302, trainee=302, other_trainee=302),
        method="post",
    ),
    "lms:content_note_choose": Route(
        _u("lms:content_note_choose", lambda w: w.module.pk),
        roles(302),
        method="post",
        data=lambda w: {"choice": "continue"},
    ),
    # For load balancers: no sign-in, the same small JSON answer for everyone.
    "alongside:health": Route(_u("alongside:health"), roles(200)),
    "lms:support": Route(_u("lms:support"), roles(200)),
    "lms:take_a_break": Route(
        _u("lms:take_a_break"),
        roles(200),
        method="post",
        data=lambda w: {"lesson": w.lesson.pk},
    ),
    # Leaving quickly: everyone goes to the neutral site; only the link made for
    # the session signs it out (tests/lms/test_quick_exit.py).
    "lms:quick_exit": Route(_u("lms:quick_exit"), roles(302)),
    "lms:reflections": Route(_u("lms:reflections"), signed_in(200)),
    "lms:reflection_create": Route(_u("lms:reflection_create"), signed_in(200)),
    "lms:reflection_edit": Route(
        _u("lms:reflection_edit", lambda w: w.entry.pk), signed_in(404, trainee=200)
    ),
    "lms:reflection_delete": Route(
        _u("lms:reflection_delete", lambda w: w.entry.pk), signed_in(404, trainee=200)
    ),
    "lms:reflection_share": Route(
        _u("lms:reflection_share", lambda w: w.entry.pk), signed_in(404, trainee=200)
    ),
    "lms:reflections_shared": Route(_u("lms:reflections_shared"), signed_in(200)),
    "lms:reflection_shared_detail": Route(
        _u("lms:reflection_shared_detail", lambda w: w.entry.pk),
        signed_in(404, trainer=200),
    ),
    # The trainer's pages moved into the admin (ADMIN_APP_ROUTES): the old
    # addresses redirect there, whoever asks; the admin then checks.
    "cohorts:trainer_moved": Route(_u("cohorts:trainer_moved"), roles(302)),
    "cohorts:trainer_moved_cohort": Route(
        _u("cohorts:trainer_moved_cohort", lambda w: f"{w.cohort.pk}/gradebook/"),
        roles(302),
    ),
    "cohorts:trainer_moved_programme": Route(
        _u(
            "cohorts:trainer_moved_programme",
            lambda w: f"{w.programme.pk}/report/",
        ),
        roles(302),
    ),
    # No such invite: the same answer for everyone, signed in or not.
    "cohorts:invite_accept": Route(
        _u("cohorts:invite_accept", lambda w: "no-such-invite"), roles(404)
    ),
    # The world's programme asks no confidence questions and its module is not
    # marked difficult, so there is nothing to answer.
    "cohorts:confidence": Route(
        _u("cohorts:confidence", lambda w: w.programme.pk, lambda w: "pre"),
        signed_in(404),
    ),
    "cohorts:check_in": Route(
        _u("cohorts:check_in", lambda w: w.module.pk, lambda w: "before"),
        signed_in(404),
    ),
    "cohorts:notifications": Route(_u("cohorts:notifications"), signed_in(200)),
    "cohorts:notifications_read": Route(
        _u("cohorts:notifications_read"), roles(302), method="post"
    ),
    "cohorts:email_preferences": Route(_u("cohorts:email_preferences"), signed_in(200)),
    # Signed links work without signing in, for anyone holding the link.
    "cohorts:unsubscribe": Route(
        lambda w: reverse(
            "cohorts:unsubscribe",
            args=[unsubscribe_token(user_id=w.user("trainee").pk, kind="countersign")],
        ),
        roles(200),
    ),
    "wagtailcore_login": Route(_u("wagtailcore_login"), roles(200)),
    "wagtailcore_authenticate_with_password": Route(
        lambda w: reverse(
            "wagtailcore_authenticate_with_password", args=[999, w.lesson.pk]
        ),
        roles(404),
    ),
    "wagtaildocs_authenticate_with_password": Route(
        lambda w: reverse("wagtaildocs_authenticate_with_password", args=[999]),
        roles(404),
    ),
    # Documents are for signed-in people: a login restriction on the root collection
    # (lms/migrations/0010_documents_need_sign_in.py).
    "wagtaildocs_serve": Route(lambda w: w.document.url, signed_in(200)),
    # certificates: the ledger is the trainee's, countersigned by their supervisor;
    # verification, credentials and keys are public by design (unguessable tokens).
    "certificates:ledger": Route(_u("certificates:ledger"), signed_in(200)),
    "certificates:ledger_create": Route(
        _u("certificates:ledger_create"),
        signed_in(403, trainee=200, other_trainee=200),
    ),
    "certificates:ledger_edit": Route(
        _u("certificates:ledger_edit", lambda w: w.ledger_entry.pk),
        signed_in(404, trainee=200),
    ),
    "certificates:ledger_withdraw": Route(
        _u("certificates:ledger_withdraw", lambda w: w.ledger_entry.pk),
        signed_in(404, trainee=200),
    ),
    "certificates:countersign_queue": Route(
        _u("certificates:countersign_queue"),
        signed_in(403, supervisor=200, admin=200),
    ),
    "certificates:countersign": Route(
        _u("certificates:countersign", lambda w: w.ledger_entry.pk),
        signed_in(404, supervisor=200),
    ),
    # A supervisor's own history; undo only by the supervisor who decided (the
    # world's entry waits, so theirs is refused with a message: 302).
    "certificates:countersign_history": Route(
        _u("certificates:countersign_history"),
        signed_in(403, supervisor=200, admin=200),
    ),
    "certificates:countersign_undo": Route(
        _u("certificates:countersign_undo", lambda w: w.ledger_entry.pk),
        signed_in(404, supervisor=302),
        method="post",
    ),
    "certificates:mine": Route(_u("certificates:mine"), signed_in(200)),
    "certificates:verify_form": Route(_u("certificates:verify_form"), roles(200)),
    "certificates:verify": Route(
        _u("certificates:verify", lambda w: w.certificate.token), roles(200)
    ),
    "certificates:pdf": Route(
        _u("certificates:pdf", lambda w: w.certificate.token), roles(200)
    ),
    "certificates:credential": Route(
        _u("certificates:credential", lambda w: w.certificate.token), roles(200)
    ),
    "certificates:credential_status": Route(
        _u("certificates:credential_status", lambda w: w.certificate.token),
        roles(200),
    ),
    "certificates:issuer": Route(_u("certificates:issuer"), roles(200)),
    "certificates:achievement": Route(
        _u("certificates:achievement", lambda w: w.programme.pk, lambda w: "programme"),
        roles(200),
    ),
    "certificates:public_key": Route(
        _u("certificates:public_key", lambda w: _signing_kid()), roles(200)
    ),
    "certificates:jwks": Route(_u("certificates:jwks"), roles(200)),
    **FEATURE_SITE_ROUTES,
}

# --- Wagtail page types and the sub-routes of routable pages ---

PAGE_ROUTES: dict[str, Route] = {
    "courses.HomePage": Route(lambda w: w.home.url, roles(200)),
    # Feedback is for people enrolled on the programme (both trainees are).
    "cohorts.FeedbackFormPage": Route(
        _feedback_form_url, roles(403, anonymous=302, trainee=200, other_trainee=200)
    ),
    "courses.ProgrammePage": Route(lambda w: w.programme.url, roles(200)),
    # An organisation's own programmes page is made as a draft: nothing to serve
    # (its programmes are reached through the organisation's cohorts).
    "courses.OrganisationIndexPage": Route(
        lambda w: w.org_a.content_page.url, roles(404)
    ),
    "courses.CoursePage": Route(lambda w: w.course.url, roles(200)),
    "courses.ModulePage": Route(lambda w: w.module.url, roles(200)),
    "courses.LessonPage": Route(
        lambda w: w.lesson.url, roles(302, trainee=200, other_trainee=200)
    ),
    "assessments.QuizPage": Route(
        lambda w: w.quiz.url, roles(302, trainee=200, other_trainee=200)
    ),
    "assessments.QuizPage:start_route": Route(
        lambda w: w.quiz.url + "start/", roles(302), method="post"
    ),
    "assessments.QuizPage:attempt_route": Route(
        lambda w: f"{w.quiz.url}attempts/{w.open_attempt.pk}/",
        roles(302, trainee=200, other_trainee=404),
    ),
    "assessments.QuizPage:result_route": Route(
        lambda w: f"{w.quiz.url}attempts/{w.attempt.pk}/result/",
        roles(302, trainee=200, other_trainee=404),
    ),
    "assessments.ScenarioPage": Route(
        lambda w: w.scenario.url, roles(302, trainee=200, other_trainee=200)
    ),
    "assessments.ScenarioPage:start_route": Route(
        lambda w: w.scenario.url + "start/", roles(302), method="post"
    ),
    "assessments.ScenarioPage:attempt_route": Route(
        lambda w: f"{w.scenario.url}attempts/{w.run.pk}/",
        roles(302, trainee=200, other_trainee=404),
    ),
    "assessments.FreeTextScenarioPage": Route(
        lambda w: w.written.url, roles(302, trainee=200, other_trainee=200)
    ),
    **FEATURE_PAGE_ROUTES,
}

# --- our own views inside the Wagtail admin (Wagtail's own are checked as a group) ---


def _a(name: str, obj: Callable[[World], Any] | None = None) -> Callable[[World], str]:
    if obj is None:
        return lambda w: reverse(name)
    return lambda w: reverse(name, args=[obj(w).pk])


def staff(default: int, **overrides: int) -> dict[str, int]:
    """No admin access: sent to sign in (302); site admins: 200; else ``default``."""
    no_access = dict.fromkeys(
        ("anonymous", "trainee", "other_trainee", "team_lead", "supervisor"), 302
    )
    return roles(default, **{**no_access, "admin": 200, **overrides})


# For an organisation's records, the organisation admin runs another organisation, so
# each object is someone else's (404); the trainer has no people permissions.
_LIST = staff(302, org_admin=200)
_OBJECT = staff(404)
_EDIT = staff(404, trainer=302)


def _viewset_routes(
    prefix: str, obj: Callable[[World], Any], *, add: dict, index: dict = _LIST
) -> dict[str, Route]:
    return {
        f"{prefix}:index": Route(_a(f"{prefix}:index"), index),
        f"{prefix}:index_results": Route(_a(f"{prefix}:index_results"), index),
        f"{prefix}:add": Route(_a(f"{prefix}:add"), add),
        f"{prefix}:edit": Route(_a(f"{prefix}:edit", obj), _EDIT),
        f"{prefix}:delete": Route(_a(f"{prefix}:delete", obj), _OBJECT),
        f"{prefix}:history": Route(_a(f"{prefix}:history", obj), _OBJECT),
        f"{prefix}:history_results": Route(
            _a(f"{prefix}:history_results", obj), _OBJECT
        ),
        f"{prefix}:usage": Route(_a(f"{prefix}:usage", obj), _OBJECT),
    }


# Trainer pages (lms.cohorts, in the admin): trainers, organisation admins and site
# admins only; people without admin access are sent to sign in (302); the world's
# cohort is the trainer's, and the organisation admin runs another one.
_TRAINER_PAGE = staff(403, trainer=200, org_admin=200)
_COHORT_PAGE = staff(403, trainer=200, org_admin=404)
TRAINER_ROUTES: dict[str, Route] = {
    **{
        f"trainer:{name}": Route(
            lambda w, name=name, extra=extra: reverse(
                f"trainer:{name}", args=[w.cohort.pk, *extra(w)]
            ),
            _COHORT_PAGE,
        )
        for name, extra in {
            "cohort_overview": lambda w: [],
            "cohort_dates": lambda w: [],
            "cohort_invite": lambda w: [],
            "gradebook": lambda w: [],
            "answers_csv": lambda w: [],
            "cohort_report": lambda w: [],
            "cohort_evaluation": lambda w: [],
            "cohort_evaluation_csv": lambda w: ["paired"],
            "trainee": lambda w: [w.user("trainee").pk],
            "quiz_attempt": lambda w: [w.attempt.pk],
            "scenario_attempt": lambda w: [w.run.pk],
        }.items()
    },
    "trainer:cohort_invite_csv": Route(
        _u("trainer:cohort_invite_csv", lambda w: w.cohort.pk),
        _COHORT_PAGE | {"trainer": 302, "admin": 302},
    ),
    "trainer:cohort_list": Route(_u("trainer:cohort_list"), _TRAINER_PAGE),
    "trainer:cohort_create": Route(_u("trainer:cohort_create"), _TRAINER_PAGE),
    "trainer:programme_report": Route(
        _u("trainer:programme_report", lambda w: w.programme.pk), _COHORT_PAGE
    ),
    "trainer:programme_evaluation": Route(
        _u("trainer:programme_evaluation", lambda w: w.programme.pk), _COHORT_PAGE
    ),
    "trainer:programme_evaluation_csv": Route(
        _u(
            "trainer:programme_evaluation_csv",
            lambda w: w.programme.pk,
            lambda w: "aggregate",
        ),
        _COHORT_PAGE,
    ),
}


ADMIN_APP_ROUTES: dict[str, Route] = {
    "lms_marking_queue": Route(_a("lms_marking_queue"), staff(302, trainer=200)),
    "lms_mark_submission": Route(
        _a("lms_mark_submission", lambda w: w.submission), staff(302, trainer=200)
    ),
    "lms_mark_essays": Route(
        _a("lms_mark_essays", lambda w: w.essay_attempt), staff(302, trainer=200)
    ),
    # Allowing another quiz attempt: the trainee's own cohort's trainer (and site
    # admins); the confirmation is a GET, the allowing a POST with its token.
    "lms_allow_attempt": Route(
        _a("lms_allow_attempt", lambda w: w.attempt), staff(302, trainer=200)
    ),
    "courses_review_due": Route(_a("courses_review_due"), staff(302, trainer=200)),
    # A module as a SCORM 1.2 zip: for those who may edit the page (the trainer, a
    # curriculum editor here, and site admins); the organisation admin, in the admin
    # but editing no pages, is sent back to the dashboard.
    "lms_module_scorm_export": Route(
        _a("lms_module_scorm_export", lambda w: w.module), staff(302, trainer=200)
    ),
    # Who uses a second step, and recovery codes left: site admins only.
    "lms_second_step_report": Route(_a("lms_second_step_report"), staff(302)),
    "lms_second_step_report_results": Route(
        _a("lms_second_step_report_results"), staff(302)
    ),
    "courses_review_due_results": Route(
        _a("courses_review_due_results"), staff(302, trainer=200)
    ),
    "assessments_import_questions": Route(
        _a("assessments_import_questions"), staff(403, trainer=200)
    ),
    # certificates: trainers of the cohort and its organisation's admins (the
    # org_admin here runs another organisation, so the cohort is not theirs).
    "certificates_admin_list": Route(
        _a("certificates_admin_list"), staff(302, trainer=200, org_admin=200)
    ),
    "certificates_admin_detail": Route(
        _a("certificates_admin_detail", lambda w: w.certificate),
        staff(302, trainer=200, org_admin=404),
    ),
    "certificates_admin_action": Route(
        lambda w: reverse(
            "certificates_admin_action", args=[w.certificate.pk, "revoke"]
        ),
        staff(302, trainer=400, org_admin=404, admin=400),
        method="post",
        # Sent from the confirmation page, without the reason it needs.
        data=lambda w: {"confirmed": "yes"},
    ),
    "certificates_admin_cohort": Route(
        _a("certificates_admin_cohort", lambda w: w.cohort),
        staff(302, trainer=200, org_admin=404),
    ),
    "certificates_admin_sign_off": Route(
        lambda w: reverse(
            "certificates_admin_sign_off", args=[w.cohort.pk, w.user("trainee").pk]
        ),
        staff(302, org_admin=404, admin=302),
        method="post",
    ),
    "certificates_admin_issue": Route(
        lambda w: reverse(
            "certificates_admin_issue", args=[w.cohort.pk, w.user("trainee").pk]
        ),
        staff(302, org_admin=404, admin=302),
        method="post",
    ),
    "certificates_admin_issue_all": Route(
        _a("certificates_admin_issue_all", lambda w: w.cohort),
        staff(302, org_admin=404, admin=302),
        method="post",
    ),
    "certificates_admin_zip": Route(
        _a("certificates_admin_zip", lambda w: w.cohort),
        staff(302, trainer=200, org_admin=404),
    ),
    "certificates_admin_cohort_progress": Route(
        _a("certificates_admin_cohort_progress", lambda w: w.cohort),
        staff(302, trainer=200, org_admin=404),
    ),
    **_viewset_routes("organisation", lambda w: w.cohort.organisation, add=staff(302)),
    **_viewset_routes("team", lambda w: w.team, add=_LIST),
    # Trainers may view cohorts (an empty list: they run no organisation).
    **_viewset_routes(
        "cohort",
        lambda w: w.cohort,
        add=_LIST,
        index=staff(302, org_admin=200, trainer=200),
    ),
    **FEATURE_ADMIN_APP_ROUTES,
    **TRAINER_ROUTES,
}

# Routes that are not the site's own: Wagtail's serving and sign-in plumbing.
WAGTAIL_PLUMBING = {
    "wagtail_serve",  # every page: covered page type by page type in PAGE_ROUTES
}


def _request(client: Client, route: Route, world: World):
    url = route.url(world)
    data = route.data(world)
    if route.method == "post":
        return client.post(url, data)
    return client.get(url, data)


def _statuses(route: Route, world: World) -> dict[str, int]:
    """What each role gets, each request rolled back so no role changes the next."""
    got = {}
    for role in ROLES:
        client = Client()
        user = world.user(role)
        if user is not None:
            client.force_login(user)
        with transaction.atomic():
            got[role] = _request(client, route, world).status_code
            transaction.set_rollback(True)
    return got


def test_every_site_route_is_in_the_matrix():
    missing = sorted(set(site_routes()) - set(SITE_ROUTES) - WAGTAIL_PLUMBING)
    assert not missing, (
        "These routes are not in the authorisation matrix "
        "(tests/security/test_authz_matrix.py, SITE_ROUTES); add one entry each "
        "with the status every role should get:\n  " + "\n  ".join(missing)
    )
    stale = sorted(set(SITE_ROUTES) - set(site_routes()))
    assert not stale, f"Matrix entries for routes that no longer exist: {stale}"


def test_every_page_type_and_page_route_is_in_the_matrix():
    missing = sorted(page_routes() - set(PAGE_ROUTES))
    assert not missing, (
        "These page types or page routes are not in the authorisation matrix "
        "(tests/security/test_authz_matrix.py, PAGE_ROUTES); add one entry each:\n  "
        + "\n  ".join(missing)
    )


@pytest.mark.parametrize("name", sorted(SITE_ROUTES))
def test_site_route(name, world):
    route = SITE_ROUTES[name]
    got = _statuses(route, world)
    if PROBE:
        print(f"\n{name}: {got}")
    assert got == route.expect


def test_every_admin_view_of_ours_is_in_the_matrix():
    missing = sorted(set(app_admin_routes()) - set(ADMIN_APP_ROUTES))
    assert not missing, (
        "These admin views of ours are not in the authorisation matrix "
        "(tests/security/test_authz_matrix.py, ADMIN_APP_ROUTES); add one entry "
        "each:\n  " + "\n  ".join(missing)
    )


@pytest.mark.parametrize("name", sorted(ADMIN_APP_ROUTES))
def test_admin_app_route(name, world):
    route = ADMIN_APP_ROUTES[name]
    got = _statuses(route, world)
    if PROBE:
        print(f"\n{name}: {got}")
    assert got == route.expect


@pytest.mark.parametrize("name", sorted(PAGE_ROUTES))
def test_page_route(name, world):
    route = PAGE_ROUTES[name]
    got = _statuses(route, world)
    if PROBE:
        print(f"\n{name}: {got}")
    assert got == route.expect


# --- staff who have not taken their second step in this session ---

# Everyone who must use a second step (TOTP). Signed in with a password or an emailed
# link only, they are sent to the second step from every route but signing in and out,
# resets and help (MFA_OPEN_ROUTES), and those answer exactly as in the matrix above.
STAFF_ROLES = ("team_lead", "trainer", "supervisor", "org_admin", "admin")
_ALL_ROUTES = {
    **{f"site {name}": (name, route) for name, route in SITE_ROUTES.items()},
    **{f"page {name}": (name, route) for name, route in PAGE_ROUTES.items()},
    **{f"admin {name}": (name, route) for name, route in ADMIN_APP_ROUTES.items()},
}


@pytest.mark.mfa
@pytest.mark.parametrize("key", sorted(_ALL_ROUTES))
def test_staff_route_needs_the_second_step(key, world):
    name, route = _ALL_ROUTES[key]
    wrong = {}
    for role in STAFF_ROLES:
        client = Client()
        client.force_login(world.user(role))  # one step (a password or a link)
        with transaction.atomic():
            response = _request(client, route, world)
            transaction.set_rollback(True)
        if name in MFA_OPEN_ROUTES:
            if response.status_code != route.expect[role]:
                wrong[role] = response.status_code
        elif response.status_code != 302 or not response.url.startswith(
            "/accounts/two-step/?next="
        ):
            wrong[role] = (response.status_code, response.get("Location"))
    assert not wrong, f"{name} without the second step: {wrong}"


@pytest.mark.mfa
def test_the_wagtail_admin_needs_the_second_step(world):
    """Every admin URL, for someone with admin access who has not taken it."""
    urls = {
        url
        for route, name, pattern in admin_routes()
        if name not in ADMIN_PUBLIC | MFA_OPEN_ROUTES
        and (url := _sample_url(route, pattern)) is not None
    }
    client = Client()
    client.force_login(world.user("org_admin"))
    let_in = []
    for url in sorted(urls):
        response = client.get(url)
        if response.status_code != 302 or not response.url.startswith(
            "/accounts/two-step/?next="
        ):
            let_in.append((url, response.status_code))
    assert not let_in, "\n".join(map(str, let_in))


# --- Wagtail's own admin, as a group ---

_SAMPLE = {
    "int": "1",
    "id": "1",
    "str": "x",
    "slug": "x",
    "path": "x",
    "uuid": "0" * 32,
}
# Wagtail admin routes anyone may open: signing in, resetting a password, and assets.
ADMIN_PUBLIC = {
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}
# Team leads and supervisors hold no admin permission either: the same code path.
NO_ADMIN_ACCESS = ("anonymous", "trainee")


def _sample_url(route: str, pattern) -> str | None:
    """The route with a sample value for each parameter (None if it cannot say)."""
    converters = getattr(pattern.pattern, "converters", None)
    if converters is None or "^" in route or "(?" in route:  # a regular expression
        return None
    url = route
    for name, converter in converters.items():
        kind = type(converter).__name__.removesuffix("Converter").lower()
        for spelling in (f"<{kind}:{name}>", f"<{name}>"):
            url = url.replace(spelling, _SAMPLE.get(kind, "x"))
    return "/" + url


def test_wagtail_admin_refuses_everyone_without_admin_access(world):
    """Every admin URL: sign in first, or refused, for people without admin access."""
    urls = {
        url
        for route, name, pattern in admin_routes()
        if name not in ADMIN_PUBLIC and (url := _sample_url(route, pattern)) is not None
    }
    assert len(urls) > 250  # the whole admin, not a handful
    let_in = []
    for role in NO_ADMIN_ACCESS:
        client = Client()
        if world.user(role) is not None:
            client.force_login(world.user(role))
        for url in sorted(urls):
            with transaction.atomic():
                for method in (client.get, client.post):
                    response = method(url)
                    if response.status_code not in (302, 403, 404, 405):
                        let_in.append(
                            (role, method.__name__, url, response.status_code)
                        )
                    elif response.status_code == 302 and "/login/" not in (
                        response.url
                    ):
                        let_in.append((role, method.__name__, url, response.url))
                transaction.set_rollback(True)
    assert not let_in, "\n".join(map(str, let_in))


# --- a trainer of another organisation who joined a team with its code ---


def test_every_team_and_session_route_is_tried_by_the_code_joiner():
    """A new route under a team or a live session is added to CODE_JOINER_ROUTES."""
    under = tuple(
        f"<{kind}:{name}>"
        for kind in ("int", "id")
        for name in ("team_id", "session_id")
    )
    names = {
        name
        for name, route in site_routes().items()
        if name.startswith("awareness:") and any(part in route for part in under)
    }
    tried = {key.split(":", 1)[1].removesuffix("_post") for key in CODE_JOINER_ROUTES}
    assert names and names <= tried, sorted(names - tried)


@pytest.mark.parametrize("case", sorted(CODE_JOINER_ROUTES))
def test_a_trainer_who_joined_by_code_presents_and_reads_nothing(case, world):
    from lms.awareness.models import Attendance, Completion, LiveSession

    url, method = CODE_JOINER_ROUTES[case]
    client = Client()
    client.force_login(world.code_joiner)
    data = {"present": [world.user("trainee").pk], "direction": "next"}
    counts = (
        LiveSession.objects.count,
        Attendance.objects.count,
        Completion.objects.count,
    )
    with transaction.atomic():
        before = [count() for count in counts]
        if method == "post":
            response = client.post(url(world), data)
        else:
            response = client.get(url(world))
        after = [count() for count in counts]
        transaction.set_rollback(True)
    assert response.status_code in (403, 404), response.status_code
    assert after == before


def test_the_code_joiner_is_an_attendee_and_nothing_more(world):
    from lms.awareness import selectors

    joiner = world.code_joiner
    assert world.team.members.filter(pk=joiner.pk).exists()
    assert not world.team.organisation.members.filter(pk=joiner.pk).exists()
    assert not selectors.teams_managed_by(user=joiner).exists()
    assert not selectors.organisations_for_new_team(user=joiner).exists()
    client = Client()
    client.force_login(joiner)
    assert client.get(reverse("awareness:teams")).status_code == 403
    assert client.get(reverse("awareness:enrol")).status_code == 403


# --- content of another organisation, and the shared curriculum (review, I6) ---


def _content_state(world) -> tuple:
    """Everything a refused request must leave as it was."""
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.models import Page

    from assessments.models import Question, QuestionCategory, Rubric

    def page_state(page):
        page = Page.objects.get(pk=page.pk)
        return (page.title, page.live, page.path, page.locked, page.latest_revision_id)

    return (
        Page.objects.count(),
        *(page_state(p) for p in (world.org_a_programme, world.programme)),
        page_state(world.awareness),
        sorted(Question.objects.values_list("pk", "name", "collection_id")),
        sorted(QuestionCategory.objects.values_list("pk", "name")),
        sorted(Rubric.objects.values_list("pk", "name")),
        sorted(Document.objects.values_list("pk", "title")),
        sorted(Image.objects.values_list("pk", "title")),
    )


def _content_request(client: Client, case: str, world):
    url, method, data = CONTENT_ROUTES[case]
    data = data(world) if data else {}
    if method == "post":
        return client.post(url(world), data)
    return client.get(url(world))


def _refused(response, case: str = "") -> bool:
    """403, not found, or Wagtail's "no permission" redirect to the dashboard (a
    bulk action shows its page, listing what may not be deleted)."""
    if case.endswith(":bulk_delete"):
        return response.status_code < 500
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


@pytest.mark.parametrize("case", sorted(CONTENT_ROUTES))
def test_a_trainer_of_another_organisation_changes_none_of_its_content(case, world):
    client = Client()
    client.force_login(world.org_b_trainer)
    with transaction.atomic():
        before = _content_state(world)
        response = _content_request(client, case, world)
        after = _content_state(world)
        transaction.set_rollback(True)
    assert _refused(response, case), (response.status_code, response.get("Location"))
    assert after == before


@pytest.mark.parametrize(
    "case",
    sorted(
        case
        for case in CONTENT_ROUTES
        if case.startswith(("shared_", "awareness_course"))
    ),
)
def test_an_organisations_own_trainer_is_refused_the_shared_curriculum(case, world):
    client = Client()
    client.force_login(world.org_a_trainer)
    with transaction.atomic():
        before = _content_state(world)
        response = _content_request(client, case, world)
        after = _content_state(world)
        transaction.set_rollback(True)
    assert _refused(response, case), (response.status_code, response.get("Location"))
    assert after == before


@pytest.mark.parametrize("case", CONTENT_OWN_ROUTES)
def test_an_organisations_own_trainer_edits_its_content(case, world):
    client = Client()
    client.force_login(world.org_a_trainer)
    with transaction.atomic():
        response = _content_request(client, case, world)
        transaction.set_rollback(True)
    assert response.status_code == 200


@pytest.mark.parametrize("name", sorted(CONTENT_LISTINGS))
def test_another_organisations_content_is_absent_from_listings(name, world):
    url, marker = CONTENT_LISTINGS[name]
    seen = {}
    for who in ("org_a_trainer", "org_b_trainer"):
        client = Client()
        client.force_login(getattr(world, who))
        response = client.get(url(world))
        seen[who] = (response.status_code, marker in response.content.decode())
    # B's trainer: refused, or a listing without A's content; A's sees it.
    assert seen["org_b_trainer"][1] is False, seen
    assert seen["org_a_trainer"] == (200, True), seen


def test_the_shared_curriculum_is_edited_by_curriculum_editors(world):
    client = Client()
    client.force_login(world.user("trainer"))  # a curriculum editor, as in the demo
    for page in (world.programme, world.awareness, world.org_a_programme):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert client.get(url).status_code == 200
