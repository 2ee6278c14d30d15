"""Caching helpers: a Redis cache that keeps its client, a per-request memo, and a
per-process layer in front of the shared cache for entries that never change.

The learner pages read a handful of cached entries per request (routing, the
lesson's place, its rendered body, the support panel). Their keys carry the content
version (`courses.selectors.content_version`), so an entry, once written, is never
out of date: it can be kept in the process as well as in Redis, and only the version
itself has to come from Redis on each request.
"""

import contextvars
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

LOCAL_ALIAS = "local"

_memo: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "alongside_request_memo", default=None
)


class _ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client builds a new `redis.Redis` object for every command, and each
    one builds its table of ~170 response callbacks. One client per connection pool
    is enough: `redis.Redis` is safe to share, connections come from the pool."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class AlongsideRedisCache(RedisCache):
    """Django's Redis cache, with the client reused between commands."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ReusedClientRedisCacheClient


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

    Only for keys whose value never changes once written (they carry a content
    version or a revision id): the value is also kept in this process, so most
    requests do not ask Redis at all.
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
