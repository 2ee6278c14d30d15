"""Test settings: fast hashing, email kept in memory, demo data allowed."""

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
# Open Badges signing keys for tests live outside the repository; tests that look at
# keys give each test a folder of its own.
CERTIFICATE_SIGNING_KEY_DIR = env.path(
    "CERTIFICATE_SIGNING_KEY_DIR",
    default=str(Path(tempfile.gettempdir()) / "alongside-test-signing-keys"),
)
