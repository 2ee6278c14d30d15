"""The awareness course takes the time it says, alone or live (issue 13, item 6).

Journeys across days: a script pressing "Continue" gets nowhere; a person who reads
the course gets a certificate that states the time they spent; a live session ended
part-way needs an explicit "end early" with a reason; the presenter can take anyone
off the register; and nobody gets two certificates for the one course.
"""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates.models import Certificate
from lms.awareness.models import Completion, CourseProgress, LiveSession
from tests.conftest import make_user

from .helpers import check_answers, read_section, read_sections, run_to_the_end, spend

pytestmark = pytest.mark.django_db


def _pdf_text(client, certificate) -> str:
    response = client.get(reverse("certificates:pdf", args=[certificate.token]))
    assert response.status_code == 200
    return PdfReader(io.BytesIO(response.content)).pages[0].extract_text()


def _days_ago(progress_user, course, days):
    """Move someone's earlier reading back in time, as if done days ago."""
    then = timezone.now() - datetime.timedelta(days=days)
    CourseProgress.objects.filter(user=progress_user, course=course).update(
        started_at=then
    )


def test_a_script_pressing_continue_gets_no_completion_until_the_time_is_spent(
    client, member, course, django_capture_on_commit_callbacks
):
    client.force_login(member)
    check = reverse("awareness:check", args=[course.pk])

    # Day 1: a script posts "Continue" on all eight sections and the right answers.
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(1, len(course.sections) + 1):
            client.post(reverse("awareness:section", args=[course.pk, number]))
        response = client.post(check, check_answers(course))

    assert not Completion.objects.filter(user=member).exists()
    assert not Certificate.objects.filter(user=member).exists()
    done = client.get(response.url).content.decode()
    assert "Not finished yet" in done
    assert "at least 36 minutes" in done  # 80% of the planned 45
    assert "So far we have counted 0 minutes" in done
    assert "it needs about 36 minutes more" in done
    course_page = client.get(course.url).content.decode()
    assert "it needs about 36 minutes more" in course_page

    # A quicker person opening each page and pressing on at once gets no further.
    with django_capture_on_commit_callbacks(execute=True):
        read_sections(client, member, course, minutes=0.1)
    assert not Completion.objects.filter(user=member).exists()

    # Day 2: they come back and read each section properly. A tab left open
    # overnight on the last one counts for twice its planned 3 minutes, not hours.
    _days_ago(member, course, 1)
    with django_capture_on_commit_callbacks(execute=True):
        read_sections(client, member, course, range(1, 8), minutes=4.5)
        not_yet = Completion.objects.filter(user=member).exists()
        read_section(client, member, course, 8, minutes=14 * 60)

    # Sections read for 4.5 minutes count 4.5 (3-minute ones at most 6); the
    # overnight tab counts 6: 7 x 4.5 + 6 = 37.5 minutes, plus the day before's bits.
    progress = CourseProgress.objects.get(user=member, course=course)
    assert not not_yet, "7 sections at 4.5 minutes is 31.5, under the 36 needed"
    assert 37 * 60 <= progress.seconds_spent < 39 * 60
    completion = Completion.objects.get(user=member, course=course)
    assert completion.mode == Completion.Mode.SELF_PACED
    assert completion.minutes_spent == progress.minutes_spent
    certificate = Certificate.objects.get(user=member)
    assert certificate.duration_minutes == completion.minutes_spent
    text = " ".join(_pdf_text(client, certificate).split())
    assert f"spending {completion.minutes_spent} minutes on it" in text
    assert "45 minutes" not in text  # the planned length is not what they spent


def test_the_check_must_be_passed_and_its_key_waits_for_the_pass(
    client, member, course
):
    client.force_login(member)
    read_sections(client, member, course)
    wrong = client.post(
        reverse("awareness:check", args=[course.pk]), check_answers(course, right=False)
    )
    page = client.get(wrong.url).content.decode()
    assert "Try the quick check again" in page
    for block in course.knowledge_check:
        right = next(o for o in block.value["options"] if o["correct"])
        assert right["text"] not in page, "a failed check shows no key"
    assert not Completion.objects.filter(user=member).exists()

    passed = client.post(
        reverse("awareness:check", args=[course.pk]), check_answers(course)
    )
    assert "Course completed" in client.get(passed.url).content.decode()


def test_time_counts_only_for_the_section_on_screen(client, member, course):
    """Opening every section in its own tab, then waiting, counts one at a time."""
    client.force_login(member)
    for number in range(1, len(course.sections) + 1):
        client.get(reverse("awareness:section", args=[course.pk, number]))
    spend(member, course, minutes=8)
    for number in range(1, len(course.sections) + 1):
        client.post(reverse("awareness:section", args=[course.pk, number]))
    progress = CourseProgress.objects.get(user=member, course=course)
    # Only the last one opened had its clock running: 3 minutes planned, 6 at most.
    assert progress.seconds_spent == 6 * 60


# --- live sessions -------------------------------------------------------------------


@pytest.fixture
def session(client, team_lead, team, course):
    client.force_login(team_lead)
    client.post(reverse("awareness:session_start", args=[team.pk]))
    return LiveSession.objects.get()


def _join(client, person, session):
    client.force_login(person)
    response = client.post(reverse("awareness:join"), {"code": session.join_code})
    assert "You have joined" in response.content.decode()


def test_ending_at_section_2_needs_end_early_with_a_reason(
    client, session, team_lead, member, course, django_capture_on_commit_callbacks
):
    client.post(
        reverse("awareness:register", args=[session.pk]),
        {"present": [member.pk], "listed": [member.pk]},
    )
    client.post(reverse("awareness:move", args=[session.pk]), {"direction": "next"})
    LiveSession.objects.filter(pk=session.pk).update(
        started_at=timezone.now() - datetime.timedelta(minutes=9)
    )
    end = reverse("awareness:end", args=[session.pk])
    present = client.get(reverse("awareness:notes", args=[session.pk]))
    assert "Why is the session ending early?" in present.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post(end, follow=True)
    page = refused.content.decode()
    assert "is on section 2 of 9" in page
    assert "choose “End early” and say why" in page
    session.refresh_from_db()
    assert session.is_open
    assert not Completion.objects.exists()

    no_reason = client.post(end, {"end_early": "yes", "reason": "  "}, follow=True)
    assert "Say why the session is ending early" in no_reason.content.decode()
    session.refresh_from_db()
    assert session.is_open

    with django_capture_on_commit_callbacks(execute=True):
        ended = client.post(
            end,
            {"end_early": "yes", "reason": "Fire alarm: we will finish next week."},
            follow=True,
        )
    summary = ended.content.decode()
    assert "Ended early" in summary
    assert "after 9 of its planned 45 minutes, at section 2 of 9" in summary
    assert "Fire alarm: we will finish next week." in summary
    session.refresh_from_db()
    assert session.ended_early and not session.is_open
    assert session.early_reason == "Fire alarm: we will finish next week."
    certificate = Certificate.objects.get(user=member)
    assert certificate.duration_minutes == 9
    # The team page's list of sessions says so too.
    team_page = client.get(reverse("awareness:team", args=[session.team_id]))
    assert "ended early, see who attended" in team_page.content.decode()


def test_the_presenter_takes_anyone_off_the_register_before_ending(
    client, session, team_lead, member, course, django_capture_on_commit_callbacks
):
    stranger = make_user(None, full_name="Sam Strayed")
    latecomer = make_user(None, full_name="Lou Late")
    _join(client, stranger, session)

    client.force_login(team_lead)
    register = reverse("awareness:register", args=[session.pk])
    page = client.get(register).content.decode()
    assert f'id="present-{stranger.pk}"' in page
    assert "Sam Strayed (joined with the code)" in page
    listed = [member.pk, stranger.pk]
    # Someone joins with the code while the presenter is looking at the register.
    _join(client, latecomer, session)
    client.force_login(team_lead)
    client.post(register, {"present": [member.pk], "listed": listed})

    assert set(session.attendances.values_list("user_id", flat=True)) == {
        member.pk,
        latecomer.pk,
    }
    run_to_the_end(session)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("awareness:end", args=[session.pk]))
    assert not Certificate.objects.filter(user=stranger).exists()
    assert not Completion.objects.filter(user=stranger).exists()
    assert Certificate.objects.filter(user=member).count() == 1
    assert Certificate.objects.filter(user=latecomer).count() == 1


def test_one_certificate_per_person_however_they_completed(
    client, session, team_lead, member, course, django_capture_on_commit_callbacks
):
    # Monday: the member takes the course on their own and gets a certificate.
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        read_sections(client, member, course)
        client.post(reverse("awareness:check", args=[course.pk]), check_answers(course))
    assert Certificate.objects.get(user=member).kind == Certificate.Kind.COMPLETION

    # Thursday: they also come to the team's live session, with a colleague.
    colleague = make_user(None, full_name="Cal Colleague")
    _join(client, member, session)
    _join(client, colleague, session)
    client.force_login(team_lead)
    run_to_the_end(session)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("awareness:end", args=[session.pk]))

    assert Certificate.objects.filter(user=member).count() == 1
    assert Completion.objects.get(user=member).mode == Completion.Mode.SELF_PACED
    assert Certificate.objects.get(user=colleague).kind == Certificate.Kind.ATTENDANCE

    # Next week the colleague works through the course alone as a refresher.
    client.force_login(colleague)
    with django_capture_on_commit_callbacks(execute=True):
        read_sections(client, colleague, course)
        client.post(reverse("awareness:check", args=[course.pk]), check_answers(course))
    assert Certificate.objects.filter(user=colleague).count() == 1


def test_others_cannot_end_a_session_early(client, session, other_lead, member):
    for person in (other_lead, member):
        client.force_login(person)
        response = client.post(
            reverse("awareness:end", args=[session.pk]),
            {"end_early": "yes", "reason": "Not mine to end."},
        )
        assert response.status_code == 404
    session.refresh_from_db()
    assert session.is_open
