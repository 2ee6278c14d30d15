"""The admin's live preview panel frames the page being edited; nothing else on the
site may be framed (clickjacking), not even the rest of the admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from assessments.models import QuestionCategory
from tests.assessments.helpers import single_choice
from tests.assessments.test_question_bank_admin import _single_choice_form
from tests.security.test_sessions_and_headers import _csp

pytestmark = pytest.mark.django_db


def _framed_by_the_admin_only(response) -> None:
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert _csp(response)["frame-ancestors"] == ["'self'"]


def _never_framed(response) -> None:
    assert response["X-Frame-Options"] == "DENY"
    assert _csp(response)["frame-ancestors"] == ["'none'"]


def test_a_page_preview_can_be_framed_by_the_admin(client, trainer, programme_tree):
    _programme, _course, [(_module, lessons), _] = programme_tree
    lesson = lessons[0]
    revision = lesson.save_revision()
    client.force_login(trainer)

    response = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[lesson.pk, revision.pk])
    )

    assert response.status_code == 200
    assert lesson.title in response.text  # the page itself, not an error
    _framed_by_the_admin_only(response)


def test_the_live_preview_of_an_edited_question_can_be_framed(client, trainer):
    category = QuestionCategory.objects.create(name="Framing")
    question = single_choice(category, "Framed question")
    client.force_login(trainer)
    url = reverse(
        "wagtailsnippets_assessments_singlechoicequestion:preview_on_edit",
        args=[question.pk],
    )
    data = _single_choice_form(category, name="Only the preview has this")
    data["text"] = rich_text("<p>Only the preview has this question text.</p>")
    assert client.post(url, data).json()["is_valid"]

    response = client.get(url)

    assert response.status_code == 200
    assert "Only the preview has this question text." in response.text
    _framed_by_the_admin_only(response)


def test_the_page_itself_and_the_admins_editor_are_never_framed(
    client, trainer, enrolment, programme_tree
):
    _programme, _course, [(_module, lessons), _] = programme_tree
    client.force_login(enrolment.user)
    _never_framed(client.get(lessons[0].url))

    client.force_login(trainer)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[lessons[0].pk]))
    assert editor.status_code == 200
    _never_framed(editor)
    _never_framed(client.get(reverse("wagtailsnippets_assessments_question:list")))
