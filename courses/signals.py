"""Forget cached navigation and rendered lessons whenever authored content changes."""

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


def _bump(**_kwargs):
    content_version_bump()


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, instance=None, **kwargs):
    """Any page, site, privacy setting or directory entry saved or deleted."""
    if isinstance(instance, Page | Site | PageViewRestriction | Signpost):
        content_version_bump()


page_published.connect(_bump, dispatch_uid="courses-content-published")
page_unpublished.connect(_bump, dispatch_uid="courses-content-unpublished")
page_slug_changed.connect(_bump, dispatch_uid="courses-content-slug")
post_page_move.connect(_bump, dispatch_uid="courses-content-moved")
