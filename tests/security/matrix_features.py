"""Matrix entries for the feature apps: certificates, staff awareness and cohorts.

Merged into the matrix by ``test_authz_matrix``; the objects come from
``world_features``. Someone else's object is a 404 (it looks like no object at all);
a page for a role one does not hold is a 403.
"""

from collections.abc import Callable
from typing import Any

from django.urls import reverse

from certificates.credentials import signing_key_current

from .matrix_base import Route, _u, roles, signed_in
from .world import World


def _a(name: str, *args: Callable[[World], Any]) -> Callable[[World], str]:
    return _u(name, *args)


def admin_only(default: int, **overrides: int) -> dict[str, int]:
    """Wagtail admin views: no admin access sends to sign in; site admins 200."""
    no_access = dict.fromkeys(
        ("anonymous", "trainee", "other_trainee", "team_lead", "supervisor"), 302
    )
    return roles(default, **{**no_access, "admin": 200, **overrides})


# --- staff awareness (issue 5) ---

# Team leads see only their own teams; the organisation admin runs another
# organisation; a member of the team (the trainee) never sees its report.
_TEAM = signed_in(404, team_lead=200, admin=200)
_TEAM_POST = signed_in(404, team_lead=302, admin=302)
# Only people who lead a team (or may add one) reach the team pages at all.
_LEADS = signed_in(403, team_lead=200, admin=200)

AWARENESS = {
    "awareness:section": Route(
        _u("awareness:section", lambda w: w.awareness.pk, lambda w: 1),
        signed_in(200),
    ),
    "awareness:check": Route(
        _u("awareness:check", lambda w: w.awareness.pk), signed_in(200)
    ),
    "awareness:done": Route(
        _u("awareness:done", lambda w: w.awareness.pk), signed_in(200)
    ),
    "awareness:teams": Route(_u("awareness:teams"), {**_LEADS, "org_admin": 200}),
    "awareness:team_create": Route(
        _u("awareness:team_create"), {**_LEADS, "org_admin": 200}
    ),
    "awareness:team": Route(_u("awareness:team", lambda w: w.team.pk), _TEAM),
    "awareness:report": Route(_u("awareness:report", lambda w: w.team.pk), _TEAM),
    "awareness:report_csv": Route(
        _u("awareness:report_csv", lambda w: w.team.pk), _TEAM
    ),
    "awareness:remind": Route(
        _u("awareness:remind", lambda w: w.team.pk), _TEAM_POST, method="post"
    ),
    "awareness:session_start": Route(
        _u("awareness:session_start", lambda w: w.team.pk), _TEAM_POST, method="post"
    ),
    "awareness:enrol": Route(_u("awareness:enrol"), _LEADS),
    # The checked import is the team lead's own, not even a site admin's.
    "awareness:enrol_confirm": Route(
        _u("awareness:enrol_confirm", lambda w: w.pending_import.pk),
        signed_in(404, team_lead=200),
    ),
    "awareness:join": Route(_u("awareness:join"), signed_in(200)),
    # An invitation to join a team is for the person invited alone.
    "awareness:invitation": Route(
        _u("awareness:invitation", lambda w: w.team_invitation.pk),
        signed_in(404, other_trainee=200),
    ),
    "awareness:present": Route(
        _u("awareness:present", lambda w: w.live_session.pk), _TEAM
    ),
    # The presenter's own device: speaker notes, the register and ending.
    "awareness:notes": Route(_u("awareness:notes", lambda w: w.live_session.pk), _TEAM),
    "awareness:move": Route(
        _u("awareness:move", lambda w: w.live_session.pk),
        _TEAM_POST,
        method="post",
        data=lambda w: {"direction": "next"},
    ),
    "awareness:register": Route(
        _u("awareness:register", lambda w: w.live_session.pk), _TEAM
    ),
    "awareness:end": Route(
        _u("awareness:end", lambda w: w.live_session.pk), _TEAM_POST, method="post"
    ),
    "awareness:session_summary": Route(
        _u("awareness:session_summary", lambda w: w.live_session.pk), _TEAM
    ),
    # The register for the trust's records: the session is still running, so
    # those who run it are sent back to it; nobody else learns it exists.
    "awareness:register_csv": Route(
        _u("awareness:register_csv", lambda w: w.live_session.pk),
        signed_in(404, team_lead=302, admin=302),
    ),
    # Everyone's own staff record numbers.
    "awareness:staff_record": Route(_u("awareness:staff_record"), signed_in(200)),
    # LTI 1.3 (lms/awareness/lti.py): public endpoints for a trust's LMS. Login
    # initiation without its parameters is a 400; the launch and deep linking take
    # only POSTs (forged and replayed launches: tests/awareness/test_lti.py).
    "awareness:lti_jwks": Route(_u("awareness:lti_jwks"), roles(200)),
    "awareness:lti_login": Route(
        _u("awareness:lti_login", lambda w: w.lti_registration.uuid), roles(400)
    ),
    "awareness:lti_launch": Route(_u("awareness:lti_launch"), roles(405)),
    "awareness:lti_deep_link": Route(_u("awareness:lti_deep_link"), roles(405)),
    # After a framed launch: a signed one-time link; without one, refused for all
    # (good, expired, reused links and framing: tests/awareness/test_lti_framing.py).
    "awareness:lti_continue": Route(
        _u("awareness:lti_continue", lambda w: "not-a-signed-link"), roles(403)
    ),
}

# --- certificates and the practice ledger (issue 4) ---


def _token(w: World) -> str:
    return w.certificate.token


def _kid(w: World) -> str:
    return signing_key_current().thumbprint()


def _awareness(w: World) -> str:
    return "awareness"


def _completion(w: World) -> int:
    return w.awareness_completion.pk


CERTIFICATES = {
    "certificates:ledger": Route(_u("certificates:ledger"), signed_in(200)),
    # Only people on a programme record practice.
    "certificates:ledger_create": Route(
        _u("certificates:ledger_create"),
        signed_in(403, trainee=200, other_trainee=200),
    ),
    "certificates:ledger_edit": Route(
        _u("certificates:ledger_edit", lambda w: w.ledger_entry.pk),
        signed_in(404, trainee=200),
    ),
    "certificates:countersign_queue": Route(
        _u("certificates:countersign_queue"), signed_in(403, supervisor=200, admin=200)
    ),
    # Only the supervisor the trainee named countersigns.
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
    # NMC CPD records: everyone's own list; a reflection is its learner's alone.
    "certificates:cpd": Route(_u("certificates:cpd"), signed_in(200)),
    "certificates:cpd_csv": Route(_u("certificates:cpd_csv"), signed_in(200)),
    "certificates:cpd_pdf": Route(_u("certificates:cpd_pdf"), signed_in(200)),
    "certificates:cpd_reflection": Route(
        _u("certificates:cpd_reflection", _awareness, _completion),
        signed_in(404, trainee=200),
    ),
    "certificates:cpd_reflection_pdf": Route(
        _u("certificates:cpd_reflection_pdf", _awareness, _completion),
        signed_in(404, trainee=200),
    ),
    # Public: anyone with the link (wrong tokens: test_authz_features).
    "certificates:verify_form": Route(_u("certificates:verify_form"), roles(200)),
    "certificates:verify": Route(_u("certificates:verify", _token), roles(200)),
    "certificates:pdf": Route(_u("certificates:pdf", _token), roles(200)),
    "certificates:credential": Route(_u("certificates:credential", _token), roles(200)),
    "certificates:credential_status": Route(
        _u("certificates:credential_status", _token), roles(200)
    ),
    "certificates:issuer": Route(_u("certificates:issuer"), roles(200)),
    "certificates:achievement": Route(
        _u("certificates:achievement", lambda w: w.programme.pk, lambda w: "programme"),
        roles(200),
    ),
    "certificates:public_key": Route(_u("certificates:public_key", _kid), roles(200)),
    "certificates:jwks": Route(_u("certificates:jwks"), roles(200)),
    # Issue 18: the Data Integrity credential, the Bitstring status lists and the
    # did:web DID document are public, like the JWT and its keys.
    "certificates:credential_ld": Route(
        _u("certificates:credential_ld", _token), roles(200)
    ),
    "certificates:status_list": Route(
        _u(
            "certificates:status_list",
            lambda w: w.certificate.status_list,
            lambda w: "revocation",
        ),
        roles(200),
    ),
    "certificates:did": Route(_u("certificates:did"), roles(200)),
    # An issuing organisation's DID document, issuer profile and status lists:
    # public too (an unknown organisation is a 404: test_organisation_did).
    "certificates:organisation_did": Route(
        _u("certificates:organisation_did", lambda w: w.certificate.organisation_id),
        roles(200),
    ),
    "certificates:organisation_issuer": Route(
        _u(
            "certificates:organisation_issuer",
            lambda w: w.certificate.organisation_id,
        ),
        roles(200),
    ),
    "certificates:organisation_status_list": Route(
        _u(
            "certificates:organisation_status_list",
            lambda w: w.certificate.organisation_id,
            lambda w: w.certificate.status_list,
            lambda w: "suspension",
        ),
        roles(200),
    ),
    # Issue 18, item 5: the holder's own page (anyone else's is no page at all);
    # the baked badge pictures are public with the token, like the credential.
    "certificates:certificate": Route(
        _u("certificates:certificate", lambda w: w.certificate.pk),
        signed_in(404, trainee=200),
    ),
    "certificates:badge_png": Route(_u("certificates:badge_png", _token), roles(200)),
    "certificates:badge_svg": Route(_u("certificates:badge_svg", _token), roles(200)),
    # Issue 18, item 4: the holder's privacy choices, share links and "Add to
    # wallet" are theirs alone (journeys: tests/certificates/test_wallet.py).
    "certificates:certificate_privacy": Route(
        _u("certificates:certificate_privacy", lambda w: w.certificate.pk),
        signed_in(404, trainee=302),
        method="post",
        data=lambda w: {"wording": w.certificate.title},
    ),
    "certificates:share_create": Route(
        _u("certificates:share_create", lambda w: w.certificate.pk),
        signed_in(404, trainee=302),
        method="post",
        data=lambda w: {"label": "Another employer"},
    ),
    "certificates:share_withdraw": Route(
        _u(
            "certificates:share_withdraw",
            lambda w: w.certificate.pk,
            lambda w: w.share_link.pk,
        ),
        signed_in(404, trainee=302),
        method="post",
    ),
    "certificates:wallet_start": Route(
        _u("certificates:wallet_start", lambda w: w.certificate.pk),
        signed_in(404, trainee=302),
        method="post",
    ),
    "certificates:wallet": Route(
        _u(
            "certificates:wallet",
            lambda w: w.certificate.pk,
            lambda w: w.wallet_exchange.exchange_id,
        ),
        signed_in(404, trainee=200),
    ),
    # Issue 18, item 6: the programme transcript (CLR 2.0) is the holder's alone.
    "certificates:transcript_ld": Route(
        _u("certificates:transcript_ld", lambda w: w.certificate.pk),
        signed_in(404, trainee=200),
    ),
    "certificates:transcript_jwt": Route(
        _u("certificates:transcript_jwt", lambda w: w.certificate.pk),
        signed_in(404, trainee=200),
    ),
    # A share link is for whoever the holder gave it to, and so is its PDF.
    "certificates:shared": Route(
        _u("certificates:shared", lambda w: w.share_link.token), roles(200)
    ),
    "certificates:shared_pdf": Route(
        _u("certificates:shared_pdf", lambda w: w.share_link.token), roles(200)
    ),
    # The holder's own PDF, with their name, is theirs alone (the public link's
    # shows their initials unless they chose to show their name).
    "certificates:own_pdf": Route(
        _u("certificates:own_pdf", lambda w: w.certificate.pk),
        signed_in(404, trainee=200),
    ),
    # A wallet app's endpoint: anyone may talk to it (the unguessable exchange id
    # and its one-time challenge are the guard); a form post is not JSON, so 400.
    "certificates:exchange": Route(
        _u("certificates:exchange", lambda w: w.wallet_exchange.exchange_id),
        roles(400),
        method="post",
    ),
}

# --- cohorts, check-ins and notifications (issue 6) ---

# The trainer pages, notifications and unsubscribing have their entries in
# test_authz_matrix (SITE_ROUTES). These three replace the entries there: the world
# now has an invite, confidence questions and a module marked difficult, so each
# is asked for a real object (wrong ones: test_authz_features).
COHORTS = {
    # The invite page shows anyone signed in whom it is for; only that person
    # can accept it (tests/cohorts).
    "cohorts:invite_accept": Route(
        _u("cohorts:invite_accept", lambda w: w.invite.token), signed_in(200)
    ),
    # Only people on the programme rate their confidence.
    "cohorts:confidence": Route(
        _u("cohorts:confidence", lambda w: w.programme.pk, lambda w: "pre"),
        signed_in(404, trainee=200, other_trainee=200),
    ),
    # A check-in form is one's own; nobody's answers are ever shown on it.
    "cohorts:check_in": Route(
        _u("cohorts:check_in", lambda w: w.difficult_module.pk, lambda w: "before"),
        signed_in(200),
    ),
}

# A trainer of another organisation who joined the team, and its live session, with
# the codes on the shared screen (security review H3): the codes make them an
# attendee and nothing more, so every team, presenter, register, roster and report
# URL, of that team and of the organisation's other team, is refused to them.


def _team_routes(team: Callable[[World], Any], session: Callable[[World], Any]):
    return {
        "awareness:team": (_u("awareness:team", team), "get"),
        "awareness:report": (_u("awareness:report", team), "get"),
        "awareness:report_csv": (_u("awareness:report_csv", team), "get"),
        "awareness:remind": (_u("awareness:remind", team), "post"),
        "awareness:session_start": (_u("awareness:session_start", team), "post"),
        "awareness:present": (_u("awareness:present", session), "get"),
        "awareness:notes": (_u("awareness:notes", session), "get"),
        "awareness:move": (_u("awareness:move", session), "post"),
        "awareness:register": (_u("awareness:register", session), "get"),
        "awareness:register_post": (_u("awareness:register", session), "post"),
        "awareness:end": (_u("awareness:end", session), "post"),
        "awareness:session_summary": (_u("awareness:session_summary", session), "get"),
        "awareness:register_csv": (_u("awareness:register_csv", session), "get"),
    }


CODE_JOINER_ROUTES = {
    f"{which}:{name}": entry
    for which, (team, session) in {
        "joined_team": (lambda w: w.team.pk, lambda w: w.live_session.pk),
        "other_team": (lambda w: w.other_team.pk, lambda w: w.other_session.pk),
    }.items()
    for name, entry in _team_routes(team, session).items()
}

FEATURE_SITE_ROUTES: dict[str, Route] = {**AWARENESS, **CERTIFICATES, **COHORTS}

FEATURE_PAGE_ROUTES: dict[str, Route] = {
    # The staff-awareness course's landing page is public, like a programme's.
    "awareness.AwarenessCoursePage": Route(lambda w: w.awareness.url, roles(200)),
}

# --- certificates in the Wagtail admin: trainers and organisation admins ---

_MANAGER = admin_only(404, trainer=200)
_MANAGER_POST = admin_only(404, trainer=302, admin=302)


def _admin_cohort(name: str, *more, **kwargs) -> Route:
    return Route(_a(name, lambda w: w.cohort.pk, *more), **kwargs)


FEATURE_ADMIN_APP_ROUTES: dict[str, Route] = {
    "certificates_admin_list": Route(_a("certificates_admin_list"), admin_only(200)),
    "certificates_admin_detail": Route(
        _a("certificates_admin_detail", lambda w: w.certificate.pk), _MANAGER
    ),
    "certificates_admin_action": Route(
        _a(
            "certificates_admin_action", lambda w: w.certificate.pk, lambda w: "suspend"
        ),
        # Trainers may not suspend: that is for organisation admins (Wagtail sends
        # the refused back to the dashboard).
        admin_only(404, trainer=302, admin=302),
        method="post",
        data=lambda w: {"reason": "Checking a complaint.", "confirmed": "yes"},
    ),
    "certificates_admin_cohort": _admin_cohort(
        "certificates_admin_cohort", expect=_MANAGER
    ),
    "certificates_admin_sign_off": _admin_cohort(
        "certificates_admin_sign_off",
        lambda w: w.user("trainee").pk,
        expect=_MANAGER_POST,
        method="post",
    ),
    "certificates_admin_issue": _admin_cohort(
        "certificates_admin_issue",
        lambda w: w.user("other_trainee").pk,
        expect=_MANAGER_POST,
        method="post",
        data=lambda w: {"reason": "Records moved here."},
    ),
    # Approving a request to issue by hand: a second person, an admin of the cohort's
    # organisation (the org admin here runs another one) or a site admin; never the
    # trainer who asked.
    "certificates_admin_hand_issue": Route(
        _a("certificates_admin_hand_issue", lambda w: w.hand_request.pk),
        admin_only(404),
    ),
    "certificates_admin_issue_all": _admin_cohort(
        "certificates_admin_issue_all", expect=_MANAGER_POST, method="post"
    ),
    "certificates_admin_zip": _admin_cohort("certificates_admin_zip", expect=_MANAGER),
    "certificates_admin_cohort_progress": _admin_cohort(
        "certificates_admin_cohort_progress", expect=_MANAGER
    ),
    # The awareness course as a SCORM 1.2 zip: for those who may edit the page
    # (trainers and site admins); the organisation admin, in the admin but editing
    # no pages, is sent back to the dashboard.
    "awareness_scorm_export": Route(
        _a("awareness_scorm_export", lambda w: w.awareness.pk),
        admin_only(302, trainer=200),
    ),
}

__all__ = [
    "CODE_JOINER_ROUTES",
    "FEATURE_ADMIN_APP_ROUTES",
    "FEATURE_PAGE_ROUTES",
    "FEATURE_SITE_ROUTES",
]


# Certificate branding (signatory, logo): organisation admins brand their own
# organisations' certificates only; another organisation's branding is a 404
# (and a 404 for trainers, who have no branding permission at all).
def _branding(w: World):
    return w.certificate.organisation.certificate_branding


_BRANDING = "wagtailsnippets_certificates_organisationbranding"
_BRANDING_LIST = admin_only(302, org_admin=200)
FEATURE_ADMIN_APP_ROUTES.update(
    {
        f"{_BRANDING}:list": Route(_a(f"{_BRANDING}:list"), _BRANDING_LIST),
        f"{_BRANDING}:list_results": Route(
            _a(f"{_BRANDING}:list_results"), _BRANDING_LIST
        ),
        f"{_BRANDING}:add": Route(_a(f"{_BRANDING}:add"), _BRANDING_LIST),
        **{
            f"{_BRANDING}:{name}": Route(
                _a(f"{_BRANDING}:{name}", lambda w: _branding(w).pk),
                admin_only(404),
            )
            for name in ("edit", "delete", "history", "history_results", "usage")
        },
    }
)


# Accreditation rules: trainers author them, but see and edit only the rules their
# own organisations issue; the world's rules are issued by another organisation
# (Brighter Days), so they are a 404 for the cohort's trainer and for the
# organisation admin (who runs yet another organisation and has no permission on
# rules: Wagtail sends them back from the list).
def _rules(w: World):
    return w.programme.accreditation


_RULES = "wagtailsnippets_certificates_accreditationrules"
_RULES_LIST = admin_only(302, trainer=200)
FEATURE_ADMIN_APP_ROUTES.update(
    {
        f"{_RULES}:list": Route(_a(f"{_RULES}:list"), _RULES_LIST),
        f"{_RULES}:list_results": Route(_a(f"{_RULES}:list_results"), _RULES_LIST),
        f"{_RULES}:add": Route(_a(f"{_RULES}:add"), _RULES_LIST),
        **{
            f"{_RULES}:{name}": Route(
                _a(f"{_RULES}:{name}", lambda w: _rules(w).pk),
                admin_only(404),  # not theirs: not found, before any permission
            )
            for name in ("edit", "delete", "history", "history_results", "usage")
        },
    }
)


# The pop-up choosers (alongside/choosers.py): a permission on the model is needed, and
# what is listed or returned by id is what the matching listing shows. Questions,
# their categories and rubrics are the trainers' (organisation admins have no
# permission on them); rules are chosen by trainers, within their organisations (the
# world's rules are another organisation's: not found); branding by organisation
# admins. Wagtail sends the refused back from the admin (302).
_QUESTION_BANK_CHOOSERS = [
    "question_chooser",
    *(
        f"wagtailsnippetchoosers_assessments_{model}"
        for model in (
            "question",
            "questioncategory",
            "rubric",
            "singlechoicequestion",
            "multipleresponsequestion",
            "truefalsequestion",
            "matchingquestion",
            "orderingquestion",
            "shortanswerquestion",
            "numericquestion",
            "essayquestion",
        )
    ),
]
_CHOOSER_ACCESS = {
    **{
        namespace: admin_only(302, trainer=200) for namespace in _QUESTION_BANK_CHOOSERS
    },
    "wagtailsnippetchoosers_certificates_accreditationrules": admin_only(
        302, trainer=200
    ),
    "wagtailsnippetchoosers_certificates_organisationbranding": admin_only(
        302, org_admin=200
    ),
}


def _not_found_for_the_allowed(expect: dict[str, int]) -> dict[str, int]:
    return {role: 404 if status == 200 else status for role, status in expect.items()}


for _namespace, _expect in _CHOOSER_ACCESS.items():
    FEATURE_ADMIN_APP_ROUTES.update(
        {
            f"{_namespace}:choose": Route(_a(f"{_namespace}:choose"), _expect),
            f"{_namespace}:choose_results": Route(
                _a(f"{_namespace}:choose_results"), _expect
            ),
            f"{_namespace}:chosen_multiple": Route(
                _a(f"{_namespace}:chosen_multiple"), _expect
            ),
            # Nobody gets a record that does not exist; the refused are still refused.
            f"{_namespace}:chosen": Route(
                _a(f"{_namespace}:chosen", lambda w: 987654),
                _not_found_for_the_allowed(_expect),
            ),
        }
    )
FEATURE_ADMIN_APP_ROUTES[
    "wagtailsnippetchoosers_certificates_accreditationrules:chosen"
] = Route(
    _a(
        "wagtailsnippetchoosers_certificates_accreditationrules:chosen",
        lambda w: _rules(w).pk,
    ),
    # Another organisation's rules: not found for the trainer, refused for the
    # organisation admin, there for the site admin.
    admin_only(302, trainer=404),
)


# Content review (issue 15): recording a check of a directory entry needs the right to
# change the directory (trainers); organisation admins, who have the admin but not
# that, are sent back to the dashboard.
def _signpost(w: World):
    from courses.models import Signpost

    signpost, _made = Signpost.objects.get_or_create(
        name="Matrix helpline",
        defaults={"category": "listening", "purpose": "Someone to talk to."},
    )
    return signpost


FEATURE_ADMIN_APP_ROUTES.update(
    {
        "courses_signpost_check": Route(
            _a("courses_signpost_check", lambda w: _signpost(w).pk),
            admin_only(302, trainer=200),
        ),
        "courses_signpost_check:post": Route(
            _a("courses_signpost_check", lambda w: _signpost(w).pk),
            admin_only(302, trainer=400, admin=400),
            method="post",
        ),
    }
)


# --- content permissions (security review, I6) ---
# Each organisation's own programmes, questions, categories, rubrics, documents and
# images are edited only by its editors group; the shared curriculum and the
# awareness course only by curriculum editors. A trainer of organisation B (not a
# curriculum editor) tries each way of changing organisation A's content and the
# shared content; A's own trainer is the control, allowed A's and refused the rest.


def _pk(obj: Callable[[World], Any]) -> Callable[[World], Any]:
    return lambda w: obj(w).pk


def _shared_question(w: World):
    from assessments.models import SingleChoiceQuestion

    return SingleChoiceQuestion.objects.get(name="Who you are")


_PAGES = {
    "org_a_page": lambda w: w.org_a_programme,
    "shared_programme": lambda w: w.programme,
    "awareness_course": lambda w: w.awareness,
}


def _page_cases(key: str, page: Callable[[World], Any]) -> dict:
    into_b = lambda w: w.org_b.content_page.pk  # noqa: E731
    return {
        f"{key}:edit": (_u("wagtailadmin_pages:edit", _pk(page)), "get", None),
        f"{key}:publish": (
            _u("wagtailadmin_pages:edit", _pk(page)),
            "post",
            lambda w: {
                "title": "CHANGED BY ANOTHER ORGANISATION",
                "slug": page(w).slug,
                "action-publish": "action-publish",
            },
        ),
        f"{key}:unpublish": (
            _u("wagtailadmin_pages:unpublish", _pk(page)),
            "post",
            None,
        ),
        f"{key}:delete": (_u("wagtailadmin_pages:delete", _pk(page)), "post", None),
        f"{key}:move": (_u("wagtailadmin_pages:move", _pk(page)), "get", None),
        f"{key}:move_confirm": (
            _u("wagtailadmin_pages:move_confirm", _pk(page), into_b),
            "post",
            None,
        ),
        f"{key}:copy": (
            _u("wagtailadmin_pages:copy", _pk(page)),
            "post",
            lambda w: {
                "new_title": "Copied away",
                "new_slug": "copied-away",
                "new_parent_page": w.org_b.content_page.pk,
                "copy_subpages": "on",
                "publish_copies": "on",
            },
        ),
        f"{key}:add_subpage": (
            _u("wagtailadmin_pages:add_subpage", _pk(page)),
            "get",
            None,
        ),
        f"{key}:lock": (_u("wagtailadmin_pages:lock", _pk(page)), "post", None),
    }


_SNIPPETS = {
    "org_a_question": ("singlechoicequestion", lambda w: w.org_a_question),
    "shared_question": ("singlechoicequestion", _shared_question),
    "org_a_category": ("questioncategory", lambda w: w.org_a_category),
    "org_a_rubric": ("rubric", lambda w: w.org_a_rubric),
    "shared_rubric": ("rubric", lambda w: w.written.rubric),
}


def _snippet_cases(key: str, model: str, obj: Callable[[World], Any]) -> dict:
    ns = f"wagtailsnippets_assessments_{model}"
    return {
        f"{key}:edit": (_u(f"{ns}:edit", _pk(obj)), "get", None),
        f"{key}:edit_post": (
            _u(f"{ns}:edit", _pk(obj)),
            "post",
            lambda w: {"name": "CHANGED BY ANOTHER ORGANISATION"},
        ),
        f"{key}:delete": (_u(f"{ns}:delete", _pk(obj)), "post", None),
        f"{key}:copy": (_u(f"{ns}:copy", _pk(obj)), "get", None),
        f"{key}:history": (_u(f"{ns}:history", _pk(obj)), "get", None),
        f"{key}:usage": (_u(f"{ns}:usage", _pk(obj)), "get", None),
    }


_MEDIA = {
    "org_a_document": ("wagtaildocs", lambda w: w.org_a_document),
    "org_a_image": ("wagtailimages", lambda w: w.org_a_image),
}


def _media_cases(key: str, app: str, obj: Callable[[World], Any]) -> dict:
    return {
        f"{key}:edit": (_u(f"{app}:edit", _pk(obj)), "get", None),
        f"{key}:edit_post": (
            _u(f"{app}:edit", _pk(obj)),
            "post",
            lambda w: {"title": "CHANGED BY ANOTHER ORGANISATION"},
        ),
        f"{key}:delete": (_u(f"{app}:delete", _pk(obj)), "post", None),
    }


def _bulk_delete(app: str, model: str, obj: Callable[[World], Any]):
    from django.urls import reverse

    return lambda w: (
        reverse("wagtail_bulk_action", args=[app, model, "delete"]) + f"?id={obj(w).pk}"
    )


# Wagtail's bulk actions answer with their confirmation page, listing what may not
# be deleted: for these only the state is checked (nothing deleted).
BULK_CASES = {
    "org_a_page:bulk_delete": ("wagtailcore", "page", lambda w: w.org_a_programme),
    "shared_programme:bulk_delete": ("wagtailcore", "page", lambda w: w.programme),
    "org_a_question:bulk_delete": (
        "assessments",
        "singlechoicequestion",
        lambda w: w.org_a_question,
    ),
    "org_a_bank_question:bulk_delete": (
        "assessments",
        "question",
        lambda w: w.org_a_question,
    ),
    "org_a_rubric:bulk_delete": ("assessments", "rubric", lambda w: w.org_a_rubric),
    "org_a_document:bulk_delete": (
        "wagtaildocs",
        "document",
        lambda w: w.org_a_document,
    ),
    "org_a_image:bulk_delete": ("wagtailimages", "image", lambda w: w.org_a_image),
}

CONTENT_ROUTES: dict[str, tuple] = {
    **{
        case: (_bulk_delete(*entry), "post", None) for case, entry in BULK_CASES.items()
    },
    **{
        case: entry
        for key, page in _PAGES.items()
        for case, entry in _page_cases(key, page).items()
    },
    # Adding a programme to A's own area.
    "org_a_area:add_programme": (
        _u(
            "wagtailadmin_pages:add",
            lambda w: "courses",
            lambda w: "programmepage",
            lambda w: w.org_a.content_page.pk,
        ),
        "get",
        None,
    ),
    **{
        case: entry
        for key, (model, obj) in _SNIPPETS.items()
        for case, entry in _snippet_cases(key, model, obj).items()
    },
    **{
        case: entry
        for key, (app, obj) in _MEDIA.items()
        for case, entry in _media_cases(key, app, obj).items()
    },
}

# What organisation A's own trainer may open (each must be 200 for them).
CONTENT_OWN_ROUTES = sorted(
    case
    for case, (_url, method, _data) in CONTENT_ROUTES.items()
    if method == "get"
    and case.startswith(("org_a_page", "org_a_area", "org_a_question", "org_a_rubric"))
    and not case.endswith((":copy", ":move", ":bulk_delete"))
) + ["org_a_document:edit", "org_a_image:edit", "org_a_category:edit"]

# Listings and pop-up choosers: A's content is absent for B's trainer, and there
# for A's (each marker is the title of one of A's objects).
CONTENT_LISTINGS = {
    "question_chooser": (_u("question_chooser:choose"), "ORG-A-QUESTION"),
    "questions": (
        _u("wagtailsnippets_assessments_singlechoicequestion:list"),
        "ORG-A-QUESTION",
    ),
    "question_bank": (
        _u("wagtailsnippets_assessments_question:list"),
        "ORG-A-QUESTION",
    ),
    "question_bank_search": (
        lambda w: reverse("wagtailsnippets_assessments_question:list") + "?q=ORG-A",
        "ORG-A-QUESTION",
    ),
    "rubrics": (_u("wagtailsnippets_assessments_rubric:list"), "ORG-A-RUBRIC"),
    "rubric_chooser": (
        _u("wagtailsnippetchoosers_assessments_rubric:choose"),
        "ORG-A-RUBRIC",
    ),
    "documents": (_u("wagtaildocs:index"), "ORG-A-HANDOUT"),
    "document_chooser": (_u("wagtaildocs_chooser:choose"), "ORG-A-HANDOUT"),
    "images": (_u("wagtailimages:index"), "ORG-A-PHOTO"),
    "image_chooser": (_u("wagtailimages_chooser:choose"), "ORG-A-PHOTO"),
    "pages": (
        _u("wagtailadmin_explore", lambda w: w.org_a.content_page.pk),
        "Our volunteer induction",
    ),
}

__all__ += ["CONTENT_LISTINGS", "CONTENT_OWN_ROUTES", "CONTENT_ROUTES"]


# The question bank's admin views are ours (collection-scoped, I6): the world's
# items are the shared curriculum's, which the trainer (a curriculum editor) edits.
# The organisation admin holds no permission on the bank: an object is not found
# (looked up before the permission check), adding and copying are sent back to the
# dashboard. Previewing an unsaved item needs the form's data first (404 on a GET).
_BANK_MODELS = [
    "questioncategory",
    "rubric",
    "singlechoicequestion",
    "multipleresponsequestion",
    "truefalsequestion",
    "matchingquestion",
    "orderingquestion",
    "shortanswerquestion",
    "numericquestion",
    "essayquestion",
]
_BANK_OBJECT_VIEWS = {
    "edit": admin_only(404, trainer=200),
    "delete": admin_only(404, trainer=200),
    "history": admin_only(404, trainer=200),
    "history_results": admin_only(404, trainer=200),
    "usage": admin_only(404, trainer=200),
    "copy": admin_only(302, trainer=200),
}
for _model in _BANK_MODELS:
    _ns = f"wagtailsnippets_assessments_{_model}"
    FEATURE_ADMIN_APP_ROUTES[f"{_ns}:add"] = Route(
        _a(f"{_ns}:add"), admin_only(302, trainer=200)
    )
    for _view, _expect in _BANK_OBJECT_VIEWS.items():
        FEATURE_ADMIN_APP_ROUTES[f"{_ns}:{_view}"] = Route(
            _a(f"{_ns}:{_view}", lambda w, m=_model: w.shared_bank[m].pk), _expect
        )
    if _model != "questioncategory":  # categories have no preview
        FEATURE_ADMIN_APP_ROUTES[f"{_ns}:preview_on_add"] = Route(
            _a(f"{_ns}:preview_on_add"), admin_only(404, admin=404)
        )
        FEATURE_ADMIN_APP_ROUTES[f"{_ns}:preview_on_edit"] = Route(
            _a(f"{_ns}:preview_on_edit", lambda w, m=_model: w.shared_bank[m].pk),
            admin_only(302, trainer=200),
        )


# The one "Question bank" listing (assessments/bank.py): a snippet viewset on the
# polymorphic base whose object views only send the person on to the question's own
# kind (302), for what they may see; anything else is not found.
_BANK_BASE = "wagtailsnippets_assessments_question"
_TO_KIND = admin_only(404, trainer=302, admin=302)
FEATURE_ADMIN_APP_ROUTES[f"{_BANK_BASE}:list"] = Route(
    _a(f"{_BANK_BASE}:list"), admin_only(302, trainer=200)
)
FEATURE_ADMIN_APP_ROUTES[f"{_BANK_BASE}:list_results"] = Route(
    _a(f"{_BANK_BASE}:list_results"), admin_only(302, trainer=200)
)
# "Add" asks which kind of question (each kind's own add form is listed).
FEATURE_ADMIN_APP_ROUTES[f"{_BANK_BASE}:add"] = Route(
    _a(f"{_BANK_BASE}:add"), admin_only(302, trainer=200, admin=200)
)
FEATURE_ADMIN_APP_ROUTES[f"{_BANK_BASE}:preview_on_add"] = Route(
    _a(f"{_BANK_BASE}:preview_on_add"), admin_only(302, admin=302)
)
for _view in (
    "edit",
    "delete",
    "history",
    "history_results",
    "usage",
    "preview_on_edit",
):
    FEATURE_ADMIN_APP_ROUTES[f"{_BANK_BASE}:{_view}"] = Route(
        _a(f"{_BANK_BASE}:{_view}", lambda w: w.shared_bank["singlechoicequestion"].pk),
        _TO_KIND,
    )
