"""A reflection half-written in a lesson's prompt is kept, with JavaScript on and off.

Walked on a phone: the trainee reads "What peer support can and cannot do", starts
answering its "Take a moment to reflect" prompt, and then presses "Take a break" in
the support panel, "Get support" in the menu or the footer, or "I've finished this
lesson". Each used to throw the words away (the prompt's form was separate from all of
those buttons, and had no draft or autosave), while the break page said "Your place is
saved". Now each keeps the words as a draft that the lesson's prompt shows again.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from lms.models import LessonCompletion, ReflectiveEntry, User

from .conftest import axe_check
from .helpers import lessons, sign_in

HALF = "Peer support is someone who has been there too, and it is not"
BOX = "Your reflection (optional, private)"


def _open_lesson(page: Page, base: str):
    lesson = lessons("M1")[2]
    page.goto(base + lesson.url)
    expect(page.get_by_role("heading", level=1, name=lesson.title)).to_be_visible()
    return lesson


@pytest.mark.parametrize("java_script", [True, False], ids=["js", "no-js"])
def test_take_a_break_keeps_a_reflection_half_written_in_a_lesson(
    demo, new_page, java_script
):
    base = demo.url
    page = new_page(java_script_enabled=java_script)
    trainee = User.objects.get(email="trainee@example.org")
    sign_in(page, base, "trainee@example.org")
    lesson = _open_lesson(page, base)
    page.get_by_label(BOX).fill(HALF)
    if java_script:
        axe_check(page)

    page.get_by_role("complementary").get_by_role("button", name="Take a break").click()
    expect(page.get_by_role("heading", level=1, name="Take a break")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Your draft is saved (13 words)")
    entry = ReflectiveEntry.objects.get(owner=trainee)
    assert entry.is_draft and entry.body == HALF and entry.lesson_id == lesson.pk
    assert entry.title == lesson.title

    # Back in the lesson (the next day), the prompt holds every word.
    page.get_by_role("link", name="Go back to where you were").click()
    expect(page.get_by_label(BOX)).to_have_value(HALF)
    expect(page.get_by_text("Your unfinished reflection, saved")).to_be_visible()
    if java_script:
        axe_check(page)

    # Finishing it from the lesson puts it in the log and leaves the prompt empty.
    page.get_by_label(BOX).fill(HALF + " a therapist.")
    page.get_by_role("button", name="Save to my log").click()
    expect(page.get_by_text("Saved to your reflective log")).to_be_visible()
    expect(page).to_have_url(re.compile(re.escape(lesson.url) + "$"))
    expect(page.get_by_label(BOX)).to_have_value("")
    entry.refresh_from_db()
    assert not entry.is_draft and entry.body.endswith("a therapist.")
    assert ReflectiveEntry.objects.filter(owner=trainee).count() == 1


@pytest.mark.parametrize("java_script", [True, False], ids=["js", "no-js"])
def test_get_support_and_finishing_the_lesson_keep_the_reflection(
    demo, new_page, java_script
):
    base = demo.url
    page = new_page(java_script_enabled=java_script)
    trainee = User.objects.get(email="trainee@example.org")
    sign_in(page, base, "trainee@example.org")
    lesson = _open_lesson(page, base)

    page.get_by_label(BOX).fill(HALF)
    page.get_by_role("contentinfo").get_by_role("button", name="Get support").click()
    expect(page.get_by_role("heading", level=1, name="Get support")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Your draft is saved")
    assert ReflectiveEntry.objects.get(owner=trainee).body == HALF

    _open_lesson(page, base)
    page.get_by_label(BOX).fill(HALF + " a counsellor.")
    page.get_by_role("button", name="I've finished this lesson").click()
    expect(page.get_by_text("Well done")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Your draft is saved (15 words)")
    assert LessonCompletion.objects.filter(user=trainee, lesson=lesson).exists()
    entry = ReflectiveEntry.objects.get(owner=trainee)
    assert entry.is_draft and entry.body == HALF + " a counsellor."


def test_a_lesson_reflection_is_saved_as_it_is_typed_and_stays_on_the_lesson(
    demo, new_page
):
    base = demo.url
    page = new_page()
    trainee = User.objects.get(email="trainee@example.org")
    sign_in(page, base, "trainee@example.org")
    lesson = _open_lesson(page, base)
    page.get_by_label(BOX).press_sequentially(HALF, delay=5)
    expect(page.locator("[data-autosave-status]")).to_have_text(
        re.compile(r"Draft saved at \d\d:\d\d\."), timeout=20_000
    )
    expect(
        page.locator(f"#{page.get_by_label(BOX).get_attribute('id')}-count")
    ).to_have_text(f"You have {20000 - len(HALF):,} characters left.")
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(lesson.url), "the address stays the lesson's"
    page.reload()
    expect(page.get_by_label(BOX)).to_have_value(HALF)
    assert ReflectiveEntry.objects.get(owner=trainee).is_draft


def test_a_break_with_nothing_written_saves_no_empty_draft(demo, new_page):
    base = demo.url
    page = new_page(java_script_enabled=False)
    trainee = User.objects.get(email="trainee@example.org")
    sign_in(page, base, "trainee@example.org")
    _open_lesson(page, base)
    page.get_by_role("complementary").get_by_role("button", name="Take a break").click()
    expect(page.get_by_role("heading", level=1, name="Take a break")).to_be_visible()
    expect(page.get_by_role("main")).not_to_contain_text("Nothing was written yet")
    assert not ReflectiveEntry.objects.filter(owner=trainee).exists()
