"""Password sign-in, for every sign-in form of the site.

Django's ``ModelBackend`` checks only that an account is active. Alongside also needs
the email address confirmed before a password signs anyone in (security review, H2):
someone who signed up with another person's address must not get in with the
password they chose, by any form (ours, the admin's, Wagtail's page-privacy one).
Checked here, in the backend, so no form can forget it.
"""

from django.contrib.auth.backends import ModelBackend

# For ``login(request, user, backend=...)`` after proving the address by email.
BACKEND = "lms.security.backends.ConfirmedAccountBackend"


class ConfirmedAccountBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(
            request, username=username, password=password, **kwargs
        )
        if user is not None and user.email_confirmed_at is None:
            return None
        return user
