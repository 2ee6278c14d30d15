"""'Leave this site quickly' ends the session; private pages are never cached.

The journey: a trainee studies a lesson, leaves in a hurry, and a while later someone
else presses Back on the same phone. Nothing private may show, and the trainee's
place must still be there when they sign in again.
"""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from lms.selectors import programme_outline
from lms.services import enrolment_create, lesson_complete

pytestmark = pytest.mark.django_db

QUICK_EXIT_LINK = re.compile(r'<a class="alongside-quick-exit" href="([^"]+)"')


def _quick_exit_href(response) -> str:
    found = QUICK_EXIT_LINK.search(response.content.decode())
    assert found, "every page has the quick-exit link"
    return found.group(1).replace("&amp;", "&")


def test_quick_exit_ends_the_session_and_keeps_the_place(
    client, trainee, programme_tree
):
    programme = programme_tree[0]
    first, second = programme_tree[2][0][1][:2]
    enrolment_create(user=trainee, programme=programme)
    lesson_complete(user=trainee, lesson=first, programme=programme)
    client.force_login(trainee)

    dashboard = client.get(reverse("lms:dashboard"))
    assert dashboard.status_code == 200
    assert "no-store" in dashboard["Cache-Control"], "Back must not show it again"

    href = _quick_exit_href(dashboard)
    assert href.startswith(reverse("lms:quick_exit"))
    leaving = client.get(href)
    assert leaving.status_code == 302
    assert leaving["Location"] == settings.QUICK_EXIT_URL
    assert "no-store" in leaving["Cache-Control"]

    # Back (or anyone else on the phone) finds only the sign-in page.
    again = client.get(reverse("lms:dashboard"))
    assert again.status_code == 302
    assert again["Location"].startswith(reverse("lms:login"))

    # The next day the trainee signs in and carries on where they were.
    client.force_login(trainee)
    outline = programme_outline(user=trainee, programme=programme)
    assert outline.next_lesson == second


def test_a_link_made_elsewhere_does_not_sign_anyone_out(client, trainee, other_trainee):
    """Signing out by GET: only the link made for this session ends it."""
    client.force_login(other_trainee)
    others_href = _quick_exit_href(client.get(reverse("lms:dashboard")))
    client.force_login(trainee)

    for forged in (reverse("lms:quick_exit"), others_href, "/leave/?t=0000"):
        response = client.get(forged)
        assert response.status_code == 302
        assert response["Location"] == settings.QUICK_EXIT_URL, "still leaves fast"
        assert client.get(reverse("lms:dashboard")).status_code == 200, forged


def test_visitors_go_straight_to_the_neutral_site(client):
    support = client.get(reverse("lms:support"))
    assert _quick_exit_href(support) == settings.QUICK_EXIT_URL
    assert "no-store" not in support.get("Cache-Control", "")
    response = client.get(reverse("lms:quick_exit"))
    assert response["Location"] == settings.QUICK_EXIT_URL


def test_every_page_for_a_signed_in_person_is_no_store(client, trainee, programme_tree):
    lesson = programme_tree[2][0][1][0]
    enrolment_create(user=trainee, programme=programme_tree[0])
    client.force_login(trainee)
    for url in (
        reverse("lms:support"),
        reverse("lms:reflections"),
        reverse("lms:profile"),
        lesson.url,
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url


def test_a_page_loaded_before_a_key_rotation_still_signs_out(client, trainee, settings):
    """After SECRET_KEY is rotated (the old key kept in SECRET_KEY_FALLBACKS), the
    quick-exit link on a page loaded before the restart still ends the session."""
    old_key = settings.SECRET_KEY
    client.force_login(trainee)
    href = _quick_exit_href(client.get(reverse("lms:dashboard")))

    settings.SECRET_KEY = "a-new-key-after-rotation-" + "r0tat3d!" * 6
    settings.SECRET_KEY_FALLBACKS = [old_key]
    client.get(href)

    assert client.get(reverse("lms:dashboard")).status_code == 302
