"""Issue 18, item 4: "Add to wallet" (a VC-API-style exchange with a one-time
challenge, run here by a scripted wallet), the holder's privacy choices (hashed
name unless they opt in, a neutral wording) and share links for one reader each."""

import datetime
import hashlib
import json

import jsonschema
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.models import WalletExchange

from . import ld_verify
from .conftest import make_rules, requirement
from .test_dcc_verifier import SCHEMA, dcc_verify, steps
from .wallet_client import Wallet, parse_deep_link

pytestmark = pytest.mark.django_db

NEUTRAL = "Perinatal Peer Support Foundation (accredited)"


@pytest.fixture
def certificate(enrolled, trainer, programme):
    make_rules(
        programme,
        requirement("reflections", entries=1),
        public_wordings=f"{NEUTRAL}\n\n  Peer support training (accredited)  \n",
    )
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="test"
    )
    return certificate


def ob_schema() -> dict:
    """1EdTech's schema, with credentialStatus allowed as a list of its entries
    (as in test_linked_data: VC 2.0 allows several, the schema one)."""
    schema = json.loads(SCHEMA.read_text())
    status = schema["$defs"]["CredentialStatus"]
    schema["$defs"]["CredentialStatus"] = {
        "anyOf": [status, {"type": "array", "minItems": 1, "items": status}]
    }
    return schema


def _start(holder, certificate) -> dict:
    """The holder presses "Add to wallet"; the fields of the deep link shown."""
    response = holder.post(
        reverse("certificates:wallet_start", args=[certificate.pk]), follow=True
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "<svg" in page  # the QR code
    link = response.context["deep_link"]
    assert link.replace("&", "&amp;") in page
    return parse_deep_link(link)


def _post(url: str, body) -> tuple[int, dict]:
    wallet_app = Client()  # another device: no session, no CSRF token
    response = wallet_app.post(
        url.removeprefix("http://testserver"),
        json.dumps(body),
        content_type="application/json",
    )
    return response.status_code, response.json()


@pytest.mark.parametrize("suite", ["eddsa-rdfc-2022", "Ed25519Signature2020"])
def test_a_wallet_gets_a_credential_bound_to_its_did(
    holder, certificate, suite, tmp_path
):
    fields = _start(holder, certificate)
    assert fields["auth_type"] == "bearer"
    assert fields["issuer"] == "http://testserver"
    status, request = _post(fields["vc_request_url"], {})
    assert status == 200
    vpr = request["verifiablePresentationRequest"]
    assert vpr["query"][0]["type"] == "DIDAuthentication"
    assert vpr["challenge"] == fields["challenge"]
    assert vpr["domain"] == "testserver"

    wallet = Wallet()
    presentation = wallet.present(
        challenge=vpr["challenge"], domain=vpr["domain"], suite=suite
    )
    status, answer = _post(
        fields["vc_request_url"], {"verifiablePresentation": presentation}
    )
    assert status == 200, answer
    (credential,) = answer["verifiablePresentation"]["verifiableCredential"]
    assert credential["credentialSubject"]["id"] == wallet.did
    did_document = ld_verify.issuer_document(holder, credential)
    ld_verify.verify(credential, did_document)
    jsonschema.validate(credential, ob_schema())
    result = steps(dcc_verify(holder, credential, tmp_path))
    assert result["valid_signature"] is True
    assert result["revocation_status"] is True

    # The challenge works once: the same presentation again is refused.
    status, refused = _post(
        fields["vc_request_url"], {"verifiablePresentation": presentation}
    )
    assert status == 409
    assert "verifiablePresentation" not in refused
    # And the exchange no longer hands out its request.
    assert _post(fields["vc_request_url"], {})[0] == 404


def test_a_presentation_for_another_challenge_or_key_is_refused(holder, certificate):
    fields = _start(holder, certificate)
    wallet = Wallet()
    wrong_challenge = wallet.present(challenge="something-else", domain="testserver")
    assert _post(fields["vc_request_url"], wrong_challenge)[0] == 400
    wrong_domain = wallet.present(challenge=fields["challenge"], domain="evil.example")
    assert _post(fields["vc_request_url"], wrong_domain)[0] == 400
    # Signed by one wallet, claiming another's DID.
    forged = wallet.present(challenge=fields["challenge"], domain="testserver")
    other = Wallet()
    forged["holder"] = other.did
    forged["proof"]["verificationMethod"] = other.method
    assert _post(fields["vc_request_url"], forged)[0] == 400
    # Nothing was issued, so the real wallet can still finish.
    good = wallet.present(challenge=fields["challenge"], domain="testserver")
    assert _post(fields["vc_request_url"], good)[0] == 200


def test_a_presentation_pyld_trips_over_is_refused_not_a_500(holder, certificate):
    """An IRI such as "@A" made pyld raise a TypeError of its own while
    canonicalising (found by the 10,000 tampered credentials): refused, and the
    exchange is still open for the real wallet."""
    fields = _start(holder, certificate)
    wallet = Wallet()
    odd = wallet.present(challenge=fields["challenge"], domain="testserver")
    odd["id"] = "@A"
    status, answer = _post(fields["vc_request_url"], odd)
    assert status == 400, answer
    good = wallet.present(challenge=fields["challenge"], domain="testserver")
    assert _post(fields["vc_request_url"], good)[0] == 200


def test_a_challenge_from_one_exchange_does_not_open_another(holder, certificate):
    first = _start(holder, certificate)
    second = _start(holder, certificate)
    wallet = Wallet()
    presentation = wallet.present(challenge=first["challenge"], domain="testserver")
    assert _post(second["vc_request_url"], presentation)[0] == 400


def test_an_exchange_runs_out_of_time(holder, certificate):
    fields = _start(holder, certificate)
    WalletExchange.objects.update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    presentation = Wallet().present(challenge=fields["challenge"], domain="testserver")
    assert _post(fields["vc_request_url"], presentation)[0] == 410


def test_bad_bodies_get_clear_answers(holder, certificate):
    fields = _start(holder, certificate)
    url = fields["vc_request_url"].removeprefix("http://testserver")
    app = Client()
    response = app.post(url, b"not json", content_type="application/json")
    assert response.status_code == 400
    assert app.post(url, "[1]", content_type="application/json").status_code == 400
    assert app.get(url).status_code == 405
    unknown = reverse("certificates:exchange", args=["nope"])
    assert app.post(unknown, "{}", content_type="application/json").status_code == 404
    presentation = Wallet().present(challenge="x", domain="testserver")
    response = app.post(
        unknown, json.dumps(presentation), content_type="application/json"
    )
    assert response.status_code == 404


def test_nobody_else_can_start_an_exchange_for_the_certificate(
    client, other_trainee, certificate
):
    url = reverse("certificates:wallet_start", args=[certificate.pk])
    assert client.post(url).status_code == 302  # anonymous: sign in
    client.force_login(other_trainee)
    assert client.post(url).status_code == 404
    assert not WalletExchange.objects.exists()


def test_someone_elses_wallet_page_is_not_found(
    holder, client, other_trainee, certificate
):
    fields = _start(holder, certificate)
    exchange = WalletExchange.objects.get(challenge=fields["challenge"])
    other = Client()
    other.force_login(other_trainee)
    url = reverse("certificates:wallet", args=[certificate.pk, exchange.exchange_id])
    assert other.get(url).status_code == 404


def test_a_revoked_certificate_cannot_be_added_to_a_wallet(
    holder, certificate, trainer
):
    services.certificate_revoke(certificate=certificate, actor=trainer, reason="No.")
    response = holder.post(
        reverse("certificates:wallet_start", args=[certificate.pk]), follow=True
    )
    assert "Only a valid certificate" in response.content.decode()
    assert not WalletExchange.objects.exists()


def _every_form(client, certificate) -> list[str]:
    """Each credential Alongside gives out for the certificate, as text."""
    token = certificate.token
    ld = client.get(reverse("certificates:credential_ld", args=[token])).content
    jwt = client.get(reverse("certificates:credential", args=[token])).content
    import base64

    payload = jwt.decode().split(".")[1]
    payload += "=" * (-len(payload) % 4)
    return [ld.decode(), base64.urlsafe_b64decode(payload).decode()]


def test_no_plain_name_or_email_unless_the_holder_opts_in(
    client, holder, enrolled, certificate
):
    for text in _every_form(client, certificate):
        assert certificate.name not in text
        assert enrolled.email not in text
        for word in certificate.name.split():
            assert word not in text
    credential = client.get(
        reverse("certificates:credential_ld", args=[certificate.token])
    ).json()
    (identity,) = credential["credentialSubject"]["identifier"]
    assert identity["hashed"] is True
    # Someone who knows the name can check it.
    expected = hashlib.sha256((certificate.name + identity["salt"]).encode())
    assert identity["identityHash"] == "sha256$" + expected.hexdigest()

    response = holder.post(
        reverse("certificates:certificate_privacy", args=[certificate.pk]),
        {"wording": certificate.title, "shows_name": "on"},
    )
    assert response.status_code == 302
    credential = client.get(
        reverse("certificates:credential_ld", args=[certificate.token])
    ).json()
    (identity,) = credential["credentialSubject"]["identifier"]
    assert identity == {
        "type": "IdentityObject",
        "identityHash": certificate.name,
        "identityType": "name",
        "hashed": False,
    }


def test_the_holder_chooses_a_neutral_wording(client, holder, certificate):
    page = holder.get(reverse("certificates:certificate", args=[certificate.pk]))
    assert NEUTRAL in page.content.decode()
    assert "Peer support training (accredited)" in page.content.decode()
    response = holder.post(
        reverse("certificates:certificate_privacy", args=[certificate.pk]),
        {"wording": NEUTRAL},
    )
    assert response.status_code == 302
    credential = client.get(
        reverse("certificates:credential_ld", args=[certificate.token])
    ).json()
    ld_verify.verify(credential, ld_verify.issuer_document(client, credential))
    assert credential["name"] == NEUTRAL
    assert credential["credentialSubject"]["achievement"]["name"] == NEUTRAL
    assert certificate.title not in json.dumps(credential)
    page = holder.get(reverse("certificates:certificate", args=[certificate.pk]))
    assert (
        "name=Perinatal+Peer+Support+Foundation+%28accredited%29"
        in (page.context["linkedin_url"])
    )


def test_a_wording_the_organisation_did_not_offer_is_refused(holder, certificate):
    response = holder.post(
        reverse("certificates:certificate_privacy", args=[certificate.pk]),
        {"wording": "Survivor of postnatal depression"},
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.public_title == ""


def test_share_links_for_one_reader_each(client, holder, certificate):
    create = reverse("certificates:share_create", args=[certificate.pk])
    assert holder.post(create, {"label": "Bright Start NHS Trust"}).status_code == 302
    assert holder.post(create, {"label": "Sure Start centre"}).status_code == 302
    page = holder.get(reverse("certificates:certificate", args=[certificate.pk]))
    links = {link.label: (link, url) for link, url in page.context["share_links"]}
    assert set(links) == {"Bright Start NHS Trust", "Sure Start centre"}
    trust, trust_url = links["Bright Start NHS Trust"]
    centre, centre_url = links["Sure Start centre"]
    assert trust_url in page.content.decode()
    reader = Client()
    shown = reader.get(trust_url.removeprefix("http://testserver"))
    assert shown.status_code == 200
    assert certificate.number in shown.content.decode()

    withdraw = reverse("certificates:share_withdraw", args=[certificate.pk, trust.pk])
    assert holder.post(withdraw).status_code == 302
    assert reader.get(trust_url.removeprefix("http://testserver")).status_code == 404
    assert reader.get(centre_url.removeprefix("http://testserver")).status_code == 200


def test_a_share_link_needs_a_name(holder, certificate):
    response = holder.post(
        reverse("certificates:share_create", args=[certificate.pk]), {"label": "  "}
    )
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()
    assert not certificate.share_links.exists()


def test_nobody_else_makes_or_withdraws_the_holders_links(
    holder, client, other_trainee, certificate
):
    link = services.share_link_create(certificate=certificate, label="Employer")
    client.force_login(other_trainee)
    create = reverse("certificates:share_create", args=[certificate.pk])
    assert client.post(create, {"label": "Mine now"}).status_code == 404
    withdraw = reverse("certificates:share_withdraw", args=[certificate.pk, link.pk])
    assert client.post(withdraw).status_code == 404
    privacy = reverse("certificates:certificate_privacy", args=[certificate.pk])
    assert client.post(privacy, {"wording": certificate.title}).status_code == 404
    link.refresh_from_db()
    assert link.revoked_at is None
    assert certificate.share_links.count() == 1


@pytest.mark.parametrize("change", ["revoke", "suspend"])
def test_an_exchange_started_before_revocation_issues_nothing_after_it(
    holder, certificate, trainer, change, monkeypatch
):
    """The state is checked when the wallet finishes, not only at the button."""
    fields = _start(holder, certificate)
    status, request = _post(fields["vc_request_url"], {})
    assert status == 200
    getattr(services, f"certificate_{change}")(
        certificate=certificate, actor=trainer, reason="Issued in error."
    )
    issued = []
    monkeypatch.setattr(
        services.holding.credentials,
        "credential_ld",
        lambda *args, **kwargs: issued.append(args) or {},
    )
    presentation = Wallet().present(challenge=fields["challenge"], domain="testserver")
    status, refused = _post(
        fields["vc_request_url"], {"verifiablePresentation": presentation}
    )
    assert status == 403
    assert "verifiablePresentation" not in refused
    assert refused["title"] == "Certificate not valid"
    assert "cannot be added to a wallet" in refused["detail"]
    assert refused["error"] == refused["detail"]
    assert issued == []
    assert WalletExchange.objects.get().used_at is None
    # Asking the exchange for its request is refused the same way.
    status, refused = _post(fields["vc_request_url"], {})
    assert status == 403 and "verifiablePresentationRequest" not in refused
    # The holder's wallet page no longer shows the code.
    exchange = WalletExchange.objects.get()
    page = holder.get(
        reverse("certificates:wallet", args=[certificate.pk, exchange.exchange_id])
    )
    assert page.context["open"] is False
    assert "<svg" not in page.content.decode()
    assert "cannot be added to a wallet now" in page.content.decode()


def test_an_expired_certificate_gets_no_exchange(holder, certificate):
    fields = _start(holder, certificate)
    certificate.expires_on = timezone.localdate() - datetime.timedelta(days=1)
    certificate.save(update_fields=["expires_on"])
    presentation = Wallet().present(challenge=fields["challenge"], domain="testserver")
    status, refused = _post(
        fields["vc_request_url"], {"verifiablePresentation": presentation}
    )
    assert status == 403 and "expired" in refused["detail"]
    with pytest.raises(services.CertificateNotValid):
        services.wallet_exchange_start(certificate=certificate)
    assert WalletExchange.objects.count() == 1
