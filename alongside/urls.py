"""The kernel's URLs (namespace "alongside"): the health check."""

from django.urls import path

from .health import health

app_name = "alongside"

urlpatterns = [
    path("health/", health, name="health"),
]
