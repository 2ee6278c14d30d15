"""'Take a break' keeps what was typed, with JavaScript on and off.

A trainee answers the whole Foundations quiz, presses "Take a break" in the support
panel and comes back: every answer is still there. A half-written reflection goes the
same way. With JavaScript, answers are also saved as they are given, and counters
under long boxes count as you type. Pages on the way are checked by axe-core.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from assessments.models import QuizAttempt
from lms.models import ReflectiveEntry, User

from .conftest import axe_check
from .helpers import module, sign_in

FIELD = "input:not([type=hidden]), select, textarea"
HALF = "Today I noticed how hard it is to sit with silence, and"


def _answer_everything(page: Page) -> int:
    """Answer every question (first option, second choice, some text); say how many."""
    questions = page.locator(".alongside-question")
    total = questions.count()
    for index in range(total):
        fields = questions.nth(index).locator(FIELD)
        for n in range(fields.count()):
            field = fields.nth(n)
            kind = field.evaluate("el => el.type || el.tagName")
            if kind in ("radio", "checkbox"):
                if n == 0:
                    field.check()
            elif kind == "select-one":
                field.select_option(index=1)
            elif kind == "textarea":
                field.fill("I would listen first, then ask what would help today.")
            else:
                field.fill("5" if kind == "number" else "Samaritans")
    return total


def _answers_on_page(page: Page) -> list:
    return page.locator(f".alongside-question :is({FIELD})").evaluate_all(
        """els => els.map(el => el.type === 'radio' || el.type === 'checkbox'
            ? el.checked : el.value)"""
    )


@pytest.mark.parametrize("java_script", [True, False], ids=["js", "no-js"])
def test_take_a_break_keeps_a_whole_quiz(demo, new_page, java_script):
    base = demo.url
    page = new_page(java_script_enabled=java_script)
    trainee = User.objects.get(email="trainee@example.org")
    sign_in(page, base, "trainee@example.org")
    page.goto(base + module("M1").url + "quiz/")
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.get_by_text("Attempt 1", exact=True)).to_be_visible()

    total = _answer_everything(page)
    given = _answers_on_page(page)
    attempt = QuizAttempt.objects.get(user=trainee)
    if java_script:
        # Saved as they were given, before any button is pressed. (The page says
        # so; the database is read once the page has settled, as the live server
        # shares this thread's SQLite connection.)
        expect(page.locator("[data-autosave-status]")).to_contain_text(
            f"Your {total} answers are saved", timeout=20_000
        )
        page.wait_for_load_state("networkidle")
        assert len(QuizAttempt.objects.get(pk=attempt.pk).responses) == total
        essay = page.locator("textarea[data-count]")
        expect(page.locator(f"#{essay.get_attribute('id')}-count")).to_contain_text(
            "You have written 10 words: the task asks for at least 25."
        )
        axe_check(page)

    page.get_by_role("button", name="Take a break").click()
    expect(page.get_by_role("heading", level=1, name="Take a break")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text(f"Your {total} answers are saved")
    if java_script:
        axe_check(page)

    page.get_by_role("link", name="Go back to where you were").click()
    expect(page.get_by_text("Attempt 1", exact=True)).to_be_visible()
    assert _answers_on_page(page) == given, "every answer is still there"
    assert len(QuizAttempt.objects.get(pk=attempt.pk).responses) == total


@pytest.mark.parametrize("java_script", [True, False], ids=["js", "no-js"])
def test_take_a_break_keeps_a_half_written_reflection(demo, new_page, java_script):
    base = demo.url
    page = new_page(java_script_enabled=java_script)
    trainee = User.objects.get(email="trainee@example.org")
    sign_in(page, base, "trainee@example.org")
    page.goto(f"{base}/reflections/new/")
    page.get_by_label("Your reflection").fill(HALF)
    if java_script:
        expect(page.locator("#id_body-count")).to_have_text(
            f"You have {20000 - len(HALF):,} characters left."
        )
        axe_check(page)

    page.get_by_role("button", name="Take a break").click()
    expect(page.get_by_role("heading", level=1, name="Take a break")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Your draft is saved (12 words)")
    assert ReflectiveEntry.objects.get(owner=trainee).is_draft

    page.get_by_role("link", name="Go back to where you were").click()
    expect(page.get_by_label("Your reflection")).to_have_value(HALF)
    page.goto(f"{base}/reflections/")
    expect(page.get_by_role("link", name="Carry on writing")).to_be_visible()
    if java_script:
        axe_check(page)


def test_get_support_keeps_the_quiz_answers_without_javascript(demo, new_page):
    base = demo.url
    page = new_page(java_script_enabled=False)
    trainee = User.objects.get(email="trainee@example.org")
    sign_in(page, base, "trainee@example.org")
    page.goto(base + module("M1").url + "quiz/")
    page.get_by_role("button", name="Start the quiz").click()
    total = _answer_everything(page)
    page.get_by_role("navigation", name="Main menu").get_by_role(
        "button", name="Get support"
    ).click()
    expect(page.get_by_role("main")).to_contain_text(f"Your {total} answers are saved")
    assert len(QuizAttempt.objects.get(user=trainee).responses) == total


def test_a_reflection_is_saved_as_it_is_typed(demo, new_page):
    """With JavaScript the draft is saved a moment after typing stops, the page says
    so politely, and a reload finds every word."""
    base = demo.url
    page = new_page()
    trainee = User.objects.get(email="trainee@example.org")
    sign_in(page, base, "trainee@example.org")
    page.goto(f"{base}/reflections/new/")
    page.get_by_label("Your reflection").press_sequentially(HALF, delay=5)

    status = page.locator("[data-autosave-status]")
    expect(status).to_have_text(
        re.compile(r"Draft saved at \d\d:\d\d\."), timeout=20_000
    )
    axe_check(page)
    page.wait_for_load_state("networkidle")
    entry = ReflectiveEntry.objects.get(owner=trainee)
    assert entry.is_draft and entry.body == HALF
    assert page.url.endswith(f"/reflections/{entry.pk}/")

    page.reload()
    expect(page.get_by_label("Your reflection")).to_have_value(HALF)
    expect(page.get_by_text("Draft", exact=True)).to_be_visible()


def test_a_break_with_an_over_long_essay_keeps_it_without_javascript(demo, new_page):
    """The break is always given: an essay too long to submit is kept whole, and the
    quiz says on return how much to cut."""
    base = demo.url
    page = new_page(java_script_enabled=False)
    trainee = User.objects.get(email="trainee@example.org")
    sign_in(page, base, "trainee@example.org")
    page.goto(base + module("M1").url + "quiz/")
    page.get_by_role("button", name="Start the quiz").click()
    total = _answer_everything(page)
    too_long = "word " * 4499 + "words"  # 22,500 characters; the most is 20,000
    page.locator(".alongside-question textarea").first.fill(too_long)

    page.get_by_role("button", name="Take a break").click()
    expect(page.get_by_role("heading", level=1, name="Take a break")).to_be_visible()
    main = page.get_by_role("main")
    expect(main).to_contain_text(f"Your {total} answers are saved")
    expect(main).to_contain_text("Please shorten it by 2,500 characters")

    page.get_by_role("link", name="Go back to where you were").click()
    expect(page.locator(".alongside-question textarea").first).to_have_value(too_long)
    expect(page.locator(".nhsuk-error-summary")).to_contain_text(
        "Please shorten it by 2,500 characters before you submit."
    )
    assert QuizAttempt.objects.get(user=trainee).is_open
