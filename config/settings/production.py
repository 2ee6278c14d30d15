"""Production: every secret from the environment, no demo accounts, HTTPS only.

Refuses to start on a configuration that would fail in production (SQLite, email that
goes nowhere, a per-process cache, eager Celery, signing keys that may be lost, a weak
secret key): see lms/checks.py, which also warns about each under `check --deploy`.
"""

from django.core.exceptions import ImproperlyConfigured

from lms.checks import deploy_problems

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY")  # no default: ImproperlyConfigured when missing
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
ALLOW_DEMO_ACCOUNTS = False

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# Load balancers and platforms probe the health check over plain HTTP, inside.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "alongside.storage.StaticFilesStorage"}  # noqa: F405
# Keep database connections between requests (checked before reuse).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

_problems = deploy_problems(lambda name, default: globals().get(name, default))
if _problems:
    raise ImproperlyConfigured(
        "Alongside's production settings refuse to start, so that nothing fails "
        "later in front of the people using it. Please fix:\n"
        + "\n".join(f"  - {problem}" for problem in _problems)
        + "\n(The environment variables are described in .env.example and the "
        "README's Configuration section.)"
    )
