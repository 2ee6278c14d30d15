"""Trainer pages (in the admin) and a trainee's check-in: axe finds nothing, no
sideways scroll."""

from playwright.sync_api import expect

from lms.models import Cohort

from .helpers import Audit, module, sign_in, sign_out


def test_trainer_gradebook_reports_and_evaluation(demo, page):
    base = demo.url
    cohort = Cohort.objects.get(trainers__email="trainer@example.org")
    audit = Audit(page)
    sign_in(page, base, "trainer@example.org")

    page.goto(f"{base}/admin/cohorts/")
    audit("cohort list")
    page.get_by_role("link", name=cohort.name).first.click()
    expect(page.get_by_role("heading", name="Who may be stuck")).to_be_visible()
    audit("cohort overview")
    page.goto(f"{base}/admin/cohorts/{cohort.pk}/gradebook/")
    expect(page.get_by_text("Amira Hassan")).to_be_visible()
    audit("gradebook")
    page.get_by_label("Show").select_option("stuck")
    page.get_by_role("button", name="Filter").click()
    audit("gradebook, filtered")
    page.get_by_role("link", name="Kerry Walsh").click()
    audit("trainee")
    page.goto(f"{base}/admin/cohorts/{cohort.pk}/report/")
    expect(page.get_by_role("img", name="Completion funnel")).to_be_visible()
    audit("report")
    page.goto(f"{base}/admin/cohorts/{cohort.pk}/evaluation/")
    audit("evaluation")
    page.goto(f"{base}/admin/cohorts/{cohort.pk}/dates/")
    audit("module dates")
    page.goto(f"{base}/admin/cohorts/{cohort.pk}/invite/")
    audit("invite")
    page.goto(f"{base}/")
    sign_out(page)

    sign_in(page, base, "trainee@example.org")
    page.goto(f"{base}/learn/modules/{module('M4').pk}/check-in/before/")
    audit("check-in")
    page.get_by_label("Okay").check()
    page.get_by_role("button", name="Save").click()
    expect(
        page.get_by_role("heading", name="Thank you for checking in")
    ).to_be_visible()
    audit("check-in done")
    page.goto(f"{base}/notifications/")
    audit("notifications")
    page.goto(f"{base}/notifications/emails/")
    audit("email choices")
    audit.assert_clean()
