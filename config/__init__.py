"""Alongside's Django project: settings, the root URLconf, WSGI and the Celery app.

Not an app: it holds no models, templates or views of its own. `celery -A config`
finds the Celery app here.
"""

from .celery import app as celery_app

__all__ = ["celery_app"]
