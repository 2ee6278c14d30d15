"""'Leave this site quickly' goes to the configured address, by mouse or keyboard,
and for a signed-in person ends the session on the way, so Back shows nothing private.

The address is outside the site, so the browser is given a local stub page instead
(see ``conftest.new_page``): no request leaves the machine.
"""

import re
import time

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from playwright.sync_api import expect

from .conftest import axe_check
from .helpers import sign_in, tab_to


def quick_exit(page):
    return page.get_by_role("link", name="Leave this site quickly")


def test_link_points_to_the_configured_address(site, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(f"{site.url}/accounts/login/")
    link = quick_exit(page)
    expect(link).to_have_attribute("href", settings.QUICK_EXIT_URL)
    expect(link).to_have_attribute("rel", "noreferrer")
    assert page.offsite_requests == [], page.offsite_requests


def test_with_javascript_the_page_is_replaced_in_history(site, page):
    page.goto(f"{site.url}/accounts/login/")
    page.goto(f"{site.url}/support/")
    entries = page.evaluate("() => history.length")
    quick_exit(page).click()
    expect(page).to_have_url(settings.QUICK_EXIT_URL)
    expect(page.get_by_role("heading", name="Stub")).to_be_visible()
    assert settings.QUICK_EXIT_URL in page.offsite_requests
    # location.replace: no new history entry, and "back" skips the support page.
    assert page.evaluate("() => history.length") == entries
    page.go_back()
    expect(page).to_have_url(f"{site.url}/accounts/login/")


def test_by_keyboard_it_is_an_early_tab_stop(site, page):
    page.goto(f"{site.url}/support/")
    tab_to(page, quick_exit(page), max_tabs=3)
    page.keyboard.press("Enter")
    expect(page).to_have_url(settings.QUICK_EXIT_URL)


def test_escape_three_times_leaves(site, page):
    page.goto(f"{site.url}/support/")
    for _ in range(3):
        page.keyboard.press("Escape")
    expect(page).to_have_url(settings.QUICK_EXIT_URL)


def test_without_javascript_it_is_an_ordinary_link(site, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(f"{site.url}/support/")
    quick_exit(page).click()
    expect(page).to_have_url(settings.QUICK_EXIT_URL)
    assert settings.QUICK_EXIT_URL in page.offsite_requests
    page.go_back()  # an ordinary link adds to the history
    expect(page).to_have_url(f"{site.url}/support/")


# --- signed in: leaving ends the session, and Back shows nothing private ---


def _session_key(page) -> str:
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    return cookies[settings.SESSION_COOKIE_NAME]


def _wait_until_ended(session_key: str, seconds: float = 5.0) -> None:
    """The session is gone from the server (the sign-out may finish just after the
    browser has already left)."""
    deadline = time.monotonic() + seconds
    while Session.objects.filter(session_key=session_key).exists():
        assert time.monotonic() < deadline, "the session was never ended"
        time.sleep(0.05)


def _back_shows_nothing_private(page, base_url: str) -> None:
    page.go_back()
    expect(page).to_have_url(re.compile(re.escape(f"{base_url}/accounts/login/")))
    expect(page.get_by_role("heading", level=1, name="My learning")).to_have_count(0)
    expect(page.get_by_text("Priya Shah")).to_have_count(0)
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)


@pytest.mark.parametrize("java_script", [True, False], ids=["js", "no-js"])
def test_signed_in_quick_exit_ends_the_session(demo, new_page, java_script):
    base = demo.url
    page = new_page(java_script_enabled=java_script)
    sign_in(page, base, "trainee@example.org")
    if java_script:
        axe_check(page)
    page.goto(f"{base}/reflections/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your reflective log")
    key = _session_key(page)

    quick_exit(page).click()
    expect(page).to_have_url(settings.QUICK_EXIT_URL)
    expect(page.get_by_role("heading", name="Stub")).to_be_visible()
    _wait_until_ended(key)

    _back_shows_nothing_private(page, base)


def test_escape_three_times_when_signed_in_ends_the_session(demo, page):
    base = demo.url
    sign_in(page, base, "trainee@example.org")
    page.goto(f"{base}/reflections/")
    key = _session_key(page)
    for _ in range(3):
        page.keyboard.press("Escape")
    expect(page).to_have_url(settings.QUICK_EXIT_URL)
    _wait_until_ended(key)
    _back_shows_nothing_private(page, base)
