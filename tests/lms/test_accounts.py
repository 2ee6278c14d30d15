"""Account forms keep what the person typed and say exactly what is wrong."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from lms.models import AuditEvent, User
from lms.roles import Role
from lms.selectors import user_has_role

pytestmark = pytest.mark.django_db

GOOD_PASSWORD = "quiet-harbour-lantern-42"
PASSWORD = "a-long-test-password"


def _signup(client, **overrides):
    data = {
        "full_name": "Nadia Newcomer",
        "email": "nadia@example.org",
        "nation": "scotland",
        "password1": GOOD_PASSWORD,
        "password2": GOOD_PASSWORD,
        **overrides,
    }
    return client.post(reverse("lms:signup"), data, follow=True)


def _confirm_from_email(client, message, **data):
    link = re.search(r"https?://\S+?(/accounts/signup/confirm/\S+/)", message.body)
    return client.post(link[1], data, follow=True)


def test_sign_up_creates_a_trainee_who_signs_in_from_the_emailed_link(
    client, roles, mailoutbox
):
    response = _signup(client)

    user = User.objects.get(email="nadia@example.org")
    assert response.redirect_chain[-1][0] == reverse("lms:signup_sent")
    assert "Check your email to finish creating your account" in response.text
    assert response.context["user"].is_anonymous
    assert user.nation == "scotland"
    assert user_has_role(user, Role.TRAINEE)

    confirmed = _confirm_from_email(client, mailoutbox[0])

    assert confirmed.redirect_chain[-1][0] == reverse("lms:dashboard")
    assert "Welcome to Alongside, Nadia." in confirmed.text
    assert confirmed.context["user"] == user


def test_sign_up_with_mismatched_passwords_keeps_what_was_typed(client, roles):
    response = _signup(client, password2="quiet-harbour-lantern-43")

    content = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in content
    assert "The two passwords do not match." in content
    assert 'value="Nadia Newcomer"' in content
    assert 'value="nadia@example.org"' in content
    assert '<option value="scotland" selected>' in content
    assert GOOD_PASSWORD not in content
    assert not User.objects.filter(email="nadia@example.org").exists()


def test_sign_up_with_an_email_already_used_says_nothing_but_tells_the_owner(
    client, trainee, mailoutbox
):
    # The page never says an account exists (that would tell anyone who has one);
    # the owner is emailed instead, with a way back in.
    response = client.post(
        reverse("lms:signup"),
        {
            "full_name": "Nadia Newcomer",
            "email": trainee.email.upper(),
            "nation": "",
            "password1": "quiet-harbour-lantern-42",
            "password2": "quiet-harbour-lantern-42",
        },
    )

    assert response.status_code == 302
    assert response.url == reverse("lms:signup_sent")
    assert User.objects.filter(email__iexact=trainee.email).count() == 1
    assert [m.to for m in mailoutbox] == [[trainee.email]]
    assert "you already have one" in mailoutbox[0].body


def test_sign_up_with_a_short_password(client, roles):
    response = _signup(client, password1="short-1", password2="short-1")

    content = response.content.decode()
    assert (
        "This password is too short. It must contain at least 10 characters." in content
    )
    assert 'value="nadia@example.org"' in content
    assert not User.objects.filter(email="nadia@example.org").exists()


def _sign_in(client, email, password):
    return client.post(reverse("lms:login"), {"username": email, "password": password})


def test_sign_in_with_the_right_password(client, trainee):
    response = _sign_in(client, trainee.email.upper(), "a-long-test-password")

    assert response.status_code == 302
    assert response.url == reverse("lms:dashboard")


def test_wrong_password_and_unknown_email_get_the_same_message(client, trainee):
    wrong_password = _sign_in(
        client, trainee.email, "not-the-password"
    ).content.decode()
    unknown_email = _sign_in(
        client, "nobody@example.org", "not-the-password"
    ).content.decode()

    message = "The email address or password is not right. Check them and try again."
    assert message in wrong_password
    assert message in unknown_email
    assert f'value="{trainee.email}"' in wrong_password
    assert 'value="nobody@example.org"' in unknown_email
    assert "not-the-password" not in wrong_password
    assert client.get(reverse("lms:dashboard")).status_code == 302


def test_profile_changes_the_name_on_certificates(trainee_client, trainee):
    response = trainee_client.post(
        reverse("lms:profile"),
        {
            "full_name": trainee.full_name,
            "certificate_name": "Tess Anne Trainee",
            "nation": "wales",
        },
        follow=True,
    )

    content = response.content.decode()
    trainee.refresh_from_db()
    assert "Your details have been saved." in content
    assert 'value="Tess Anne Trainee"' in content
    assert trainee.certificate_name == "Tess Anne Trainee"
    assert trainee.name_for_certificate == "Tess Anne Trainee"
    assert trainee.nation == "wales"


def test_profile_without_a_name_keeps_the_certificate_name_typed(
    trainee_client, trainee
):
    response = trainee_client.post(
        reverse("lms:profile"),
        {"full_name": "", "certificate_name": "Tess Anne Trainee", "nation": ""},
    )

    content = response.content.decode()
    assert "This field is required." in content
    assert 'value="Tess Anne Trainee"' in content
    trainee.refresh_from_db()
    assert trainee.certificate_name == ""


def test_password_reset_email_link_sets_a_new_password(client, trainee):
    response = client.post(
        reverse("lms:password_reset"), {"email": trainee.email}, follow=True
    )

    assert "Check your email" in response.content.decode()
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [trainee.email]
    assert email.subject == "Reset your Alongside password"
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", email.body)
    assert link is not None

    form_page = client.get(link.group(1), follow=True)
    assert "Choose a new password" in form_page.content.decode()
    set_password_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_password_url,
        {"new_password1": GOOD_PASSWORD, "new_password2": GOOD_PASSWORD},
        follow=True,
    )
    assert "Your password has been changed" in done.content.decode()

    signed_in = _sign_in(client, trainee.email, GOOD_PASSWORD)
    assert signed_in.status_code == 302
    assert signed_in.url == reverse("lms:dashboard")
    # The link works once only.
    again = client.get(link.group(1), follow=True)
    assert "This link has expired or was already used" in again.content.decode()
    (logged,) = AuditEvent.objects.filter(action=AuditEvent.Action.PASSWORD_CHANGED)
    assert logged.subject == trainee


def test_a_password_change_is_in_the_audit_log(trainee_client, trainee):
    response = trainee_client.post(
        reverse("lms:password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": GOOD_PASSWORD,
            "new_password2": GOOD_PASSWORD,
        },
    )

    assert response.status_code == 302
    (logged,) = AuditEvent.objects.filter(action=AuditEvent.Action.PASSWORD_CHANGED)
    assert logged.subject == trainee
    # Saving the account for any other reason is not a password change.
    trainee.full_name = "Tess Renamed"
    trainee.save()
    assert AuditEvent.objects.filter(action="password_changed").count() == 1


def test_an_admin_setting_someones_password_is_logged_with_who_did_it(
    client, site_admin, trainee
):
    client.force_login(site_admin)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[trainee.pk]),
        {
            "email": trainee.email,
            "first_name": "Tess",
            "last_name": "Trainee",
            "groups": list(trainee.groups.values_list("pk", flat=True)),
            "password1": GOOD_PASSWORD,
            "password2": GOOD_PASSWORD,
            "is_active": "on",
        },
    )

    assert response.status_code == 302
    logged = AuditEvent.objects.filter(action=AuditEvent.Action.PASSWORD_CHANGED)
    assert [(e.actor, e.subject) for e in logged] == [(site_admin, trainee)]


def test_password_reset_for_an_unknown_email_sends_nothing(client, roles):
    response = client.post(
        reverse("lms:password_reset"), {"email": "nobody@example.org"}, follow=True
    )

    assert "Check your email" in response.content.decode()
    assert mail.outbox == []


def test_sign_up_returns_to_the_programme_it_came_from(
    client, roles, programme_tree, mailoutbox
):
    programme = programme_tree[0]

    client.post(
        f"{reverse('lms:signup')}?next={programme.url}",
        {
            "full_name": "Nadia Newcomer",
            "email": "nadia@example.org",
            "password1": GOOD_PASSWORD,
            "password2": GOOD_PASSWORD,
            "next": programme.url,
        },
    )
    response = _confirm_from_email(client, mailoutbox[0])

    assert response.redirect_chain[0][0] == programme.url


@pytest.mark.parametrize(
    "target",
    ["https://evil.example.com/", "//evil.example.com/", "javascript:alert(1)"],
)
def test_sign_up_and_sign_in_never_leave_the_site(client, trainee, target, mailoutbox):
    client.post(
        reverse("lms:signup"),
        {
            "full_name": "Nadia Newcomer",
            "email": "nadia@example.org",
            "password1": GOOD_PASSWORD,
            "password2": GOOD_PASSWORD,
            "next": target,
        },
    )
    signed_up = _confirm_from_email(client, mailoutbox[0])
    client.post(reverse("lms:logout"))
    signed_in = client.post(
        reverse("lms:login"),
        {"username": trainee.email, "password": "a-long-test-password", "next": target},
    )

    assert signed_up.redirect_chain[0][0] == reverse("lms:dashboard")
    assert signed_in.url == reverse("lms:dashboard")
