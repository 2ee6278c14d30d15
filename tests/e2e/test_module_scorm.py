"""A programme module's SCORM 1.2 export played in scorm-again, as the awareness
course's is (``test_scorm.py``): its lessons, its quiz as the check with the quiz's
safety-critical rule, resuming, and axe at 320 px, all offline."""

import json

import pytest
from playwright.sync_api import Frame, Page, expect

from lms.module_scorm import scorm_module_files
from tests.lms.test_module_scorm import handout, module  # noqa: F401 (fixtures)

from .conftest import axe_check
from .scorm_harness import NARROW, cmi, open_package, scorm_lms

LESSONS = ["Listening first", "Signposting"]


@pytest.fixture
def lms(browser, module):  # noqa: F811
    yield from scorm_lms(browser, scorm_module_files(module))


def _read(frame: Frame, numbers) -> None:
    for number in numbers:
        expect(
            frame.get_by_role("heading", level=2, name=LESSONS[number - 1], exact=True)
        ).to_be_visible()
        expect(frame.get_by_text(f"Lesson {number} of {len(LESSONS)}")).to_be_visible()
        frame.locator(f'[data-step="section-{number}"] button[data-complete]').click()


def _answer(frame: Frame, *, open_question_right: bool, safety_right: bool) -> None:
    frame.get_by_label(
        "What was that like?" if open_question_right else "Open question wrong 0",
        exact=True,
    ).check()
    frame.locator("#question-2-0" if safety_right else "#question-2-1").check()
    frame.get_by_role("button", name="Check my answers").click()


def test_the_module_plays_offers_its_handout_and_reports_passed(lms: Page, module):  # noqa: F811
    frame = open_package(lms)
    expect(frame.get_by_role("heading", level=1)).to_have_text(module.title)
    expect(frame.get_by_text("This module talks about birth trauma.")).to_be_visible()
    expect(frame.get_by_role("heading", name="Need support now?")).to_be_visible()
    frame.get_by_role("button", name="Start the module").click()
    _read(frame, [1])
    # The handout is a file of the package, served from it like the page.
    handout_link = frame.get_by_role("link", name="Helplines handout")
    expect(handout_link).to_be_visible()
    status = frame.evaluate(
        "href => fetch(href).then(r => r.status)", handout_link.get_attribute("href")
    )
    assert status == 200
    _read(frame, [2])

    expect(frame.get_by_role("heading", name="Quick check")).to_be_visible()
    expect(frame.locator("#question-2-hint")).to_contain_text("Must be right")
    _answer(frame, open_question_right=True, safety_right=True)
    expect(frame.get_by_role("heading", name="Module completed")).to_be_visible()
    assert cmi(lms, "core.lesson_status") == "passed"
    assert cmi(lms, "core.score.raw") == "100"
    frame.get_by_role("button", name="Finish and save my record").click()
    expect(frame.get_by_text("Your record is saved")).to_be_visible()
    assert lms.evaluate("window.harnessCalls")[-1] == "LMSFinish"


def test_a_wrong_safety_critical_answer_fails_whatever_the_total(lms: Page):
    frame = open_package(lms)
    frame.get_by_role("button", name="Start the module").click()
    _read(frame, [1, 2])
    # One of two right is the 50% pass mark, but the wrong one must be right.
    _answer(frame, open_question_right=True, safety_right=False)
    expect(frame.get_by_role("heading", name="Not finished yet")).to_be_visible()
    expect(
        frame.get_by_text("including every question that must be right")
    ).to_be_visible()
    assert cmi(lms, "core.lesson_status") == "failed"
    assert cmi(lms, "core.score.raw") == "50"
    # No right answers are given away after a failed go.
    expect(frame.get_by_text("The answer:")).to_have_count(0)

    frame.get_by_role("button", name="Try the quick check again").click()
    _answer(frame, open_question_right=False, safety_right=True)
    expect(frame.get_by_role("heading", name="Module completed")).to_be_visible()
    assert cmi(lms, "core.lesson_status") == "passed"


def test_leaving_part_way_resumes_at_the_same_lesson(lms: Page):
    frame = open_package(lms)
    frame.get_by_role("button", name="Start the module").click()
    _read(frame, [1])
    lms.reload()
    saved = json.loads(lms.evaluate("sessionStorage.getItem('scorm-harness-cmi')"))
    assert saved["core"]["lesson_location"] == "section-2"
    assert saved["core"]["exit"] == "suspend"

    frame = open_package(lms)
    expect(frame.get_by_role("heading", level=2, name=LESSONS[1])).to_be_visible()
    expect(frame.get_by_text("Welcome back")).to_be_visible()
    expect(frame.get_by_text("Your progress: 1 of 3 parts done")).to_be_visible()


def test_axe_finds_nothing_at_320_px(lms: Page):
    frame = open_package(lms)
    axe_check(frame)
    assert frame.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    frame.get_by_role("button", name="Start the module").click()
    axe_check(frame)
    _read(frame, [1])
    axe_check(frame)
    assert frame.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    _read(frame, [2])
    frame.get_by_role("button", name="Check my answers").click()
    expect(frame.locator("[data-check-errors]")).to_be_focused()
    axe_check(frame)
    _answer(frame, open_question_right=True, safety_right=True)
    expect(frame.get_by_role("heading", name="Module completed")).to_be_visible()
    axe_check(frame)
