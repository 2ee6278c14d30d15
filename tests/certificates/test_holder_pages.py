"""What the holder reads about their own certificate (a tester's walk of the demo):
honest privacy words, the real status with its reason and what to do, no offers
to spread a revoked or suspended certificate, and plain words for employers."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.models import Certificate

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db

NEUTRAL = "Perinatal Peer Support Foundation (accredited)"
REASON = "Issued in error: the practice hours had not been countersigned."


@pytest.fixture
def certificate(enrolled, trainer, programme):
    make_rules(
        programme, requirement("reflections", entries=1), public_wordings=NEUTRAL
    )
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="test"
    )
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + datetime.timedelta(days=700)
    )
    certificate.refresh_from_db()
    return certificate


def _page(holder, certificate) -> str:
    response = holder.get(reverse("certificates:certificate", args=[certificate.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _mine(holder) -> str:
    response = holder.get(reverse("certificates:mine"))
    assert response.status_code == 200
    return response.content.decode()


def test_the_privacy_words_say_what_the_hash_does(holder, certificate):
    page = _page(holder, certificate)
    assert "nobody can read your name" not in page
    assert "your name is not written in the badge" in page
    assert "Someone who already knows your name can use the code to check" in page
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    assert "someone who already knows (or" in readme.replace("\n  ", " ")


def _spread_offers(certificate) -> list[str]:
    urls = [
        ("wallet_start", certificate.pk),
        ("share_create", certificate.pk),
        ("badge_png", certificate.token),
        ("badge_svg", certificate.token),
        ("credential_ld", certificate.token),
        ("credential", certificate.token),
        ("transcript_ld", certificate.pk),
    ]
    return [
        "Add to LinkedIn",
        "Add to wallet",
        "Share this link",
        "Make a link",
        *(f'"{reverse("certificates:" + name, args=[arg])}"' for name, arg in urls),
    ]


def test_a_valid_certificate_offers_every_way_to_share(holder, certificate):
    page = _page(holder, certificate)
    for offer in _spread_offers(certificate):
        if offer != "Share this link":
            assert offer in page, offer
    assert "valid until" in page
    assert "Share this link" in _mine(holder)


@pytest.mark.parametrize(
    "change,heading,word",
    [
        ("revoke", "This certificate has been revoked", "revoked"),
        ("suspend", "This certificate is suspended", "suspended"),
    ],
)
def test_a_revoked_or_suspended_certificate_says_so_and_offers_no_sharing(
    holder, certificate, trainer, change, heading, word
):
    early = services.share_link_create(certificate=certificate, label="Early employer")
    getattr(services, f"certificate_{change}")(
        certificate=certificate, actor=trainer, reason=REASON
    )
    certificate.refresh_from_db()
    for page in (_page(holder, certificate), _mine(holder)):
        assert heading in page
        assert REASON in page
        assert "talk to your trainer or" in page
        assert "valid until" not in page
        for offer in _spread_offers(certificate):
            assert offer not in page, offer
        # The holder's own PDF stays, stamped with the state.
        assert reverse("certificates:own_pdf", args=[certificate.pk]) in page
        assert f"marked {word}" in page
    page = _page(holder, certificate)
    # A link made earlier can still be withdrawn.
    assert "Withdraw<span" in page and early.label in page
    # No new link, even posted by hand.
    response = holder.post(
        reverse("certificates:share_create", args=[certificate.pk]),
        {"label": "Another employer"},
        follow=True,
    )
    assert "cannot make new links" in response.content.decode()
    assert certificate.share_links.count() == 1


def test_an_expired_certificate_says_when_it_expired(holder, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() - datetime.timedelta(days=3)
    )
    for page in (_page(holder, certificate), _mine(holder)):
        assert "valid until" not in page
        assert "<strong>Expired</strong> on" in page
        assert "To renew it, ask your trainer" in page


def test_the_list_links_to_the_downloads_not_the_bare_token(holder, certificate):
    mine = _mine(holder)
    assert reverse("certificates:credential", args=[certificate.token]) not in mine
    assert "Download the Open Badge" not in mine
    download = reverse("certificates:certificate", args=[certificate.pk]) + "#download"
    assert f'href="{download}"' in mine
    page = _page(holder, certificate)
    assert 'id="download"' in page
    jwt = reverse("certificates:credential", args=[certificate.token])
    assert f'For verifiers and their software only: <a href="{jwt}"' in page


def test_the_badge_pictures_sentence_sits_under_download(holder, certificate):
    page = _page(holder, certificate)
    sentence = page.index("The badge pictures carry the signed badge")
    assert page.index('id="download"') < sentence < page.index("Your transcript")


def test_the_badge_text_uses_the_words_of_the_status(holder, certificate):
    page = _page(holder, certificate)
    assert "suspend or withdraw" not in page
    assert "revoke it (end it for good)" in page


def test_a_staff_awareness_certificate_speaks_of_names_not_lived_experience(
    client, trainee
):
    pk = services.completion_certificate_issue(
        user_id=trainee.pk,
        course_id=987654,
        title="Working alongside perinatal peer supporters",
        completed_on=timezone.localdate(),
        minutes=90,
        organisation_id=None,
    )
    certificate = Certificate.objects.get(pk=pk)
    client.force_login(trainee)
    page = _page(client, certificate)
    assert "lived experience" not in page
    assert "show your name or only your initials" in page
    # One wording, nothing to choose: no lone radio button.
    assert 'type="radio"' not in page
    assert 'type="hidden" name="wording"' in page
    response = client.post(
        reverse("certificates:certificate_privacy", args=[certificate.pk]),
        {"wording": certificate.title, "shows_name": "on"},
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.holder_shows_name


def test_a_withdrawn_share_link_tells_the_reader_what_to_do(certificate):
    link = services.share_link_create(certificate=certificate, label="Employer")
    services.share_link_revoke(link=link)
    page = Client().get(reverse("certificates:shared", args=[link.token]))
    assert page.status_code == 404
    text = page.content.decode()
    assert "This link no longer works" in text
    assert "Ask the holder for a new link" in text
    assert "Nothing here is a valid certificate" not in text
    unknown = Client().get(reverse("certificates:verify", args=["nope"]))
    assert unknown.status_code == 404
    assert "Nothing here is a valid certificate" not in unknown.content.decode()


def test_the_look_up_by_number_asks_plainly_for_what_is_missing(client):
    response = client.get(reverse("certificates:verify_form"), {"number": ""})
    text = response.content.decode()
    assert "This field is required" not in text
    assert "Enter the number printed on the certificate." in text
    assert "Enter the holder&#x27;s surname." in text


def test_the_readme_lists_the_certified_demo_account():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    table = readme[readme.index("### Demo accounts") : readme.index("## Architecture")]
    assert "| `certified@example.org` |" in table
