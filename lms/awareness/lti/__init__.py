"""LTI 1.3: a trust's own LMS (Moodle, Totara, Canvas) launches the awareness course.

Built on django-lti (``lti_tool``, over pylti1p3): OIDC login initiation, the launch
(its id_token checked against the platform's keys, audience, deployment, state and
nonce), the tool's JWKS, deep linking for the platform's admin to pick the course,
and the completion and score sent back through Assignment and Grade Services
(https://www.imsglobal.org/spec/lti-ags/v2p0). Platform registrations, deployments
and keys are kept in the Wagtail admin (``wagtail_hooks``); new tool keys come from
``manage.py rotate_keys``.

Framing: every page of the site refuses to be framed ("frame-ancestors 'none'",
"X-Frame-Options: DENY"), except what an LTI launch leads to, and only for the
registered platform that launched it (``LtiFramingMiddleware``): the course it
opened, its sections, check and end page, for the person it signed in, while the
registration is active; the deep-linking picker and its return page; and the
"open in a new window" page. The session cookie stays SameSite=Lax: loosening it
to None for every page would send it on any other site's cross-site requests. So
inside a platform on another site (most), the browser keeps the session cookie
back, and the launch shows a page that opens the course in a new window, with a
one-time sign-in link good for five minutes; on a platform on the same site as
Alongside the course carries on in the frame.
"""

from .framing import (  # noqa: F401
    CONTINUE_SALT,
    LtiFramingMiddleware,
    lti_continue,
    registration_origins,
)
from .launch import lti_scores_send, on_course_completed  # noqa: F401
from .views import deep_link, launch, login_init  # noqa: F401
