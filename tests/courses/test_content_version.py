"""The content version moves when an edit is saved and again when it is committed, so
nothing read before the commit is cached as if it were current."""

import pytest
from django.db import transaction

from alongside.cache import content_version, versioned_get_or_set

pytestmark = pytest.mark.django_db


def test_a_value_cached_during_an_edit_is_not_kept_after_it_commits(
    programme_tree, django_capture_on_commit_callbacks
):
    lesson = programme_tree[2][0][1][0]
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        lesson.title = "Quiet rooms and open questions"
        lesson.save()
        # Another request, which cannot see the edit yet, caches what it read.
        during = content_version()
        versioned_get_or_set("lesson-title", lambda: "the old title")

    assert content_version() != during
    assert (
        versioned_get_or_set("lesson-title", lambda: "Quiet rooms and open questions")
        == "Quiet rooms and open questions"
    )


def test_a_long_or_odd_url_path_makes_a_valid_cache_key_of_its_own():
    import warnings

    from django.core.cache import CacheKeyWarning

    long_a, long_b = "route:/" + "a" * 300 + "/", "route:/" + "a" * 300 + "b/"
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        assert versioned_get_or_set(long_a, lambda: "A") == "A"
        assert versioned_get_or_set(long_b, lambda: "B") == "B"  # not A's value
        assert versioned_get_or_set("route:/a b\t/", lambda: "C") == "C"
        assert versioned_get_or_set(long_a, lambda: "other") == "A"
