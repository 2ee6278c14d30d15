"""Test settings: fast hashing, email kept in memory, demo data allowed."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env.str(
    "SECRET_KEY", default="test-only-not-secret-alongside-test-key-0123456789"
)
ALLOW_DEMO_ACCOUNTS = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = env.str(
    "EMAIL_BACKEND", default="django.core.mail.backends.locmem.EmailBackend"
)
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default="")
# Tests run tasks in-process; the integration tests switch a real worker on themselves.
CELERY_TASK_ALWAYS_EAGER = True
# Each pytest-xdist worker (gw0, gw1, ...) keeps its files apart from the others'; the
# Celery workers an integration test starts inherit the same name.
_RUN = os.environ.get("PYTEST_XDIST_WORKER", "main")
# Open Badges signing keys for tests live outside the repository; tests that look at
# keys give each test a folder of its own.
CERTIFICATE_SIGNING_KEY_DIR = env.path(
    "CERTIFICATE_SIGNING_KEY_DIR",
    default=str(Path(tempfile.gettempdir()) / f"alongside-test-signing-keys-{_RUN}"),
)
# Uploads made by tests stay out of the checkout.
MEDIA_ROOT = env.path(
    "MEDIA_ROOT",
    default=str(Path(tempfile.gettempdir()) / f"alongside-test-media-{_RUN}"),
)
