"""The question bank and the live preview panel in the Wagtail admin, in a browser on
the default install's SQLite: search and filters that work, axe-clean, and a
preview panel that shows the page being edited."""

from django.contrib.contenttypes.models import ContentType
from playwright.sync_api import expect

from assessments.models import NumericQuestion, Question
from courses.models import LessonPage

from .conftest import axe_check
from .helpers import sign_in

DESKTOP = {"width": 1280, "height": 900}
BANK = "/admin/snippets/assessments/question/"


def _rows(page):
    return page.locator("table.listing tbody tr")


def test_a_trainer_searches_and_filters_the_question_bank(demo, new_page):
    page = new_page(viewport=DESKTOP)
    base = demo.url
    sign_in(page, base, "trainer@example.org")
    page.goto(f"{base}/admin/")

    # One "Question bank" entry in the menu leads to every kind of question.
    menu = page.get_by_role("navigation", name="Main menu")
    menu.get_by_role("button", name="Question bank").click()
    expect(menu.get_by_role("link", name="True/false questions")).to_have_count(0)
    menu.get_by_role("link", name="All questions").click()
    expect(page.get_by_role("heading", name="Question bank")).to_be_visible()
    assert _rows(page).count() == min(Question.objects.count(), 20)
    axe_check(page)

    # Search as a trainer types it (a server error before, on SQLite).
    search = page.get_by_role("textbox", name="Search term")
    search.fill("principles")
    search.press("Enter")
    principles = page.get_by_role("link", name="M1 Number of principles")
    expect(principles).to_be_visible()
    expected = Question.objects.filter(text__icontains="principles") | (
        Question.objects.filter(name__icontains="principles")
    )
    expect(_rows(page)).to_have_count(expected.distinct().count())
    axe_check(page)

    # Narrowed to one kind, with the search kept.
    numeric = ContentType.objects.get_for_model(NumericQuestion).pk
    page.goto(f"{base}{BANK}?q=principles&kind={numeric}")
    expect(principles).to_be_visible()
    expect(_rows(page)).to_have_count(
        expected.distinct().instance_of(NumericQuestion).count()
    )
    # Each question says where it is used, and leads to its own kind's editor.
    row = _rows(page).filter(has=principles)
    expect(row.get_by_role("cell", name="Numeric question")).to_be_visible()
    principles.click()
    expect(page).to_have_url(
        f"{base}/admin/snippets/assessments/numericquestion/edit/"
        f"{Question.objects.get(name='M1 Number of principles').pk}/"
    )

    # Safety-critical only.
    page.goto(f"{base}{BANK}?is_safety_critical=true")
    critical = Question.objects.filter(is_safety_critical=True).count()
    assert critical
    expect(_rows(page)).to_have_count(min(critical, 20))
    expect(page.get_by_role("columnheader", name="Used in")).to_be_visible()
    axe_check(page)
    assert page.offsite_requests == []


def test_the_preview_panel_shows_the_page_being_edited(demo, new_page):
    page = new_page(viewport=DESKTOP)
    base = demo.url
    lesson = LessonPage.objects.live().first()
    sign_in(page, base, "trainer@example.org")
    page.goto(f"{base}/admin/pages/{lesson.pk}/edit/")

    page.get_by_role("button", name="Toggle preview").click()

    # Wagtail loads each preview in a second frame, then swaps it in: the newest.
    frame = page.frame_locator("iframe[title='Preview']").last
    expect(frame.get_by_role("heading", name=lesson.title).first).to_be_visible(
        timeout=15_000
    )
    # What the panel shows, opened on its own, is axe-clean. (Wagtail's own page
    # editor around it is not: its rich text fields are unnamed ARIA textboxes.)
    src = page.locator("iframe[title='Preview']").last.get_attribute("src")
    page.goto(src)
    expect(page.get_by_role("heading", name=lesson.title).first).to_be_visible()
    axe_check(page)
    assert page.offsite_requests == []
