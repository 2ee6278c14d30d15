"""Login abuse: throttled per account and per address, no account enumeration, and
the real person can still get in with a one-time link sent to their email."""

import os
import re

import pytest
from django.test import Client
from django.urls import reverse

from lms.models import AuditEvent
from lms.security.signin import signin_link_token_make
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
ATTACKER = "203.0.113.7"
REAL_USER = "198.51.100.20"
WRONG = "not-the-password"
# `make security` (ALONGSIDE_SECURITY_FULL=1) sends the full 1,000; the everyday
# suite sends enough to cross the limit several times over.
ATTEMPTS = 1000 if os.environ.get("ALONGSIDE_SECURITY_FULL") == "1" else 40


def _login(client, email, password, address):
    return client.post(
        LOGIN, {"username": email, "password": password}, REMOTE_ADDR=address
    )


def _without_csrf(response) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.text)


def _link_in(mailoutbox) -> str:
    return re.search(r"http://\S+/accounts/sign-in-link/\S+/", mailoutbox[-1].body)[0]


def test_a_thousand_wrong_passwords_lock_the_attacker_out_but_not_the_person(
    trainee,
):
    attacker = Client()
    statuses = [
        _login(attacker, trainee.email, WRONG, ATTACKER).status_code
        for _ in range(ATTEMPTS)
    ]

    # Nine wrong tries are answered; the tenth locks: even the right password does
    # not help now.
    assert statuses[:9] == [200] * 9
    assert set(statuses[9:]) == {429}
    assert _login(attacker, trainee.email, PASSWORD, ATTACKER).status_code == 429
    # Recorded once, not once per try.
    assert (
        AuditEvent.objects.filter(
            action=AuditEvent.Action.LOCKED_OUT, subject=trainee
        ).count()
        == 1
    )
    assert (
        AuditEvent.objects.filter(action=AuditEvent.Action.SIGN_IN_FAILED).count() < 12
    )

    # The real person, from their own address, signs in with their password as usual.
    person = Client()
    signed_in = _login(person, trainee.email, PASSWORD, REAL_USER)
    assert signed_in.status_code == 302
    assert person.get(reverse("lms:dashboard")).context["user"] == trainee
    # The attacker, meanwhile, is still refused.
    assert _login(attacker, trainee.email, PASSWORD, ATTACKER).status_code == 429


def test_wrong_passwords_for_someone_else_never_keep_them_out(supervisor):
    """Wrong passwords for someone, from a few addresses and again and again, lock
    out the addresses that sent them, not the person."""
    addresses = [f"203.0.113.{n}" for n in range(1, 4)]
    for _round in range(2):
        for address in addresses:
            for _ in range(10):
                _login(Client(), supervisor.email, WRONG, address)

    assert _login(Client(), supervisor.email, PASSWORD, REAL_USER).status_code == 302
    for address in addresses:
        assert _login(Client(), supervisor.email, PASSWORD, address).status_code == 429


def test_guessing_one_password_from_many_addresses_is_stopped(settings, trainee):
    settings.AXES_ACCOUNT_ADDRESS_LIMIT = 4
    for n in range(4):  # each address stays under its own limit
        for _ in range(5):
            _login(Client(), trainee.email, WRONG, f"203.0.113.{n}")

    # Password sign-in for the account is paused everywhere, even the right password
    # from a fresh address; the owner can still get in with an emailed link.
    paused = _login(Client(), trainee.email, PASSWORD, "203.0.113.99")
    assert paused.status_code == 429
    assert "Email me a sign-in link" in paused.content.decode()
    # Other accounts are not affected.
    assert _login(Client(), "someone@example.org", WRONG, REAL_USER).status_code == 200


def test_a_locked_out_person_can_still_use_an_emailed_link(trainee, mailoutbox):
    for _ in range(10):
        _login(Client(), trainee.email, WRONG, REAL_USER)
    person = Client()
    paused = _login(person, trainee.email, PASSWORD, REAL_USER)
    assert paused.status_code == 429
    assert "Email me a sign-in link" in paused.content.decode()

    sent = person.post(
        reverse("lms:signin_link"), {"email": trainee.email}, REMOTE_ADDR=REAL_USER
    )
    assert sent.status_code == 302
    link = _link_in(mailoutbox)
    assert person.get(link).status_code == 200  # a button, not a sign-in on GET
    signed_in = person.post(link, REMOTE_ADDR=REAL_USER, follow=True)
    assert signed_in.redirect_chain[-1][0] == reverse("lms:dashboard")
    assert signed_in.context["user"] == trainee


def test_one_address_trying_many_accounts_is_throttled(trainee, other_trainee):
    client = Client()
    statuses = [
        _login(client, f"guess{n}@example.org", WRONG, ATTACKER).status_code
        for n in range(12)
    ]

    assert statuses[:9] == [200] * 9
    assert statuses[9:] == [429, 429, 429]
    # Even a real account with its right password, from that address.
    assert _login(client, other_trainee.email, PASSWORD, ATTACKER).status_code == 429
    # Another address is not affected.
    assert _login(Client(), other_trainee.email, PASSWORD, REAL_USER).status_code == 302


def test_the_account_is_counted_however_its_address_is_cased(trainee):
    from axes.models import AccessAttempt

    client = Client()
    for n in range(9):
        email = trainee.email.upper() if n % 2 else trainee.email
        _login(client, email, WRONG, ATTACKER)

    [attempt] = AccessAttempt.objects.filter(ip_address=ATTACKER)
    assert (attempt.username, attempt.failures_since_start) == (trainee.email, 9)


def test_known_and_unknown_accounts_get_the_same_answer(trainee):
    known = _login(Client(), trainee.email, WRONG, "192.0.2.1")
    unknown = _login(Client(), "nobody-here@example.org", WRONG, "192.0.2.2")

    assert known.status_code == unknown.status_code == 200
    message = "The email address or password is not right."
    assert message in known.content.decode()
    assert message in unknown.content.decode()

    for _ in range(12):
        last_known = _login(Client(), trainee.email, WRONG, "192.0.2.10")
        last_unknown = _login(Client(), "nobody@example.org", WRONG, "192.0.2.50")
    assert last_known.status_code == last_unknown.status_code == 429
    assert _without_csrf(last_known) == _without_csrf(last_unknown)


def test_password_reset_and_sign_in_links_say_the_same_for_unknown_addresses(
    trainee, mailoutbox
):
    for url in (reverse("lms:password_reset"), reverse("lms:signin_link")):
        known = Client().post(url, {"email": trainee.email})
        unknown = Client().post(url, {"email": "nobody-here@example.org"})
        assert (known.status_code, known.url) == (unknown.status_code, unknown.url)
    # Only the real account got email.
    assert {tuple(m.to) for m in mailoutbox} == {(trainee.email,)}


def test_sign_up_says_the_same_whether_or_not_the_address_has_an_account(
    trainee, roles
):
    def sign_up(email):
        return Client().post(
            reverse("lms:signup"),
            {
                "full_name": "Nadia Newcomer",
                "email": email,
                "nation": "",
                "password1": "quiet-harbour-lantern-42",
                "password2": "quiet-harbour-lantern-42",
            },
        )

    known, unknown = sign_up(trainee.email), sign_up("nadia@example.org")

    assert (known.status_code, known.url) == (unknown.status_code, unknown.url)
    assert known.url == reverse("lms:signup_sent")


def test_a_sign_in_link_works_once(client, trainee):
    token = signin_link_token_make(user=trainee)
    url = reverse("lms:signin_link_use", args=[token])

    assert client.post(url).status_code == 302
    client.logout()
    again = client.post(url)
    assert again.status_code == 400
    assert "This sign-in link has expired" in again.content.decode()


def test_a_sign_in_link_dies_with_a_password_change(client, trainee):
    token = signin_link_token_make(user=trainee)
    trainee.set_password("a-brand-new-password-99")
    trainee.save()

    response = client.post(reverse("lms:signin_link_use", args=[token]))

    assert response.status_code == 400


def test_a_sign_in_link_expires(client, trainee, settings):
    token = signin_link_token_make(user=trainee)
    settings.SIGN_IN_LINK_MAX_AGE = -1

    assert client.post(reverse("lms:signin_link_use", args=[token])).status_code == 400


@pytest.mark.parametrize("token", ["", "x", "abc:def:ghi", "%00", "A" * 500])
def test_a_forged_sign_in_link_is_refused(client, trainee, token):
    response = client.post(f"/accounts/sign-in-link/{token}/")

    assert response.status_code in (400, 404)
    assert "_auth_user_id" not in client.session


def test_the_wagtail_admin_sign_in_is_throttled_too(site_admin):
    client = Client()
    for _ in range(10):
        client.post(
            "/admin/login/",
            {"username": site_admin.email, "password": WRONG},
            REMOTE_ADDR=ATTACKER,
        )

    response = client.post(
        "/admin/login/",
        {"username": site_admin.email, "password": PASSWORD},
        REMOTE_ADDR=ATTACKER,
    )
    assert response.status_code == 429


@pytest.mark.parametrize("url", [LOGIN, "/admin/login/"])
def test_an_enormous_username_is_just_a_wrong_sign_in(url):
    """60,000 characters: SQLite refuses a LIKE pattern that long, and axes keeps at
    most 255 characters of a username; neither may turn into a server error."""
    from django.contrib.auth.backends import ModelBackend

    response = Client().post(
        url, {"username": "x" * 60_000, "password": WRONG}, REMOTE_ADDR=ATTACKER
    )
    # Whatever form sits in front, the backend itself answers "no such person".
    direct = ModelBackend().authenticate(None, username="x" * 60_000, password="x")

    assert response.status_code == 200
    assert response.context["form"].errors
    assert direct is None


# Behind a reverse proxy every request comes from the proxy's address; the person's
# own address is the last one the proxy adds to X-Forwarded-For.
PROXY = "10.0.0.1"


def _via_proxy(client, email, password, person, forged=""):
    forwarded = f"{forged}, {person}" if forged else person
    return client.post(
        LOGIN,
        {"username": email, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded,
    )


def test_behind_the_proxy_one_persons_typos_lock_out_only_them(
    settings, trainee, other_trainee
):
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(12):
        _via_proxy(Client(), f"guess{n}@example.org", WRONG, ATTACKER)

    # Everyone else reaches the site through the same proxy, and still gets in.
    signed_in = _via_proxy(Client(), other_trainee.email, PASSWORD, REAL_USER)
    assert signed_in.status_code == 302
    # The one who guessed is still held back, whatever they forge in front.
    assert (
        _via_proxy(Client(), trainee.email, PASSWORD, ATTACKER, forged=REAL_USER)
    ).status_code == 429
    locked = AuditEvent.objects.filter(action=AuditEvent.Action.LOCKED_OUT).first()
    assert locked is not None and locked.ip_address == ATTACKER


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(settings, other_trainee):
    settings.TRUSTED_PROXY_COUNT = 0
    # Someone sends their own X-Forwarded-For, different each time: it changes nothing.
    for n in range(10):
        _via_proxy(Client(), f"guess{n}@example.org", WRONG, f"192.0.2.{n}")

    refused = _via_proxy(Client(), other_trainee.email, PASSWORD, REAL_USER)
    assert refused.status_code == 429


def test_certificate_checks_are_limited_per_person_behind_the_proxy(settings, client):
    from certificates.views import VERIFY_RATE

    settings.TRUSTED_PROXY_COUNT = 1
    limit = int(VERIFY_RATE.split("/")[0])
    url = reverse("certificates:verify_form")
    for _ in range(limit + 1):
        client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=ATTACKER)
    limited = client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=ATTACKER)
    someone_else = client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=REAL_USER)

    assert limited.status_code == 429
    assert someone_else.status_code == 200


def test_a_sign_in_link_sent_before_a_key_rotation_still_works(
    client, trainee, settings
):
    token = signin_link_token_make(user=trainee)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-key-after-rotation-" + "r0tat3d!" * 6

    assert client.post(reverse("lms:signin_link_use", args=[token])).status_code == 302
    # A key that was dropped from the fallbacks no longer signs anything in.
    client.logout()
    settings.SECRET_KEY_FALLBACKS = []
    fresh = signin_link_token_make(user=trainee)
    settings.SECRET_KEY = "yet-another-key-after-rotation-" + "r0tat3d!" * 6
    assert client.post(reverse("lms:signin_link_use", args=[fresh])).status_code == 400


# --- L8: nobody can have unlimited email sent to an address -------------------------


def _ask_for_link(email, address):
    return Client().post(
        reverse("lms:signin_link"), {"email": email}, REMOTE_ADDR=address
    )


def _sign_up_as(email, address):
    return Client().post(
        reverse("lms:signup"),
        {
            "full_name": "Nadia Newcomer",
            "email": email,
            "nation": "",
            "password1": "quiet-harbour-lantern-42",
            "password2": "quiet-harbour-lantern-42",
        },
        REMOTE_ADDR=address,
    )


def test_sign_in_links_to_one_address_pause_whoever_asks(settings, trainee, mailoutbox):
    settings.EMAIL_RATE_PER_ADDRESS = "3/h"
    # From many different places, as a botnet would.
    answers = [_ask_for_link(trainee.email, f"192.0.2.{n}") for n in range(8)]

    assert [a.status_code for a in answers] == [302] * 3 + [429] * 5
    assert len(mailoutbox) == 3
    assert "Please wait a little before asking again" in answers[-1].text
    # The pause says nothing about whether the address has an account.
    unknown = [_ask_for_link("nobody-here@example.org", "192.0.2.99") for _ in range(4)]
    assert [a.status_code for a in unknown] == [302] * 3 + [429]
    assert _without_csrf(unknown[-1]) == _without_csrf(answers[-1]).replace(
        trainee.email, "nobody-here@example.org"
    )
    # Someone else's address is not held up.
    assert _ask_for_link("someone.else@example.org", "192.0.2.99").status_code == 302


def test_sign_ups_with_an_existing_address_cannot_flood_its_owner(
    settings, trainee, mailoutbox
):
    settings.EMAIL_RATE_PER_ADDRESS = "3/h"
    answers = [_sign_up_as(trainee.email, f"192.0.2.{n}") for n in range(6)]
    new = [_sign_up_as("nadia@example.org", f"198.51.100.{n}") for n in range(6)]

    assert [a.status_code for a in answers] == [302] * 3 + [429] * 3
    assert [a.status_code for a in new] == [302] * 3 + [429] * 3
    assert "Please wait a little before asking again" in answers[-1].text
    assert (
        sorted(m.to[0] for m in mailoutbox)
        == ["nadia@example.org"] * 3 + [trainee.email] * 3
    )
    # Sign-in links count towards the same limit for that address.
    assert _ask_for_link(trainee.email, "192.0.2.200").status_code == 429


def test_one_client_cannot_email_many_addresses(settings, roles, mailoutbox):
    settings.EMAIL_RATE_PER_CLIENT = "4/h"
    answers = [_ask_for_link(f"person{n}@example.org", ATTACKER) for n in range(3)] + [
        _sign_up_as(f"new{n}@example.org", ATTACKER) for n in range(3)
    ]

    assert [a.status_code for a in answers] == [302] * 4 + [429] * 2
    assert _sign_up_as("new9@example.org", REAL_USER).status_code == 302


def test_sending_the_sign_up_email_again_is_throttled_too(settings, roles, mailoutbox):
    settings.EMAIL_RATE_PER_ADDRESS = "2/h"
    client = Client()
    client.post(
        reverse("lms:signup"),
        {
            "full_name": "Nadia Newcomer",
            "email": "nadia@example.org",
            "nation": "",
            "password1": "quiet-harbour-lantern-42",
            "password2": "quiet-harbour-lantern-42",
        },
    )
    sent = reverse("lms:signup_sent")

    again = client.post(sent, follow=True)
    paused = client.post(sent)

    assert "We have sent the email again." in again.text
    assert paused.status_code == 429
    assert "Please wait a little before asking again" in paused.text
    assert len(mailoutbox) == 2
