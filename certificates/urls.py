"""URLs for certificates, mounted at the site root by lms.urls."""

from django.urls import path

from . import views

app_name = "certificates"
urlpatterns = [
    path("practice/", views.ledger, name="ledger"),
    path("practice/new/", views.ledger_entry_create, name="ledger_create"),
    path("practice/<id:pk>/", views.ledger_entry_edit, name="ledger_edit"),
    path(
        "practice/<id:pk>/withdraw/",
        views.ledger_entry_withdraw,
        name="ledger_withdraw",
    ),
    path("countersign/", views.countersign_queue, name="countersign_queue"),
    path("countersign/<id:pk>/", views.countersign_entry, name="countersign"),
    path(
        "countersign/history/",
        views.countersign_history,
        name="countersign_history",
    ),
    path(
        "countersign/<id:pk>/undo/",
        views.countersign_undo,
        name="countersign_undo",
    ),
    path("certificates/", views.my_certificates, name="mine"),
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/<str:token>/", views.verify, name="verify"),
    path("verify/<str:token>/pdf/", views.certificate_pdf_download, name="pdf"),
    path(
        "verify/<str:token>/open-badge.jwt",
        views.credential_download,
        name="credential",
    ),
    path(
        "credentials/status/<str:token>/",
        views.credential_status,
        name="credential_status",
    ),
    path("credentials/issuer/", views.issuer, name="issuer"),
    path(
        "credentials/achievements/<id:programme_id>/<str:kind>/",
        views.achievement,
        name="achievement",
    ),
    path("credentials/keys/<str:kid>.json", views.public_key, name="public_key"),
    path(".well-known/jwks.json", views.jwks, name="jwks"),
]
