"""Sign-up confirms the email address before the account can be used.

Someone who only knows an address (a "pre-registration") must not keep a way into
the account its real owner goes on to use; and the sign-up page must not tell anyone
whether an address already has an account.
"""

import importlib
import re

import pytest
from django.apps import apps as django_apps
from django.test import Client
from django.urls import reverse

from lms.cohorts import services as cohort_services
from lms.cohorts.models import CohortInvite
from lms.models import User
from lms.roles import Role
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

VICTIM = "new.peer.supporter@example.org"
ATTACKER_PASSWORD = "Attacker-knows-this-1"
OWNER_PASSWORD = "Owners-own-pass-2-quiet"
SECRET = "OWNER-SECRET-REFLECTION"


def _sign_up(client, email=VICTIM, password=ATTACKER_PASSWORD, **extra):
    return client.post(
        reverse("lms:signup"),
        {
            "full_name": "Real Name",
            "email": email,
            "nation": "",
            "password1": password,
            "password2": password,
            **extra,
        },
    )


def _confirm_link(message) -> str:
    return re.search(r"http://\S+(/accounts/signup/confirm/\S+/)", message.body)[1]


def _sign_in(password, email=VICTIM):
    client = Client()
    response = client.post(
        reverse("lms:login"), {"username": email, "password": password}
    )
    return client, response


def _dashboard_status(client) -> int:
    return client.get(reverse("lms:dashboard")).status_code


def test_sign_up_does_not_sign_in_until_the_address_is_confirmed(roles, mailoutbox):
    client = Client()

    response = _sign_up(client)

    assert response.status_code == 302
    assert response.url == reverse("lms:signup_sent")
    assert _dashboard_status(client) == 302  # not signed in
    page = client.get(response.url).text
    assert "Check your email to finish creating your account" in page
    assert VICTIM in page
    # The password chosen at sign-up opens nothing yet.
    other, refused = _sign_in(ATTACKER_PASSWORD)
    assert refused.status_code == 200
    assert "Your account is not ready yet" in refused.text
    assert _dashboard_status(other) == 302
    [email] = mailoutbox
    assert email.to == [VICTIM]
    assert email.subject == "Finish creating your Alongside account"


def test_the_same_browser_confirms_with_one_press_and_keeps_its_password(
    roles, mailoutbox
):
    client = Client()
    _sign_up(client, password=OWNER_PASSWORD)
    link = _confirm_link(mailoutbox[0])

    page = client.get(link)
    assert "Confirm and sign in" in page.text
    response = client.post(link)

    assert response.status_code == 302
    assert _dashboard_status(client) == 200
    assert _dashboard_status(_sign_in(OWNER_PASSWORD)[0]) == 200
    # The link works once.
    assert Client().post(link).status_code == 400


def test_pre_registration_loses_its_password_and_session_when_the_owner_confirms(
    roles, mailoutbox
):
    attacker = Client()
    _sign_up(attacker, password=ATTACKER_PASSWORD)
    owner = Client()
    _sign_up(owner, password=OWNER_PASSWORD)
    # Only ever one account; both sign-ups emailed the address a confirmation link.
    assert User.objects.filter(email=VICTIM).count() == 1
    assert [m.to for m in mailoutbox] == [[VICTIM], [VICTIM]]
    link = _confirm_link(mailoutbox[-1])

    # The owner (not the browser that chose the password) must choose a new one.
    form = owner.get(link)
    assert "Choose a password" in form.text
    assert "Confirm and sign in" not in form.text
    assert owner.post(link, {}).status_code == 400  # no password: nothing confirmed
    assert User.objects.get(email=VICTIM).email_confirmed_at is None
    owner.post(link, {"new_password1": OWNER_PASSWORD, "new_password2": OWNER_PASSWORD})
    owner.post(
        reverse("lms:reflection_create"),
        {"title": "mine", "body": SECRET, "prompt": "", "lesson": ""},
    )

    assert _dashboard_status(owner) == 200
    squatter, response = _sign_in(ATTACKER_PASSWORD)
    assert SECRET not in squatter.get(reverse("lms:reflections")).text
    assert _dashboard_status(squatter) == 302
    assert _dashboard_status(attacker) == 302
    assert SECRET in owner.get(reverse("lms:reflections")).text


def test_an_earlier_session_ends_when_the_owner_chooses_a_password(roles, mailoutbox):
    # Even a browser that did get in (here: by confirming) is signed out once the
    # address's owner proves it with a password reset and chooses a new password.
    attacker = Client()
    _sign_up(attacker, password=ATTACKER_PASSWORD)
    user = User.objects.get(email=VICTIM)
    attacker.force_login(user)
    assert _dashboard_status(attacker) == 200

    owner = Client()
    owner.post(reverse("lms:signin_link"), {"email": VICTIM})
    link = _confirm_link(mailoutbox[-1])
    owner.post(link, {"new_password1": OWNER_PASSWORD, "new_password2": OWNER_PASSWORD})

    assert _dashboard_status(owner) == 200
    assert _dashboard_status(attacker) == 302


def test_sign_in_link_and_password_reset_for_an_unconfirmed_account_ask_for_a_password(
    roles, mailoutbox
):
    _sign_up(Client(), password=ATTACKER_PASSWORD)
    owner = Client()

    owner.post(reverse("lms:signin_link"), {"email": VICTIM})

    # No one-press sign-in link: the confirmation, which asks for a new password.
    assert "/accounts/sign-in-link/" not in mailoutbox[-1].body
    assert "Choose a password" in owner.get(_confirm_link(mailoutbox[-1])).text

    # A password reset proves the address too, and confirms it.
    owner.post(reverse("lms:password_reset"), {"email": VICTIM})
    reset = re.search(r"http://\S+(/accounts/password/reset/\S+/)", mailoutbox[-1].body)
    form_url = owner.get(reset[1]).url
    owner.post(
        form_url, {"new_password1": OWNER_PASSWORD, "new_password2": OWNER_PASSWORD}
    )
    assert _dashboard_status(_sign_in(OWNER_PASSWORD)[0]) == 200
    assert _dashboard_status(_sign_in(ATTACKER_PASSWORD)[0]) == 302


def test_an_unconfirmed_account_cannot_take_a_cohort_invitation(roles, cohort):
    squatter = make_user(Role.TRAINEE, email=VICTIM)
    User.objects.filter(pk=squatter.pk).update(email_confirmed_at=None)
    squatter.refresh_from_db()
    invite = CohortInvite.objects.create(cohort=cohort, email=VICTIM)

    with pytest.raises(cohort_services.CohortError):
        cohort_services.invite_accept(invite=invite, user=squatter)

    invite.refresh_from_db()
    assert invite.accepted_at is None


def test_a_confirmation_link_cannot_be_forged_or_reused(roles, mailoutbox):
    client = Client()
    _sign_up(client)
    link = _confirm_link(mailoutbox[0])

    forged = client.get(link[:-6] + "xxxxx/")
    assert forged.status_code == 400
    assert "This link has expired or was already used" in forged.text
    client.post(link)
    assert client.get(link).status_code == 400


def test_accounts_made_by_staff_and_the_demo_can_sign_in_straight_away(trainee):
    client, response = _sign_in("a-long-test-password", email=trainee.email)

    assert trainee.email_confirmed_at is not None
    assert _dashboard_status(client) == 200


def test_accounts_made_before_confirmation_existed_count_as_confirmed(trainee):
    migration = importlib.import_module("lms.migrations.0012_user_email_confirmed_at")
    User.objects.filter(pk=trainee.pk).update(email_confirmed_at=None)

    migration.existing_users_confirmed(django_apps, None)

    trainee.refresh_from_db()
    assert trainee.email_confirmed_at == trainee.date_joined
    assert _dashboard_status(_sign_in("a-long-test-password", trainee.email)[0]) == 200


# --- M5: the same answer whether or not the address has an account -----------------


def _cookie_shapes(response) -> dict:
    return {
        name: {k: v for k, v in morsel.items() if k != "expires"}
        for name, morsel in response.cookies.items()
    }


def test_sign_up_answers_the_same_for_a_new_and_an_existing_address(
    trainee, mailoutbox
):
    new_browser, old_browser = Client(), Client()

    new = _sign_up(new_browser, email="nadia.new@example.org")
    old = _sign_up(old_browser, email=trainee.email)

    assert (new.status_code, new.url) == (old.status_code, old.url)
    assert new.content == old.content
    assert _cookie_shapes(new) == _cookie_shapes(old)
    assert _dashboard_status(new_browser) == _dashboard_status(old_browser) == 302
    new_page = new_browser.get(new.url).text.replace("nadia.new@example.org", "X")
    old_page = old_browser.get(old.url).text.replace(trainee.email, "X")
    strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert strip.sub("", new_page) == strip.sub("", old_page)
    # Each address got the email that fits it.
    by_address = {m.to[0]: m for m in mailoutbox}
    assert set(by_address) == {"nadia.new@example.org", trainee.email}
    assert "finish creating your account" in by_address["nadia.new@example.org"].body
    assert "you already have one" in by_address[trainee.email].body
    assert "/accounts/sign-in-link/" in by_address[trainee.email].body


@pytest.mark.parametrize("form", ["/_util/login/", "/admin/login/", "/accounts/login/"])
def test_no_sign_in_form_lets_an_unconfirmed_password_in(roles, mailoutbox, form):
    """The password of an unconfirmed sign-up works nowhere: Wagtail's page-privacy
    and admin sign-in forms check only that an account is active, so the check is in
    the authentication backend, not in one form."""
    _sign_up(Client())
    client = Client()
    client.get(form)
    response = client.post(form, {"username": VICTIM, "password": ATTACKER_PASSWORD})

    assert "_auth_user_id" not in client.session
    assert _dashboard_status(client) == 302
    if form == "/accounts/login/":
        assert "Your account is not ready yet" in response.content.decode()


def test_a_confirmation_is_in_the_audit_log(roles, mailoutbox):
    from lms.models import AuditEvent

    client = Client()
    _sign_up(client, password=OWNER_PASSWORD)
    client.post(_confirm_link(mailoutbox[0]))
    user = User.objects.get(email=VICTIM)
    line = AuditEvent.objects.get(action=AuditEvent.Action.EMAIL_CONFIRMED)
    assert (line.actor, line.subject, line.detail["via"]) == (
        user,
        user,
        "sign-up link",
    )


def test_sign_ups_never_confirmed_are_removed_a_week_after_the_link_expires(
    roles, mailoutbox, settings
):
    import datetime

    from django.utils import timezone

    from lms.models import AuditEvent
    from lms.security.signup import unconfirmed_signups_remove
    from lms.tasks import unconfirmed_signups_remove_task

    _sign_up(Client(), email="never.confirmed@example.org")
    _sign_up(Client(), email="confirmed.later@example.org", password=OWNER_PASSWORD)
    staff_made = make_user(Role.TRAINEE, email="made.by.staff@example.org")
    joined = timezone.now() - datetime.timedelta(days=3)
    User.objects.update(date_joined=joined)
    link_and_a_week = datetime.timedelta(seconds=settings.SIGN_UP_LINK_MAX_AGE, days=7)

    # Still within the week after the link expired: kept.
    assert unconfirmed_signups_remove(now=joined + link_and_a_week) == 0
    User.objects.filter(email="confirmed.later@example.org").update(
        email_confirmed_at=timezone.now()
    )
    later = joined + link_and_a_week + datetime.timedelta(minutes=1)
    assert unconfirmed_signups_remove(now=later) == 1
    assert set(User.objects.values_list("email", flat=True)) == {
        "confirmed.later@example.org",
        staff_made.email,
    }
    line = AuditEvent.objects.get(action=AuditEvent.Action.UNCONFIRMED_REMOVED)
    assert line.detail == {"count": "1"}
    # The daily task runs the same service (beat's schedule names it).
    assert unconfirmed_signups_remove_task() == 0
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "lms.tasks.unconfirmed_signups_remove_task" in tasks
