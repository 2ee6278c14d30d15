"""Accessibility sweep: every learner-facing page, found by discovery, for each role.

Pages come from the URL resolver (every GET route outside the Wagtail admin), the
Wagtail page tree of the seeded demo (a page of every type, and lessons until every
block type in use has been seen), and the links on the pages visited (which reach
routes that take an id, such as a reflection or a quiz result). So features added
later are swept without anyone listing them.

Each page is checked with axe-core (WCAG 2.2 AA) at 360 px and at desktop width, for
sideways scrolling at 320 px, and for requests leaving the site. One seeded database
and one browser context per role keep the sweep quick.
"""

from collections import deque
from urllib.parse import urldefrag, urlsplit

from django.conf import settings
from django.http import QueryDict
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from wagtail.models import Page as WagtailPage

from assessments import services as assessment_services
from assessments.models import QuizPage
from lms.models import User
from lms.selectors import reflection_share_candidates
from lms.services import reflection_create, reflection_share

from .conftest import PHONE, axe_violations
from .helpers import NARROW, OVERFLOWING_JS

DESKTOP = {"width": 1280, "height": 900}
ROLES = [
    ("trainee", "trainee@example.org"),
    ("anonymous", None),
    ("trainer", "trainer@example.org"),
    ("supervisor", "supervisor@example.org"),
    ("team lead", "teamlead@example.org"),
    ("admin", "admin@example.org"),
]
# Not learner pages: the Wagtail admin (Wagtail's own), document downloads, and
# media files. Sign-out and "take a break" only take POST.
# "/leave/" is the quick exit: it signs the sweeping role out and leaves the site.
SKIP_PREFIXES = (
    "/admin/",
    "/documents/",
    "/media/",
    "/static/",
    "/django-admin/",
    "/leave/",
)
MAX_PAGES_PER_ROLE = 40


def plain_routes(resolver=None, prefix="") -> list[str]:
    """Every route without arguments, as a path."""
    paths = []
    for entry in (resolver or get_resolver()).url_patterns:
        route = str(entry.pattern)
        if route.startswith("^") or "<" in route:
            continue
        if isinstance(entry, URLResolver):
            paths += plain_routes(entry, prefix + route)
        elif isinstance(entry, URLPattern):
            paths.append("/" + prefix + route)
    return [p for p in paths if not p.startswith(SKIP_PREFIXES)]


def tree_pages() -> list[str]:
    """A live page of every type, and lessons until every block type is covered."""
    urls, kinds, blocks = [], set(), set()
    for page in WagtailPage.objects.live().filter(depth__gt=1).specific():
        kind = type(page).__name__
        body = getattr(page, "body", None)
        types = {block.block_type for block in body} if body is not None else set()
        if kind not in kinds or not types <= blocks:
            urls.append(page.url)
            kinds.add(kind)
            blocks |= types
    return urls


def page_key(path: str) -> str:
    """What makes a page worth sweeping again: its route, or its page type and
    sub-route (with a lesson's block types)."""
    try:
        match = resolve(path)
    except Resolver404:
        return f"404:{path}"
    if match.url_name != "wagtail_serve":
        return match.view_name
    page = WagtailPage.find_for_request(_FakeRequest(path), path)
    if page is None:
        return f"page:{path}"
    page = page.specific
    sub = path[len(page.url) :] if page.url and path.startswith(page.url) else ""
    sub = "/".join("N" if part.isdigit() else part for part in sub.split("/"))
    body = getattr(page, "body", None)
    types = sorted({b.block_type for b in body}) if body is not None else []
    return f"{type(page).__name__}:{sub}:{','.join(types)}"


class _FakeRequest:
    """Enough of a request for Wagtail's router."""

    def __init__(self, path):
        self.path = path

    def _get_raw_host(self):
        return "localhost"

    def get_host(self):
        return "localhost"

    def get_port(self):
        return "80"


def demo_activity():
    """Give the demo's trainee a finished quiz, an open one and shared reflections,
    so the pages showing them (found through their links) are swept."""
    trainee = User.objects.get(email="trainee@example.org")
    trainer = User.objects.get(email="trainer@example.org")
    quizzes = list(QuizPage.objects.live().order_by("path")[:2])
    if quizzes:
        done = assessment_services.attempt_start(user=trainee, quiz=quizzes[0])
        assessment_services.attempt_submit(
            attempt=done, revision=done.revision, data=QueryDict()
        )
    if len(quizzes) > 1:
        assessment_services.attempt_start(user=trainee, quiz=quizzes[1])
    entry = reflection_create(
        owner=trainee, title="After the first lesson", body="I noticed I listened more."
    )
    if reflection_share_candidates(user=trainee).filter(pk=trainer.pk).exists():
        reflection_share(entry=entry, owner=trainee, with_user=trainer)


def session_cookie(email: str, base: str) -> dict:
    client = Client()
    client.force_login(User.objects.get(email=email))
    return {
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": base,
    }


def links_on(page, base: str) -> list[str]:
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)")
    host = urlsplit(base).netloc
    found = []
    for href in hrefs:
        url = urldefrag(href)[0]
        parts = urlsplit(url)
        if parts.netloc != host or parts.path.startswith(SKIP_PREFIXES):
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def audit(page, name: str, problems: list[str]) -> None:
    """axe at 360 px and at desktop width; no sideways scrolling at 320 px."""
    for label, size in (("360px", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(size)
        for violation in axe_violations(page):
            problems.append(f"[{name}, {label}] {page.url}: {violation}")
    page.set_viewport_size(NARROW)
    scroll, inner = page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]"
    )
    if scroll > inner:
        culprits = ", ".join(page.evaluate(OVERFLOWING_JS))
        problems.append(f"[{name}, 320px] {page.url}: scrolls sideways: {culprits}")
    page.set_viewport_size(PHONE)


def test_every_discovered_page_passes_axe_and_fits_a_phone(demo, new_page):
    base = demo.url
    demo_activity()
    starts = ["/", *plain_routes(), *tree_pages()]
    problems: list[str] = []
    swept: dict[str, list[str]] = {}
    seen_keys: set[str] = set()

    for role, email in ROLES:
        page = new_page(viewport=PHONE)
        if email:
            page.context.add_cookies([session_cookie(email, base)])
        queue = deque(starts)
        visited: set[str] = set()
        swept[role] = []
        while queue and len(swept[role]) < MAX_PAGES_PER_ROLE:
            path = queue.popleft()
            if path in visited:
                continue
            visited.add(path)
            key = page_key(urlsplit(path).path)
            # Home and the dashboard differ by role; other pages once per sweep.
            if key in seen_keys and path not in ("/", "/dashboard/"):
                continue
            # Ask first, without navigating: Chromium shows no page for an empty
            # error response (a POST-only route answering GET with 405, say).
            asked = page.context.request.get(base + path, max_redirects=5)
            status = asked.status
            if status == 405 or status == 404 and path in starts:
                continue  # POST-only, or a route this role has nothing behind
            kind = asked.headers.get("content-type", "")
            if status < 400 and not kind.startswith("text/html"):
                continue  # a download (CSV, PDF, zip) or JSON: not a page to read
            response = page.goto(base + path)
            status = response.status if response else 0
            if status >= 500:
                problems.append(f"[{role}] {path}: status {status}")
                continue
            page.wait_for_load_state("load")
            landed = urlsplit(page.url).path
            landed_key = page_key(landed)
            if landed_key in seen_keys and landed not in ("/", "/dashboard/"):
                continue  # redirected (to sign in, say) to a page already swept
            seen_keys.add(landed_key)
            swept[role].append(landed)
            audit(page, role, problems)
            queue.extend(links_on(page, base))
        assert page.offsite_requests == [], (role, page.offsite_requests)

    pages = sum(len(v) for v in swept.values())
    print(f"swept {pages} pages:", swept)  # noqa: T201 - shown with -s or on failure
    assert not problems, f"{len(problems)} problem(s) on {pages} pages:\n" + "\n".join(
        problems
    )
    assert len(swept["trainee"]) >= 10, swept
    assert "/dashboard/" in swept["trainee"]
    assert "/accounts/login/" in swept["anonymous"]
