"""A quiz and a branching scenario on a phone, by keyboard alone, checked by axe.

The demo trainee takes the Foundations quiz (M1): every question is answered with the
keyboard (Space on a radio or tick box, arrow keys in a drop-down, typing in a box),
the attempt is submitted, and the result with feedback is read. Then the M3 branching
scenario is played to its end choosing with the keyboard. Every page on the way is
checked by axe-core and for sideways scrolling at 320px.
"""

import re

from playwright.sync_api import Page, expect

from assessments.models import QuizAttempt, ScenarioAttempt, ScenarioPage
from lms.models import User

from .helpers import Audit, complete_modules, module, sign_in, tab_to

FIELD = "input:not([type=hidden]), select, textarea"


def _answer_by_keyboard(page: Page, question) -> None:
    """Give an answer to one question using only Tab and keys."""
    fields = question.locator(FIELD)
    kinds = fields.evaluate_all("els => els.map(el => el.type || el.tagName)")
    if kinds[0] in ("radio", "checkbox"):
        tab_to(page, fields.first)
        page.keyboard.press("Space")
        assert fields.first.is_checked()
        return
    for index, kind in enumerate(kinds):
        field = fields.nth(index)
        tab_to(page, field)
        if kind == "select-one":
            before = field.input_value()
            page.keyboard.press("ArrowDown")
            assert field.input_value() != before, "arrow keys change the choice"
        else:
            page.keyboard.type("5" if kind == "number" else "I would listen first")


def test_a_quiz_by_keyboard_on_a_phone(demo, page):
    base = demo.url
    audit = Audit(page)
    trainee = User.objects.get(email="trainee@example.org")
    quiz_url = base + module("M1").url + "quiz/"

    sign_in(page, base, "trainee@example.org")
    page.goto(quiz_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check your understanding: Foundations"
    )
    audit("quiz introduction")
    tab_to(page, page.get_by_role("button", name="Start the quiz"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Attempt 1", exact=True)).to_be_visible()
    audit("quiz attempt, empty")

    questions = page.locator(".alongside-question")
    total = questions.count()
    assert total >= 5
    for index in range(total):
        _answer_by_keyboard(page, questions.nth(index))
    audit("quiz attempt, filled")
    tab_to(page, page.get_by_role("button", name="Save and come back later"))
    page.keyboard.press("Enter")
    # The page the server sends back says so (the old page also shows "Attempt 1",
    # and axe must not start on it while the new one loads).
    expect(page.locator(".alongside-messages")).to_contain_text(
        f"Your {total} answers are saved"
    )
    expect(page.get_by_text("Attempt 1", exact=True)).to_be_visible()
    audit("quiz attempt, saved")

    tab_to(page, page.get_by_role("button", name="Submit my answers"))
    page.keyboard.press("Enter")
    # The essay's few typed words are short of the task's range: asked first.
    expect(page.get_by_role("heading", level=1)).to_have_text("Submit your answers?")
    expect(page.get_by_role("main")).to_contain_text("the task asks for 25 to 120")
    audit("quiz confirmation")
    tab_to(page, page.get_by_role("button", name="Submit anyway"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("your result$")
    )
    attempt = QuizAttempt.objects.get(user=trainee, quiz__url_path__endswith="/quiz/")
    assert attempt.status != QuizAttempt.Status.IN_PROGRESS
    assert len(attempt.responses) == total, "every keyboard answer was kept"
    expect(page.get_by_role("main")).to_contain_text(
        re.compile(
            r"You passed with [0-9.]+%|Not passed yet \([0-9.]+%\)"
            r"|Part of this quiz is marked by a trainer"
        )
    )
    audit("quiz result with feedback")
    # Each question once, folded on a phone, so the page stays short; a tap (or
    # Enter on its summary) opens one.
    reviews = page.locator("details.alongside-review")
    assert reviews.count() == total
    assert reviews.evaluate_all("els => els.filter(el => el.open).length") == 0
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 4000, f"the result page runs to {height}px on a phone"
    tab_to(page, reviews.first.locator("summary"))
    page.keyboard.press("Enter")
    expect(reviews.first).to_have_attribute("open", "")
    audit("quiz result with a question opened")

    page.goto(quiz_url)
    expect(page.get_by_role("link", name="See result of attempt 1")).to_be_visible()
    audit("quiz introduction with an attempt")
    audit.assert_clean()


def test_a_branching_scenario_by_keyboard_on_a_phone(demo, page):
    base = demo.url
    audit = Audit(page)
    trainee = User.objects.get(email="trainee@example.org")
    complete_modules(trainee, "M1")
    scenario = ScenarioPage.objects.live().descendant_of(module("M3")).first()

    sign_in(page, base, "trainee@example.org")
    page.goto(base + scenario.url)
    note = page.get_by_role("button", name="Continue to the module")
    if note.count():  # a module with a content note asks first
        tab_to(page, note)
        page.keyboard.press("Enter")
        page.goto(base + scenario.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(scenario.title)
    audit("scenario introduction")
    start = page.locator("main form button[type=submit]").first
    tab_to(page, start)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    steps = 0
    while page.locator("input[name=choice]").count():
        expect(page.get_by_text("What do you do?")).to_be_visible()
        audit(f"scenario step {steps + 1}")
        tab_to(page, page.locator("input[name=choice]").first)
        page.keyboard.press("Space")
        tab_to(page, page.get_by_role("button", name="Choose"))
        with page.expect_navigation():
            page.keyboard.press("Enter")
        steps += 1
        assert steps < 20, "the scenario never ended"

    expect(page.get_by_role("heading", name="Your path")).to_be_visible()
    expect(page.get_by_text("You chose:").first).to_be_visible()
    audit("scenario ending with debrief")
    run = ScenarioAttempt.objects.get(user=trainee, scenario=scenario)
    assert len(run.path) == steps
    audit.assert_clean()
