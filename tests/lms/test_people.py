"""Signing up, enrolling, joining cohorts and teams."""

import pytest
from django.urls import reverse

from lms.factories import CohortFactory, OrganisationFactory, TeamFactory
from lms.models import Enrolment
from lms.roles import Role
from lms.selectors import user_has_role
from lms.services import (
    LearningError,
    cohort_join,
    enrolment_create,
    team_join,
    user_create,
)
from tests.conftest import build_programme

pytestmark = pytest.mark.django_db


def test_user_create_gives_the_trainee_role(roles):
    user = user_create(
        email="New.Person@Example.org",
        full_name="  New Person ",
        password="a-long-test-password",
        nation="wales",
    )

    assert user.email == "new.person@example.org"
    assert user.full_name == "New Person"
    assert user.check_password("a-long-test-password")
    assert user_has_role(user, Role.TRAINEE)
    assert not user_has_role(user, Role.TRAINER)


def test_self_enrolment_creates_one_enrolment(trainee, programme_tree):
    programme = programme_tree[0]

    enrolment = enrolment_create(user=trainee, programme=programme)

    assert enrolment.programme == programme
    assert enrolment.cohort is None
    assert Enrolment.objects.filter(user=trainee).count() == 1


def test_enrolling_twice_keeps_one_enrolment(trainee, programme_tree):
    programme = programme_tree[0]

    first = enrolment_create(user=trainee, programme=programme)
    second = enrolment_create(user=trainee, programme=programme)

    assert first.pk == second.pk
    assert Enrolment.objects.filter(user=trainee, programme=programme).count() == 1


def test_self_enrolment_refused_on_invitation_only_programme(trainee, home):
    programme, _course, _modules = build_programme(home, self_enrolment=False)

    with pytest.raises(LearningError) as error:
        enrolment_create(user=trainee, programme=programme)

    assert "by invitation" in error.value.message
    assert not Enrolment.objects.filter(user=trainee).exists()


def test_enrol_button_enrols_and_shows_progress(
    trainee_client, trainee, programme_tree
):
    programme = programme_tree[0]

    response = trainee_client.post(
        reverse("lms:programme_enrol", args=[programme.pk]), follow=True
    )

    assert response.redirect_chain[-1][0] == programme.url
    assert "You are enrolled. Welcome aboard." in response.content.decode()
    assert "Your progress: 0 of 6 lessons done" in response.content.decode()
    assert Enrolment.objects.filter(user=trainee, programme=programme).exists()


def test_enrol_button_on_invitation_only_programme_explains_why(
    trainee_client, trainee, home
):
    programme, _course, _modules = build_programme(home, self_enrolment=False)

    response = trainee_client.post(
        reverse("lms:programme_enrol", args=[programme.pk]), follow=True
    )

    content = response.content.decode()
    assert "This programme is by invitation. Ask your trainer for an invite link." in (
        content
    )
    assert not Enrolment.objects.filter(user=trainee).exists()


def test_invitation_only_programme_page_offers_no_enrol_button(trainee_client, home):
    programme, _course, _modules = build_programme(home, self_enrolment=False)

    response = trainee_client.get(programme.url)

    content = response.content.decode()
    assert "Enrol on this programme" not in content
    assert "This programme is by invitation." in content


def test_cohort_join_enrols_with_the_cohort(trainee, cohort):
    enrolment = cohort_join(user=trainee, cohort=cohort)

    assert enrolment.cohort == cohort
    assert enrolment.programme.pk == cohort.programme.pk
    assert cohort.organisation.members.filter(pk=trainee.pk).exists()


def test_cohort_join_works_on_invitation_only_programme(trainee, home):
    programme, _course, _modules = build_programme(home, self_enrolment=False)
    cohort = CohortFactory(programme=programme)

    enrolment = cohort_join(user=trainee, cohort=cohort)

    assert enrolment.cohort == cohort


def test_cohort_join_after_self_enrolment_attaches_the_cohort(trainee, cohort):
    enrolment_create(user=trainee, programme=cohort.programme)

    enrolment = cohort_join(user=trainee, cohort=cohort)

    assert enrolment.cohort == cohort
    assert Enrolment.objects.filter(user=trainee).count() == 1


def test_closed_cohort_refuses_to_join(trainee, cohort):
    cohort.is_open = False
    cohort.save()

    with pytest.raises(LearningError) as error:
        cohort_join(user=trainee, cohort=cohort)

    assert error.value.message == "This invite link is no longer open."
    assert not Enrolment.objects.filter(user=trainee).exists()


def test_invite_link_page_joins_the_cohort(trainee_client, trainee, cohort):
    url = reverse("lms:cohort_join", args=[cohort.invite_token])

    page = trainee_client.get(url)
    response = trainee_client.post(url, follow=True)

    assert f"Join {cohort.name}" in page.content.decode()
    assert f"You have joined {cohort.name}." in response.content.decode()
    assert Enrolment.objects.get(user=trainee).cohort == cohort


def test_closed_invite_link_says_it_does_not_work(trainee_client, trainee, cohort):
    cohort.is_open = False
    cohort.save()
    url = reverse("lms:cohort_join", args=[cohort.invite_token])

    shown = trainee_client.get(url)
    posted = trainee_client.post(url)

    assert shown.status_code == 404
    assert posted.status_code == 404
    assert "This invite link does not work" in shown.content.decode()
    assert not Enrolment.objects.filter(user=trainee).exists()


def test_invite_link_to_an_unpublished_programme_explains_instead_of_failing(
    trainee_client, trainee, cohort
):
    cohort.programme.unpublish()

    response = trainee_client.post(
        reverse("lms:cohort_join", args=[cohort.invite_token]), follow=True
    )

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("lms:dashboard")
    assert "This programme is not open at the moment." in response.content.decode()
    assert not Enrolment.objects.filter(user=trainee).exists()


def test_team_code_ignores_case_and_spaces(trainee):
    team = TeamFactory(organisation=OrganisationFactory())
    typed = " " + " ".join([team.join_code[:4].lower(), team.join_code[4:].lower()])

    joined = team_join(user=trainee, code=typed)

    assert joined == team
    assert team.members.filter(pk=trainee.pk).exists()
    # An attendee of the team, not a member of its organisation.
    assert not team.organisation.members.filter(pk=trainee.pk).exists()


def test_unknown_team_code_says_so(trainee):
    with pytest.raises(LearningError) as error:
        team_join(user=trainee, code="NOPE1234")

    assert error.value.message == (
        "We could not find a team with that code. Check it and try again."
    )
    assert not trainee.teams.exists()


def test_team_join_page_joins_and_lists_the_team(trainee_client, trainee):
    team = TeamFactory(name="Ward 7 peer team")

    response = trainee_client.post(
        reverse("lms:team_join"), {"code": team.join_code.lower()}, follow=True
    )

    content = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("lms:dashboard")
    assert "You have joined Ward 7 peer team." in content
    assert f"Ward 7 peer team, {team.organisation.name}" in content


def test_team_join_page_keeps_a_wrong_code_and_explains(trainee_client, trainee):
    response = trainee_client.post(reverse("lms:team_join"), {"code": "wr0ng-c0de"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "We could not find a team with that code. Check it and try again." in content
    assert 'value="wr0ng-c0de"' in content
    assert not trainee.teams.exists()
