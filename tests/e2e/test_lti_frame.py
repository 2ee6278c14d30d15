"""A framed LTI launch in a real browser: the registered platform's page frames the
"open in a new window" page, the page passes axe, and its link signs the person in
in a window of their own; a platform that is not the one registered cannot frame it.

The platform's page is served by Playwright on the live server's own origin (a
platform on this machine: Chromium refuses frames from made-up public origins into
the loopback address, and an https page may not frame the plain-http live server),
so the frame is checked against the site's real headers.
"""

import pytest
from django.core import signing
from lti_tool.models import LtiRegistration
from playwright.sync_api import Page, expect
from wagtail.models import Page as WagtailPage
from wagtail.models import Site

from courses.factories import HomePageFactory
from lms.awareness.demo import course_seed
from lms.awareness.lti import CONTINUE_SALT
from tests.conftest import make_user

from .conftest import axe_check


def _launch(site, issuer: str) -> dict:
    """A live course, a platform registered with ``issuer``, a learner, and the
    one-time link a framed launch of the course leaves them."""
    home = HomePageFactory(parent=WagtailPage.get_first_root_node(), title="Alongside")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    course = course_seed(home=home)
    registration = LtiRegistration.objects.create(
        name="Trust Moodle",
        issuer=issuer,
        client_id="alongside",
        auth_url=issuer + "/mod/lti/auth.php",
        token_url=issuer + "/mod/lti/token.php",
        keyset_url=issuer + "/mod/lti/certs.php",
    )
    learner = make_user(None, email="priya@trust.example", full_name="Priya Patel")
    token = signing.dumps(
        {"u": learner.pk, "c": course.pk, "r": registration.pk, "l": "x", "n": "1"},
        salt=CONTINUE_SALT,
    )
    return {"course": course, "url": f"{site.url}/lti/continue/{token}/"}


def _platform_page(page: Page, site, frame_url: str) -> None:
    html = (
        "<!DOCTYPE html><html lang='en'><title>Course</title><h1>Your LMS</h1>"
        f"<iframe src='{frame_url}' title='Alongside' width='340' height='600'>"
        "</iframe></html>"
    )
    page.route(
        f"{site.url}/platform/course",
        lambda route: route.fulfill(status=200, content_type="text/html", body=html),
    )
    page.goto(f"{site.url}/platform/course")


def test_the_registered_platform_frames_the_new_window_page(site, new_page):
    launch = _launch(site, site.url)
    page = new_page()
    _platform_page(page, site, launch["url"])
    frame = page.frame_locator("iframe[title='Alongside']")
    expect(
        frame.get_by_role("heading", name="Open the course in a new window")
    ).to_be_visible()
    axe_check(page.frames[1])

    with page.expect_popup() as opened:
        frame.get_by_role("link", name="Open the course in a new window").click()
    window = opened.value
    window.wait_for_load_state()
    assert window.url.endswith(launch["course"].url)
    expect(
        window.get_by_role("heading", level=1, name=launch["course"].title)
    ).to_be_visible()


@pytest.mark.parametrize("issuer", ["https://moodle.trust.example"])
def test_a_page_of_another_origin_cannot_frame_it(site, new_page, issuer):
    launch = _launch(site, issuer)
    page = new_page()
    _platform_page(page, site, launch["url"])
    expect(page.get_by_role("heading", name="Your LMS")).to_be_visible()
    page.wait_for_timeout(1500)
    # Chromium refused the frame (frame-ancestors): the page never shows inside it.
    assert page.frames[1].url.startswith("chrome-error://"), page.frames[1].url
