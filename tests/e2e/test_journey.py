"""A new learner's first session, by keyboard alone and then with JavaScript off.

Sign up, follow the emailed link that confirms the address, enrol on the Foundation
programme, open the safeguarding module (M4, which has a content note), read the note
first, continue, read the first lesson, mark it finished, and see the progress on the
next lesson and on "My learning".

M4 builds on M1 and M3, so once enrolled the learner is given those two modules as
already finished (as if studied earlier); everything else happens in the browser.
"""

import re

from playwright.sync_api import Page, expect

from lms.models import User

from .conftest import axe_check
from .helpers import (
    PROGRAMME_TITLE,
    complete_modules,
    emailed_path,
    is_focused,
    lessons,
    tab_to,
)

FULL_NAME = "Jo Keyboard"
EMAIL = "jo@example.org"
PASSWORD = "quiet-harbour-lantern-42"
CHECK_EMAIL = "Check your email to finish creating your account"
M4_TITLE = "Safeguarding, confidentiality, information sharing and recording"


def heading(page: Page):
    return page.get_by_role("heading", level=1)


def main(page: Page):
    return page.get_by_role("main")


def nav(page: Page):
    return page.get_by_role("navigation", name="Main menu")


def assert_note_comes_first(page: Page) -> None:
    """The content note is the first thing after the title; lessons are not links."""
    note = page.get_by_role("region", name="Before you start: a content note")
    expect(note).to_be_visible()
    first_after_title = page.evaluate(
        "() => document.querySelector('main h1').nextElementSibling.id"
        " || document.querySelector('main h1').nextElementSibling.className"
    )
    assert "alongside-content-note" in first_after_title
    lesson_list = main(page).locator(".alongside-lessons")
    expect(lesson_list.get_by_role("link")).to_have_count(0)
    expect(note).to_contain_text("abuse and neglect")


def assert_progress_after_first_lesson(page: Page, first_lesson: str) -> None:
    expect(page.get_by_text("Well done, that lesson is finished.")).to_be_visible()
    expect(page.locator(".nhsuk-caption-l")).to_have_text("Lesson 2 of 3")
    module_progress = page.get_by_text("This module: 1 of 3 lessons done")
    expect(module_progress).to_be_visible()
    expect(
        page.get_by_role("progressbar", name=re.compile("This module"))
    ).to_have_attribute("value", "1")
    assert first_lesson != heading(page).inner_text()


def assert_dashboard_progress(page: Page) -> None:
    expect(heading(page)).to_have_text("My learning")
    card = main(page).get_by_role("region", name=PROGRAMME_TITLE, exact=True)
    expect(card).to_contain_text("Your progress: 7 of 33 lessons done")
    expect(card).to_contain_text(f"{M4_TITLE}: 1 of 3 lessons done")
    expect(card.get_by_role("link", name=re.compile("^Carry on:"))).to_be_visible()


def test_first_session_by_keyboard_only(demo, page):
    base = demo.url
    page.goto(f"{base}/")

    # The skip link is the first stop and takes focus to the main content.
    skip = page.get_by_role("link", name="Skip to main content")
    tab_to(page, skip, max_tabs=1)
    page.keyboard.press("Enter")
    expect(main(page)).to_be_focused()

    tab_to(page, main(page).get_by_role("link", name=PROGRAMME_TITLE))
    page.keyboard.press("Enter")
    expect(heading(page)).to_have_text(PROGRAMME_TITLE)

    tab_to(page, main(page).get_by_role("link", name="Create an account to enrol"))
    page.keyboard.press("Enter")
    expect(heading(page)).to_have_text("Create an account")

    # The form's fields come one after another in the order they are shown.
    tab_to(page, page.get_by_label("Full name"))
    page.keyboard.type(FULL_NAME)
    tab_to(page, page.get_by_label("Email address"), max_tabs=1)
    page.keyboard.type(EMAIL)
    nation = page.get_by_label("Where are you? (optional)")
    tab_to(page, nation, max_tabs=1)
    page.keyboard.type("Wales")
    expect(nation).to_have_value("wales")
    tab_to(page, page.get_by_label("Create a password"), max_tabs=1)
    page.keyboard.type(PASSWORD)
    tab_to(page, page.get_by_label("Type the password again"), max_tabs=1)
    page.keyboard.type(PASSWORD)
    tab_to(page, page.get_by_role("button", name="Create account"), max_tabs=1)
    page.keyboard.press("Enter")

    # Check your email, then open the link in it (in this browser, so the password
    # just chosen stands): one button confirms the address and signs in.
    expect(heading(page)).to_have_text(CHECK_EMAIL)
    expect(main(page)).to_contain_text(EMAIL)
    axe_check(page)
    page.goto(base + emailed_path(EMAIL, "/accounts/signup/confirm/"))
    expect(heading(page)).to_have_text("Finish creating your account")
    axe_check(page)
    tab_to(page, main(page).get_by_role("button", name="Confirm and sign in"))
    page.keyboard.press("Enter")

    # Back on the programme, signed in: enrol with the space bar.
    expect(heading(page)).to_have_text(PROGRAMME_TITLE)
    expect(page.get_by_text("Welcome to Alongside, Jo.")).to_be_visible()
    tab_to(page, main(page).get_by_role("button", name="Enrol on this programme"))
    page.keyboard.press("Space")
    expect(page.get_by_text("You are enrolled. Welcome aboard.")).to_be_visible()

    learner = User.objects.get(email=EMAIL)
    assert learner.nation == "wales"
    complete_modules(learner, "M1", "M3")

    tab_to(page, main(page).get_by_role("link", name=f"M4. {M4_TITLE}"))
    page.keyboard.press("Enter")
    expect(heading(page)).to_have_text(M4_TITLE)
    assert_note_comes_first(page)
    axe_check(page)

    # The note's first choice is the first thing to tab to in the main content.
    tab_to(page, skip)
    page.keyboard.press("Enter")
    continue_button = main(page).get_by_role("button", name="Continue to the module")
    tab_to(page, continue_button, max_tabs=1)
    page.keyboard.press("Space")

    first_lesson = lessons("M4")[0].title
    expect(heading(page)).to_have_text(first_lesson)
    expect(page.locator(".nhsuk-caption-l")).to_have_text("Lesson 1 of 3")
    expect(page.get_by_text("This module: 0 of 3 lessons done")).to_be_visible()

    # Read the lesson: its content is reachable and nothing on the way is hidden.
    finished = main(page).get_by_role("button", name="I've finished this lesson")
    tab_to(page, finished)
    page.keyboard.press("Enter")
    assert_progress_after_first_lesson(page, first_lesson)

    my_learning = nav(page).get_by_role("link", name="My learning")
    tab_to(page, my_learning)
    assert is_focused(my_learning)
    page.keyboard.press("Enter")
    assert_dashboard_progress(page)
    axe_check(page)


def test_first_session_without_javascript(demo, new_page):
    base = demo.url
    page = new_page(java_script_enabled=False)
    page.goto(f"{base}/")
    page.get_by_role("link", name=PROGRAMME_TITLE).click()
    page.get_by_role("link", name="Create an account to enrol").click()
    page.get_by_label("Full name").fill(FULL_NAME)
    page.get_by_label("Email address").fill(EMAIL)
    page.get_by_label("Where are you? (optional)").select_option("wales")
    page.get_by_label("Create a password").fill(PASSWORD)
    page.get_by_label("Type the password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(heading(page)).to_have_text(CHECK_EMAIL)
    # Nothing came? Send it again; then open the link on another device (a fresh
    # browser), which asks for a password before the account can be used.
    page.get_by_role("button", name="Send the email again").click()
    expect(page.get_by_text("We have sent the email again.")).to_be_visible()
    link = base + emailed_path(EMAIL, "/accounts/signup/confirm/")
    page = new_page(java_script_enabled=False)
    page.goto(link)
    expect(heading(page)).to_have_text("Finish creating your account")
    page.get_by_label("Choose a password").fill(PASSWORD)
    page.get_by_label("Type the password again").fill(PASSWORD)
    page.get_by_role("button", name="Save password and sign in").click()

    expect(heading(page)).to_have_text(PROGRAMME_TITLE)
    expect(page.get_by_text("Welcome to Alongside, Jo.")).to_be_visible()
    page.get_by_role("button", name="Enrol on this programme").click()
    expect(page.get_by_text("You are enrolled. Welcome aboard.")).to_be_visible()
    complete_modules(User.objects.get(email=EMAIL), "M1", "M3")

    page.get_by_role("link", name=f"M4. {M4_TITLE}").click()
    assert_note_comes_first(page)
    page.get_by_role("button", name="Continue to the module").click()
    first_lesson = lessons("M4")[0].title
    expect(heading(page)).to_have_text(first_lesson)
    page.get_by_role("button", name="I've finished this lesson").click()
    assert_progress_after_first_lesson(page, first_lesson)

    nav(page).get_by_role("link", name="My learning").click()
    assert_dashboard_progress(page)
    # Nothing, not even a web font, was asked for from another site.
    assert page.offsite_requests == [], page.offsite_requests
