"""Celery: beat schedules every periodic task, and processes default to production."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from celery.schedules import crontab
from django.conf import settings

from config.celery import app

ROOT = Path(__file__).resolve().parents[2]

PERIODIC = {
    "lms.cohorts.tasks.due_date_reminders_task",
    "lms.cohorts.tasks.inactive_nudges_task",
    "certificates.tasks.certificate_expiry_reminders_task",
    "lms.tasks.unconfirmed_signups_remove_task",
}


def test_every_periodic_task_is_scheduled_once_a_day_in_uk_time():
    schedule = settings.CELERY_BEAT_SCHEDULE
    assert {entry["task"] for entry in schedule.values()} == PERIODIC
    for entry in schedule.values():
        assert isinstance(entry["schedule"], crontab)
        # One run a day, in the morning.
        assert len(entry["schedule"].hour) == 1
        assert 7 <= next(iter(entry["schedule"].hour)) <= 11
        assert len(entry["schedule"].minute) == 1
    assert settings.CELERY_TIMEZONE == "Europe/London"


def test_every_scheduled_task_exists():
    app.loader.import_default_modules()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in app.tasks, entry["task"]


def _default_settings_module(code: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(  # noqa: S603 - fixed code, our own modules
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.parametrize(
    "code",
    [
        # A worker or beat: `celery -A config` imports the Celery app.
        "import os, config.celery; print(os.environ['DJANGO_SETTINGS_MODULE'])",
        # gunicorn's `config.wsgi:application` (without loading any settings here).
        "import os, django.core.wsgi as w; w.get_wsgi_application = lambda: None;"
        " import config.wsgi; print(os.environ['DJANGO_SETTINGS_MODULE'])",
    ],
    ids=["celery", "wsgi"],
)
def test_processes_started_without_settings_get_production(code):
    assert _default_settings_module(code) == "config.settings.production"
