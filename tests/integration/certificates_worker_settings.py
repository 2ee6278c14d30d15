"""Settings for the Celery workers the certificate integration tests start."""

import os

from lms.settings.test import *  # noqa: F403

# Where the killed-worker test pauses a worker, between issuing and emailing.
CERTIFICATES_TEST_PAUSE_BEFORE_EMAIL = float(
    os.environ.get("CERTIFICATES_TEST_PAUSE", "0")
)
# Redis hands an unacknowledged task to another worker after this many seconds
# (an hour in production), so a killed worker's task is retried within the test.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3}
