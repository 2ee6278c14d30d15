"""The demo seed: complete, repeatable, refused where demo accounts are not allowed."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from courses.models import LessonPage, ModulePage, Signpost
from lms.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from lms.models import (
    Cohort,
    ContentNoteChoice,
    Enrolment,
    LessonCompletion,
    Organisation,
    Team,
    User,
)

# `make run` seeds the demo into SQLite, the embedded default: tested there.
pytestmark = [pytest.mark.django_db, pytest.mark.embedded]


def _counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": User.objects.count(),
        "signposts": Signpost.objects.count(),
        "organisations": Organisation.objects.count(),
        "teams": Team.objects.count(),
        "cohorts": Cohort.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "completions": LessonCompletion.objects.count(),
        "content_note_choices": ContentNoteChoice.objects.count(),
    }


@pytest.fixture
def seeded(demo_for_module, db):
    return _counts()


def test_seeding_twice_changes_nothing(seeded):
    out = StringIO()

    call_command("seed_demo", stdout=out)

    assert _counts() == seeded
    assert "Demo ready: 11 modules" in out.getvalue()
    assert "alongside-demo" in out.getvalue()


def test_seed_creates_eleven_modules_each_with_lessons(seeded):
    modules = ModulePage.objects.live().order_by("path")

    assert modules.count() == 11
    assert [m.code for m in modules] == [f"M{n}" for n in range(1, 12)]
    for module in modules:
        lessons = LessonPage.objects.live().child_of(module).count()
        assert lessons >= 2, module.title


def test_every_demo_account_signs_in(client, seeded):
    assert len(DEMO_ACCOUNTS) == 5
    for spec in DEMO_ACCOUNTS:
        response = client.post(
            "/accounts/login/", {"username": spec.email, "password": DEMO_PASSWORD}
        )
        assert response.status_code == 302, spec.email
        assert response.url == "/dashboard/", spec.email
        client.post("/accounts/logout/")


def test_demo_trainee_has_a_next_step(client, seeded):
    client.post(
        "/accounts/login/",
        {"username": "trainee@example.org", "password": DEMO_PASSWORD},
    )

    content = client.get("/dashboard/").content.decode()

    total = LessonPage.objects.live().count()
    assert "Perinatal Peer Support Foundation" in content
    assert f"Your progress: 2 of {total} lessons done" in content
    assert "Carry on:" in content


def test_seed_refused_when_demo_accounts_are_not_allowed(db, settings):
    settings.ALLOW_DEMO_ACCOUNTS = False

    with pytest.raises(CommandError) as error:
        call_command("seed_demo")

    assert "ALLOW_DEMO_ACCOUNTS=False" in str(error.value)
    assert not User.objects.exists()
    assert not ModulePage.objects.exists()


def test_the_demo_trainer_edits_the_shared_curriculum_and_their_charitys_own(
    client, seeded
):
    from django.urls import reverse

    from courses.models import ProgrammePage
    from lms.awareness.models import AwarenessCoursePage

    trainer = User.objects.get(email="trainer@example.org")
    charity = Organisation.objects.get(name="Brighter Days Peer Support")
    trust = Organisation.objects.get(kind=Organisation.Kind.NHS_TRUST)
    client.force_login(trainer)

    for page in (
        ProgrammePage.objects.get(title="Perinatal Peer Support Foundation"),
        AwarenessCoursePage.objects.first(),
        charity.content_page,
    ):
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert client.get(edit).status_code == 200, page.title
    assert trainer.groups.filter(pk=charity.editors_id).exists()
    assert not trainer.groups.filter(pk=trust.editors_id).exists()
