"""The content cache: what learner pages keep between requests, and how it is kept
current. Every cached entry for authored content goes through this module.

How it stays current
--------------------
There is one *content version*, a random token kept in the default cache. Every
entry's key includes the version, so an entry, once written, is never out of date:
when content changes, the version moves on and every key with the old version is
simply never asked for again (old entries expire on their own). Nothing is ever
deleted key by key.

The version moves whenever a model that a rendered page reads is saved or deleted
(``CONTENT_MODELS``, the models apps add with ``content_models_add`` and
``content_deletion_models``, connected by ``content_receivers_connect``), and when
Wagtail publishes, unpublishes, moves or renames a page or publishes or unpublishes
a snippet. It moves twice: during the editor's transaction and again once it
commits, so a request that read the old rows in between cannot cache them under the
new version.

Key scheme
----------
All keys live in the default cache (``settings.CACHES["default"]``).

``alongside:content-version``
    Holds the current content version. No timeout. Written only by
    ``content_version_bump``; read once a request by ``content_version`` (the
    answer is kept in the request's memo, so one page sees one version).

``alongside:content:{version}:{name}``
    Holds a value built from authored content, versioned by the content version.
    Written and read only through ``versioned_get_or_set(name, build)``. Readers are
    anyone at all: an entry is shared by every reader, so it must never hold
    anything that depends on who is reading (their name, progress, choices, entries
    or CSRF token). The names in use:

    ======================================  =========================================
    name                                    holds (who reads it)
    ======================================  =========================================
    ``site:{host}:{port}``                  the Wagtail site for a host, with its
                                            root page (``alongside.middleware``)
    ``route:{url path}``                    the deepest page for a URL path
                                            (``courses.selectors.page_for_url_path``)
    ``page:{pk}``                           a page, as its specific type (same)
    ``restricted-paths``                    tree paths with a privacy setting, and
                                            alias paths (``restricted_paths``)
    ``place:{lesson pk}``                   a lesson's module, course, programme and
                                            neighbours (``lesson_place``)
    ``activity-place:{page pk}``            a quiz's or scenario's module and
                                            programme (``module_and_programme_of``)
    ``prerequisites:{module pk}``           modules to finish first
                                            (``module_prerequisite_ids``)
    ``support-panel``                       crisis entries of the directory
                                            (``support_signposts``)
    ``body:{pk}:{revisions}:{published}``   a lesson body's HTML, with each
                                            per-reader block left out as its index
                                            (``courses.templatetags.lesson_tags``)
    ``quiz-questions:{quiz pk}``            what a quiz's attempts are drawn from
                                            (``assessments.selectors``)
    ======================================  =========================================

With Redis (``REDIS_CACHE_URL``), values are also kept in each process
(``settings.CACHES["local"]``) in front of Redis: safe, because a versioned value
never changes; only the version itself is read from Redis, once a request.

Without Redis the default cache is kept in each process, and a version moved in one
process is not seen by another: run exactly one process. Production settings refuse
to start that way unless ``ALLOW_SINGLE_PROCESS=true`` says so, and ``check --deploy``
warns (``alongside.W003``, ``lms/checks.py``).
"""

import contextvars
import hashlib
import uuid
from collections.abc import Callable
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django_redis.cache import RedisCache
from wagtail import signals as wagtail_signals
from wagtail.documents import get_document_model_string
from wagtail.images import get_image_model, get_image_model_string

LOCAL_ALIAS = "local"
CONTENT_VERSION_KEY = "alongside:content-version"
CONTENT_KEY_PREFIX = "alongside:content"
# The longest a versioned value is kept. Correctness never depends on it (the
# version does that); it only bounds the memory old versions hold.
NAVIGATION_TIMEOUT = 300

# Everything a rendered page reads besides the request: a save or delete of one of
# these (or of a subclass, such as every page type) moves the content version. Apps
# add their own (the directory, the question pools) with ``content_models_add`` from
# their AppConfig.ready(), so this module names no app of the project.
CONTENT_MODELS = (
    "wagtailcore.Page",  # pages, and the rich-text links to them
    "wagtailcore.Site",  # page URLs and routing
    "wagtailcore.PageViewRestriction",  # privacy settings
    get_image_model_string(),  # images in lesson bodies
    get_document_model_string(),  # resources, media, captions, document links
)

# Per-process cache backends: a change made in one process is not seen by another.

_memo: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "alongside_request_memo", default=None
)


class AlongsideRedisCache(RedisCache):
    """The shared cache on Redis (django-redis, which keeps one client per
    connection pool rather than building one for every command)."""


def request_memo() -> dict | None:
    """A dict that lives for the current request only (None outside a request)."""
    return _memo.get()


class RequestMemoMiddleware:
    """Give each request a fresh memo (see `request_memo`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def _local():
    return caches[LOCAL_ALIAS] if LOCAL_ALIAS in settings.CACHES else None


def immutable_get_or_set(key: str, build: Callable[[], Any], timeout: int) -> Any:
    """The value cached under `key`, built once if missing.

    Only for keys whose value never changes once written (they carry the content
    version): the value is also kept in this process, so most requests do not ask
    Redis at all.
    """
    local = _local()
    if local is not None:
        value = local.get(key)
        if value is not None:
            return value
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    if local is not None:
        local.set(key, value, timeout)
    return value


def content_version() -> str:
    """A token that changes whenever authored content changes (read once a request)."""
    memo = request_memo()
    if memo is not None and CONTENT_VERSION_KEY in memo:
        return memo[CONTENT_VERSION_KEY]
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        version = content_version_bump()
    if memo is not None:
        memo[CONTENT_VERSION_KEY] = version
    return version


def content_version_bump() -> str:
    """Invalidate every cached piece of navigation and rendered content."""
    version = uuid.uuid4().hex
    cache.set(CONTENT_VERSION_KEY, version, None)
    memo = request_memo()
    if memo is not None:
        memo[CONTENT_VERSION_KEY] = version
    return version


def content_changed() -> None:
    """Move the content version now, and again once the change is committed.

    Bumping only inside the editor's transaction would let another request, still
    seeing the old rows, cache them under the new version until the next edit.
    """
    content_version_bump()
    transaction.on_commit(content_version_bump)


def versioned_get_or_set(name: str, build, timeout: int = NAVIGATION_TIMEOUT):
    """A cached value that stands until authored content next changes (see the key
    scheme above: it must not depend on who is reading)."""
    return immutable_get_or_set(
        f"{CONTENT_KEY_PREFIX}:{content_version()}:{_key_safe(name)}", build, timeout
    )


def _key_safe(name: str) -> str:
    """The name, or its digest when it is too long for a cache key or holds spaces or
    control characters (a URL path may be any length and hold anything)."""
    if len(name) <= 150 and name.isprintable() and " " not in name:
        return name
    return "sha256:" + hashlib.sha256(name.encode()).hexdigest()


def content_deletion_models() -> tuple[type, ...]:
    """Models whose deletion, but not creation, makes cached HTML wrong.

    A rendition is made the first time a body is rendered, which changes nothing
    already cached; deleting one (as replacing an image's file does) leaves cached
    HTML pointing at a file that is gone.
    """
    return (get_image_model().get_rendition_model(),)


def _content_changed_receiver(**_kwargs) -> None:
    content_changed()


def content_receivers_connect() -> None:
    """Move the content version whenever anything a rendered page reads changes.

    Called once the apps are ready. Receivers are connected per model, so saving
    anything else (an enrolment, a completion) costs nothing.
    """
    _receivers_connect(CONTENT_MODELS, deletions=content_deletion_models())
    for signal in (
        wagtail_signals.page_published,
        wagtail_signals.page_unpublished,
        wagtail_signals.page_slug_changed,
        wagtail_signals.post_page_move,
        wagtail_signals.published,  # snippets with drafts
        wagtail_signals.unpublished,
    ):
        signal.connect(_content_changed_receiver, dispatch_uid="alongside-content")


def content_models_add(*labels: str) -> None:
    """More models a rendered page reads ("app_label.Model"; their subclasses too):
    saving or deleting one moves the content version. Call from AppConfig.ready()."""
    _receivers_connect(labels)


def _receivers_connect(labels, deletions: tuple[type, ...] = ()) -> None:
    bases = tuple(apps.get_model(label) for label in labels)
    deletions = bases + deletions
    for model in apps.get_models():
        uid = f"alongside-content-{model._meta.label_lower}"
        if issubclass(model, bases):
            post_save.connect(
                _content_changed_receiver, sender=model, dispatch_uid=f"{uid}-save"
            )
        if issubclass(model, deletions):
            post_delete.connect(
                _content_changed_receiver, sender=model, dispatch_uid=f"{uid}-delete"
            )
