"""Certificate numbers people can read aloud and type, a verify form that forgives
how they type them, a plain page for employers, and links to the real address."""

import os
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse

from certificates import services
from certificates.models import (
    NUMBER_ALPHABET,
    certificate_number_is_well_formed,
    certificate_number_new,
    legacy_number_check_character,
    number_check_character,
)
from certificates.pdf import verification_url

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def certificate(enrolled, trainer, programme):
    make_rules(programme, requirement("reflections", entries=1))
    enrolled.certificate_name = "Tess Ann van der Berg"
    enrolled.save()
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="test"
    )
    return certificate


def test_new_numbers_use_only_characters_people_can_say_and_type():
    for _ in range(500):
        number = certificate_number_new()
        assert number.startswith("AL-") and len(number) == 14
        characters = number[3:].replace("-", "")
        assert all(ch in NUMBER_ALPHABET for ch in characters), number
        assert not set(characters) & set("$*~=UILO"), number
        assert certificate_number_is_well_formed(number)


def test_the_check_catches_every_mistyped_character_and_swapped_pair():
    body = "7K3M9QXT"
    number = f"AL-{body[:4]}-{body[4:]}-{number_check_character(body)}"
    assert certificate_number_is_well_formed(number)
    for position in range(8):
        for replacement in NUMBER_ALPHABET:
            if replacement == body[position]:
                continue
            typo = body[:position] + replacement + body[position + 1 :]
            assert not certificate_number_is_well_formed(
                f"AL-{typo[:4]}-{typo[4:]}-{number[-1]}"
            ), typo
    for position in range(7):
        swapped = (
            body[:position] + body[position + 1] + body[position] + body[position + 2 :]
        )
        if swapped != body:
            assert not certificate_number_is_well_formed(
                f"AL-{swapped[:4]}-{swapped[4:]}-{number[-1]}"
            ), swapped


def test_a_certificate_issued_now_has_a_readable_number(certificate):
    assert not set(certificate.number) & set("$*~=")
    assert certificate_number_is_well_formed(certificate.number)


def _find(client, number: str, surname: str):
    return client.get(
        reverse("certificates:verify_form"), {"number": number, "surname": surname}
    )


def test_numbers_are_found_however_they_are_typed(client, certificate):
    body = "10B07K3M"
    certificate.number = f"AL-10B0-7K3M-{number_check_character(body)}"
    certificate.save(update_fields=["number"])
    found_at = reverse("certificates:verify", args=[certificate.token])
    plain = certificate.number.replace("-", "")
    for typed in [
        plain,
        plain.lower(),
        plain[2:],  # without the AL
        certificate.number.replace("-", " ").lower(),
        plain.replace("0", "O").replace("1", "I"),
        plain.replace("1", "l").lower(),
    ]:
        response = _find(client, typed, "van der Berg")
        assert response.status_code == 302, typed
        assert response["Location"] == found_at


def test_a_full_name_works_where_the_surname_is_asked(client, certificate):
    found_at = reverse("certificates:verify", args=[certificate.token])
    for typed in ["Tess Ann van der Berg", "tess van der berg", "Berg", "BERG "]:
        response = _find(client, certificate.number, typed)
        assert response.status_code == 302, typed
        assert response["Location"] == found_at
    for wrong in ["Smith", "Tess Ann", "Tess"]:
        response = _find(client, certificate.number, wrong)
        assert response.status_code == 200, wrong
        assert "could not find a certificate" in response.content.decode()


def test_old_numbers_with_check_symbols_stay_verifiable(client, certificate):
    body = next(
        f"AB{n:06d}"
        for n in range(10_000)
        if legacy_number_check_character(f"AB{n:06d}") == "$"
    )
    certificate.number = f"AL-{body[:4]}-{body[4:]}-$"
    certificate.save(update_fields=["number"])
    response = _find(client, certificate.number.replace("-", "").lower(), "Berg")
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "certificates:verify", args=[certificate.token]
    )
    # An old-style number nobody holds is a typo, not a search.
    other = next(
        f"CD{n:06d}"
        for n in range(10_000)
        if legacy_number_check_character(f"CD{n:06d}") == "*"
    )
    response = _find(client, f"AL-{other[:4]}-{other[4:]}-*", "Berg")
    assert "not a certificate number we recognise" in response.content.decode()


def test_the_verification_pages_have_no_quick_exit_or_crisis_panel(client, certificate):
    pages = [
        client.get(reverse("certificates:verify", args=[certificate.token])),
        client.get(reverse("certificates:verify_form")),
        client.get("/verify/not-a-token/"),
    ]
    for response in pages:
        html = response.content.decode()
        assert "Leave this site quickly" not in html
        assert "Need support now?" not in html
        assert "Check a certificate" in html
    # Learner pages keep both.
    html = client.get("/").content.decode()
    assert "Leave this site quickly" in html and "Need support now?" in html


def test_links_use_the_sites_real_address(settings, certificate):
    settings.SITE_URL = "http://127.0.0.1:8080"
    assert verification_url(certificate).startswith("http://127.0.0.1:8080/verify/")


def test_make_run_on_another_port_links_to_that_port():
    env = {**os.environ, "PORT": "8080"}
    env.pop("SITE_URL", None)
    shown = subprocess.run(  # noqa: S603
        ["make", "-n", "run"],  # noqa: S607
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    commands = [line for line in shown.splitlines() if "manage.py" in line]
    seed = next(line for line in commands if "seed_demo" in line)
    serve = next(line for line in commands if "runserver" in line)
    for line in (seed, serve):
        assert "SITE_URL=http://127.0.0.1:8080 " in line
    assert "8000" not in seed + serve
