"""Per-request lookups that need not touch the database on every request."""

from django.http.request import split_domain_port
from django.urls import reverse
from wagtail.models import Site

from alongside.cache import versioned_get_or_set


def _site_uncached(request) -> tuple[Site | None]:
    site = Site.find_for_request(request)
    if site is not None and site.root_page_id:
        site.root_page.specific  # noqa: B018 (cached on the page for routing)
    return (site,)


def site_for_request(request) -> Site | None:
    """Wagtail's site for this request, with its root page, cached until content
    changes (any site or page save moves the content version)."""
    hostname = split_domain_port(request.get_host())[0]
    port = request.get_port()
    return versioned_get_or_set(
        f"site:{hostname}:{port}", lambda: _site_uncached(request)
    )[0]


class CachedSiteMiddleware:
    """Find the Wagtail site from the cache, so serving a page skips two queries.

    Wagtail keeps the site it finds for a request on the request, under the name
    its ``Site.find_for_request`` documents (``request._wagtail_site``); this sets
    that one attribute and nothing else. Every site's root path (for page URLs) is
    cached by Wagtail itself. Not for the admin, nor for the health check, which must
    answer (503) even when the cache or database cannot.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith("/admin/") and (
            request.path_info != reverse("alongside:health")
        ):
            request._wagtail_site = site_for_request(request)
        return self.get_response(request)
