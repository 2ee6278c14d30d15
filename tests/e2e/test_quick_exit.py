"""'Leave this site quickly' goes to the configured address, by mouse or keyboard.

The address is outside the site, so the browser is given a local stub page instead
(see ``conftest.new_page``): no request leaves the machine.
"""

from django.conf import settings
from playwright.sync_api import expect

from .helpers import tab_to


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
