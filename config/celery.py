"""The Celery app: tasks run eagerly unless CELERY_BROKER_URL is set.

Production settings by default, as in `config/wsgi.py`, so a worker or beat started
without DJANGO_SETTINGS_MODULE runs as the web processes do; development and the
tests name their own settings where they start one (`make worker`,
tests/integration).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

app = Celery("alongside")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
