"""A team lead finds the awareness course from their home and presents it: the
shared screen never shows the speaker notes, which are on the presenter's own
device; the team report reads on a phone. axe-core finds nothing on each page."""

import re

from playwright.sync_api import expect

from lms.awareness.demo import WARD_TEAM
from lms.awareness.models import LiveSession

from .conftest import PHONE
from .helpers import Audit, sign_in

DESKTOP = {"width": 1280, "height": 800}


def test_a_team_lead_finds_the_course_at_home_and_presents_it(demo, new_page):
    base = demo.url
    screen = new_page(viewport=DESKTOP)
    sign_in(screen, base, "teamlead@example.org")
    audit = Audit(screen)
    screen.goto(f"{base}/")
    expect(
        screen.get_by_role("link", name="Working alongside peer workers")
    ).to_be_visible()
    audit("home page with the short course")

    screen.set_viewport_size(DESKTOP)
    screen.goto(f"{base}/dashboard/")
    expect(screen.get_by_role("heading", name=re.compile("Your teams"))).to_be_visible()
    expect(screen.get_by_text("You are not taking a programme yet")).to_have_count(0)
    expect(
        screen.get_by_text(re.compile(r"\d+ of \d+ have done the course")).first
    ).to_be_visible()
    audit("team lead's home")
    screen.set_viewport_size(DESKTOP)
    screen.get_by_role("button", name=f"Present now to {WARD_TEAM}").click()

    # The shared screen: large type, the section, a timer that counts down, the
    # join code and QR code, and no speaker notes or site chrome.
    expect(screen.get_by_text("Section 1 of 9")).to_be_visible()
    session = LiveSession.objects.get(ended_at__isnull=True)
    expect(screen.get_by_text(session.join_code).first).to_be_visible()
    expect(screen.locator(".alongside-awareness-qr svg")).to_be_visible()
    timer = screen.locator("[data-timer]")
    first = timer.inner_text()
    expect(timer).not_to_have_text(first, timeout=3000)  # it counts down
    expect(timer).to_have_text(re.compile(r"Time left in this section: \d+:\d\d of"))
    notes = session.course.sections[0].value["speaker_notes"]
    assert notes[:30] not in screen.content()
    expect(screen.get_by_text("Speaker notes")).to_have_count(0)
    expect(screen.get_by_role("navigation", name="Main menu")).to_have_count(0)
    expect(screen.get_by_text("Leave this site quickly")).to_have_count(0)
    expect(screen.get_by_text("Need support now?")).to_have_count(0)
    expect(screen.get_by_role("link", name="Support options")).to_be_visible()
    title_size = screen.get_by_role("heading", level=1).evaluate(
        "el => parseFloat(getComputedStyle(el).fontSize)"
    )
    assert title_size >= 40, title_size
    audit("shared screen")
    screen.set_viewport_size(DESKTOP)

    # The presenter's own device: the notes, and moving on from there.
    phone = new_page(viewport=PHONE)
    sign_in(phone, base, "teamlead@example.org")
    phone.goto(f"{base}/awareness/live/{session.pk}/notes/")
    expect(phone.get_by_text(notes[:30])).to_be_visible()
    Audit(phone)("presenter's notes")
    phone.get_by_role("button", name="Next section").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        "Your notes: section 2 of 9"
    )
    # The shared screen follows, still without notes.
    expect(screen.get_by_role("heading", level=1)).to_have_text(
        "What peer support is", timeout=12_000
    )
    second_notes = session.course.sections[1].value["speaker_notes"]
    assert not second_notes or second_notes[:30] not in screen.content()
    audit.assert_clean()
    assert screen.offsite_requests == [] and phone.offsite_requests == []


def test_the_team_report_on_a_phone(demo, page):
    base = demo.url
    sign_in(page, base, "teamlead@example.org")
    page.goto(f"{base}/dashboard/")
    page.get_by_role("link", name=f"Report for {WARD_TEAM}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Who has done the course")
    audit = Audit(page)
    audit("team report at 360px")
    page.set_viewport_size(PHONE)
    # Each person is a stacked card, not a table row squeezed sideways.
    rows = page.locator(".alongside-report-people tbody tr")
    assert rows.count() >= 10
    display = rows.first.evaluate("el => getComputedStyle(el).display")
    assert display == "block", display
    first, second = (rows.nth(n).bounding_box() for n in (0, 1))
    assert second["y"] >= first["y"] + first["height"] - 1  # one under another
    assert first["width"] <= PHONE["width"]
    expect(rows.first.get_by_text("Status", exact=False).first).to_be_visible()
    # The chart's labels are legible: at least 12px as drawn.
    sizes = page.locator(".alongside-bars__label, .alongside-bars__value").evaluate_all(
        "els => els.map(el => parseFloat(getComputedStyle(el).fontSize))"
    )
    assert sizes and min(sizes) >= 12, sizes
    audit.assert_clean()
