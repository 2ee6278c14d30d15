"""NMC revalidation CPD records: live attendees get the session's real length as
participatory hours, learning alone gets 0, reflective accounts are saved and
downloaded, and nobody but the learner sees theirs."""

import csv
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from certificates.cpd import CSV_HEADERS, NOT_CHOSEN
from certificates.models import CpdReflection
from lms.awareness.models import Attendance, Completion, LiveSession, StaffProfile
from lms.awareness.services import completion_record, live_session_end
from lms.factories import OrganisationFactory, TeamFactory
from lms.models import ModuleCompletion
from tests.conftest import build_programme, make_user

from .helpers import run_to_the_end

pytestmark = pytest.mark.django_db


def _rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def attended(client, team_lead, team, course, member):
    """``member`` attended a live session that ran 47 minutes."""
    client.force_login(team_lead)
    client.post(reverse("awareness:session_start", args=[team.pk]))
    session = LiveSession.objects.get()
    Attendance.objects.create(session=session, user=member, how="register")
    run_to_the_end(session, minutes=47)
    live_session_end(session=session)
    client.logout()
    return Completion.objects.get(user=member)


def test_a_live_attendee_has_the_sessions_real_length_as_participatory_hours(
    client, attended, member
):
    client.force_login(member)
    page = client.get(reverse("certificates:cpd"))
    assert page.status_code == 200
    assert "Participatory hours" in page.content.decode()
    rows = _rows(client.get(reverse("certificates:cpd_csv")))
    assert list(rows[0]) == CSV_HEADERS
    [row] = rows
    # 47 minutes, not the course's planned 45.
    assert row["Number of hours"] == "0.78"
    assert row["Number of participatory hours"] == "0.78"
    assert "participatory" in row["CPD method"].lower()
    assert "not participatory" not in row["CPD method"].lower()
    assert row["Topic"].startswith(attended.course.title)
    assert row["Part of the Code most relevant"] == NOT_CHOSEN
    assert row["Evidence"].startswith("http")
    date = attended.session.started_at.astimezone().strftime("%d/%m/%Y")
    assert row["Date"] == date


def test_learning_alone_has_no_participatory_hours(client, member, course):
    completion_record(user=member, course=course, mode="self_paced", minutes=52)
    client.force_login(member)
    [row] = _rows(client.get(reverse("certificates:cpd_csv")))
    assert row["Number of hours"] == "0.87"
    assert row["Number of participatory hours"] == "0"
    assert "not participatory" in row["CPD method"]


def test_a_finished_programme_module_is_an_entry_too(client, trainee, home):
    _programme, _course, built = build_programme(home, modules=1, lessons=1)
    module = built[0][0]
    module.estimated_minutes = 90
    module.save()
    ModuleCompletion.objects.create(
        user=trainee, module=module, module_title=module.title
    )
    client.force_login(trainee)
    [row] = _rows(client.get(reverse("certificates:cpd_csv")))
    assert row["Topic"].startswith(module.title)
    assert row["Number of hours"] == "1.5"
    assert row["Number of participatory hours"] == "0"


def test_the_pdf_has_the_nmc_fields_name_and_pin(client, attended, member):
    StaffProfile.objects.create(user=member, nmc_pin="12A3456E")
    client.force_login(member)
    response = client.get(reverse("certificates:cpd_pdf"))
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    text = _pdf_text(response.content)
    assert "CPD record for NMC revalidation" in text
    assert "Mo Member" in text
    assert "12A3456E" in text
    assert "participatory" in text.lower()
    assert "0.78" in text


def test_a_reflective_account_is_saved_shown_on_the_record_and_downloaded(
    client, attended, member
):
    client.force_login(member)
    url = reverse("certificates:cpd_reflection", args=["awareness", attended.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert "What did you learn from it?" in form.content.decode()
    response = client.post(
        url,
        {
            "relates_to_practice": "I see parents in the first weeks after birth.",
            "nature": "",
            "learned": "How peer supporters listen without fixing.",
            "changed": "I now mention the peer support group at the 6-week visit.",
            "code_theme": "prioritise_people",
            "code_relevance": "Listening to people and responding to their needs.",
        },
    )
    assert response.status_code == 302
    saved = client.get(response["Location"])
    assert "Your reflective account is saved." in saved.content.decode()
    assert "How peer supporters listen without fixing." in saved.content.decode()

    [row] = _rows(client.get(reverse("certificates:cpd_csv")))
    assert row["How it relates to my practice"] == (
        "I see parents in the first weeks after birth."
    )
    assert row["Part of the Code most relevant"] == "Prioritise people"

    pdf = client.get(
        reverse("certificates:cpd_reflection_pdf", args=["awareness", attended.pk])
    )
    assert pdf["Content-Type"] == "application/pdf"
    text = _pdf_text(pdf.content)
    assert "What did you learn from the CPD activity?" in text
    assert "How peer supporters listen without fixing." in text
    assert "Prioritise people" in text
    # Left empty, the activity is described from the course.
    assert attended.course.title in text


def test_a_bad_code_theme_is_refused_clearly_and_keeps_what_was_typed(
    client, attended, member
):
    client.force_login(member)
    url = reverse("certificates:cpd_reflection", args=["awareness", attended.pk])
    response = client.post(url, {"learned": "Kept words", "code_theme": "nonsense"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Kept words" in body
    assert "Select a valid choice" in body
    assert not CpdReflection.objects.exists()


@pytest.mark.parametrize("who", ["someone_else", "other_organisation", "team_lead"])
def test_nobody_else_sees_or_downloads_anothers_reflection(
    client, attended, member, team_lead, roles, who
):
    CpdReflection.objects.create(
        user=member, source="awareness", record_id=attended.pk, learned="Private"
    )
    if who == "team_lead":
        user = team_lead
    else:
        user = make_user(None, full_name="Nosy Parker")
        if who == "other_organisation":
            TeamFactory(organisation=OrganisationFactory()).members.add(user)
    client.force_login(user)
    for name in ("certificates:cpd_reflection", "certificates:cpd_reflection_pdf"):
        url = reverse(name, args=["awareness", attended.pk])
        assert client.get(url).status_code == 404
    post = client.post(
        reverse("certificates:cpd_reflection", args=["awareness", attended.pk]),
        {"learned": "Overwritten"},
    )
    assert post.status_code == 404
    assert CpdReflection.objects.get().learned == "Private"
    # Their own record has nothing of the member's.
    assert _rows(client.get(reverse("certificates:cpd_csv"))) == []
    assert "Private" not in client.get(reverse("certificates:cpd")).content.decode()


def test_anonymous_people_are_sent_to_sign_in(client, attended):
    for url in (
        reverse("certificates:cpd"),
        reverse("certificates:cpd_csv"),
        reverse("certificates:cpd_pdf"),
        reverse("certificates:cpd_reflection", args=["awareness", attended.pk]),
        reverse("certificates:cpd_reflection_pdf", args=["awareness", attended.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/login" in response["Location"] or "sign" in response["Location"]


def test_the_record_is_linked_from_the_staff_record_and_certificates(client, member):
    client.force_login(member)
    cpd = reverse("certificates:cpd")
    assert cpd in client.get(reverse("awareness:staff_record")).content.decode()
    assert cpd in client.get(reverse("certificates:mine")).content.decode()


def test_get_support_from_the_reflection_saves_it_first(client, attended, member):
    client.force_login(member)
    url = reverse("certificates:cpd_reflection", args=["awareness", attended.pk])
    page = client.get(url).content.decode()
    assert 'form="cpd-reflection-form"' in page
    response = client.post(url, {"learned": "Half a thought", "action": "support"})
    assert response.status_code == 302
    assert response["Location"] == reverse("lms:support")
    assert CpdReflection.objects.get(user=member).learned == "Half a thought"
