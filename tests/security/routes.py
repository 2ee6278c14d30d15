"""Discovering every route and every Wagtail page type, so none escapes the suites."""

from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

ADMIN_PREFIXES = ("admin/",)


def _walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = namespace
            if pattern.namespace:
                ns = (
                    f"{namespace}:{pattern.namespace}"
                    if namespace
                    else pattern.namespace
                )
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), ns)
        elif isinstance(pattern, URLPattern):
            name = pattern.name
            if name and namespace:
                name = f"{namespace}:{name}"
            yield prefix + str(pattern.pattern), name, pattern


def all_patterns() -> list[tuple[str, str | None, URLPattern]]:
    """(route, name, pattern) for every URL pattern of the site."""
    return list(_walk(get_resolver().url_patterns))


def site_routes() -> dict[str, str]:
    """Every route outside the Wagtail admin, by name (or by its route if unnamed)."""
    return {
        name or route: route
        for route, name, _pattern in all_patterns()
        if not route.startswith(ADMIN_PREFIXES)
    }


def admin_routes() -> list[tuple[str, str | None, URLPattern]]:
    return [row for row in all_patterns() if row[0].startswith(ADMIN_PREFIXES)]


def page_types() -> dict[str, type]:
    """Every concrete Wagtail page type, by "app_label.ModelName" (not the root)."""
    return {
        model._meta.label: model
        for model in get_page_models()
        if model is not Page and not model._meta.abstract
    }


def page_routes() -> set[str]:
    """Each page type, and each sub-route of a routable page ("label:route_name")."""
    keys = set()
    for label, model in page_types().items():
        keys.add(label)
        if issubclass(model, RoutablePageMixin):
            for pattern in model.get_subpage_urls():
                if pattern.name != "index_route":  # the page itself
                    keys.add(f"{label}:{pattern.name}")
    return keys


OUR_APPS = ("lms", "courses", "assessments", "certificates")


def _view_module(pattern: URLPattern) -> str:
    callback = pattern.callback
    return getattr(getattr(callback, "view_class", callback), "__module__", "")


def app_admin_routes() -> dict[str, str]:
    """Admin routes whose views are our own (not Wagtail's), by name."""
    return {
        name or route: route
        for route, name, pattern in admin_routes()
        if _view_module(pattern).split(".")[0] in OUR_APPS
    }
