"""The private reflective log: writing, editing, deleting and sharing one entry."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from lms.factories import CohortFactory
from lms.models import ReflectiveEntry
from lms.services import (
    LearningError,
    cohort_join,
    reflection_create,
    reflection_delete,
    reflection_share,
    reflection_update,
)
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

SECRET = "I cried in the car park before the visit."


@pytest.fixture
def entry(trainee):
    return reflection_create(owner=trainee, title="After the visit", body=SECRET)


@pytest.fixture
def in_cohort(trainee, cohort):
    """The trainee is in the cohort whose trainer and supervisor they may share with."""
    return cohort_join(user=trainee, cohort=cohort)


# Services


def test_reflection_create_keeps_the_text(trainee, programme_tree):
    lesson = programme_tree[2][0][1][0]

    entry = reflection_create(
        owner=trainee,
        title="  First week ",
        body=SECRET,
        prompt=" What helped? ",
        lesson=lesson,
    )

    entry.refresh_from_db()
    assert (entry.title, entry.body, entry.prompt) == (
        "First week",
        SECRET,
        "What helped?",
    )
    assert entry.lesson_id == lesson.pk
    assert entry.shared_with is None


def test_reflection_create_refuses_an_empty_entry(trainee):
    with pytest.raises(LearningError):
        reflection_create(owner=trainee, body="   ")

    assert not ReflectiveEntry.objects.exists()


def test_reflection_update_and_delete(entry):
    reflection_update(entry=entry, title="Changed", body="Kinder words.")
    entry.refresh_from_db()
    assert (entry.title, entry.body) == ("Changed", "Kinder words.")

    with pytest.raises(LearningError):
        reflection_update(entry=entry, title="", body=" ")

    reflection_delete(entry=entry)
    assert not ReflectiveEntry.objects.filter(pk=entry.pk).exists()


def test_share_with_a_trainer_or_supervisor_of_my_cohort(
    entry, trainee, trainer, supervisor, in_cohort
):
    reflection_share(entry=entry, owner=trainee, with_user=trainer)
    entry.refresh_from_db()
    assert entry.shared_with == trainer
    assert entry.shared_at is not None

    reflection_share(entry=entry, owner=trainee, with_user=supervisor)
    entry.refresh_from_db()
    assert entry.shared_with == supervisor

    reflection_share(entry=entry, owner=trainee, with_user=None)
    entry.refresh_from_db()
    assert entry.shared_with is None
    assert entry.shared_at is None


def test_share_refused_with_another_trainee(entry, trainee, other_trainee, in_cohort):
    with pytest.raises(LearningError) as error:
        reflection_share(entry=entry, owner=trainee, with_user=other_trainee)

    assert "only with a trainer or supervisor of your cohort" in error.value.message
    entry.refresh_from_db()
    assert entry.shared_with is None


def test_share_refused_with_a_trainer_of_another_cohort(
    entry, trainee, in_cohort, programme_tree, roles
):
    stranger = make_user(full_name="Tom Othertrainer")
    CohortFactory(programme=programme_tree[0]).trainers.add(stranger)

    with pytest.raises(LearningError):
        reflection_share(entry=entry, owner=trainee, with_user=stranger)

    entry.refresh_from_db()
    assert entry.shared_with is None


def test_share_refused_for_someone_elses_entry(
    entry, other_trainee, trainer, in_cohort
):
    with pytest.raises(PermissionDenied):
        reflection_share(entry=entry, owner=other_trainee, with_user=trainer)

    entry.refresh_from_db()
    assert entry.shared_with is None


# Pages


def test_anonymous_visitors_are_sent_to_sign_in(client, entry):
    for url in [
        reverse("lms:reflections"),
        reverse("lms:reflection_create"),
        reverse("lms:reflection_edit", args=[entry.pk]),
        reverse("lms:reflection_delete", args=[entry.pk]),
        reverse("lms:reflection_share", args=[entry.pk]),
        reverse("lms:reflections_shared"),
        reverse("lms:reflection_shared_detail", args=[entry.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(f"{reverse('lms:login')}?next="), url


def test_my_log_lists_my_entries_only(trainee_client, entry, other_trainee):
    reflection_create(owner=other_trainee, title="Not yours", body="Someone else.")

    content = trainee_client.get(reverse("lms:reflections")).content.decode()

    assert "After the visit" in content
    assert "Not yours" not in content


def test_writing_an_entry_from_the_form(trainee_client, trainee):
    response = trainee_client.post(
        reverse("lms:reflection_create"),
        {"title": "A hard day", "body": SECRET, "prompt": "", "lesson": ""},
        follow=True,
    )

    content = response.content.decode()
    assert "Saved to your reflective log. Only you can read it." in content
    assert "A hard day" in content
    assert ReflectiveEntry.objects.get(owner=trainee).body == SECRET


def test_empty_entry_keeps_the_title_and_explains(trainee_client, trainee):
    response = trainee_client.post(
        reverse("lms:reflection_create"), {"title": "Half a thought", "body": ""}
    )

    content = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in content
    assert "This field is required." in content
    assert 'value="Half a thought"' in content
    assert not ReflectiveEntry.objects.exists()


def test_entry_written_from_a_lesson_returns_to_the_lesson(
    trainee_client, trainee, enrolment, programme_tree
):
    lesson = programme_tree[2][0][1][0]

    response = trainee_client.post(
        reverse("lms:reflection_create"),
        {"body": SECRET, "prompt": "What helped?", "lesson": lesson.pk},
    )

    assert response.url == lesson.url
    assert ReflectiveEntry.objects.get(owner=trainee).lesson_id == lesson.pk


def test_owner_edits_and_deletes_an_entry(trainee_client, entry):
    edit_url = reverse("lms:reflection_edit", args=[entry.pk])
    assert SECRET in trainee_client.get(edit_url).content.decode()

    trainee_client.post(edit_url, {"title": "Renamed", "body": "Better now."})
    entry.refresh_from_db()
    assert entry.body == "Better now."

    response = trainee_client.post(
        reverse("lms:reflection_delete", args=[entry.pk]), follow=True
    )
    assert "The entry has been deleted." in response.content.decode()
    assert not ReflectiveEntry.objects.filter(pk=entry.pk).exists()


def test_another_trainee_gets_404_on_my_entry(client, entry, other_trainee):
    client.force_login(other_trainee)

    for name in ["reflection_edit", "reflection_delete", "reflection_share"]:
        url = reverse(f"lms:{name}", args=[entry.pk])
        got = client.get(url)
        posted = client.post(url, {"title": "Hacked", "body": "Hacked"})
        assert got.status_code == 404, name
        assert posted.status_code == 404, name
        assert SECRET not in got.content.decode()

    shared = client.get(reverse("lms:reflection_shared_detail", args=[entry.pk]))
    assert shared.status_code == 404
    entry.refresh_from_db()
    assert entry.body == SECRET
    assert entry.shared_with is None


def test_share_page_offers_my_cohort_trainers_only(
    trainee_client, entry, trainer, supervisor, other_trainee, in_cohort
):
    content = trainee_client.get(
        reverse("lms:reflection_share", args=[entry.pk])
    ).content.decode()

    assert trainer.full_name in content
    assert supervisor.full_name in content
    assert other_trainee.full_name not in content


def test_share_page_without_a_cohort_says_there_is_nobody(trainee_client, entry):
    content = trainee_client.get(
        reverse("lms:reflection_share", args=[entry.pk])
    ).content.decode()

    assert "there is nobody to share with" in content


def test_sharing_from_the_form(trainee_client, entry, trainer, in_cohort):
    response = trainee_client.post(
        reverse("lms:reflection_share", args=[entry.pk]),
        {"shared_with": trainer.pk},
        follow=True,
    )

    assert f"Shared with {trainer.full_name}." in response.content.decode()
    entry.refresh_from_db()
    assert entry.shared_with == trainer


def test_sharing_with_another_trainee_from_the_form_is_refused(
    trainee_client, entry, other_trainee, in_cohort
):
    response = trainee_client.post(
        reverse("lms:reflection_share", args=[entry.pk]),
        {"shared_with": other_trainee.pk},
    )

    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    entry.refresh_from_db()
    assert entry.shared_with is None


def test_trainer_reads_only_what_was_shared_with_them(
    client, entry, trainee, trainer, in_cohort
):
    private = reflection_create(owner=trainee, title="Just for me", body="Private.")
    reflection_share(entry=entry, owner=trainee, with_user=trainer)
    client.force_login(trainer)

    listing = client.get(reverse("lms:reflections_shared")).content.decode()
    shown = client.get(reverse("lms:reflection_shared_detail", args=[entry.pk]))
    hidden = client.get(reverse("lms:reflection_shared_detail", args=[private.pk]))
    dashboard = client.get(reverse("lms:dashboard")).content.decode()

    assert "After the visit" in listing
    assert "Just for me" not in listing
    assert shown.status_code == 200
    assert SECRET in shown.content.decode()
    assert f"From {trainee.full_name}" in shown.content.decode()
    assert hidden.status_code == 404
    assert "1 reflective log entry shared with you" in dashboard
    # Sharing is for reading: the trainer still cannot edit or delete it.
    assert (
        client.get(reverse("lms:reflection_edit", args=[entry.pk])).status_code == 404
    )


def test_unsharing_hides_the_entry_from_the_trainer(
    client, entry, trainee, trainer, in_cohort
):
    reflection_share(entry=entry, owner=trainee, with_user=trainer)
    reflection_share(entry=entry, owner=trainee, with_user=None)
    client.force_login(trainer)

    response = client.get(reverse("lms:reflection_shared_detail", args=[entry.pk]))

    assert response.status_code == 404
    listing = client.get(reverse("lms:reflections_shared")).content.decode()
    assert "Nobody has shared an entry with you." in listing


def test_a_tampered_lesson_id_saves_the_entry_without_a_lesson(client, trainee):
    client.force_login(trainee)
    response = client.post(
        reverse("lms:reflection_create"),
        {"title": "", "body": "Still mine", "lesson": str(2**63)},
    )

    assert response.status_code == 302
    entry = ReflectiveEntry.objects.get(owner=trainee)
    assert (entry.body, entry.lesson) == ("Still mine", None)
