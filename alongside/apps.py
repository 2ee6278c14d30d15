from django.apps import AppConfig


class AlongsideConfig(AppConfig):
    """The shared kernel: the `<id:...>` converter and the cache's receivers."""

    name = "alongside"
    verbose_name = "Alongside"

    def ready(self):
        # Every id in our URLs is read by `<id:...>` (alongside/converters.py), before
        # any URL module is imported.
        from django.urls import register_converter

        from .cache import content_receivers_connect
        from .converters import IdConverter

        register_converter(IdConverter, "id")
        # A cached page stands until something it reads changes (alongside/cache.py).
        content_receivers_connect()
