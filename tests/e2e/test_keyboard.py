"""Every tab stop on the main learner pages can be seen and shows it has focus."""

from lms.models import User

from .helpers import complete_modules, lessons, module, sign_in, tab_through


def test_every_tab_stop_shows_focus(demo, page):
    base = demo.url
    problems = []
    for path in [
        "/",
        "/perinatal-peer-support-foundation/",
        "/support/",
        "/accounts/signup/",
    ]:
        page.goto(base + path)
        problems += tab_through(page)
    page.get_by_role("button", name="Create account").click()
    problems += tab_through(page)

    complete_modules(User.objects.get(email="trainee@example.org"), "M1", "M3")
    sign_in(page, base, "trainee@example.org")
    problems += tab_through(page)
    page.goto(base + module("M4").url)
    problems += tab_through(page)
    page.goto(base + lessons("M4")[1].url)
    problems += tab_through(page)
    page.goto(base + "/reflections/")
    problems += tab_through(page)
    assert not problems, "\n".join(problems)
