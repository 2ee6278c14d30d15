"""The address a request came from, behind the reverse proxies this deployment trusts.

With ``TRUSTED_PROXY_COUNT = 0`` (the default: nothing in front of the application)
the address is ``REMOTE_ADDR``. Behind N proxies, each of which appends the address it
was reached from to ``X-Forwarded-For`` (Caddy, nginx, a platform's router), the
person is the Nth address from the right; anything further left was sent by the
person themselves and may be made up. The lockout (django-axes), the rate limits
(django-ratelimit) and the audit log all use this one function.
"""

import ipaddress

from django.conf import settings


def client_ip(request) -> str | None:
    remote = request.META.get("REMOTE_ADDR") or None
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < proxies:
        return remote  # did not come through every trusted proxy
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
