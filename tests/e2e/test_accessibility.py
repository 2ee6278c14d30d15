"""axe-core (WCAG 2.2 AA) finds nothing, and nothing scrolls sideways at 320px.

Every learner-facing page is visited in a phone-sized window. Each test collects the
problems of all its pages and fails once, listing them all.
"""

import re

from playwright.sync_api import expect

from lms.models import Cohort, User

from .helpers import (
    PROGRAMME_TITLE,
    Audit,
    complete_modules,
    emailed_path,
    module,
    password_reset_path,
    sign_in,
    sign_out,
)

NEW_PASSWORD = "a-fresh-long-password-2026"
# Pasted web addresses are long unbroken words: they must wrap on a small phone.
LONG_ADDRESS = "https://www.example.org/local-services/" + "perinatal-peer-support-" * 6


def test_pages_for_visitors(demo, page):
    base = demo.url
    audit = Audit(page)

    page.goto(f"{base}/")
    audit("home")
    page.goto(programme_url := f"{base}/perinatal-peer-support-foundation/")
    expect(page.get_by_role("heading", level=1)).to_have_text(PROGRAMME_TITLE)
    audit("programme, signed out")
    page.goto(base + module("M4").url)
    expect(page.get_by_text("Before you start: a content note")).to_be_visible()
    audit("module with content note, signed out")

    page.goto(f"{base}/support/")
    audit("support")
    page.get_by_label("Show support for").select_option("wales")
    page.get_by_role("button", name="Show", exact=True).click()
    audit("support for Wales")
    page.get_by_role("button", name="Take a break").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Take a break")
    audit("break, signed out")

    page.goto(f"{base}/accounts/login/")
    audit("sign in")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    audit("sign in with errors")

    page.goto(f"{base}/accounts/signup/?next=/perinatal-peer-support-foundation/")
    audit("sign up")
    page.get_by_label("Email address").fill("not-an-email")
    page.get_by_label("Create a password", exact=True).fill("short")
    page.get_by_label("Type the password again").fill("different")
    page.get_by_role("button", name="Create account").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("There is a problem")
    # Read out first: the title says so, and focus moves to the list of problems,
    # each naming its field and linking to it.
    expect(page).to_have_title(re.compile(r"^Error: Create an account"))
    expect(summary).to_be_focused()
    expect(
        summary.get_by_role("link", name="Full name: This field is required.")
    ).to_have_attribute("href", "#id_full_name")
    audit("sign up with errors")
    page.get_by_label("Full name").fill("Sam Visitor")
    page.get_by_label("Email address").fill("sam.visitor@example.org")
    page.get_by_label("Create a password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Type the password again").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check your email to finish creating your account"
    )
    audit("sign up: check your email")
    # Opened in another browser: the link asks for a password.
    page.context.clear_cookies()
    page.goto(base + emailed_path("sam.visitor@example.org", "/accounts/signup/"))
    page.get_by_role("button", name="Save password and sign in").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    audit("finish creating your account with errors")
    page.goto(f"{base}/accounts/signup/confirm/not-a-token/")
    audit("sign-up link expired")

    page.goto(f"{base}/accounts/password/reset/")
    audit("password reset")
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    audit("password reset with errors")
    page.get_by_label("Email address").fill("supervisor@example.org")
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    audit("password reset sent")

    page.goto(
        base + password_reset_path(User.objects.get(email="supervisor@example.org"))
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Choose a new password")
    audit("choose a new password")
    page.get_by_role("button", name="Save new password").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    audit("choose a new password with errors")
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("New password confirmation").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Save new password").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Your password has been changed"
    )
    audit("password changed")
    page.goto(f"{base}/accounts/password/reset/MQ/not-a-token/")
    audit("password reset link expired")

    response = page.goto(f"{base}/no-such-page/")
    assert response.status == 404
    audit("404")
    page.goto(programme_url)
    audit("programme again")

    audit.assert_clean()
    # Nothing, not even a web font, was asked for from another site.
    assert page.offsite_requests == [], page.offsite_requests


def test_pages_for_learners(demo, page):
    base = demo.url
    audit = Audit(page)
    trainee = User.objects.get(email="trainee@example.org")
    # Earlier study, so the safeguarding module (M4, after M1 and M3) is open.
    complete_modules(trainee, "M1", "M3")

    sign_in(page, base, "trainee@example.org")
    audit("dashboard")
    page.goto(f"{base}/perinatal-peer-support-foundation/")
    audit("programme, enrolled")

    m4 = module("M4")
    page.goto(base + m4.url)
    note = page.get_by_role("region", name="Before you start: a content note")
    expect(note).to_be_visible()
    audit("module with content note")
    note.get_by_role("button", name="Continue to the module").click()
    expect(page.locator(".nhsuk-caption-l")).to_have_text("Lesson 1 of 3")
    audit("first lesson")

    page.goto(base + m4.url)
    expect(page.get_by_text("Before you start: a content note")).to_have_count(0)
    audit("module after continuing")

    page.goto(base + m4.get_children().live().order_by("path")[1].url)
    expect(page.locator(".alongside-signpost").first).to_be_visible()
    expect(page.locator(".alongside-reflection").first).to_be_visible()
    audit("lesson with signposts and a reflection prompt")
    reflection = page.locator(".alongside-reflection").first
    reflection.get_by_label("Your reflection (optional, private)").fill(
        "I would want to stay calm and not promise to keep it secret."
    )
    reflection.get_by_role("button", name="Save to my log").click()
    expect(page.get_by_text("Saved to your reflective log")).to_be_visible()
    audit("lesson with a message")
    page.get_by_role("button", name="Take a break").click()
    expect(page.get_by_text("Your place is saved.")).to_be_visible()
    audit("break")

    page.goto(f"{base}/reflections/")
    audit("reflective log")
    page.get_by_role("link", name="Write a new entry").click()
    audit("new entry")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    audit("new entry with errors")
    page.get_by_label("Title (optional)").fill("After the first day")
    page.get_by_label("Your reflection").fill(f"Tired, but glad I came. {LONG_ADDRESS}")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_role("link", name="Read or edit After the first day").click()
    audit("edit entry")
    page.goto(f"{base}/reflections/")
    page.get_by_role("link", name="Sharing for After the first day").click()
    audit("share entry")
    page.get_by_label("Share with").select_option(label="Helen Morgan")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Shared with Helen Morgan.", exact=True)).to_be_visible()
    audit("reflective log with a shared entry")
    page.get_by_role("link", name="Delete After the first day").click()
    audit("delete entry")
    page.goto(f"{base}/reflections/new/")
    page.get_by_label("Title (optional)").fill(LONG_ADDRESS)
    page.get_by_label("Your reflection").fill(LONG_ADDRESS)
    page.get_by_role("button", name="Save", exact=True).click()
    # The draft autosave (which starts as the box loses focus) goes first and the
    # press waits for it: wait for the log itself before axe looks.
    expect(page.get_by_role("link", name=f"Delete {LONG_ADDRESS}")).to_be_visible()
    audit("reflective log with a long address")
    page.get_by_role("link", name=f"Delete {LONG_ADDRESS}").click()
    audit("delete entry with a long title")
    page.goto(f"{base}/reflections/shared-with-me/")
    audit("shared with me, none")

    page.goto(f"{base}/support/")
    audit("support, signed in")
    page.goto(f"{base}/accounts/profile/")
    audit("profile")
    page.get_by_label("Full name").fill("")
    page.get_by_role("button", name="Save your details").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    audit("profile with errors")
    page.goto(f"{base}/accounts/password/change/")
    audit("change password")
    page.goto(f"{base}/teams/join/")
    audit("join a team")
    page.get_by_label("Team code").fill("NOPE1234")
    page.get_by_role("button", name="Join team").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    audit("join a team with errors")

    cohort = Cohort.objects.get()
    page.goto(f"{base}/join/{cohort.invite_token}/")
    audit("join a cohort")
    page.goto(f"{base}/join/not-a-real-token/")
    audit("cohort invite not found")
    response = page.goto(f"{base}/no-such-page/")
    assert response.status == 404
    audit("404, signed in")

    page.goto(f"{base}/dashboard/")
    sign_out(page)
    audit("home, just signed out")

    sign_in(page, base, "trainer@example.org")
    page.goto(f"{base}/reflections/shared-with-me/")
    audit("shared with me")
    page.get_by_role("link", name="After the first day").click()
    audit("shared entry")

    audit.assert_clean()
