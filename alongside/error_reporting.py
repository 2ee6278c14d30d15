"""Hearing about errors: ADMINS from the environment, and Sentry when it is configured.

People's training records here touch on mental health, so nothing personal leaves for
Sentry: no user, cookies, request bodies, query strings or local variables, and any
email address left in a message is blanked out before an event is sent.
"""

import re
from email.utils import parseaddr
from typing import Any

from django.core.exceptions import ImproperlyConfigured

EMAIL_PATTERN = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_REMOVED = "[email removed]"
# Request headers worth keeping: none of them says who someone is.
_SAFE_HEADERS = {"accept", "accept-language", "content-type", "host", "user-agent"}


def admins_parse(entries: list[str]) -> list[tuple[str, str]]:
    """``["Jo Bloggs <jo@example.org>", "ops@example.org"]`` as Django's ADMINS."""
    admins = []
    for entry in filter(str.strip, entries):
        name, address = parseaddr(entry.strip())
        if not EMAIL_PATTERN.fullmatch(address or ""):
            raise ImproperlyConfigured(
                f"ADMINS: {entry.strip()!r} is not an email address. Write each "
                "person as Name <name@example.org> or just name@example.org, "
                "separated by commas, for example "
                "ADMINS=Jo Bloggs <jo@example.org>,it@example.org"
            )
        admins.append((name, address))
    return admins


def _emails_blanked(value: Any) -> Any:
    if isinstance(value, str):
        return EMAIL_PATTERN.sub(EMAIL_REMOVED, value)
    if isinstance(value, dict):
        return {key: _emails_blanked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_emails_blanked(item) for item in value]
    return value


def sentry_before_send(event: dict, hint: dict | None = None) -> dict:
    """Take everything personal out of a Sentry event before it leaves."""
    request = event.get("request")
    if isinstance(request, dict):
        for key in ("data", "cookies", "query_string", "env"):
            request.pop(key, None)
        headers = request.get("headers")
        if isinstance(headers, dict):
            request["headers"] = {
                name: value
                for name, value in headers.items()
                if name.lower() in _SAFE_HEADERS
            }
    user = event.get("user")
    if isinstance(user, dict):
        event["user"] = {"id": user["id"]} if "id" in user else {}
    for crumb in (event.get("breadcrumbs") or {}).get("values", []) or []:
        crumb.pop("data", None)
    return _emails_blanked(event)


def sentry_init(*, dsn: str, environment: str, release: str = "") -> None:
    """Send errors from web requests and Celery tasks to Sentry, minus personal data."""
    import sentry_sdk
    from sentry_sdk.integrations.celery import CeleryIntegration
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release or None,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        before_send=sentry_before_send,
        before_send_transaction=sentry_before_send,
        traces_sample_rate=0.0,
    )
