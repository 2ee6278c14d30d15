"""Forms for signing up, profiles, joining, and the reflective log."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.template import loader
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from alongside.fields import SingleLineFormField

from .models import REFLECTION_MAX_CHARACTERS, ContentNoteChoice, ReflectiveEntry, User
from .tasks import email_send_task


class SignUpForm(forms.Form):
    """A new trainee's details."""

    full_name = SingleLineFormField(
        label=_("Full name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    nation = forms.ChoiceField(
        label=_("Where are you? (optional)"),
        help_text=_("So we can show the right support numbers for your nation."),
        choices=[("", _("Prefer not to say")), *User._meta.get_field("nation").choices],
        required=False,
    )
    password1 = forms.CharField(
        label=_("Create a password"),
        strip=False,
        help_text=_("At least 10 characters. Avoid common words."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Type the password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_email(self):
        # Whether the address already has an account is never said here (that would
        # tell anyone who has an account); the view emails the owner instead.
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("The two passwords do not match."))
        elif p1:
            candidate = User(
                email=cleaned.get("email", ""), full_name=cleaned.get("full_name", "")
            )
            try:
                password_validation.validate_password(p1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class SignInForm(auth_forms.AuthenticationForm):
    """Email and password."""

    username = forms.EmailField(
        label=_("Email address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    error_messages = {
        "invalid_login": _(
            "The email address or password is not right. Check them and try again."
        ),
        "inactive": _("This account is not active."),
        "unconfirmed": _(
            "Your account is not ready yet: open the link we emailed you to finish "
            "creating it. Can't find it? Ask for a sign-in link and we will send it "
            "again."
        ),
    }

    def get_invalid_login_error(self):
        # The backend refuses a password until the address is confirmed: when the
        # password was right, say what to do (nobody learns this without it).
        email = self.cleaned_data.get("username") or ""
        password = self.cleaned_data.get("password") or ""
        waiting = User.objects.filter(
            email__iexact=email, is_active=True, email_confirmed_at__isnull=True
        ).first()
        if waiting is not None and waiting.check_password(password):
            return forms.ValidationError(
                self.error_messages["unconfirmed"], code="unconfirmed"
            )
        return super().get_invalid_login_error()

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        # Until the address is confirmed, the password may be anyone's who knew it.
        if user.email_confirmed_at is None:
            raise forms.ValidationError(
                self.error_messages["unconfirmed"], code="unconfirmed"
            )


class SetPasswordForm(auth_forms.SetPasswordForm):
    """Choose a password, after proving the email address is yours."""

    new_password1 = forms.CharField(
        label=_("Choose a password"),
        strip=False,
        help_text=_("At least 10 characters. Avoid common words."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    new_password2 = forms.CharField(
        label=_("Type the password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Sends the reset link in the background."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(
            loader.render_to_string(subject_template_name, context).splitlines()
        )
        body = loader.render_to_string(email_template_name, context)
        email_send_task.delay(subject=subject, body=body, to=[to_email])


class ProfileForm(forms.ModelForm):
    """Names and nation."""

    class Meta:
        model = User
        fields = ["full_name", "certificate_name", "nation"]
        labels = {"nation": _("Where are you? (optional)")}
        widgets = {"full_name": forms.TextInput(attrs={"autocomplete": "name"})}


class ContentNoteChoiceForm(forms.Form):
    """Continue, come back later, or get support."""

    choice = forms.ChoiceField(choices=ContentNoteChoice.Choice.choices)


class JoinTeamForm(forms.Form):
    """The short code a team lead shares."""

    code = forms.CharField(
        label=_("Team code"),
        max_length=20,
        help_text=_("8 letters and numbers, for example K7P2QX9M."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters"}
        ),
    )


class ReflectionForm(forms.ModelForm):
    """Write or edit a reflective-log entry (``draft=True``: keep it unfinished)."""

    prompt = forms.CharField(widget=forms.HiddenInput, required=False)
    lesson = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # No maxlength on the box: the browser would cut pasted text without a word.
    # The limit is checked here and shown by a counter.
    body = forms.CharField(
        label=_("Your reflection"),
        strip=False,
        widget=forms.Textarea(
            attrs={
                "rows": 8,
                "data-count": "characters",
                "data-count-max": str(REFLECTION_MAX_CHARACTERS),
            }
        ),
    )

    class Meta:
        model = ReflectiveEntry
        fields = ["title", "body"]
        labels = {"title": _("Title (optional)")}

    def __init__(self, *args, draft: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # The title's limit is checked here too, with a message, not cut by the browser.
        self.fields["title"].widget.attrs.pop("maxlength", None)
        self.draft = draft
        if draft:
            self.fields["body"].required = False

    def count_message(self) -> str:
        """The counter under the box, as the server sees it (the script updates it)."""
        used = len(self["body"].value() or "")
        left = REFLECTION_MAX_CHARACTERS - used
        if left >= 0:
            return ngettext(
                "You have %(n)s character left.",
                "You have %(n)s characters left.",
                left,
            ) % {"n": f"{left:,}"}
        return ngettext(
            "You have %(n)s character too many.",
            "You have %(n)s characters too many.",
            -left,
        ) % {"n": f"{-left:,}"}

    def clean_body(self):
        body = self.cleaned_data.get("body", "")
        if not self.draft and len(body) > REFLECTION_MAX_CHARACTERS:
            raise forms.ValidationError(
                _(
                    "Your reflection is %(used)s characters long; an entry can hold "
                    "%(limit)s. Please shorten it by %(over)s characters. Nothing "
                    "has been cut."
                ),
                params={
                    "used": f"{len(body):,}",
                    "limit": f"{REFLECTION_MAX_CHARACTERS:,}",
                    "over": f"{len(body) - REFLECTION_MAX_CHARACTERS:,}",
                },
            )
        return body

    def clean_lesson(self):
        # A hidden page id that no page can have (tampered with) links to no lesson,
        # rather than reaching the database as a number it cannot hold.
        lesson = self.cleaned_data.get("lesson")
        return lesson if lesson is not None and 0 < lesson < 2**31 else None


class ShareForm(forms.Form):
    """Choose one trainer or supervisor to share an entry with."""

    shared_with = forms.ModelChoiceField(
        queryset=User.objects.none(),
        required=False,
        empty_label=_("Nobody (keep it private)"),
        label=_("Share with"),
    )

    def __init__(self, *args, candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        if candidates is not None:
            self.fields["shared_with"].queryset = candidates
