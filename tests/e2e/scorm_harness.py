"""Playing an exported SCORM 1.2 package in scorm-again, for the browser tests.

A small harness page (``tests/fixtures/scorm/harness.html``) plays the LMS: it makes
scorm-again's ``Scorm12API`` the window's ``API`` and opens the extracted package in a
frame. Everything is served from memory by Playwright under one made-up origin, and any
other request is refused and recorded, so the package is shown to work offline.
Playwright's fake clock stands in for the minutes a learner spends reading.
"""

import mimetypes
import re
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Frame, Page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ORIGIN = "http://lms.test"
NARROW = {"width": 320, "height": 640}


def scorm_lms(browser, files: dict[str, bytes]):
    """A phone-sized page that can open the harness with the package's ``files``
    (a generator for a fixture: it checks no request went elsewhere at the end)."""
    context = browser.new_context(viewport=NARROW)
    refused: list[str] = []
    missing: list[str] = []

    def serve(route) -> None:
        url = urlsplit(route.request.url)
        path = url.path.lstrip("/")
        body = None
        if url.netloc != "lms.test":
            refused.append(route.request.url)
            route.abort()
            return
        if path == "harness.html":
            body = (FIXTURES / "scorm" / "harness.html").read_bytes()
        elif path == "scorm-again/scorm12.min.js":
            body = (FIXTURES / path).read_bytes()
        elif path.startswith("package/"):
            body = files.get(path.removeprefix("package/"))
            if body is None:
                missing.append(path)
        if body is None:
            route.fulfill(status=404, body=b"")
            return
        kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
        route.fulfill(status=200, body=body, content_type=kind)

    context.route("**/*", serve)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.clock.install()
    yield page
    context.close()
    assert not refused, f"the package asked a server for {refused}"
    assert not missing, f"the package asked for files it does not have: {missing}"


def open_package(page: Page) -> Frame:
    """Open the harness and wait for the package to start its SCORM session."""
    page.goto(f"{ORIGIN}/harness.html")
    page.wait_for_function("window.harnessCalls.includes('LMSInitialize')")
    frame = page.frame(url=re.compile(r"/package/index\.html$"))
    frame.wait_for_load_state("load")
    return frame


def cmi(page: Page, name: str) -> str:
    """A value the runtime holds, write-only ones too (as the LMS stores them)."""
    return page.evaluate(f"String(JSON.parse(JSON.stringify(window.API.cmi)).{name})")
