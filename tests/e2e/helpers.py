"""Shared steps for the browser tests: signing in, demo data, and page audits."""

import re
from dataclasses import dataclass, field

from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from playwright.sync_api import Page, expect

from assessments.models import QuizAttempt, QuizPage
from courses.models import LessonPage, ModulePage, ProgrammePage
from lms.demo import DEMO_PASSWORD
from lms.models import User
from lms.services import lesson_complete

from .conftest import PHONE, axe_violations

PROGRAMME_TITLE = "Perinatal Peer Support Foundation"
NARROW = {"width": 320, "height": 740}

# The innermost elements sticking out past the right edge, or whose content does.
OVERFLOWING_JS = """() => {
    const limit = document.documentElement.clientWidth;
    const wide = new Set();
    for (const el of document.body.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        const spills = el.scrollWidth > el.clientWidth + 4
            && getComputedStyle(el).overflowX === 'visible';
        if (box.width && (box.right > limit + 0.5 || spills)) wide.add(el);
    }
    return [...wide]
        .filter(el => ![...wide].some(other => other !== el && el.contains(other)))
        .slice(0, 8)
        .map(el => el.tagName.toLowerCase() + (el.className ? '.' +
            String(el.className).trim().split(/\\s+/).join('.') : ''));
}"""


def programme() -> ProgrammePage:
    return ProgrammePage.objects.get(title=PROGRAMME_TITLE)


def module(code: str) -> ModulePage:
    return ModulePage.objects.get(code=code)


def lessons(code: str) -> list[LessonPage]:
    return list(LessonPage.objects.live().child_of(module(code)).order_by("path"))


def complete_modules(user: User, *codes: str) -> None:
    """Finish every lesson and pass every quiz in these modules (studied earlier)."""
    now = timezone.now()
    for code in codes:
        for lesson in lessons(code):
            lesson_complete(user=user, lesson=lesson, programme=programme())
        for quiz in QuizPage.objects.live().descendant_of(module(code)):
            QuizAttempt.objects.create(
                user=user,
                quiz=quiz,
                number=QuizAttempt.objects.filter(user=user, quiz=quiz).count() + 1,
                status=QuizAttempt.Status.GRADED,
                submitted_at=now,
                graded_at=now,
                score_percent=100,
                passed=True,
            )


def password_reset_path(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return f"/accounts/password/reset/{uid}/{token}/"


def emailed_path(to: str, path_starts: str) -> str:
    """The newest link to ``path_starts`` emailed to ``to`` (the live server runs in
    this process, so its locmem outbox is ours; sending is eager)."""
    for message in reversed(mail.outbox):
        if to in message.to:
            found = re.search(
                rf"https?://[^/\s]+({re.escape(path_starts)}\S+)", message.body
            )
            if found:
                return found[1]
    raise AssertionError(f"No email to {to} with a link to {path_starts}")


def sign_in(page: Page, base_url: str, email: str, password: str = DEMO_PASSWORD):
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1, name="My learning")).to_be_visible()


def sign_out(page: Page) -> None:
    page.get_by_role("navigation", name="Main menu").get_by_role(
        "button", name="Sign out"
    ).click()
    expect(
        page.get_by_role("navigation", name="Main menu").get_by_role(
            "link", name="Sign in"
        )
    ).to_be_visible()


@dataclass
class Audit:
    """Run axe at 360px and look for sideways scrolling at 320px on each page visited.

    Problems are collected, so one test run lists every page's problems at once.
    """

    page: Page
    problems: list[str] = field(default_factory=list)
    audited: list[str] = field(default_factory=list)

    def __call__(self, name: str) -> None:
        page = self.page
        page.wait_for_load_state("load")
        self.audited.append(name)
        for violation in axe_violations(page):
            self.problems.append(f"[{name}] {page.url}: {violation}")
        page.set_viewport_size(NARROW)
        scroll_width, inner_width = page.evaluate(
            "() => [document.documentElement.scrollWidth, window.innerWidth]"
        )
        if scroll_width > inner_width:
            culprits = ", ".join(page.evaluate(OVERFLOWING_JS))
            self.problems.append(
                f"[{name}] {page.url}: scrolls sideways at 320px "
                f"(scrollWidth {scroll_width} > {inner_width}): {culprits}"
            )
        page.set_viewport_size(PHONE)

    def assert_clean(self) -> None:
        assert not self.problems, (
            f"{len(self.problems)} problem(s) on {len(self.audited)} pages:\n"
            + "\n".join(self.problems)
        )


# What makes focus visible: compared before and after the element takes focus.
# NHS.UK radios and tick boxes hide the input and draw it (and its focus ring) as
# the label's ::before, so that is where focus must show.
FOCUS_STYLE_JS = """el => {
    const drawn = (el.type === 'radio' || el.type === 'checkbox')
        && el.labels && el.labels.length
        && getComputedStyle(el).opacity === '0';
    const s = drawn ? getComputedStyle(el.labels[0], '::before') : getComputedStyle(el);
    return {
        outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0
            || s.outlineColor === 'rgba(0, 0, 0, 0)' || s.outlineColor === 'transparent'
            ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        boxShadow: s.boxShadow,
        background: s.backgroundColor,
        border: s.borderColor,
    };
}"""

# Why the focused element cannot be seen, or null when it can.
FOCUSED_HIDDEN_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'focus left the page content';
    const box = el.getBoundingClientRect();
    const name = el.outerHTML.slice(0, 120);
    if (!box.width || !box.height) return 'zero-sized: ' + name;
    if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0
        || box.left >= innerWidth) return 'off screen: ' + name;
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    if (top && top !== el && !el.contains(top) && !top.contains(el)
        && !(el.labels && [...el.labels].includes(top)))
        return 'covered by ' + top.outerHTML.slice(0, 80) + ': ' + name;
    return null;
}"""


def is_focused(locator) -> bool:
    return locator.evaluate("el => el === document.activeElement")


def tab_to(page: Page, target, *, max_tabs: int = 150):
    """Press Tab until ``target`` has focus, then check it shows it has focus.

    Every element tabbed through must be on screen and not covered; the target must
    look different once focused (outline, box shadow, background or border).
    """
    page.wait_for_load_state("load")
    target.wait_for(state="attached")
    assert not is_focused(target), "already focused"
    before = target.evaluate(FOCUS_STYLE_JS)
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        hidden = page.evaluate(FOCUSED_HIDDEN_JS)
        assert hidden is None, f"Tab stop cannot be seen on {page.url}: {hidden}"
        if is_focused(target):
            break
    else:
        raise AssertionError(f"{max_tabs} presses of Tab never reached {target}")
    after = target.evaluate(FOCUS_STYLE_JS)
    # The browser's own thin ring ("auto") is not enough on the blue header.
    changed = {
        key
        for key in before
        if before[key] != after[key] and not after[key].startswith("auto")
    }
    assert changed, f"no visible focus style on {target}: {after}"
    return target


FOCUSABLE = (
    "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    "[tabindex]:not([tabindex='-1'])"
)


def tab_through(page: Page, *, max_tabs: int = 300) -> list[str]:
    """Tab through the whole page; say which stops are hidden or show no focus."""
    page.wait_for_load_state("load")
    page.evaluate(
        f"""() => {{
            const style = {FOCUS_STYLE_JS};
            window.__unfocused = new Map(
                [...document.querySelectorAll("{FOCUSABLE}")].map(el => [el, style(el)])
            );
        }}"""
    )
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    problems, seen = [], []
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        stop = page.evaluate(
            f"""() => {{
                const el = document.activeElement;
                if (!el || el === document.body) return null;
                const before = window.__unfocused.get(el);
                const after = ({FOCUS_STYLE_JS})(el);
                const shows = !before || Object.keys(after).some(
                    k => after[k] !== before[k] && !after[k].startsWith('auto'));
                return {{
                    name: (el.innerText || el.getAttribute('aria-label') || el.name
                           || el.id || el.tagName).trim().slice(0, 60),
                    tag: el.tagName.toLowerCase(),
                    shows,
                    style: after,
                }};
            }}"""
        )
        if stop is None or (seen and stop["name"] == seen[0] and len(seen) > 1):
            break
        seen.append(stop["name"])
        hidden = page.evaluate(FOCUSED_HIDDEN_JS)
        if hidden:
            problems.append(f"{page.url}: tab stop cannot be seen: {hidden}")
        if not stop["shows"]:
            problems.append(
                f"{page.url}: no focus style on {stop['tag']} '{stop['name']}': "
                f"{stop['style']}"
            )
    return problems
