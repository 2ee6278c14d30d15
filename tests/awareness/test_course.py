"""The short course: timing rules in the admin, and taking it alone on a phone."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from alongside import signals
from lms.awareness.models import AwarenessCoursePage, Completion, CourseProgress

from .helpers import check_answers, read_sections

pytestmark = pytest.mark.django_db


def test_demo_course_is_45_minutes_with_a_knowledge_check(course):
    assert course.live
    assert course.total_minutes == 45
    assert len(course.sections) == 9
    assert 3 <= len(course.knowledge_check) <= 5


def _admin_post(course, *, minutes, action):
    """Form data for the page editor, with the sections' minutes as given."""
    data = nested_form_data(
        {
            "title": course.title,
            "slug": course.slug,
            "summary": course.summary,
            "intro": rich_text(""),
            "learning_outcomes": streamfield([]),
            "knowledge_check": streamfield([]),
            "check_pass_mark": "80",
            "sections": streamfield(
                [
                    (
                        "section",
                        {
                            "title": f"Part {index + 1}",
                            "minutes": str(value),
                            "content": rich_text(f"<p>Part {index + 1}</p>"),
                            "speaker_notes": "",
                        },
                    )
                    for index, value in enumerate(minutes)
                ]
            ),
        }
    )
    data[action] = "1"
    return data


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser(
        email="root@example.org", password="x-long-password", full_name="Root"
    )


@pytest.mark.parametrize("minutes", [[10, 10, 10], [20, 20, 11]])
def test_admin_refuses_to_publish_outside_40_to_50_minutes(
    client, admin_user, course, minutes
):
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:edit", args=[course.pk])

    response = client.post(
        url, _admin_post(course, minutes=minutes, action="action-publish")
    )

    assert response.status_code == 200
    total = sum(minutes)
    assert f"The sections add up to {total} minutes" in response.content.decode()
    course.refresh_from_db()
    assert course.total_minutes == 45  # the published version is unchanged
    assert not course.has_unpublished_changes


def test_admin_saves_a_short_draft_but_publishes_only_in_range(
    client, admin_user, course
):
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:edit", args=[course.pk])

    draft = client.post(
        url, _admin_post(course, minutes=[10, 10], action="action-draft")
    )
    assert draft.status_code == 302
    course.refresh_from_db()
    assert course.has_unpublished_changes
    assert course.total_minutes == 45

    published = client.post(
        url, _admin_post(course, minutes=[20, 20, 8], action="action-publish")
    )
    assert published.status_code == 302
    course.refresh_from_db()
    assert course.total_minutes == 48
    assert not course.has_unpublished_changes


def test_admin_can_add_an_awareness_course_under_home(client, admin_user, home):
    client.force_login(admin_user)
    url = reverse(
        "wagtailadmin_pages:add", args=["awareness", "awarenesscoursepage", home.pk]
    )
    data = {
        **_admin_post(
            AwarenessCoursePage(title="New course", slug="new-course", summary="S"),
            minutes=[15, 15, 15],
            action="action-publish",
        )
    }
    response = client.post(url, data)
    assert response.status_code == 302
    page = AwarenessCoursePage.objects.get(slug="new-course")
    assert page.live and page.get_parent().pk == home.pk


def test_home_page_allows_the_awareness_course(home):
    assert AwarenessCoursePage in home.specific_class.allowed_subpage_models()


def test_course_page_invites_anonymous_visitors_to_sign_in(client, course):
    response = client.get(course.url)
    assert response.status_code == 200
    assert "Sign in to start" in response.content.decode()


_answers = check_answers


def test_taking_the_course_in_two_sittings_then_completing(
    client, member, course, django_capture_on_commit_callbacks
):
    sent = []

    def receiver(sender, **kwargs):
        sent.append(kwargs)

    signals.awareness_course_completed.connect(receiver)
    try:
        client.force_login(member)
        # First sitting: three sections.
        read_sections(client, member, course, [1, 2, 3])
        page = client.get(course.url).content.decode()
        assert "Continue where you left off" in page
        assert "3 of 10 parts done" in page
        assert reverse("awareness:section", args=[course.pk, 4]) in page

        # Second sitting, in a new session: the rest, then the check.
        client.logout()
        client.force_login(member)
        last = read_sections(client, member, course, range(4, 10))
        assert last.url == reverse("awareness:check", args=[course.pk])
        assert not Completion.objects.filter(user=member).exists()

        # A first go at the check falls short: no key, another go offered.
        response = client.post(
            reverse("awareness:check", args=[course.pk]),
            _answers(course, right=False),
        )
        done = client.get(response.url).content.decode()
        assert "Not finished yet" in done
        assert "You got 0 of 5 right" in done
        assert "you need 4 of 5" in done
        assert "Try the quick check again" in done
        for block in course.knowledge_check:
            right = next(o for o in block.value["options"] if o["correct"])
            assert right["text"] not in done
        assert not Completion.objects.filter(user=member).exists()

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("awareness:check", args=[course.pk]), _answers(course)
            )
        assert response.url == reverse("awareness:done", args=[course.pk])
        done = client.get(response.url).content.decode()
        assert "Course completed" in done
        assert "You got 5 of 5 right" in done
        assert "you spent 45 minutes on the course" in done
        completion = Completion.objects.get(user=member, course=course)
        assert completion.mode == Completion.Mode.SELF_PACED
        assert "certificate of completion" in done
        assert reverse("certificates:mine") in done
        assert sent == [
            {
                "signal": signals.awareness_course_completed,
                "completion_id": completion.pk,
                "user_id": member.pk,
                "course_id": course.pk,
                "title": course.title,
                "completed_on": timezone.localdate(completion.completed_at),
                "minutes": 45,  # as measured: each section for its planned time
                "organisation_id": member.teams.get().organisation_id,
            }
        ]
    finally:
        signals.awareness_course_completed.disconnect(receiver)


def test_check_needs_every_answer(client, member, course):
    client.force_login(member)
    response = client.post(reverse("awareness:check", args=[course.pk]), {})
    assert response.status_code == 200
    assert "Choose an answer to this question." in response.content.decode()
    assert not CourseProgress.objects.filter(
        user=member, check_score__isnull=False
    ).exists()


def test_completion_is_recorded_once(client, member, course):
    client.force_login(member)
    read_sections(client, member, course)
    client.post(reverse("awareness:check", args=[course.pk]), _answers(course))
    client.post(reverse("awareness:check", args=[course.pk]), _answers(course))
    assert Completion.objects.filter(user=member).count() == 1


def test_section_pages_need_sign_in_and_a_real_section(client, member, course):
    url = reverse("awareness:section", args=[course.pk, 1])
    assert client.get(url).status_code == 302
    client.force_login(member)
    response = client.get(url)
    assert response.status_code == 200
    first = course.sections[0].value
    assert f"<h1>{first['title']}</h1>" in response.content.decode()
    assert str(first["content"])[:30] in response.content.decode()
    assert (
        client.get(reverse("awareness:section", args=[course.pk, 99])).status_code
        == 404
    )
    draft = Page.objects.get(pk=course.pk)
    draft.unpublish()
    assert client.get(url).status_code == 404


def test_a_draft_saved_while_in_moderation_keeps_the_timing_rule(
    client, admin_user, course
):
    # The moderator's "Approve" publishes the latest draft, so a mistimed draft saved
    # after submitting must be refused, and so must resubmitting one.
    course.get_workflow().start(course, admin_user)
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:edit", args=[course.pk])

    for action in ("action-draft", "action-restart-workflow"):
        response = client.post(
            url, _admin_post(course, minutes=[10, 10], action=action)
        )
        assert response.status_code == 200, action
        assert "The sections add up to 20 minutes" in response.content.decode()
    course.refresh_from_db()
    assert course.get_latest_revision().as_object().total_minutes == 45

    fine = client.post(
        url, _admin_post(course, minutes=[20, 25], action="action-draft")
    )
    assert fine.status_code == 302


def test_approving_from_the_editor_keeps_the_timing_rule_but_rejecting_does_not(
    client, admin_user, course
):
    course.get_workflow().start(course, admin_user)
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:edit", args=[course.pk])

    def act(name):
        data = _admin_post(course, minutes=[10, 10], action="action-workflow-action")
        data["workflow-action-name"] = name
        return client.post(url, data)

    approve = act("approve")
    assert approve.status_code == 200
    assert "The sections add up to 20 minutes" in approve.content.decode()
    course.refresh_from_db()
    assert course.total_minutes == 45
    assert act("reject").status_code == 302


def test_bulk_publish_from_the_listing_keeps_the_timing_rule(
    client, admin_user, course
):
    client.force_login(admin_user)
    edit = reverse("wagtailadmin_pages:edit", args=[course.pk])
    client.post(edit, _admin_post(course, minutes=[10, 10], action="action-draft"))
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        + f"?id={course.pk}"
    )

    response = client.post(url, follow=True)

    assert "The sections add up to 20 minutes" in response.content.decode()
    course.refresh_from_db()
    assert course.total_minutes == 45
    assert course.has_unpublished_changes


def test_the_awareness_check_has_no_limit_on_tries(client, member, course):
    """Quizzes in the trainee programme stop after 3 attempts for a conversation with
    a trainer; NHS staff on the awareness course have no trainer, and its check is
    its own (not a quiz page), so it can be tried again as often as needed."""
    client.force_login(member)
    read_sections(client, member, course)
    check = reverse("awareness:check", args=[course.pk])
    for _try in range(4):
        response = client.post(check, _answers(course, right=False))
        assert "Try the quick check again" in client.get(response.url).content.decode()

    response = client.post(check, _answers(course))

    assert response.url == reverse("awareness:done", args=[course.pk])
    assert Completion.objects.filter(user=member, course=course).exists()
