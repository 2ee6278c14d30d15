"""URLs for certificates, mounted at the site root by config.urls."""

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
    path("certificates/<id:pk>/", views.certificate_detail, name="certificate"),
    path(
        "certificates/<id:pk>/privacy/",
        views.certificate_privacy,
        name="certificate_privacy",
    ),
    path("certificates/<id:pk>/share/", views.share_link_create, name="share_create"),
    path(
        "certificates/<id:pk>/share/<id:link_pk>/withdraw/",
        views.share_link_withdraw,
        name="share_withdraw",
    ),
    path("certificates/<id:pk>/wallet/", views.wallet_start, name="wallet_start"),
    path(
        "certificates/<id:pk>/wallet/<str:exchange_id>/",
        views.wallet,
        name="wallet",
    ),
    path(
        "certificates/<id:pk>/transcript.json",
        views.transcript_ld,
        name="transcript_ld",
    ),
    path(
        "certificates/<id:pk>/transcript.jwt",
        views.transcript_jwt,
        name="transcript_jwt",
    ),
    path("certificates/<id:pk>/certificate.pdf", views.own_pdf, name="own_pdf"),
    path("shared/<str:token>/", views.shared, name="shared"),
    path("shared/<str:token>/pdf/", views.shared_pdf, name="shared_pdf"),
    path(
        "credentials/exchanges/<str:exchange_id>/",
        views.exchange,
        name="exchange",
    ),
    path("cpd/", views.cpd_record, name="cpd"),
    path("cpd/record.csv", views.cpd_record_csv, name="cpd_csv"),
    path("cpd/record.pdf", views.cpd_record_pdf, name="cpd_pdf"),
    path(
        "cpd/<str:source>/<id:record_id>/reflection/",
        views.cpd_reflection,
        name="cpd_reflection",
    ),
    path(
        "cpd/<str:source>/<id:record_id>/reflection.pdf",
        views.cpd_reflection_pdf,
        name="cpd_reflection_pdf",
    ),
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/<str:token>/", views.verify, name="verify"),
    path("verify/<str:token>/pdf/", views.certificate_pdf_download, name="pdf"),
    path(
        "verify/<str:token>/open-badge.jwt",
        views.credential_download,
        name="credential",
    ),
    path("verify/<str:token>/badge.png", views.badge_png, name="badge_png"),
    path("verify/<str:token>/badge.svg", views.badge_svg, name="badge_svg"),
    path(
        "verify/<str:token>/open-badge.json",
        views.credential_ld_download,
        name="credential_ld",
    ),
    path(
        "credentials/status-lists/<id:number>/<str:purpose>/",
        views.status_list,
        name="status_list",
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
    path(".well-known/did.json", views.did_document, name="did"),
    # An issuing organisation's did:web (did:web:<host>:organisations:<id>).
    path(
        "organisations/<id:organisation_id>/did.json",
        views.organisation_did_document,
        name="organisation_did",
    ),
    path(
        "organisations/<id:organisation_id>/issuer/",
        views.organisation_issuer,
        name="organisation_issuer",
    ),
    path(
        "organisations/<id:organisation_id>/status-lists/<id:number>/<str:purpose>/",
        views.organisation_status_list,
        name="organisation_status_list",
    ),
]
