"""Forget cached navigation and rendered lessons whenever authored content changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from .models import Signpost
from .selectors import content_version_bump


def content_changed_everywhere():
    """Move the content version now, and again once the change is committed.

    Bumping only inside the editor's transaction would let another request, still
    seeing the old rows, cache them under the new version until the next edit.
    """
    content_version_bump()
    transaction.on_commit(content_version_bump)


def _bump(**_kwargs):
    content_changed_everywhere()


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, instance=None, **kwargs):
    """Any page, site, privacy setting or directory entry saved or deleted."""
    if isinstance(instance, Page | Site | PageViewRestriction | Signpost):
        content_changed_everywhere()


page_published.connect(_bump, dispatch_uid="courses-content-published")
page_unpublished.connect(_bump, dispatch_uid="courses-content-unpublished")
page_slug_changed.connect(_bump, dispatch_uid="courses-content-slug")
post_page_move.connect(_bump, dispatch_uid="courses-content-moved")
