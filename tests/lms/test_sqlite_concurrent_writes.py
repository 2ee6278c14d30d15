"""Two requests writing at once on SQLite (an autosave and a publish) take turns:
neither fails with "database is locked".

Each writer reads, then writes, in one transaction, as saving a page does. Both are
made to read before either writes: with SQLite's default (deferred) transactions
the second can then never get the write lock, and fails at once, whatever the
timeout. The site's SQLite settings (``SQLITE_OPTIONS``) must let both finish.
"""

import contextlib
import threading
import uuid

import pytest
from django.db import connections, transaction

from config.settings.base import SQLITE_OPTIONS


@pytest.fixture
def sqlite_alias(tmp_path, django_db_blocker):
    """A file SQLite database with the given options, as an extra connection: its
    own file, whatever database the suite runs on, outside any test transaction."""
    aliases = []

    def make(options: dict) -> str:
        alias = f"sqlite_writers_{uuid.uuid4().hex}"
        connections.settings[alias] = {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(tmp_path / f"{alias}.sqlite3"),
            "OPTIONS": dict(options),
            "ATOMIC_REQUESTS": False,
            "AUTOCOMMIT": True,
            "CONN_MAX_AGE": 0,
            "CONN_HEALTH_CHECKS": False,
            "TIME_ZONE": None,
            "USER": "",
            "PASSWORD": "",
            "HOST": "",
            "PORT": "",
            "TEST": {},
        }
        aliases.append(alias)
        with connections[alias].cursor() as cursor:
            cursor.execute("CREATE TABLE saves (who TEXT)")
        connections[alias].close()
        return alias

    with django_db_blocker.unblock():
        yield make
    for alias in aliases:
        connections[alias].close()
        del connections[alias]
        del connections.settings[alias]


def _two_writers_at_once(alias: str) -> tuple[list[str], list[Exception]]:
    both_have_read = threading.Barrier(2)
    saved: list[str] = []
    errors: list[Exception] = []

    def save(who: str) -> None:
        try:
            with (
                transaction.atomic(using=alias),
                connections[alias].cursor() as cursor,
            ):
                cursor.execute("SELECT COUNT(*) FROM saves")
                # Wait for the other to read too; if it cannot even begin (it
                # waits for our lock), carry on alone.
                with contextlib.suppress(threading.BrokenBarrierError):
                    both_have_read.wait(timeout=2)
                cursor.execute("INSERT INTO saves (who) VALUES (%s)", [who])
            saved.append(who)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections[alias].close()

    threads = [
        threading.Thread(target=save, args=(who,)) for who in ("autosave", "publish")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return saved, errors


def test_an_autosave_and_a_publish_at_once_both_save(sqlite_alias):
    alias = sqlite_alias(SQLITE_OPTIONS)

    saved, errors = _two_writers_at_once(alias)

    assert errors == []
    assert sorted(saved) == ["autosave", "publish"]
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT who FROM saves ORDER BY who")
        assert [row[0] for row in cursor.fetchall()] == ["autosave", "publish"]
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"  # readers do not wait for writers


def test_without_those_settings_one_of_them_fails(sqlite_alias):
    """The same two writers on SQLite's defaults: the failure the settings prevent."""
    alias = sqlite_alias({"timeout": 20})

    saved, errors = _two_writers_at_once(alias)

    assert len(saved) == 1
    assert "database is locked" in str(errors[0])
