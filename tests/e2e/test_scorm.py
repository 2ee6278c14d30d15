"""The SCORM 1.2 export played in a runtime nobody here wrote: scorm-again.

A small harness page (``tests/fixtures/scorm/harness.html``) plays the LMS: it makes
scorm-again's ``Scorm12API`` the window's ``API`` and opens the extracted package in a
frame. Everything is served from memory by Playwright under one made-up origin, and any
other request is refused and recorded, so the package is shown to work offline.
Playwright's fake clock stands in for the minutes a learner spends reading.
"""

import io
import json
import mimetypes
import re
import zipfile
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Frame, Locator, Page, expect

from courses.factories import SignpostFactory
from lms.awareness.demo import course_seed
from lms.awareness.scorm import scorm_package_build, scorm_package_files

from .conftest import axe_check
from .scorm_harness import NARROW, ORIGIN, scorm_lms
from .scorm_harness import cmi as _cmi
from .scorm_harness import open_package as _open


@pytest.fixture
def course(home):
    SignpostFactory(name="Samaritans", phone="116 123", is_crisis=True)
    return course_seed(home=home)


@pytest.fixture
def lms(browser, course):
    """A phone-sized page that can open the harness, with the course's package."""
    yield from scorm_lms(browser, scorm_package_files(course))


def _read(page: Page, frame: Frame, course, numbers, *, spend: bool) -> None:
    """Read the given sections (1-based), taking their planned time if ``spend``."""
    for number in numbers:
        heading = frame.get_by_role(
            "heading", level=2, name=_title(course, number), exact=True
        )
        expect(heading).to_be_visible()
        expect(
            frame.get_by_text(f"Section {number} of {len(course.sections)}")
        ).to_be_visible()
        if spend:
            page.clock.fast_forward(_minutes(course, number) * 60 * 1000)
        frame.locator(f'[data-step="section-{number}"] button[data-complete]').click()


def _title(course, number: int) -> str:
    return course.sections[number - 1].value["title"]


def _minutes(course, number: int) -> int:
    return int(course.sections[number - 1].value["minutes"])


def _answer(frame: Frame, course, *, right: bool) -> None:
    for block in course.knowledge_check:
        options = block.value["options"]
        choice = next(i for i, o in enumerate(options) if o["correct"] == right)
        frame.get_by_label(options[choice]["text"], exact=True).check()
    frame.get_by_role("button", name="Check my answers").click()


def test_the_course_plays_and_reports_passed_with_a_score(lms, course):
    frame = _open(lms)
    assert _cmi(lms, "core.lesson_status") == "incomplete"
    expect(frame.get_by_role("heading", level=1)).to_have_text(course.title)
    # The support lines travel with the course.
    expect(frame.get_by_role("heading", name="Need support now?")).to_be_visible()
    expect(frame.get_by_role("link", name="116 123")).to_be_visible()

    frame.get_by_role("button", name="Start the course").click()
    _read(lms, frame, course, range(1, len(course.sections) + 1), spend=True)
    expect(frame.get_by_role("heading", name="Quick check")).to_be_visible()
    _answer(frame, course, right=True)

    expect(frame.get_by_role("heading", name="Course completed")).to_be_visible()
    assert _cmi(lms, "core.lesson_status") == "passed"
    assert _cmi(lms, "core.score.raw") == "100"
    assert _cmi(lms, "core.score.max") == "100"
    frame.get_by_role("button", name="Finish and save my record").click()
    expect(frame.get_by_text("Your record is saved")).to_be_visible()

    calls = lms.evaluate("window.harnessCalls")
    assert calls[-1] == "LMSFinish"
    assert calls.count("LMSFinish") == 1
    assert _cmi(lms, "core.lesson_status") == "passed"
    assert _cmi(lms, "core.exit") == ""
    # The sitting's length, a SCORM 1.2 timespan the runtime accepted (it keeps it in
    # its own HH:MM:SS.SS form): the 45 minutes of reading and a few seconds.
    session = _cmi(lms, "core.session_time")
    found = re.fullmatch(r"(\d{2,4}):(\d{2}):(\d{2})(\.\d{1,2})?", session)
    assert found, session
    assert (int(found[1]), int(found[2])) == (0, 45), session


def test_leaving_part_way_resumes_at_the_same_section(lms, course):
    frame = _open(lms)
    frame.get_by_role("button", name="Start the course").click()
    _read(lms, frame, course, [1, 2, 3], spend=True)
    expect(frame.get_by_role("heading", name=_title(course, 4))).to_be_visible()

    lms.reload()  # the learner closes the course; the LMS keeps what was saved
    saved = json.loads(lms.evaluate("sessionStorage.getItem('scorm-harness-cmi')"))
    assert saved["core"]["exit"] == "suspend"
    assert saved["core"]["lesson_location"] == "section-4"

    frame = _open(lms)
    expect(
        frame.get_by_role("heading", level=2, name=_title(course, 4))
    ).to_be_visible()
    expect(frame.get_by_text("Welcome back")).to_be_visible()
    parts = len(course.sections) + 1  # the sections and the quick check
    expect(frame.get_by_text(f"Your progress: 3 of {parts} parts done")).to_be_visible()
    # The time already spent counts: reading the rest at its pace completes it.
    _read(lms, frame, course, range(4, len(course.sections) + 1), spend=True)
    _answer(frame, course, right=True)
    expect(frame.get_by_role("heading", name="Course completed")).to_be_visible()
    assert _cmi(lms, "core.lesson_status") == "passed"


def test_finishing_faster_than_the_minimum_does_not_pass(lms, course):
    frame = _open(lms)
    frame.get_by_role("button", name="Start the course").click()
    _read(lms, frame, course, range(1, len(course.sections) + 1), spend=False)

    _answer(frame, course, right=False)
    expect(frame.get_by_role("heading", name="Not finished yet")).to_be_visible()
    assert _cmi(lms, "core.lesson_status") == "failed"
    assert _cmi(lms, "core.score.raw") == "0"
    # The right answers are not given away after a failed go.
    explanation = course.knowledge_check[0].value["explanation"]
    expect(frame.get_by_text(explanation)).to_have_count(0)

    frame.get_by_role("button", name="Try the quick check again").click()
    _answer(frame, course, right=True)
    expect(frame.get_by_role("heading", name="Not finished yet")).to_be_visible()
    expect(
        frame.get_by_text(re.compile(r"it needs about \d+ minutes more"))
    ).to_be_visible()
    assert _cmi(lms, "core.lesson_status") == "incomplete"
    assert _cmi(lms, "core.score.raw") == "100"

    lms.reload()
    saved = json.loads(lms.evaluate("sessionStorage.getItem('scorm-harness-cmi')"))
    assert saved["core"]["lesson_status"] == "incomplete"
    assert saved["core"]["exit"] == "suspend"

    # Coming back and reading the sections at their pace brings the time up to the
    # minimum, and the course then passes (the check is not asked again).
    frame = _open(lms)
    expect(frame.get_by_role("heading", name="Not finished yet")).to_be_visible()
    frame.get_by_role("button", name=f"1. {_title(course, 1)}").click()
    _read(lms, frame, course, range(1, len(course.sections) + 1), spend=True)
    expect(frame.get_by_role("heading", name="Course completed")).to_be_visible()
    assert _cmi(lms, "core.lesson_status") == "passed"


def _keyboard_to(page: Page, target: Locator, *, max_tabs: int = 80) -> None:
    """Press Tab until ``target`` has focus, then Enter."""
    for _ in range(max_tabs):
        if target.evaluate("el => el === document.activeElement"):
            page.keyboard.press("Enter")
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{max_tabs} presses of Tab never reached {target}")


def test_keyboard_only_at_320_px_and_axe_finds_nothing(lms, course):
    frame = _open(lms)
    axe_check(frame)
    assert frame.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]

    _keyboard_to(lms, frame.get_by_role("button", name="Start the course"))
    heading = frame.get_by_role("heading", level=2, name=_title(course, 1))
    expect(heading).to_be_focused()
    axe_check(frame)
    assert frame.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]

    for number in range(1, len(course.sections) + 1):
        lms.clock.fast_forward(_minutes(course, number) * 60 * 1000)
        button = frame.locator(f'[data-step="section-{number}"] button[data-complete]')
        _keyboard_to(lms, button)
    expect(frame.get_by_role("heading", name="Quick check")).to_be_focused()

    # Sending the check unanswered shows NHS.UK's error summary, focused.
    _keyboard_to(lms, frame.get_by_role("button", name="Check my answers"))
    expect(frame.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(frame.locator("[data-check-errors]")).to_be_focused()
    axe_check(frame)

    for index, block in enumerate(course.knowledge_check):
        options = block.value["options"]
        right = next(i for i, o in enumerate(options) if o["correct"])
        radio = frame.locator(f"#question-{index + 1}-0")
        _keyboard_to_focus(lms, radio)
        for _ in range(right):
            lms.keyboard.press("ArrowDown")
        lms.keyboard.press("Space")
    _keyboard_to(lms, frame.get_by_role("button", name="Check my answers"))
    expect(frame.get_by_role("heading", name="Course completed")).to_be_focused()
    axe_check(frame)
    assert _cmi(lms, "core.lesson_status") == "passed"


def _keyboard_to_focus(page: Page, target: Locator, *, max_tabs: int = 80) -> None:
    for _ in range(max_tabs):
        if target.evaluate("el => el === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{max_tabs} presses of Tab never reached {target}")


def test_the_package_is_readable_without_javascript(browser, course):
    files = scorm_package_files(course)
    context = browser.new_context(viewport=NARROW, java_script_enabled=False)

    def serve(route) -> None:
        path = urlsplit(route.request.url).path.lstrip("/")
        body = files.get(path)
        if urlsplit(route.request.url).netloc != "lms.test" or body is None:
            route.abort()
            return
        kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
        route.fulfill(status=200, body=body, content_type=kind)

    context.route("**/*", serve)
    page = context.new_page()
    page.goto(f"{ORIGIN}/index.html")
    for number in range(1, len(course.sections) + 1):
        expect(
            page.get_by_role("heading", level=2, name=_title(course, number))
        ).to_be_visible()
    expect(page.get_by_text("open it from your learning system")).to_be_visible()
    context.close()


def test_the_zip_unpacks_to_the_files_served_here(course):
    """The tests above serve ``scorm_package_files``; the zip holds exactly those."""
    archive = zipfile.ZipFile(io.BytesIO(scorm_package_build(course)))
    files = scorm_package_files(course)
    assert {name: archive.read(name) for name in archive.namelist()} == files
