"""Marking and adding questions in the admin, in a browser: the way on and back from
a piece of marking, a model answer that opens like a disclosure, and the bank's
"Add" asking which kind of question; each page axe-clean."""

from playwright.sync_api import expect

from .conftest import axe_check
from .helpers import sign_in

DESKTOP = {"width": 1280, "height": 900}


def test_a_trainer_marks_with_the_model_answer_and_finds_the_way_back(demo, new_page):
    page = new_page(viewport=DESKTOP)
    base = demo.url
    sign_in(page, base, "trainer@example.org")

    page.goto(f"{base}/admin/marking/")
    expect(page.get_by_role("heading", name="Written scenarios")).to_be_visible()
    expect(page.locator("td[data-waiting]").first).to_contain_text("waiting")
    axe_check(page)

    page.locator("a.button", has_text="Mark").first.click()
    nav = page.get_by_role("navigation", name="Marking")
    expect(nav.get_by_role("link", name="Back to queue")).to_be_visible()
    summary = page.locator("details[data-disclosure=model-answer] > summary")
    expect(summary).to_contain_text("Show the model answer")
    body = page.locator(
        "details[data-disclosure=model-answer] .alongside-disclosure__body"
    )
    expect(body).to_be_hidden()
    summary.click()
    expect(body).to_be_visible()
    axe_check(page)

    nav.get_by_role("link", name="Back to queue").click()
    expect(page).to_have_url(f"{base}/admin/marking/")
    assert page.offsite_requests == []


def test_add_in_the_question_bank_asks_which_kind(demo, new_page):
    page = new_page(viewport=DESKTOP)
    base = demo.url
    sign_in(page, base, "trainer@example.org")

    page.goto(f"{base}/admin/snippets/assessments/question/")
    page.locator('a[href="/admin/snippets/assessments/question/add/"]').first.click()
    expect(page.get_by_role("heading", name="Which kind of question?")).to_be_visible()
    axe_check(page)
    page.get_by_role("link", name="Essay question").click()
    expect(page).to_have_url(f"{base}/admin/snippets/assessments/essayquestion/add/")
    expect(page.get_by_label("Model answer")).to_be_visible()
