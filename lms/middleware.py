"""Per-request lookups that need not touch the database on every request."""

from django.http.request import split_domain_port
from django.urls import reverse
from wagtail.models import Site

from courses.selectors import versioned_get_or_set


def _site_uncached(request) -> tuple[Site | None]:
    site = Site._find_for_request(request)
    if site is not None and site.root_page_id:
        site.root_page.specific  # noqa: B018 (cached on the page for routing)
    return (site,)


def site_for_request(request) -> Site | None:
    """Wagtail's site for this request, with its root page, cached until content
    changes (any site or page save bumps the content version)."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    return versioned_get_or_set(
        f"site:{hostname}:{port}", lambda: _site_uncached(request)
    )[0]


class CachedSiteMiddleware:
    """Find the Wagtail site (and every site's root path, for page URLs) from the
    cache, so serving a page skips those queries. Not for the admin, nor for the
    health check, which must answer (503) even when the cache or database cannot."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith("/admin/") and (
            request.path_info != reverse("lms:health")
        ):
            request._wagtail_site = site_for_request(request)
            request._wagtail_cached_site_root_paths = versioned_get_or_set(
                "site-root-paths", Site.get_site_root_paths
            )
        return self.get_response(request)
