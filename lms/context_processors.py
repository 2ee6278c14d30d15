"""Values every page template needs."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .security.quick_exit import quick_exit_href


def alongside(request):
    """The quick-exit addresses (the neutral site, and the link that gets there
    after ending the session) and the site's name."""
    return {
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "QUICK_EXIT_HREF": SimpleLazyObject(lambda: quick_exit_href(request)),
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
    }
