"""A half-written reflection is kept when the trainee stops, and never cut short.

Journeys: a trainee starts writing after a lesson, presses "Take a break" (a button of
the form, so no JavaScript is needed), and the next day the lesson's prompt opens the
draft again; "Get support" keeps it the same way; text over the limit is refused when
finishing (with a counter and a clear message) and kept whole as a draft.
"""

import re

import pytest
from django.urls import reverse

from lms.models import ReflectiveEntry
from lms.services import cohort_join
from tests.assessments.helpers import messages_on

pytestmark = pytest.mark.django_db

HALF = "Today I noticed how hard it is to sit with silence, and"


@pytest.fixture
def lesson(programme_tree):
    return programme_tree[2][0][1][0]


def _new_url(lesson) -> str:
    return f"{reverse('lms:reflection_create')}?lesson={lesson.pk}&prompt=What+helped"


def test_take_a_break_keeps_a_half_written_reflection(trainee_client, trainee, lesson):
    page = trainee_client.get(_new_url(lesson)).content.decode()
    assert 'id="reflection-form"' in page
    assert re.search(r'form="reflection-form" name="action" value="break"', page)

    left = trainee_client.post(
        _new_url(lesson),
        {
            "title": "",
            "body": HALF,
            "prompt": "What helped",
            "lesson": lesson.pk,
            "action": "break",
        },
    )

    entry = ReflectiveEntry.objects.get(owner=trainee)
    assert entry.is_draft and entry.body == HALF and entry.lesson_id == lesson.pk
    assert left["Location"].startswith(reverse("lms:take_a_break"))
    calm = trainee_client.get(left["Location"])
    assert "Your draft is saved (12 words)" in " ".join(messages_on(calm))
    edit_url = reverse("lms:reflection_edit", args=[entry.pk])
    assert f'href="{edit_url}"' in calm.content.decode()

    # The next day the lesson's prompt opens the draft, with every word.
    again = trainee_client.get(_new_url(lesson))
    assert again["Location"] == edit_url
    draft_page = trainee_client.get(edit_url).content.decode()
    assert HALF in draft_page and "Draft" in draft_page
    listing = trainee_client.get(reverse("lms:reflections")).content.decode()
    assert "Carry on writing" in listing

    finished = trainee_client.post(
        edit_url, {"title": "Silence", "body": HALF + " it helped.", "action": "save"}
    )
    assert finished.status_code == 302
    entry.refresh_from_db()
    assert not entry.is_draft and entry.body.endswith("it helped.")


def test_get_support_keeps_the_draft_first(trainee_client, trainee):
    response = trainee_client.post(
        reverse("lms:reflection_create"),
        {"title": "", "body": HALF, "action": "support"},
    )
    assert response["Location"] == reverse("lms:support")
    assert ReflectiveEntry.objects.get(owner=trainee).is_draft
    support = trainee_client.get(response["Location"])
    assert "Your draft is saved" in " ".join(messages_on(support))


def test_over_long_text_is_refused_with_a_message_never_cut(trainee_client, trainee):
    too_long = "a" * 21000  # the limit is 20,000
    page = trainee_client.get(reverse("lms:reflection_create")).content.decode()
    assert "maxlength" not in page, "the browser would cut pasted text silently"
    assert "You have 20,000 characters left." in page

    refused = trainee_client.post(
        reverse("lms:reflection_create"), {"body": too_long, "action": "save"}
    )
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "Your reflection is 21,000 characters long" in html
    assert "Please shorten it by 1,000 characters" in html
    assert "You have 1,000 characters too many." in html
    assert too_long in html, "everything typed is still in the box"
    assert not ReflectiveEntry.objects.exists()

    # Stopping part-way keeps it whole, as a draft, and says it is too long.
    kept = trainee_client.post(
        reverse("lms:reflection_create"), {"body": too_long, "action": "break"}
    )
    entry = ReflectiveEntry.objects.get(owner=trainee)
    assert entry.is_draft and entry.body == too_long
    message = " ".join(messages_on(trainee_client.get(kept["Location"])))
    assert "longer than an entry can hold" in message


def test_a_draft_is_never_shared_nor_counted(trainee_client, trainee, cohort, trainer):
    cohort_join(user=trainee, cohort=cohort)
    trainee_client.post(
        reverse("lms:reflection_create"), {"body": HALF, "action": "draft"}
    )
    entry = ReflectiveEntry.objects.get(owner=trainee)
    shared = trainee_client.post(
        reverse("lms:reflection_share", args=[entry.pk]), {"shared_with": trainer.pk}
    )
    assert shared.status_code == 302
    entry.refresh_from_db()
    assert entry.shared_with is None


def test_nobody_else_can_save_into_a_draft(client, trainee, other_trainee):
    client.force_login(trainee)
    client.post(reverse("lms:reflection_create"), {"body": HALF, "action": "draft"})
    entry = ReflectiveEntry.objects.get(owner=trainee)
    client.force_login(other_trainee)
    for action in ("break", "support", "draft", "save"):
        response = client.post(
            reverse("lms:reflection_edit", args=[entry.pk]),
            {"body": "Not mine", "action": action},
        )
        assert response.status_code == 404, action
    entry.refresh_from_db()
    assert entry.body == HALF


def test_only_spaces_is_refused_with_a_message_not_an_error(trainee_client, trainee):
    """Found by the generated-input run: a body of spaces reached the service."""
    created = trainee_client.post(
        reverse("lms:reflection_create"), {"body": "   ", "action": "save"}
    )
    assert created.status_code == 200
    assert "Write something before saving" in created.content.decode()
    assert not ReflectiveEntry.objects.filter(owner=trainee).exists()

    entry = ReflectiveEntry.objects.create(owner=trainee, body="A first thought")
    edited = trainee_client.post(
        reverse("lms:reflection_edit", args=[entry.pk]),
        {"body": "   ", "action": "save"},
    )
    assert edited.status_code == 200
    assert "cannot be empty" in edited.content.decode()
    entry.refresh_from_db()
    assert entry.body == "A first thought"


# --- with JavaScript: the draft is saved as it is typed -------------------------


def _autosave(client, url, body, **extra):
    return client.post(
        url,
        {"title": "", "body": body, "action": "autosave", **extra},
        HTTP_ACCEPT="application/json",
    )


def test_a_reflection_is_saved_as_it_is_typed(trainee_client, trainee, lesson):
    page = trainee_client.get(_new_url(lesson)).content.decode()
    # The page's script saves the form as it is typed, and says so politely.
    assert re.search(r'<form[^>]*id="reflection-form"[^>]*data-autosave', page)
    assert 'data-autosave-status role="status"' in page
    # Without the script, "Save a draft" is still there.
    assert 'name="action" value="draft"' in page

    first = _autosave(
        trainee_client,
        _new_url(lesson),
        HALF,
        prompt="What helped",
        lesson=lesson.pk,
    )
    entry = ReflectiveEntry.objects.get(owner=trainee)
    edit_url = reverse("lms:reflection_edit", args=[entry.pk])
    assert first.status_code == 200
    assert first.json()["url"] == edit_url
    assert re.fullmatch(r"Draft saved at \d\d:\d\d\.", first.json()["message"])
    assert entry.is_draft and entry.body == HALF and entry.lesson_id == lesson.pk

    # Later saves go into the same entry; reloading the page shows every word.
    more = _autosave(trainee_client, edit_url, HALF + " it helped to wait.")
    assert more.status_code == 200
    assert ReflectiveEntry.objects.filter(owner=trainee).count() == 1
    reloaded = trainee_client.get(edit_url).content.decode()
    assert HALF + " it helped to wait." in reloaded
    assert trainee_client.get(_new_url(lesson))["Location"] == edit_url


def test_an_over_long_draft_is_kept_whole_and_says_by_how_much(trainee_client, trainee):
    too_long = "a" * 21000  # the limit is 20,000
    response = _autosave(trainee_client, reverse("lms:reflection_create"), too_long)

    assert response.status_code == 200
    assert (
        "It is 1,000 characters longer than an entry can hold, so please shorten "
        "it before you finish it." in response.json()["message"]
    )
    assert ReflectiveEntry.objects.get(owner=trainee).body == too_long


def test_nobody_else_can_autosave_into_a_draft(client, trainee_client, trainee):
    from lms.factories import UserFactory

    _autosave(trainee_client, reverse("lms:reflection_create"), HALF)
    entry = ReflectiveEntry.objects.get(owner=trainee)
    someone = UserFactory()
    client.force_login(someone)

    response = _autosave(
        client, reverse("lms:reflection_edit", args=[entry.pk]), "Not theirs"
    )

    assert response.status_code in (403, 404)
    entry.refresh_from_db()
    assert entry.body == HALF
    assert not ReflectiveEntry.objects.filter(owner=someone).exists()


def test_a_finished_entry_is_not_changed_by_autosave(trainee_client, trainee):
    entry = ReflectiveEntry.objects.create(owner=trainee, body="Finished words.")

    response = _autosave(
        trainee_client, reverse("lms:reflection_edit", args=[entry.pk]), "Changed"
    )
    page = trainee_client.get(reverse("lms:reflection_edit", args=[entry.pk]))

    assert response.status_code == 400
    assert "press Save" in response.json()["message"]
    entry.refresh_from_db()
    assert entry.body == "Finished words." and not entry.is_draft
    assert "data-autosave" not in page.content.decode()
