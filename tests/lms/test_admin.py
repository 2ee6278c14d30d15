"""The Wagtail admin: organisation admins see their own records; nobody sees logs."""

import pytest
from django.urls import reverse
from wagtail.admin.viewsets import viewsets
from wagtail.snippets.models import get_snippet_models

from lms.factories import CohortFactory, OrganisationFactory, TeamFactory
from lms.models import Cohort, ReflectiveEntry, Team
from lms.services import reflection_create

pytestmark = pytest.mark.django_db

SECRET = "Some days I still feel I failed my son."


@pytest.fixture
def organisations(organisation_admin, programme_tree):
    """The admin's own organisation and another, each with a team and a cohort."""
    programme = programme_tree[0]
    mine = OrganisationFactory(name="Brighter Days")
    mine.admins.add(organisation_admin)
    theirs = OrganisationFactory(name="Other Trust")
    return {
        "mine": mine,
        "theirs": theirs,
        "my_team": TeamFactory(organisation=mine, name="Riverside team"),
        "their_team": TeamFactory(organisation=theirs, name="Hilltop team"),
        "my_cohort": CohortFactory(
            organisation=mine, programme=programme, name="Spring group"
        ),
        "their_cohort": CohortFactory(
            organisation=theirs, programme=programme, name="Winter group"
        ),
    }


def test_organisation_admin_lists_only_their_teams_and_cohorts(
    client, organisation_admin, organisations
):
    client.force_login(organisation_admin)

    teams = client.get(reverse("team:index")).content.decode()
    cohorts = client.get(reverse("cohort:index")).content.decode()
    orgs = client.get(reverse("organisation:index")).content.decode()

    assert "Riverside team" in teams
    assert "Hilltop team" not in teams
    assert "Spring group" in cohorts
    assert "Winter group" not in cohorts
    assert "Brighter Days" in orgs
    assert "Other Trust" not in orgs


@pytest.mark.parametrize("action", ["edit", "delete", "history", "usage"])
@pytest.mark.parametrize("model", ["team", "cohort"])
def test_organisation_admin_opens_their_own_records(
    client, organisation_admin, organisations, model, action
):
    mine = organisations[f"my_{model}"]
    client.force_login(organisation_admin)

    response = client.get(reverse(f"{model}:{action}", args=[mine.pk]))

    assert response.status_code == 200
    assert mine.name in response.content.decode()


def test_cohort_list_shows_the_invite_link_to_send(
    client, organisation_admin, organisations
):
    cohort = organisations["my_cohort"]
    client.force_login(organisation_admin)

    content = client.get(reverse("cohort:index")).content.decode()

    assert f"/join/{cohort.invite_token}/" in content


@pytest.mark.parametrize("action", ["edit", "delete", "copy", "history", "usage"])
@pytest.mark.parametrize("model", ["team", "cohort"])
def test_organisation_admin_gets_404_on_another_organisations_records(
    client, organisation_admin, organisations, model, action
):
    other = organisations[f"their_{model}"]
    client.force_login(organisation_admin)

    response = client.get(f"/admin/{model}/{action}/{other.pk}/")

    assert response.status_code == 404
    assert other.name not in response.content.decode()


def test_organisation_admin_cannot_delete_or_change_another_organisations_records(
    client, organisation_admin, organisations
):
    team, cohort = organisations["their_team"], organisations["their_cohort"]
    client.force_login(organisation_admin)

    deleted = client.post(reverse("team:delete", args=[team.pk]))
    changed = client.post(
        reverse("cohort:edit", args=[cohort.pk]),
        {
            "organisation": organisations["mine"].pk,
            "programme": cohort.programme_id,
            "name": "Taken over",
            "start_date": "2026-09-07",
        },
    )

    assert deleted.status_code == 404
    assert changed.status_code == 404
    assert Team.objects.filter(pk=team.pk).exists()
    assert Cohort.objects.get(pk=cohort.pk).name == "Winter group"


def test_organisation_admin_cannot_edit_another_organisation(
    client, organisation_admin, organisations
):
    client.force_login(organisation_admin)

    response = client.get(
        reverse("organisation:edit", args=[organisations["theirs"].pk])
    )

    assert response.status_code == 404


def test_organisation_admin_cannot_create_a_team_in_another_organisation(
    client, organisation_admin, organisations
):
    client.force_login(organisation_admin)

    form = client.get(reverse("team:add")).content.decode()
    response = client.post(
        reverse("team:add"),
        {"organisation": organisations["theirs"].pk, "name": "Planted team"},
    )

    assert "Brighter Days" in form
    assert "Other Trust" not in form
    assert response.status_code == 200
    assert not Team.objects.filter(name="Planted team").exists()


def test_trainee_is_kept_out_of_the_admin(client, trainee, organisations):
    client.force_login(trainee)

    for url in [
        reverse("wagtailadmin_home"),
        reverse("team:index"),
        reverse("cohort:edit", args=[organisations["my_cohort"].pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("wagtailadmin_login")), url


def test_reflective_log_is_not_in_the_admin_at_all(
    client, site_admin, trainee, programme_tree
):
    lesson = programme_tree[2][0][1][0]
    reflection_create(
        owner=trainee, title="Late night thoughts", body=SECRET, lesson=lesson
    )
    client.force_login(site_admin)

    assert ReflectiveEntry not in get_snippet_models()
    assert not [
        vs for vs in viewsets.viewsets if getattr(vs, "model", None) is ReflectiveEntry
    ]
    assert client.get("/admin/snippets/lms/reflectiveentry/").status_code == 404
    assert client.get("/admin/reflectiveentry/").status_code == 404

    pages = [
        reverse("wagtailadmin_home"),
        # The query is echoed back, so search for one word and look for the rest.
        f"{reverse('wagtailadmin_pages:search')}?q=thoughts",
        f"{reverse('wagtailadmin_pages:search')}?q=son",
        reverse("wagtailadmin_pages:usage", args=[lesson.pk]),
        reverse("wagtailusers_users:edit", args=[trainee.pk]),
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        content = response.content.decode()
        assert "Late night thoughts" not in content, url
        assert "failed my son" not in content, url
        assert "reflective" not in content.lower(), url


# --- the admin is Alongside's, in British English ---------------------------------


def test_the_admin_sign_in_says_alongside_not_wagtail(client, roles):
    page = client.get(reverse("wagtailadmin_login")).content.decode()

    assert "Sign in to Alongside" in page
    assert "<title>Sign in - Alongside</title>" in page
    assert "Wagtail" not in page.split("<body", 1)[1].split("<script", 1)[0]


def test_staff_avatars_never_call_gravatar(client, trainer):
    client.force_login(trainer)
    page = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "gravatar" not in page.lower()
    assert "- Alongside</title>" in page


def test_admin_dates_read_in_british_english(client, site_admin, trainee):
    """The audit log lists when things happened as "6 December 2026, 13:50"."""
    import datetime

    from django.utils import timezone

    from lms.models import AuditEvent

    AuditEvent.objects.create(
        action=AuditEvent.Action.SIGN_IN,
        subject=trainee,
        created_at=timezone.make_aware(datetime.datetime(2026, 12, 6, 13, 50)),
    )
    client.force_login(site_admin)
    page = client.get(reverse("audit_event:index")).content.decode()

    assert "6 December 2026, 13:50" in page
    assert "p.m." not in page
