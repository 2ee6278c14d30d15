"""Per-request lookups that need not touch the database on every request."""

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Site

from courses.selectors import NAVIGATION_TIMEOUT, content_version


def site_for_request(request) -> Site | None:
    """Wagtail's site for this request, with its root page, cached until content
    changes (any site or page save bumps the content version)."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    key = f"lms:site:{content_version()}:{hostname}:{port}"
    cached = cache.get(key)
    if cached is None:
        site = Site._find_for_request(request)
        if site is not None and site.root_page_id:
            site.root_page.specific  # noqa: B018 (cached on the page for routing)
        cached = (site,)
        cache.set(key, cached, NAVIGATION_TIMEOUT)
    return cached[0]


class CachedSiteMiddleware:
    """Find the Wagtail site from the cache, so serving a page skips that query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith("/admin/"):
            request._wagtail_site = site_for_request(request)
        return self.get_response(request)
