"""Settings for the Celery workers the certificate integration tests start."""

import os

from config.settings.test import *  # noqa: F403

# The killed-worker test stops a worker while it sends the email (inside the
# certificate's transaction), with an email backend that never finishes.
if os.environ.get("EMAIL_PAUSE_FILE"):
    EMAIL_BACKEND = "tests.integration.pausing_email.PausingEmailBackend"
# Redis hands an unacknowledged task to another worker after this many seconds
# (an hour in production), so a killed worker's task is retried within the test.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3}
