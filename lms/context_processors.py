"""Values every page template needs."""

from django.conf import settings


def alongside(request):
    """The quick-exit address and the site's name."""
    return {
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
    }
