"""Trainers keep the question bank in the Wagtail admin; other staff cannot touch it.

These go through the admin's own snippet forms as someone holding the trainer role
(not a superuser), so a permission the role lacks shows up here.
"""

import pytest
from django.urls import reverse
from wagtail.models import get_root_collection_id
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from assessments.models import (
    QUESTION_TYPES,
    NumericQuestion,
    QuestionCategory,
    Rubric,
    SingleChoiceQuestion,
)

pytestmark = pytest.mark.django_db


def _url(model, view: str, *args) -> str:
    name = f"wagtailsnippets_assessments_{model._meta.model_name}:{view}"
    return reverse(name, args=args)


def _bank_models():
    return [*QUESTION_TYPES.values(), QuestionCategory, Rubric]


def _single_choice_form(category, **overrides) -> dict:
    return nested_form_data(
        {
            "name": "Who to call",
            "category": category.pk,
            "default_mark": 1,
            "text": rich_text("<p>A parent mentions thoughts of ending her life.</p>"),
            "options": streamfield(
                [
                    (
                        "option",
                        {
                            "text": "Follow the safeguarding procedure today",
                            "fraction": 1,
                            "feedback": "Yes: this cannot wait.",
                        },
                    ),
                    (
                        "option",
                        {"text": "Wait for the next session", "fraction": 0},
                    ),
                ]
            ),
            "general_feedback": rich_text(""),
            "is_safety_critical": "on",
            "teaches": "",
            "tags": "safeguarding",
            # The shared question bank (the root collection), as the form offers.
            "collection": get_root_collection_id(),
            **overrides,
        }
    )


def test_a_trainer_opens_every_part_of_the_question_bank(client, trainer, category):
    client.force_login(trainer)

    for model in _bank_models():
        listing = client.get(_url(model, "list"))
        assert listing.status_code == 200, model.__name__
        assert client.get(_url(model, "add")).status_code == 200, model.__name__


def test_a_trainer_writes_then_edits_a_question(client, trainer, category):
    client.force_login(trainer)

    created = client.post(
        _url(SingleChoiceQuestion, "add"), _single_choice_form(category)
    )

    assert created.status_code == 302, created.content.decode()[:2000]
    question = SingleChoiceQuestion.objects.get(name="Who to call")
    assert question.is_safety_critical
    assert [o.value["text"] for o in question.options] == [
        "Follow the safeguarding procedure today",
        "Wait for the next session",
    ]
    assert list(question.tags.names()) == ["safeguarding"]

    edited = client.post(
        _url(SingleChoiceQuestion, "edit", question.pk),
        _single_choice_form(category, name="Who to call, today"),
    )

    assert edited.status_code == 302
    question.refresh_from_db()
    assert question.name == "Who to call, today"


def test_a_trainer_adds_a_category(client, trainer):
    client.force_login(trainer)

    response = client.post(
        _url(QuestionCategory, "add"),
        {"name": "Feeding", "description": "", "collection": get_root_collection_id()},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert QuestionCategory.objects.filter(name="Feeding").exists()


@pytest.mark.parametrize(
    ("role", "sent_to"),
    # Organisation admins use the admin, but not for the bank: Wagtail sends them back
    # to the dashboard with "you do not have permission". Supervisors and trainees
    # have no admin access and are sent to the admin's sign-in page.
    [
        ("organisation_admin", "/admin/"),
        ("supervisor", "/admin/login/"),
        ("trainee", "/admin/login/"),
    ],
)
def test_other_people_cannot_see_or_change_the_bank(
    client, request, role, sent_to, category
):
    client.force_login(request.getfixturevalue(role))

    for model in _bank_models():
        for view in ("list", "add"):
            response = client.get(_url(model, view))
            assert response.status_code == 302, (model.__name__, view)
            assert response.url.split("?")[0] == sent_to
    refused = client.post(
        _url(SingleChoiceQuestion, "add"), _single_choice_form(category)
    )
    assert refused.status_code == 302
    assert refused.url.split("?")[0] == sent_to
    assert not SingleChoiceQuestion.objects.exists()


def test_a_trainer_writes_a_numeric_question_with_a_range_and_any_other_number(
    client, trainer, category
):
    client.force_login(trainer)
    form = nested_form_data(
        {
            "name": "Weeks",
            "category": category.pk,
            "default_mark": 1,
            "text": rich_text("<p>How many weeks is the postnatal period?</p>"),
            "answers": streamfield(
                [
                    ("answer", {"value": 6, "tolerance": 0, "fraction": 1}),
                    ("range", {"minimum": 5, "maximum": 8, "fraction": 0.5}),
                    ("other", {"fraction": 0, "feedback": "Have another look."}),
                ]
            ),
            "general_feedback": rich_text(""),
            "teaches": "",
            "tags": "",
            "collection": get_root_collection_id(),
        }
    )

    response = client.post(_url(NumericQuestion, "add"), form)

    assert response.status_code == 302, response.content.decode()[:2000]
    question = NumericQuestion.objects.get(name="Weeks")
    assert question.grade("6", {}).fraction == 1.0
    assert question.grade("7.5", {}).fraction == 0.5
    assert question.grade("12", {}).feedback == ["Have another look."]


def test_an_upside_down_range_is_refused_and_the_question_kept_for_fixing(
    client, trainer, category
):
    client.force_login(trainer)
    form = nested_form_data(
        {
            "name": "Backwards",
            "category": category.pk,
            "default_mark": 1,
            "text": rich_text("<p>Pick a number.</p>"),
            "answers": streamfield(
                [("range", {"minimum": 9, "maximum": 3, "fraction": 1})]
            ),
            "general_feedback": rich_text(""),
            "teaches": "",
            "tags": "",
            "collection": get_root_collection_id(),
        }
    )

    response = client.post(_url(NumericQuestion, "add"), form)

    assert response.status_code == 200
    page = response.content.decode()
    assert "The largest number cannot be smaller than the smallest." in page
    assert "Backwards" in page  # what the trainer typed is still there
    assert not NumericQuestion.objects.exists()
