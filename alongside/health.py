"""The health check: can this process reach the database, the cache and the broker?

Each check answers quickly (a short timeout, no retries) and reports only its name
and "ok" or "failed": the reason goes to the log, never to the caller, so a load
balancer's probe learns nothing about hostnames or credentials.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)

BROKER_TIMEOUT_SECONDS = 3


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise RuntimeError("SELECT 1 did not answer 1")


def _cache() -> None:
    key = f"alongside:health:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    try:
        if cache.get(key) != "ok":
            raise RuntimeError("the cache did not return what was just written")
    finally:
        cache.delete(key)


def _broker() -> None:
    from celery import current_app as app

    # The URL from settings (not app.conf, read once) so the check follows them;
    # other broker options (transport options, TLS) still come from the app.
    with app.connection_for_write(
        settings.CELERY_BROKER_URL, connect_timeout=BROKER_TIMEOUT_SECONDS
    ) as conn:
        conn.ensure_connection(max_retries=0, timeout=BROKER_TIMEOUT_SECONDS)


def health_check() -> dict[str, str]:
    """Each service this process needs, by name: "ok" or "failed".

    The broker is checked only when one is configured (without one, tasks run in
    the process that queues them).
    """
    checks = {"database": _database, "cache": _cache}
    if settings.CELERY_BROKER_URL:
        checks["broker"] = _broker
    results = {}
    for name, check in checks.items():
        try:
            check()
        except Exception:
            logger.exception("Health check: the %s is unavailable", name)
            results[name] = "failed"
        else:
            results[name] = "ok"
    return results


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and compose: 200 when the database, cache and broker answer,
    503 naming the ones that did not (no sign-in; the reasons go to the log)."""
    checks = health_check()
    healthy = all(result == "ok" for result in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )
