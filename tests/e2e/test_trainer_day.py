"""A trainer's day in the admin: the home's panels → marking, and on to the next
piece → a trainee who may be stuck → the gradebook → the report → CSV downloads,
every page axe-clean at 360px, none sideways at 320px."""

import csv
import io

from playwright.sync_api import expect

from lms.models import Cohort

from .helpers import Audit, sign_in


def _csv_rows(download) -> list[list[str]]:
    with open(download.path(), encoding="utf-8-sig") as handle:
        return list(csv.reader(io.StringIO(handle.read())))


def test_a_trainers_day_in_the_admin(demo, page):
    base = demo.url
    cohort = Cohort.objects.get(trainers__email="trainer@example.org")
    audit = Audit(page)
    sign_in(page, base, "trainer@example.org")

    # The admin's home says what needs doing today.
    page.goto(f"{base}/admin/")
    stuck = page.locator("#stuck-trainees-section")
    heading = stuck.get_by_role("heading", name="Trainees who may be stuck")
    expect(heading).to_be_visible()
    audit("admin home with panels")

    # First the marking: the oldest piece of work, marked, then straight on to the next.
    marking = page.locator("#work-to-mark-section")
    expect(marking.get_by_role("heading", name="Work to mark")).to_be_visible()
    marking.locator("tbody a").first.click()
    nav = page.get_by_role("navigation", name="Marking")
    expect(nav.get_by_role("link", name="Back to queue")).to_be_visible()
    audit("marking, from the panel")
    groups = page.eval_on_selector_all(
        "form input[type=radio]", "els => [...new Set(els.map(e => e.name))]"
    )
    assert groups, "the demo's oldest work is marked against a rubric"
    for name in groups:
        page.locator(f"input[type=radio][name='{name}']").last.check()
    marked = page.url
    page.get_by_role("button", name="Save and mark the next one").click()
    expect(page.get_by_text("Marked. The trainee has been told.")).to_be_visible()
    assert page.url != marked and "/admin/marking/" in page.url
    audit("the next piece of marking")
    page.get_by_role("navigation", name="Marking").get_by_role(
        "link", name="Back to queue"
    ).click()
    expect(page).to_have_url(f"{base}/admin/marking/")
    page.goto(f"{base}/admin/")

    # A task: follow up a trainee who may be stuck.
    stuck.locator("tbody a").first.click()
    expect(page.get_by_role("heading", name="Quiz attempts")).to_be_visible()
    audit("trainee from the panel")

    # Breadcrumbs lead back to the cohort; its tabs to the gradebook.
    page.get_by_role("navigation", name=cohort.name).get_by_role(
        "link", name="Gradebook"
    ).click()
    table = page.get_by_role("table", name="Progress by trainee and module")
    expect(table).to_be_visible()
    expect(page.get_by_text("scroll sideways to see every module")).to_be_visible()
    audit("gradebook")

    # Fold the module columns down to one, without JavaScript's help.
    page.get_by_text("Module columns:").click()
    boxes = page.locator("input[name=modules]")
    labels = page.locator(".cohorts-columns label")
    first_module = labels.first.inner_text().strip()
    second_module = labels.nth(1).inner_text().strip()
    for index in range(1, boxes.count()):
        boxes.nth(index).uncheck()
    page.get_by_role("button", name="Filter").click()
    headers = page.get_by_role("table", name="Progress by trainee and module").locator(
        "thead th"
    )
    expect(headers.filter(has_text=first_module)).to_have_count(1)
    expect(headers.filter(has_text=second_module)).to_have_count(0)
    folded = page.get_by_text(f"Module columns: 1 of {boxes.count()} shown")
    expect(folded).to_be_visible()
    audit("gradebook, one module")

    # The CSV is what the page shows: the same columns.
    with page.expect_download() as got:
        page.get_by_role("link", name="Download this view").click()
    rows = _csv_rows(got.value)
    assert rows[0][:4] == ["Trainee", "Status", "May be stuck", first_module]
    assert second_module not in rows[0]
    assert len(rows[0]) == headers.count() + 1  # and "May be stuck"
    shown = page.locator("tbody th.cohorts-sticky").count()
    assert len(rows) - 1 == shown

    # The report: folded sections, sortable item analysis, figures as CSV.
    page.get_by_role("navigation", name=cohort.name).get_by_role(
        "link", name="Reports"
    ).click()
    expect(page.get_by_role("img", name="Completion funnel")).to_be_visible()
    height = page.evaluate("() => document.documentElement.scrollHeight")
    assert height < 3 * 740 * 2, f"the report is {height}px tall folded"
    audit("report")
    page.get_by_text("Quiz questions (item analysis)").click()
    page.get_by_label("Sort questions by").select_option("facility")
    page.get_by_role("button", name="Sort").click()
    expect(page.locator("#items")).to_have_attribute("open", "")
    audit("report, items by facility")
    with page.expect_download() as got:
        page.get_by_role("link", name="Download the item analysis (CSV)").click()
    items = _csv_rows(got.value)
    assert items[0][:4] == [
        "Quiz",
        "Question",
        "Attempts counted",
        "Facility index (average mark, %)",
    ]
    audit.assert_clean()
