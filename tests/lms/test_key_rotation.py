"""Rotating SECRET_KEY: links signed with the old key work while it is a fallback."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import override_settings

from lms.cohorts.services import unsubscribe_read, unsubscribe_token

ROOT = Path(__file__).resolve().parents[2]
OLD = "old-key-for-this-test-only-0123456789-abcdefghijklmnopqrstuvwxyz"
NEW = "new-key-for-this-test-only-0123456789-abcdefghijklmnopqrstuvwxyz"


def test_fallbacks_are_read_from_the_environment():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "SECRET_KEY_FALLBACKS": f"{OLD},{NEW}",
    }
    result = subprocess.run(  # noqa: S603 - fixed code, our own settings
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings;"
            " print(settings.SECRET_KEY_FALLBACKS)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == repr([OLD, NEW])


def test_an_emailed_link_outlives_a_key_rotation_only_while_the_old_key_is_listed():
    with override_settings(SECRET_KEY=OLD):
        token = unsubscribe_token(user_id=7, kind="due_date")
    with override_settings(SECRET_KEY=NEW, SECRET_KEY_FALLBACKS=[OLD]):
        assert unsubscribe_read(token) == (7, "due_date")
    with override_settings(SECRET_KEY=NEW, SECRET_KEY_FALLBACKS=[]):
        assert unsubscribe_read(token) is None
