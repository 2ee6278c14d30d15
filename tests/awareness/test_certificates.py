"""The staff-awareness course's certificates: one of completion for someone who takes
it alone, one of attendance for each person at a live session, each verifiable and
with a PDF that says what was done, when and for how long."""

import datetime
import io

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from alongside import signals
from certificates.credentials import credential_json
from certificates.models import Certificate
from lms.awareness.models import Attendance, LiveSession
from lms.awareness.services import live_session_end
from tests.conftest import make_user

from .helpers import check_answers as _answers
from .helpers import read_sections, run_to_the_end

pytestmark = pytest.mark.django_db


def _pdf_text(client, certificate) -> str:
    """The holder's own PDF (the public link's shows their initials)."""
    response = client.get(reverse("certificates:own_pdf", args=[certificate.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content)).pages[0].extract_text()


def test_taking_the_course_alone_earns_a_certificate_of_completion(
    client, member, course, django_capture_on_commit_callbacks
):
    member.certificate_name = "Maureen Member"
    member.save()
    client.force_login(member)
    read_sections(client, member, course)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("awareness:check", args=[course.pk]), _answers(course))

    certificate = Certificate.objects.get(user=member)
    assert certificate.kind == Certificate.Kind.COMPLETION
    assert certificate.title == course.title
    assert certificate.name == "Maureen Member"
    assert certificate.organisation_name == "Northfield Trust"  # their team's trust
    assert certificate.held_on == timezone.localdate()
    assert certificate.learning_hours > 0
    assert [message.to for message in mail.outbox] == [[member.email]]

    mine = client.get(reverse("certificates:mine")).content.decode()
    assert certificate.number in mine
    verify = client.get(
        reverse("certificates:verify", args=[certificate.token])
    ).content.decode()
    assert "This certificate is valid" in verify
    assert "Certificate of completion" in verify
    text = _pdf_text(client, certificate)
    assert "Certificate of completion" in text
    assert "Maureen Member" in text
    assert course.title in text
    today = timezone.localdate()
    assert f"on {today.day} {today:%B %Y}, in their own time" in text


def test_a_certificate_of_completion_is_issued_once(
    member, course, django_capture_on_commit_callbacks
):
    arguments = {
        "completion_id": 1,
        "user_id": member.pk,
        "course_id": course.pk,
        "title": course.title,
        "completed_on": datetime.date(2026, 11, 20),
        "minutes": 45,
        "organisation_id": None,
    }
    with django_capture_on_commit_callbacks(execute=True):
        signals.awareness_course_completed.send(sender=None, **arguments)
        signals.awareness_course_completed.send(sender=None, **arguments)

    certificate = Certificate.objects.get(user=member, kind="completion")
    assert certificate.organisation_name == "Alongside"  # no team: the platform
    assert len(mail.outbox) == 1


def test_attendance_certificate_gives_the_date_and_how_long_the_session_ran(
    client, team_lead, team, member, course, django_capture_on_commit_callbacks
):
    client.force_login(team_lead)
    client.post(reverse("awareness:session_start", args=[team.pk]))
    session = LiveSession.objects.get()
    Attendance.objects.create(session=session, user=member, how="register")
    run_to_the_end(session, minutes=38)
    started = session.started_at

    with django_capture_on_commit_callbacks(execute=True):
        # 38 of 45 minutes: early, so the presenter says why.
        live_session_end(session=session, end_early=True, reason="The ward got busy.")

    certificate = Certificate.objects.get(user=member)
    assert certificate.kind == Certificate.Kind.ATTENDANCE
    assert certificate.duration_minutes == 38
    held = timezone.localdate(started)
    assert certificate.held_on == held
    client.force_login(member)
    text = _pdf_text(client, certificate)
    assert "Certificate of attendance" in text
    assert f"on {held.day} {held:%B %Y}, for 38 minutes" in text
    assert course.title in text


def test_each_short_course_badge_describes_its_own_course(
    client, member, course, django_capture_on_commit_callbacks
):
    other_member = make_user(None, full_name="Olu Other")
    # Two courses' certificates of completion: each badge's achievement link says
    # which course it stands for, not whichever was issued last.
    with django_capture_on_commit_callbacks(execute=True):
        for user, course_id, title in [
            (member, course.pk, course.title),
            (other_member, course.pk + 1000, "Another short course"),
        ]:
            signals.awareness_course_completed.send(
                sender=None,
                completion_id=1,
                user_id=user.pk,
                course_id=course_id,
                title=title,
                completed_on=datetime.date(2026, 11, 20),
                minutes=45,
                organisation_id=None,
            )

    certificate = Certificate.objects.get(user=member)
    achievement = credential_json(certificate)["credentialSubject"]["achievement"]
    described = client.get(achievement["id"].removeprefix(settings.SITE_URL)).json()
    assert described["name"] == course.title


def test_attendance_certificates_know_their_course(
    client, team_lead, team, member, course, django_capture_on_commit_callbacks
):
    client.force_login(team_lead)
    client.post(reverse("awareness:session_start", args=[team.pk]))
    session = LiveSession.objects.get()
    Attendance.objects.create(session=session, user=member, how="register")
    run_to_the_end(session)
    with django_capture_on_commit_callbacks(execute=True):
        live_session_end(session=session)

    certificate = Certificate.objects.get(user=member)
    assert certificate.course_id == course.pk
    achievement = credential_json(certificate)["credentialSubject"]["achievement"]
    described = client.get(achievement["id"].removeprefix(settings.SITE_URL)).json()
    assert described["name"] == course.title


def test_a_session_ended_after_one_minute_reads_one_minute_not_one_minutes(
    client, team_lead, team, member, course, django_capture_on_commit_callbacks
):
    """Walked: a fire alarm ends a live session after a minute; the attendance
    certificate, its PDF and its verification page say "for 1 minute"."""
    client.force_login(team_lead)
    client.post(reverse("awareness:session_start", args=[team.pk]))
    session = LiveSession.objects.get()
    Attendance.objects.create(session=session, user=member, how="register")
    run_to_the_end(session, minutes=1)

    with django_capture_on_commit_callbacks(execute=True):
        live_session_end(session=session, end_early=True, reason="A fire alarm.")

    certificate = Certificate.objects.get(user=member)
    assert certificate.duration_minutes == 1
    client.force_login(member)
    text = _pdf_text(client, certificate)
    assert "for 1 minute" in text
    assert "1 minutes" not in text
    page = client.get(reverse("certificates:verify", args=[certificate.token]))
    assert "for 1 minute" in page.content.decode()
    assert "1 minutes" not in page.content.decode()
