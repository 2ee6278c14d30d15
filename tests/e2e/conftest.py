"""Browser tests: Debian's Chromium driven by Playwright against a live server.

Every test here is marked ``e2e``. Each test gets a fresh browser context (a phone-sized
viewport by default) whose requests may only reach the live server: other pages are
answered with a local stub and anything else is refused, so nothing leaves the machine.
"""

import io
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import Browser, BrowserContext, Page, Route, sync_playwright
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale
from wagtail.models import Page as WagtailPage

# Playwright's sync API runs an event loop in this thread; Django's ORM would refuse.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
STUB_HTML = "<!DOCTYPE html><html lang='en'><title>Stub</title><h1>Stub</h1></html>"


def _in_this_folder(item) -> bool:
    return HERE in Path(str(item.path)).parents


def pytest_itemcollected(item):
    if _in_this_folder(item):
        item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run the browser tests last, after pytest-django has sorted the rest.

    Their transactional database is flushed after each test, which also empties
    Django's content-type cache; unit tests that build Wagtail pages without the
    database rely on that cache, so they must run before, not after, these.
    """
    browser_tests = [item for item in items if _in_this_folder(item)]
    chosen = set(browser_tests)
    items[:] = [item for item in items if item not in chosen] + browser_tests


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class RequestsInFlight:
    """Count the live server's connections being served, and wait for none.

    With SQLite in memory, Django hands the test's own database connection to the
    server's request threads. A request still running when a test ends (a redirect or
    a favicon the test did not wait for) would share that connection with
    pytest-django's flush of the tables, and the flush would fail. The server starts
    a daemon thread per connection and keeps no list of them, so count them here.
    """

    def __init__(self, server) -> None:
        self.active = 0
        self.changed = threading.Condition()
        start, serve = server.process_request, server.process_request_thread

        def process_request(request, client_address):
            with self.changed:
                self.active += 1
            try:
                start(request, client_address)
            except BaseException:
                self._done()
                raise

        def process_request_thread(request, client_address):
            try:
                serve(request, client_address)
            finally:
                self._done()

        server.process_request = process_request
        server.process_request_thread = process_request_thread

    def _done(self) -> None:
        with self.changed:
            self.active -= 1
            self.changed.notify_all()

    def wait(self, timeout: float = 15.0) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.active == 0, timeout)


@pytest.fixture(scope="session")
def requests_in_flight(live_server) -> RequestsInFlight:
    return RequestsInFlight(live_server.thread.httpd)


@pytest.fixture
def new_page(browser, live_server, requests_in_flight) -> Iterator[Callable[..., Page]]:
    """Make pages in fresh contexts: ``new_page(java_script_enabled=False, ...)``.

    Requests to anything but the live server are recorded in ``page.offsite_requests``
    and never leave the machine: pages get a small local stub, anything else fails.
    """
    contexts: list[BrowserContext] = []
    local = urlsplit(live_server.url).netloc

    def make(**options) -> Page:
        options.setdefault("viewport", PHONE)
        context = browser.new_context(**options)
        contexts.append(context)
        offsite: list[str] = []

        def guard(route: Route) -> None:
            if urlsplit(route.request.url).netloc == local:
                route.continue_()
            elif route.request.resource_type == "document":
                offsite.append(route.request.url)
                route.fulfill(status=200, content_type="text/html", body=STUB_HTML)
            else:  # NHS.UK frontend's web fonts, for example
                offsite.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.offsite_requests = offsite
        return page

    yield make
    for context in contexts:
        context.close()
    # Closing a context closes its connections, so the server's threads end promptly.
    assert requests_in_flight.wait(), "the live server was still answering requests"


@pytest.fixture
def page(new_page) -> Page:
    """A phone-sized page (360 by 740) with JavaScript on."""
    return new_page()


def _wagtail_root_ensure() -> None:
    """Transactional tests flush the tables, taking Wagtail's root page and root
    collection (where seeded documents go) with them."""
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if not WagtailPage.get_first_root_node():
        WagtailPage.add_root(title="Root", slug="root")
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")


@pytest.fixture
def site(transactional_db, live_server):
    """An empty site: Wagtail's root page, no content. Yields the live server."""
    cache.clear()
    _wagtail_root_ensure()
    return live_server


def _forget_cached_rows() -> None:
    """After the tables change under them, drop what this process remembers of them."""
    cache.clear()
    ContentType.objects.clear_cache()


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker) -> Iterator[sqlite3.Connection]:
    """The demo, seeded once per test process and kept as a copy of the database.

    Seeding takes about 20 seconds; SQLite's backup API copies the seeded database
    back into the test database in milliseconds. The test database is left as it
    was found, so tests that expect empty tables are not affected.
    """
    connection = connections["default"]
    assert connection.vendor == "sqlite", "the browser tests run on SQLite"
    with django_db_blocker.unblock():
        connection.ensure_connection()
        before = sqlite3.connect(":memory:")
        connection.connection.backup(before)
        _wagtail_root_ensure()
        call_command("seed_demo", stdout=io.StringIO())
        snapshot = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(snapshot)
        before.backup(connection.connection)
        before.close()
    _forget_cached_rows()
    yield snapshot
    snapshot.close()


@pytest.fixture
def demo(site, demo_snapshot):
    """The live server with the demo curriculum, directory and accounts loaded."""
    demo_snapshot.backup(connections["default"].connection)
    _forget_cached_rows()
    return site


# Resolves when every running CSS transition and animation that ends within five
# seconds has ended (fades and slides). Longer ones are decoration that changes no
# colour axe measures, such as the admin's 25-second "ping" on its "What's new"
# badge, which waiting for cost every admin page 25 seconds.
SETTLED_JS = """() => Promise.all(document.getAnimations()
    .filter((a) => a.playState === "running"
        && a.effect?.getComputedTiming().endTime - (a.currentTime ?? 0) <= 5000)
    .map((a) => a.finished.catch(() => null)))"""


def axe_violations(page: Page) -> list[str]:
    """axe-core's WCAG 2.2 AA violations on the page, one readable line per node.

    Needs JavaScript on: with it off, axe's promise never settles and this hangs.
    Waits for the page's load event first: a keyboard press that follows a link does
    not wait for the new page's stylesheets, and axe measuring an unstyled page finds
    touch targets too small (seen on a busy CI machine). Then waits for the page's
    transitions and animations that end to end: the admin's messages fade in, and
    axe measuring text half-faded finds its contrast too low (seen on CI too).
    """
    page.wait_for_load_state("load")
    page.evaluate(SETTLED_JS)
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    found = []
    for violation in results.response["violations"]:
        for node in violation["nodes"]:
            found.append(
                f"{violation['id']} ({violation['impact']}): {violation['help']} "
                f"at {node['target']}"
            )
    return found


def axe_check(page: Page) -> None:
    """Fail listing every axe-core violation (rule, help and target nodes)."""
    found = axe_violations(page)
    assert not found, f"axe violations on {page.url}:\n" + "\n".join(found)
