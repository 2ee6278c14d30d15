"""NMC CPD records and refresher periods in a browser: a midwife's CPD record and
reflective account on a phone, and the team lead's report with an overdue refresher;
axe-core finds nothing on each page."""

import datetime

from django.utils import timezone
from playwright.sync_api import expect

from lms.awareness.demo import WARD_TEAM, ward_email
from lms.awareness.models import AwarenessCoursePage, Completion
from lms.models import Team, User

from .helpers import Audit, sign_in


def test_cpd_record_and_reflective_account_on_a_phone(demo, page):
    base = demo.url
    email = ward_email(17)
    course = AwarenessCoursePage.objects.get()
    Completion.objects.update_or_create(
        user=User.objects.get(email=email),
        course=course,
        defaults={"mode": "self_paced", "minutes_spent": 46},
    )
    audit = Audit(page)
    sign_in(page, base, email)
    page.goto(base + "/certificates/")
    page.get_by_role("link", name="Your CPD record for NMC revalidation").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Your CPD record for NMC revalidation"
    )
    expect(page.get_by_text("E-learning on my own (not participatory)")).to_be_visible()
    audit("CPD record")

    page.get_by_role("link", name="Write a reflective account").click()
    audit("reflective account form")
    page.get_by_label("What did you learn from it?").fill(
        "Peer supporters listen first and share their own story with care."
    )
    page.get_by_label("Which part of the Code is it most relevant to?").select_option(
        label="Prioritise people"
    )
    page.get_by_role("button", name="Save your reflective account").click()
    expect(page.locator(".alongside-messages")).to_contain_text(
        "Your reflective account is saved."
    )
    audit("reflective account saved")
    page.get_by_role("link", name="Back to your CPD record").click()
    expect(page.get_by_text("Prioritise people")).to_be_visible()
    expect(
        page.get_by_role("link", name="Download your reflective account")
    ).to_be_visible()
    audit.assert_clean()


def test_team_report_shows_an_overdue_refresher(demo, page):
    base = demo.url
    course = AwarenessCoursePage.objects.get()
    course.refresher_months = 36
    course.save()
    course.save_revision().publish()
    late = User.objects.get(email=ward_email(16))
    Completion.objects.update_or_create(
        user=late,
        course=course,
        defaults={
            "mode": "live",
            "completed_at": timezone.now() - datetime.timedelta(days=4 * 365),
        },
    )
    team = Team.objects.get(name=WARD_TEAM)
    audit = Audit(page)
    sign_in(page, base, "teamlead@example.org")
    page.goto(f"{base}/awareness/teams/{team.pk}/report/")
    row = page.get_by_role("row").filter(has_text=late.full_name)
    expect(row).to_contain_text("Overdue, due")
    expect(page.get_by_text("refreshed every 36 months")).to_be_visible()
    audit("team report with refreshers")
    audit.assert_clean()
