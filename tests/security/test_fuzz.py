"""Fuzzing every form with Hypothesis: no input may cause a 500 or an exception.

Forms are discovered from the URL resolver (class-based views with a ``form_class``);
``EXTRA`` lists the endpoints that read ``request.POST`` or the query string directly,
so cannot be discovered. ``NO_INPUT`` lists routes that take none. A test fails when
a route is in none of these, so new endpoints get fuzzed too.

A few examples per endpoint in the everyday suite; ``make security`` sets
``ALONGSIDE_SECURITY_FULL=1`` for at least 1,000 each. Each example is one request
through Django's test client, inside a transaction that is rolled back.

There are no JSON endpoints yet; a JSON endpoint goes in ``EXTRA`` with ``json=True``.
"""

import copy
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings

from .fuzzing import form_data
from .routes import all_patterns, app_admin_routes, site_routes
from .world import World

pytestmark = pytest.mark.django_db

FULL = os.environ.get("ALONGSIDE_SECURITY_FULL") == "1"
EXAMPLES = int(os.environ.get("ALONGSIDE_FUZZ_EXAMPLES", 0)) or (1000 if FULL else 5)
# A confirmation (a delete, "I'm here", "end the session") posts no field but its CSRF
# token: the only inputs to generate are fields it does not have, which it ignores. A
# tenth as many (100 in the full run) try those; every form with fields gets EXAMPLES.
CONFIRMATION_EXAMPLES = max(EXAMPLES // 10, min(EXAMPLES, 5))


@dataclass(frozen=True)
class Target:
    url: Callable[[World], str]
    role: str | None = "trainee"
    fields: tuple[str, ...] = ()
    method: str = "post"
    json: bool = False
    extra_fields: Callable[[World], list[str]] = field(default=lambda w: [])
    # Sent as they are with every request (for example the action a script sends).
    fixed: dict = field(default_factory=dict)


def _u(name, *args):
    return lambda w: reverse(name, args=[arg(w) for arg in args])


def _signpost_for_checks(w: World):
    from courses.models import Signpost

    signpost, _made = Signpost.objects.get_or_create(
        name="Fuzzed helpline",
        defaults={"category": "listening", "purpose": "Someone to talk to."},
    )
    return signpost


def _quiz_fields(w: World) -> list[str]:
    return [f"q-{item['id']}" for item in w.open_attempt.questions]


def _signup_confirm_path(w: World) -> str:
    from django.conf import settings

    from lms.models import User
    from lms.security.signup import signup_confirm_url

    user, _ = User.objects.get_or_create(
        email="fuzz-unconfirmed@example.org",
        defaults={"full_name": "Fuzz", "email_confirmed_at": None},
    )
    return signup_confirm_url(user=user).removeprefix(settings.SITE_URL)


# Endpoints that read request data directly (not through a form class).
EXTRA: dict[str, Target] = {
    # "I've finished this lesson" is a button of the lesson's reflection form, so it
    # keeps a half-written reflection as a draft.
    "lms:lesson_complete": Target(
        _u("lms:lesson_complete", lambda w: w.lesson.pk),
        fields=("title", "body", "prompt", "lesson"),
        fixed={"from_lesson": "1"},
    ),
    "lms:reflection_create (break from a lesson)": Target(
        _u("lms:reflection_create"),
        fields=("title", "body", "prompt", "lesson"),
        fixed={"from_lesson": "1", "action": "break"},
    ),
    "lms:content_note_choose": Target(
        _u("lms:content_note_choose", lambda w: w.module.pk), fields=("choice",)
    ),
    "lms:take_a_break": Target(_u("lms:take_a_break"), fields=("lesson",)),
    # The reflective log's script saves the draft as it is typed.
    "lms:reflection_create (autosave)": Target(
        _u("lms:reflection_create"),
        fields=("title", "body", "prompt", "lesson"),
        fixed={"action": "autosave"},
    ),
    "lms:reflection_edit (autosave)": Target(
        _u("lms:reflection_edit", lambda w: w.entry.pk),
        fields=("title", "body"),
        fixed={"action": "autosave"},
    ),
    "lms:quick_exit": Target(_u("lms:quick_exit"), fields=("t",), method="get"),
    "lms:reflection_delete": Target(_u("lms:reflection_delete", lambda w: w.entry.pk)),
    "lms:reflection_share": Target(
        _u("lms:reflection_share", lambda w: w.entry.pk), fields=("shared_with",)
    ),
    "lms:cohort_join": Target(_u("lms:cohort_join", lambda w: w.cohort.invite_token)),
    "lms:programme_enrol": Target(_u("lms:programme_enrol", lambda w: w.programme.pk)),
    "lms:support": Target(_u("lms:support"), fields=("nation", "from"), method="get"),
    "lms:team_join?": Target(_u("lms:team_join"), fields=("code",), method="get"),
    "lms:reflection_create?": Target(
        _u("lms:reflection_create"), fields=("prompt", "lesson"), method="get"
    ),
    "lms:login?": Target(_u("lms:login"), role=None, fields=("next",), method="get"),
    "lms:signup?": Target(_u("lms:signup"), role=None, fields=("next",), method="get"),
    "lms:logout": Target(_u("lms:logout"), fields=("next",)),
    "lms:signin_link_use": Target(
        lambda w: reverse("lms:signin_link_use", args=["x" * 40]), role=None
    ),
    "lms:signup_confirm": Target(
        lambda w: _signup_confirm_path(w),
        role=None,
        fields=("new_password1", "new_password2"),
    ),
    "lms:signup_sent": Target(_u("lms:signup_sent"), role=None),
    "lms:your_data_erase": Target(_u("lms:your_data_erase"), fields=("confirm",)),
    "lms:signin_link": Target(_u("lms:signin_link"), role=None, fields=("email",)),
    "lms:mfa": Target(_u("lms:mfa"), role="admin", fields=("code", "next")),
    "lms:mfa_recovery": Target(
        _u("lms:mfa_recovery"), role="admin", fields=("code", "next")
    ),
    "lms:mfa_recovery_codes?": Target(
        _u("lms:mfa_recovery_codes"), role="admin", fields=("next",), method="get"
    ),
    "quiz:start": Target(lambda w: w.quiz.url + "start/"),
    "quiz:attempt": Target(
        lambda w: f"{w.quiz.url}attempts/{w.open_attempt.pk}/",
        fields=("action", "revision"),
        extra_fields=_quiz_fields,
    ),
    "scenario:start": Target(lambda w: w.scenario.url + "start/"),
    "scenario:attempt": Target(
        lambda w: f"{w.scenario.url}attempts/{w.run.pk}/", fields=("node", "choice")
    ),
    "free_text": Target(lambda w: w.written.url, fields=("text", "action", "revision")),
    "lms_marking_queue": Target(
        _u("lms_marking_queue"),
        role="trainer",
        fields=("cohort", "older_than"),
        method="get",
    ),
    # The module's SCORM download reads nothing from the request either.
    "lms_module_scorm_export": Target(
        _u("lms_module_scorm_export", lambda w: w.module.pk),
        role="trainer",
        fields=("next", "version"),
        method="get",
    ),
    "lms_mark_submission": Target(
        _u("lms_mark_submission", lambda w: w.submission.pk),
        role="trainer",
        fields=("criterion-0", "criterion-1", "comments", "resubmit"),
    ),
    # Recording a check of a directory entry (content review, issue 15).
    "courses_signpost_check": Target(
        _u("courses_signpost_check", lambda w: _signpost_for_checks(w).pk),
        role="trainer",
        fields=("phone_checked", "website_checked", "notes"),
    ),
    "lms_mark_essays": Target(
        _u("lms_mark_essays", lambda w: w.essay_attempt.pk),
        role="trainer",
        extra_fields=lambda w: (
            [
                f"{kind}-{item['id']}"
                for item in w.essay_attempt.questions
                for kind in ("mark", "comment")
            ]
            # An essay with a rubric is marked by a level for each criterion.
            + [
                f"criterion-{item['id']}-{n}"
                for item in w.essay_attempt.questions
                for n in range(2)
            ]
        ),
    ),
}

# Site routes with no input to fuzz (only a GET of a fixed page, or signed tokens
# checked by Django itself).
NO_INPUT = {
    "lms:your_data",
    "lms:your_data_export",
    "lms:dashboard",
    "alongside:health",
    "lms:reflections",
    "lms:reflections_shared",
    "lms:reflection_shared_detail",
    "lms:password_reset_done",
    "lms:password_reset_complete",
    "lms:signin_link_sent",
    "wagtailcore_authenticate_with_password",
    "wagtaildocs_authenticate_with_password",
    "wagtaildocs_serve",
    "wagtail_serve",  # pages: their forms are in EXTRA (quiz, scenario, free text)
    "lms_allow_attempt",  # a confirmation: the POST carries only its CSRF token
}


# --- the feature apps: staff awareness, certificates, cohorts ---


def _awareness_check_fields(w: World) -> list[str]:
    return [f"q_{block.id}" for block in w.awareness.knowledge_check]


def _cohort_dates_fields(w: World) -> list[str]:
    from lms.cohorts import selectors as cohort_selectors

    modules = cohort_selectors.programme_structure(w.cohort.programme).modules
    return [
        f"{prefix}-{module.pk}" for module in modules for prefix in ("start", "due")
    ]


def _confidence_fields(w: World) -> list[str]:
    from lms.cohorts.models import ConfidenceItem

    items = ConfidenceItem.objects.filter(programme=w.programme)
    return [f"item-{item.pk}" for item in items]


def _email_kinds() -> tuple[str, ...]:
    from lms.cohorts.models import EMAIL_KINDS

    return tuple(str(kind) for kind in EMAIL_KINDS)


_LEDGER_FIELDS = (
    "kind",
    "programme",
    "date",
    "hours",
    "activity",
    "covered_wellbeing",
    "supervisor",
    "notes",
)
_TEAM_ID = lambda w: w.team.pk  # noqa: E731
_SESSION_ID = lambda w: w.live_session.pk  # noqa: E731

EXTRA.update(
    {
        # Issue 18: the holder's privacy choices and share links (function views
        # with forms), and the wallet exchange, which reads JSON.
        "certificates:certificate_privacy": Target(
            _u("certificates:certificate_privacy", lambda w: w.certificate.pk),
            fields=("wording", "shows_name"),
        ),
        "certificates:share_create": Target(
            _u("certificates:share_create", lambda w: w.certificate.pk),
            fields=("label",),
        ),
        "certificates:exchange": Target(
            _u("certificates:exchange", lambda w: w.wallet_exchange.exchange_id),
            role=None,
            json=True,
            fields=("verifiablePresentation", "holder", "proof", "type", "@context"),
        ),
        # Marking a section read: a POST with nothing in it.
        "awareness:section": Target(
            _u("awareness:section", lambda w: w.awareness.pk, lambda w: 1)
        ),
        "awareness:check": Target(
            _u("awareness:check", lambda w: w.awareness.pk),
            extra_fields=_awareness_check_fields,
        ),
        "awareness:team_create": Target(
            _u("awareness:team_create"),
            role="team_lead",
            fields=("name", "organisation"),
        ),
        "awareness:remind": Target(_u("awareness:remind", _TEAM_ID), role="team_lead"),
        "awareness:session_start": Target(
            _u("awareness:session_start", _TEAM_ID), role="team_lead"
        ),
        # A site admin deciding on a request to issue a certificate by hand.
        "certificates_admin_hand_issue": Target(
            _u("certificates_admin_hand_issue", lambda w: w.hand_request.pk),
            role="admin",
            fields=("decision", "reason"),
        ),
        "awareness:enrol": Target(
            _u("awareness:enrol"), role="team_lead", fields=("file",)
        ),
        "awareness:enrol_confirm": Target(
            _u("awareness:enrol_confirm", lambda w: w.pending_import.pk),
            role="team_lead",
        ),
        "awareness:join": Target(_u("awareness:join"), fields=("code",)),
        "awareness:invitation": Target(
            _u("awareness:invitation", lambda w: w.team_invitation.pk),
            role="other_trainee",
            fields=("answer",),
        ),
        "awareness:join?": Target(_u("awareness:join"), fields=("code",), method="get"),
        "awareness:staff_record": Target(
            _u("awareness:staff_record"),
            fields=("employee_number", "assignment_number", "nmc_pin"),
        ),
        "awareness:move": Target(
            _u("awareness:move", _SESSION_ID), role="team_lead", fields=("direction",)
        ),
        "awareness:register": Target(
            _u("awareness:register", _SESSION_ID),
            role="team_lead",
            fields=("present",),
        ),
        "awareness:end": Target(_u("awareness:end", _SESSION_ID), role="team_lead"),
        # The SCORM download reads nothing from the request; stray input is ignored.
        "awareness_scorm_export": Target(
            _u("awareness_scorm_export", lambda w: w.awareness.pk),
            role="trainer",
            fields=("next", "version"),
            method="get",
        ),
        "certificates:ledger_create": Target(
            _u("certificates:ledger_create"), fields=_LEDGER_FIELDS
        ),
        "certificates:ledger_edit": Target(
            _u("certificates:ledger_edit", lambda w: w.ledger_entry.pk),
            fields=_LEDGER_FIELDS,
        ),
        "certificates:countersign": Target(
            _u("certificates:countersign", lambda w: w.ledger_entry.pk),
            role="supervisor",
            fields=("decision", "comment", "seen"),
        ),
        "certificates:cpd_reflection": Target(
            _u(
                "certificates:cpd_reflection",
                lambda w: "awareness",
                lambda w: w.awareness_completion.pk,
            ),
            fields=(
                "relates_to_practice",
                "nature",
                "learned",
                "changed",
                "code_theme",
                "code_relevance",
            ),
        ),
        "certificates:verify_form": Target(
            _u("certificates:verify_form"),
            role=None,
            fields=("number", "surname"),
            method="get",
        ),
        "trainer:cohort_create": Target(
            _u("trainer:cohort_create"),
            role="trainer",
            fields=("name", "organisation", "programme", "start_date"),
        ),
        "trainer:cohort_dates": Target(
            _u("trainer:cohort_dates", lambda w: w.cohort.pk),
            role="trainer",
            extra_fields=_cohort_dates_fields,
        ),
        "trainer:cohort_invite": Target(
            _u("trainer:cohort_invite", lambda w: w.cohort.pk),
            role="trainer",
            fields=("people",),
        ),
        "trainer:cohort_invite_csv": Target(
            _u("trainer:cohort_invite_csv", lambda w: w.cohort.pk),
            role="trainer",
            fields=("file",),
        ),
        "trainer:gradebook": Target(
            _u("trainer:gradebook", lambda w: w.cohort.pk),
            role="trainer",
            fields=("status", "overdue", "modules", "format", "page"),
            method="get",
        ),
        "trainer:cohort_report": Target(
            _u("trainer:cohort_report", lambda w: w.cohort.pk),
            role="trainer",
            fields=("sort", "export"),
            method="get",
        ),
        "trainer:programme_report": Target(
            _u("trainer:programme_report", lambda w: w.programme.pk),
            role="trainer",
            fields=("sort", "export"),
            method="get",
        ),
        "cohorts:invite_accept": Target(
            _u("cohorts:invite_accept", lambda w: w.invite.token)
        ),
        "cohorts:confidence": Target(
            _u("cohorts:confidence", lambda w: w.programme.pk, lambda w: "pre"),
            extra_fields=_confidence_fields,
        ),
        "cohorts:check_in": Target(
            _u("cohorts:check_in", lambda w: w.difficult_module.pk, lambda w: "before"),
            fields=("feeling", "wants_contact"),
        ),
        "cohorts:notifications_read": Target(_u("cohorts:notifications_read")),
        "cohorts:email_preferences": Target(
            _u("cohorts:email_preferences"), fields=_email_kinds()
        ),
        # Signed out, from an email: the signed token is the only input.
        "cohorts:unsubscribe": Target(
            _u("cohorts:unsubscribe", lambda w: w.unsubscribe_token), role=None
        ),
    }
)

NO_INPUT |= {
    # GET pages of the feature apps: the ids in the URL are all they read.
    "awareness:done",
    "awareness:teams",
    "awareness:team",
    "awareness:report",
    "awareness:report_csv",  # CSV download
    "awareness:present",
    "awareness:notes",
    "awareness:session_summary",
    "awareness:register_csv",  # CSV download
    "certificates:ledger",
    "certificates:ledger_withdraw",  # a confirmation: the id in the URL is all
    "certificates:countersign_queue",
    "certificates:countersign_history",
    "certificates:countersign_undo",  # a button: the id in the URL is all it reads
    "certificates:mine",
    "awareness:lti_jwks",  # JSON
    "awareness:lti_login",  # parameters passed to pylti1p3; unknown ones: 400
    "awareness:lti_launch",  # a signed id_token: tests/awareness/test_lti.py
    "awareness:lti_deep_link",  # needs a deep-linking launch: test_lti.py
    "awareness:lti_continue",  # a signed one-time link: test_lti_framing.py
    "certificates:cpd",  # one's own list
    "certificates:cpd_csv",  # CSV download of one's own
    "certificates:cpd_pdf",  # PDF download of one's own
    "certificates:cpd_reflection_pdf",  # PDF download; wrong ids: test_cpd
    "certificates:verify",  # the token is checked by lookup; wrong ones: authz tests
    "certificates:pdf",  # PDF download
    "certificates:credential",  # signed JWT download
    "certificates:credential_ld",  # signed JSON-LD download
    "certificates:status_list",  # JSON; list number and purpose (huge ids below)
    "certificates:did",  # JSON (DID document)
    "certificates:organisation_did",  # JSON (DID document); the id is all it reads
    "certificates:organisation_issuer",  # JSON (Profile); the id is all it reads
    "certificates:organisation_status_list",  # JSON; ids and purpose (huge below)
    "certificates:certificate",  # one's own; the id in the URL is all it reads
    "certificates:badge_png",  # PNG download
    "certificates:badge_svg",  # SVG download
    "certificates:wallet_start",  # a button: the id in the URL is all it reads
    "certificates:wallet",  # the ids in the URL are all it reads
    "certificates:share_withdraw",  # a button: the ids in the URL are all
    "certificates:shared",  # the token is checked by lookup
    "certificates:shared_pdf",  # PDF download; the token is checked by lookup
    "certificates:own_pdf",  # PDF download of one's own; the id is all it reads
    "certificates:transcript_ld",  # JSON download of one's own
    "certificates:transcript_jwt",  # JWT download of one's own
    "certificates:credential_status",  # JSON
    "certificates:issuer",  # JSON
    "certificates:achievement",  # JSON
    "certificates:public_key",  # JWK
    "certificates:jwks",  # JWKS
    "trainer:cohort_list",
    "trainer:cohort_overview",
    "trainer:answers_csv",  # CSV download
    "trainer:trainee",
    "trainer:quiz_attempt",
    "trainer:scenario_attempt",
    "trainer:cohort_evaluation",
    "trainer:cohort_evaluation_csv",  # CSV download
    "trainer:programme_evaluation",
    "trainer:programme_evaluation_csv",  # CSV download
    "cohorts:notifications",
    # The trainer's old public addresses: a redirect into the admin, nothing read.
    "cohorts:trainer_moved",
    "cohorts:trainer_moved_cohort",
    "cohorts:trainer_moved_programme",
}

# Discovered, but needing a role or an object the resolver cannot know.
_ROLE_FOR = {
    "lms:profile": "trainee",
    "lms:password_change": "trainee",
    "lms:team_join": "trainee",
    "lms:reflection_create": "trainee",
    "assessments_import_questions": "admin",
}
_ARGS_FOR = {
    "lms:reflection_edit": lambda w: w.entry.pk,
    "organisation:delete": lambda w: w.cohort.organisation.pk,
    "team:delete": lambda w: w.team.pk,
    "cohort:delete": lambda w: w.cohort.pk,
    "wagtailsnippets_certificates_organisationbranding:delete": (
        lambda w: w.certificate.organisation.certificate_branding.pk
    ),
    "wagtailsnippets_certificates_accreditationrules:delete": (
        lambda w: w.programme.accreditation.pk
    ),
}
# The question bank's delete views (scoped by collection): each on a shared item.
_ARGS_FOR.update(
    {
        f"wagtailsnippets_assessments_{name}:delete": (
            lambda w, name=name: w.shared_bank[name].pk
        )
        for name in (
            "essayquestion",
            "matchingquestion",
            "multipleresponsequestion",
            "numericquestion",
            "orderingquestion",
            "questioncategory",
            "rubric",
            "shortanswerquestion",
            "singlechoicequestion",
            "truefalsequestion",
        )
    }
)
# Django's own set-password step needs a live reset token in the session.
_SKIP = {"lms:password_reset_confirm"}


def discovered() -> dict[str, Target]:
    """Class-based views with a form class, from the resolver (site and our admin)."""
    ours = {**site_routes(), **app_admin_routes()}
    found = {}
    for route, name, pattern in all_patterns():
        key = name or route
        view_class = getattr(pattern.callback, "view_class", None)
        form_class = getattr(view_class, "form_class", None)
        if key not in ours or form_class is None or key in _SKIP:
            continue
        args = [_ARGS_FOR[key]] if key in _ARGS_FOR else []
        found[key] = Target(
            _u(key, *args),
            role=_ROLE_FOR.get(key, None if key.startswith("lms:") else "admin"),
            fields=tuple(form_class.base_fields),
        )
    return found


TARGETS = {**discovered(), **EXTRA}


def test_every_route_is_fuzzed_or_says_why_not():
    fuzzed = {name.rstrip("?") for name in TARGETS}
    missing = sorted(
        set(site_routes()) - fuzzed - NO_INPUT - {"lms:password_reset_confirm"}
    )
    assert not missing, (
        "These routes are neither fuzzed nor listed as taking no input "
        "(tests/security/test_fuzz.py, EXTRA or NO_INPUT):\n  " + "\n  ".join(missing)
    )


def test_discovery_finds_the_forms():
    found = discovered()
    for name in ["lms:signup", "lms:login", "lms:profile", "lms:reflection_edit"]:
        assert name in found, name
    assert "email" in found["lms:signup"].fields


def _send(client: Client, target: Target, url: str, data: dict):
    data = {**data, **target.fixed}
    if target.json:
        return client.generic(
            target.method.upper(), url, json.dumps(data), "application/json"
        )
    if target.method == "get":
        return client.get(url, data)
    return client.post(url, data)


# `make security` shares these out between processes with pytest-xdist, so they are
# listed in the same order in each process.
@pytest.mark.parametrize("name", sorted(TARGETS))
def test_no_input_breaks_the_endpoint(name, world):
    target = TARGETS[name]
    url = target.url(world)
    fields = [*target.fields, *target.extra_fields(world)]
    user = world.user(target.role) if target.role else None
    statuses = []

    client = Client()
    if user is not None:
        client.force_login(user)
    cookies = client.cookies

    @settings(
        max_examples=EXAMPLES if fields else CONFIRMATION_EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=form_data(fields))
    def one_request(data):
        # The same signed-in session each time: whatever a request did to it (signed
        # out, changed the password) is rolled back, cookies included.
        client.cookies = copy.copy(cookies)
        with transaction.atomic():
            response = _send(client, target, url, data)
            transaction.set_rollback(True)
        statuses.append(response.status_code)
        assert response.status_code < 500, (name, data)

    one_request()
    assert statuses and max(statuses) < 500
    if FULL:
        assert len(statuses) >= (EXAMPLES if fields else CONFIRMATION_EXAMPLES)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_nul_characters_never_break_an_endpoint(name, world):
    """PostgreSQL refuses NUL in text and JSON: every field gets one."""
    target = TARGETS[name]
    fields = [*target.fields, *target.extra_fields(world)]
    client = Client()
    if target.role:
        client.force_login(world.user(target.role))
    data = {field: ["a\x00b"] for field in fields}
    if "action" in fields:
        data["action"] = ["submit"]  # so a written answer is really saved
    with transaction.atomic():
        response = _send(client, target, target.url(world), data)
        transaction.set_rollback(True)
    assert response.status_code < 500


def test_nul_characters_in_answers_that_are_saved(world):
    """With a valid revision, so the text really reaches the database."""
    client = Client()
    client.force_login(world.user("trainee"))
    attempt = world.open_attempt
    attempt.refresh_from_db()
    with transaction.atomic():
        saved = client.post(
            f"{world.quiz.url}attempts/{attempt.pk}/",
            {"action": "save", "revision": attempt.revision}
            | {f"q-{item['id']}": "a\x00b" for item in attempt.questions},
        )
        transaction.set_rollback(True)
    assert saved.status_code < 500
    reflection = client.post(
        reverse("lms:reflection_edit", args=[world.entry.pk]),
        {"title": "a\x00b", "body": "a\x00b"},
    )
    assert reflection.status_code == 200  # the form says what is wrong


def test_digits_that_are_not_ascii_in_the_register(world):
    """``"²".isdigit()`` is True but ``int("²")`` fails: the register ignores it."""
    client = Client()
    client.force_login(world.user("team_lead"))
    url = reverse("awareness:register", args=[world.live_session.pk])
    response = client.post(url, {"present": ["²", "١٢", str(world.user("trainee").pk)]})
    assert response.status_code == 302
    assert world.live_session.attendances.filter(user=world.user("trainee")).exists()


def test_an_email_address_too_long_for_its_column_is_refused(world):
    """Django accepts addresses up to 320 characters; the column holds 254."""
    from lms.cohorts.models import CohortInvite

    email = "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".org"
    assert len(email) > 254
    client = Client()
    client.force_login(world.user("trainer"))
    response = client.post(
        reverse("trainer:cohort_invite", args=[world.cohort.pk]), {"people": email}
    )
    assert response.status_code == 400
    assert b"do not look like email addresses" in response.content
    assert not CohortInvite.objects.filter(email=email).exists()


def test_a_staff_email_too_long_for_its_column_is_refused(world):
    """The staff-awareness import checks the same 254-character limit."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from lms.awareness.models import PendingImport

    email = "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".org"
    upload = SimpleUploadedFile(
        "staff.csv",
        (
            f"name,email,job role,team\nNia New,{email},Midwife,{world.team.name}\n"
        ).encode(),
        content_type="text/csv",
    )
    client = Client()
    client.force_login(world.user("team_lead"))
    before = PendingImport.objects.count()
    response = client.post(reverse("awareness:enrol"), {"file": upload})
    assert response.status_code == 200  # the preview, with the row's error
    assert b"is not a valid email address" in response.content
    assert PendingImport.objects.count() == before


def test_a_null_character_in_a_markers_comments(world):
    """Found by the full fuzzing run: a comment holding NUL, with a valid level,
    reached PostgreSQL (which stores no NUL in text or JSON) and gave a 500. The
    mark is saved, without the NUL."""
    client = Client()
    client.force_login(world.user("trainer"))
    with transaction.atomic():
        response = client.post(
            reverse("lms_mark_submission", args=[world.submission.pk]),
            {"criterion-0": "0", "criterion-1": "0", "comments": "Kind\x00ly put"},
        )
        assert response.status_code == 302
        world.submission.refresh_from_db()
        assert world.submission.comments == "Kindly put"
        transaction.set_rollback(True)
    essays = [item["id"] for item in world.essay_attempt.questions]
    with transaction.atomic():
        response = client.post(
            reverse("lms_mark_essays", args=[world.essay_attempt.pk]),
            {f"mark-{pk}": "50" for pk in essays}
            | {f"comment-{pk}": "Kind\x00ly put" for pk in essays},
        )
        assert response.status_code < 500
        transaction.set_rollback(True)


def test_a_programme_id_beyond_64_bits_is_a_wrong_choice(world):
    """Found by the full fuzzing run: an OverflowError from the page lookup."""
    client = Client()
    client.force_login(world.user("trainee"))
    response = client.post(
        reverse("certificates:ledger_create"), {"programme": str(2**63)}
    )
    assert response.status_code == 200  # the form, with its errors


def test_a_programme_id_beyond_64_bits_for_a_new_cohort(world):
    client = Client()
    client.force_login(world.user("trainer"))
    response = client.post(
        reverse("trainer:cohort_create"), {"name": "x", "programme": str(2**63)}
    )
    assert response.status_code < 500


# --- huge ids and over-long path segments, on every route that takes one ---

# A value for each kind of path segment that a database or a file system cannot
# take: ids past a signed 64-bit integer (SQLite raises OverflowError for them; a
# page's primary key is a one-to-one link that Django does not range-check) and
# words longer than a file name may be.
HUGE_INTS = (str(2**63), "9" * 40)
LONG_WORDS = ("a" * 300,)
# What the other segments of a route hold meanwhile, so the request reaches the
# lookup of the segment under test.
PLAUSIBLE = {
    "moment": "before",
    "stage": "pre",
    "kind": "programme",
    "export": "answers",
    "action": "renew",
    "number": "1",
}
_SEGMENT = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _param_routes() -> list[tuple[str, str]]:
    """(name, route) of every route of ours, site and admin, with a path segment."""
    ours = {**site_routes(), **app_admin_routes()}
    return sorted(
        (name or route, route)
        for route, name, _pattern in all_patterns()
        if (name or route) in ours and _SEGMENT.search(route)
    )


def _page_sub_routes(world) -> list[str]:
    """Each routable page's sub-routes with a path segment, under a live page."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import Page

    found = {}
    for page in Page.objects.live().specific():
        if isinstance(page, RoutablePageMixin) and type(page) not in found:
            for pattern in page.get_subpage_urls():
                route = str(pattern.pattern)
                if _SEGMENT.search(route):
                    found.setdefault(type(page), []).append(page.url + route)
    return [route.lstrip("/") for routes in found.values() for route in routes]


def _nasty_urls(route: str) -> list[str]:
    """The route with each segment in turn made huge, the others plausible."""
    segments = list(_SEGMENT.finditer(route))
    urls = []
    for index, segment in enumerate(segments):
        nasty = HUGE_INTS if segment["converter"] == "int" else LONG_WORDS
        for value in nasty:

            def fill(match, value=value, index=index):
                if match.start() == segments[index].start():
                    return value
                if match["converter"] == "int":
                    return "1"
                return PLAUSIBLE.get(match["name"], "x")

            urls.append("/" + _SEGMENT.sub(fill, route))
    return urls


def _assert_no_500_for_huge_segments(world):
    clients = {}
    for role in ("admin", "trainee"):
        client = Client(raise_request_exception=False)
        if role:
            client.force_login(world.user(role))
        clients[role] = client
    broken = []
    routes = [route for _name, route in _param_routes()] + _page_sub_routes(world)
    for route in routes:
        for url in _nasty_urls(route):
            for role, client in clients.items():
                with transaction.atomic():
                    response = client.get(url)
                    transaction.set_rollback(True)
                if response.status_code >= 500:
                    broken.append(f"{response.status_code} {role} {url[:90]}")
    assert not broken, "Huge ids or long path segments broke:\n  " + "\n  ".join(
        sorted(set(broken))
    )


def test_every_route_with_a_path_segment_is_covered(world):
    names = {name for name, _route in _param_routes()}
    for name in ("cohorts:check_in", "awareness:section", "certificates:public_key"):
        assert name in names
    sub_routes = _page_sub_routes(world)
    assert world.quiz.url.lstrip("/") + "attempts/<int:attempt_id>/" in sub_routes


def test_huge_ids_and_long_segments_are_not_found_never_a_500(world):
    """On the database this run uses (PostgreSQL in the everyday suite)."""
    _assert_no_500_for_huge_segments(world)


@pytest.mark.embedded
def test_huge_ids_and_long_segments_on_sqlite(world):
    """The same on SQLite, the embedded default `make run` uses, where an id past
    2**63 raised OverflowError on 8 page-id routes."""
    _assert_no_500_for_huge_segments(world)
