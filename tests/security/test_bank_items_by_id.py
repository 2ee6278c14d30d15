"""A page form accepts only question bank items its editor may see (security review
I6): a hand-made post naming another organisation's category, question or rubric by
id is a wrong choice, as the choosers and listings already say."""

import pytest

from assessments.models import FreeTextScenarioPage, QuestionCategory, QuizPage, Rubric
from lms import services as lms_services
from lms.factories import OrganisationFactory
from lms.roles import Role
from tests.assessments.helpers import single_choice
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_organisations(roles, programme_tree):
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
    rubric_a = Rubric.objects.create(
        name="ORG-A-RUBRIC", criteria="[]", collection=a.collection
    )
    category_b = QuestionCategory.objects.create(name="B's", collection=b.collection)
    return {
        "trainer_b": trainer_b,
        "category_a": category_a,
        "question_a": question_a,
        "rubric_a": rubric_a,
        "category_b": category_b,
    }


def _form(page_class, data, user):
    form_class = page_class.get_edit_handler().get_form_class()
    return form_class(data, instance=page_class(), for_user=user)


def test_a_quiz_cannot_draw_from_another_organisations_category(two_organisations):
    w = two_organisations

    def post(category):
        return {
            "title": "Their quiz",
            "slug": "their-quiz",
            "pass_mark": 80,
            "max_attempts": 0,
            "draws-TOTAL_FORMS": "1",
            "draws-INITIAL_FORMS": "0",
            "draws-MIN_NUM_FORMS": "0",
            "draws-MAX_NUM_FORMS": "1000",
            "draws-0-category": str(category.pk),
            "draws-0-count": "1",
            "draws-0-ORDER": "1",
            "slots-TOTAL_FORMS": "1",
            "slots-INITIAL_FORMS": "0",
            "slots-MIN_NUM_FORMS": "0",
            "slots-MAX_NUM_FORMS": "1000",
            "slots-0-question": str(w["question_a"].pk),
            "slots-0-ORDER": "1",
        }

    form = _form(QuizPage, post(w["category_a"]), w["trainer_b"])
    form.is_valid()
    draw_errors = form.formsets["draws"].forms[0].errors
    slot_errors = form.formsets["slots"].forms[0].errors
    assert "category" in draw_errors
    assert "question" in slot_errors
    # Their own category is a valid choice.
    own = _form(QuizPage, post(w["category_b"]), w["trainer_b"])
    own.is_valid()
    assert "category" not in own.formsets["draws"].forms[0].errors


def test_a_written_task_cannot_use_another_organisations_rubric(two_organisations):
    w = two_organisations
    form = _form(
        FreeTextScenarioPage,
        {
            "title": "Their task",
            "slug": "their-task",
            "prompt": '{"blocks": [], "entityMap": {}}',
            "rubric": str(w["rubric_a"].pk),
            "pass_points": "0",
        },
        w["trainer_b"],
    )
    assert not form.is_valid()
    assert "rubric" in form.errors
