"""One "Question bank" listing for every kind of question: search, filters, "used
in", bulk actions, and another organisation's questions kept out of all of them.

Run on PostgreSQL (and on SQLite by the browser test in tests/e2e/), as a trainer
who is not a superuser, so the collection permissions apply.
"""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from assessments.models import (
    QUESTION_TYPES,
    Question,
    QuestionCategory,
    TrueFalseQuestion,
)
from lms import services as lms_services
from lms.factories import OrganisationFactory
from lms.roles import Role
from tests.assessments.conftest import make_quiz
from tests.assessments.helpers import single_choice
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

BANK = reverse("wagtailsnippets_assessments_question:list")


def _names(response) -> list[str]:
    """The question names in the listing, as a trainer reads them."""
    html = response.content.decode()
    return [
        name.strip()
        for name in re.findall(r'id="snippet_\d+_title"[^>]*>\s*([^<]+)<', html)
    ]


def _bulk(action: str, *questions, **query) -> str:
    ids = "&".join(f"id={question.pk}" for question in questions)
    return f"/admin/bulk/assessments/question/{action}/?{ids}&next={BANK}"


def test_every_kind_is_in_one_listing_with_its_kind_and_links(
    client, trainer, questions
):
    client.force_login(trainer)

    response = client.get(BANK)

    assert response.status_code == 200
    assert sorted(_names(response)) == sorted(q.name for q in questions.values())
    html = response.content.decode()
    assert "True/false question" in html
    # Each row leads to its own kind's editor, never the base model's form.
    edit = reverse(
        "wagtailsnippets_assessments_truefalsequestion:edit",
        args=[questions["true_false"].pk],
    )
    assert edit in html
    base_edit = reverse(
        "wagtailsnippets_assessments_question:edit", args=[questions["true_false"].pk]
    )
    assert client.get(base_edit).url == edit


def test_the_menu_has_one_question_bank_entry_not_eight(client, trainer, questions):
    client.force_login(trainer)

    html = client.get(BANK).content.decode()

    assert "All questions" in html
    assert html.count("Question bank") >= 1
    assert "True/false questions" not in html  # each kind's listing is out of the menu
    assert "Multiple response" not in html


def test_search_finds_questions_of_every_kind_in_the_bank_and_each_kinds_listing(
    client, trainer, questions
):
    client.force_login(trainer)

    found = client.get(BANK, {"q": "psychosis"})
    assert _names(found) == ["Psychosis is urgent"]
    # Part of a word works too, as in a search box.
    assert _names(client.get(BANK, {"q": "psychos"})) == ["Psychosis is urgent"]
    assert _names(client.get(BANK, {"q": "no such words here"})) == []

    # The kind's own listing searched by a trainer (a 500 before: its permission
    # filter was not in the search index).
    kind_results = reverse("wagtailsnippets_assessments_truefalsequestion:list_results")
    response = client.get(kind_results, {"q": "psychosis"})
    assert response.status_code == 200
    assert "Psychosis is urgent" in response.content.decode()


def test_filters_by_kind_category_tag_and_safety(client, trainer, questions):
    client.force_login(trainer)
    other = QuestionCategory.objects.create(name="Safeguarding")
    moved = questions["essay"]
    moved.category = other
    moved.save()
    questions["matching"].tags.add("principles")
    kind = ContentType.objects.get_for_model(TrueFalseQuestion).pk

    assert _names(client.get(BANK, {"kind": kind})) == ["Psychosis is urgent"]
    assert _names(client.get(BANK, {"category": other.pk})) == [moved.name]
    tag = questions["matching"].tags.get().pk
    assert _names(client.get(BANK, {"tag": tag})) == ["Principles"]
    assert _names(client.get(BANK, {"is_safety_critical": "true"})) == [
        "Psychosis is urgent"
    ]
    safe = _names(client.get(BANK, {"is_safety_critical": "false", "q": "steps"}))
    assert safe == ["Steps"]


def test_used_in_names_the_quizzes_that_ask_each_question(
    client, trainer, questions, quiz_module
):
    quiz = make_quiz(quiz_module, [questions["true_false"]])
    client.force_login(trainer)

    html = client.get(BANK, {"q": "psychosis"}).content.decode()
    assert quiz.title in html
    assert reverse("wagtailadmin_pages:edit", args=[quiz.pk]) in html
    unused = client.get(BANK, {"q": "steps"}).content.decode()
    assert "Not in a quiz" in unused


def test_bulk_move_to_another_category(client, trainer, questions):
    client.force_login(trainer)
    target = QuestionCategory.objects.create(name="Listening")
    chosen = [questions["essay"], questions["ordering"]]

    confirm = client.get(_bulk("move_category", *chosen))
    assert confirm.status_code == 200
    assert "Steps" in confirm.content.decode()
    response = client.post(_bulk("move_category", *chosen), {"category": target.pk})

    assert response.status_code == 302
    assert set(target.questions.values_list("name", flat=True)) == {
        q.name for q in chosen
    }
    assert questions["matching"].category.name == "Foundations"


def test_bulk_tagging_keeps_existing_tags(client, trainer, questions):
    client.force_login(trainer)
    questions["essay"].tags.add("reflection")

    client.post(
        _bulk("add_tags", questions["essay"], questions["numeric"]),
        {"tags": "module 3, listening"},
    )

    assert set(questions["essay"].tags.names()) == {
        "reflection",
        "module 3",
        "listening",
    }
    assert set(questions["numeric"].tags.names()) == {"module 3", "listening"}


def test_bulk_delete_refuses_questions_a_quiz_asks(
    client, trainer, questions, quiz_module
):
    quiz = make_quiz(quiz_module, [questions["true_false"]])
    client.force_login(trainer)
    chosen = [questions["true_false"], questions["essay"]]

    response = client.post(_bulk("delete", *chosen), follow=True)

    assert Question.objects.filter(pk__in=[q.pk for q in chosen]).count() == 2
    html = response.content.decode()
    assert "is not deleted" in html
    assert quiz.title in html
    # One nobody asks goes, from the bank's own listing.
    client.post(_bulk("delete", questions["essay"]))
    assert not Question.objects.filter(pk=questions["essay"].pk).exists()


@pytest.fixture
def organisations(roles, questions):
    """Organisation A's question in A's collection; B's trainer edits only B's."""
    a = OrganisationFactory(name="Brighter Days")
    b = OrganisationFactory(name="Other Side")
    for organisation in (a, b):
        lms_services.organisation_content_area_ensure(organisation=organisation)
        organisation.refresh_from_db()
    trainer_b = make_user(Role.TRAINER, full_name="Ben Otherorg")
    b.members.add(trainer_b)
    trainer_b.groups.add(b.editors)
    category_a = QuestionCategory.objects.create(name="A's", collection=a.collection)
    question_a = single_choice(category_a, "ORG-A-QUESTION")
    question_a.collection = a.collection
    question_a.save()
    category_b = QuestionCategory.objects.create(name="B's", collection=b.collection)
    question_b = single_choice(category_b, "ORG-B-QUESTION")
    question_b.collection = b.collection
    question_b.save()
    return {
        "trainer_b": trainer_b,
        "question_a": question_a,
        "category_a": category_a,
        "question_b": question_b,
        "category_b": category_b,
    }


def test_another_organisations_questions_are_not_listed_or_found(client, organisations):
    w = organisations
    client.force_login(w["trainer_b"])

    listing = client.get(BANK)
    assert _names(listing) == ["ORG-B-QUESTION"]
    assert _names(client.get(BANK, {"q": "ORG"})) == ["ORG-B-QUESTION"]
    # Their category is not even a choice of filter, and naming it finds nothing.
    assert "A&#x27;s" not in listing.content.decode()
    assert _names(client.get(BANK, {"category": w["category_a"].pk})) in (
        [],
        ["ORG-B-QUESTION"],  # an unknown choice is ignored, never widened
    )
    base_edit = reverse(
        "wagtailsnippets_assessments_question:edit", args=[w["question_a"].pk]
    )
    assert client.get(base_edit).status_code == 404


def test_another_organisations_questions_cannot_be_moved_tagged_or_deleted(
    client, organisations
):
    w = organisations
    client.force_login(w["trainer_b"])

    confirm = client.get(_bulk("move_category", w["question_a"]))
    assert "ORG-A-QUESTION" not in confirm.content.decode()
    client.post(
        _bulk("move_category", w["question_a"], w["question_b"]),
        {"category": w["category_b"].pk},
    )
    # Nor into another organisation's category.
    moved = client.post(
        _bulk("move_category", w["question_b"]), {"category": w["category_a"].pk}
    )
    client.post(_bulk("add_tags", w["question_a"]), {"tags": "taken"})
    client.post(_bulk("delete", w["question_a"]))

    w["question_a"].refresh_from_db()
    w["question_b"].refresh_from_db()
    assert w["question_a"].category == w["category_a"]
    assert list(w["question_a"].tags.names()) == []
    assert w["question_b"].category == w["category_b"]
    assert moved.status_code == 200  # the form again, with its error
    assert "Select a valid choice" in moved.content.decode()


def test_learners_and_anonymous_people_get_no_question_bank(client, trainee):
    assert client.get(BANK).status_code == 302
    client.force_login(trainee)
    assert client.get(BANK).status_code in (302, 403)


ADD = reverse("wagtailsnippets_assessments_question:add")


def test_add_offers_every_kind_each_leading_to_its_own_add_form(client, trainer):
    client.force_login(trainer)

    listing = client.get(BANK).content.decode()
    assert f'href="{ADD}"' in listing  # the listing's "Add" button is back

    response = client.get(ADD)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Which kind of question?" in html
    for model in QUESTION_TYPES.values():
        add = reverse(f"wagtailsnippets_assessments_{model._meta.model_name}:add")
        assert f'href="{add}"' in html
    essay_form = client.get(reverse("wagtailsnippets_assessments_essayquestion:add"))
    assert essay_form.status_code == 200


def test_add_is_not_offered_to_people_who_cannot_add_questions(client, roles):
    org_admin = make_user(Role.ORGANISATION_ADMIN)
    client.force_login(org_admin)

    response = client.get(ADD)

    assert response.status_code == 302  # sent back, told they may not
    assert "Which kind of question?" not in client.get(response.url).content.decode()
    client.logout()
    assert client.get(ADD).status_code == 302  # anonymous: to the sign-in page
    assert "login" in client.get(ADD).url
