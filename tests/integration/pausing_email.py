"""An email backend for the killed-worker test: it stops a worker while it sends.

Set as the worker's EMAIL_BACKEND with ``EMAIL_PAUSE_FILE``: when asked to send, it
creates that file (so the test knows the worker has reached the send, inside the
certificate's transaction) and then waits, without sending, until the worker is killed.
"""

import os
import time
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend


class PausingEmailBackend(EmailBackend):
    def send_messages(self, email_messages):
        marker = Path(os.environ["EMAIL_PAUSE_FILE"])
        marker.touch()
        while True:  # until the test kills this worker (SIGKILL)
            time.sleep(1)
