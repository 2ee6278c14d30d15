"""Forms for sign-in links and the second factor."""

from django import forms
from django.utils.translation import gettext_lazy as _


class SignInLinkForm(forms.Form):
    """The email address to send a one-time sign-in link to."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class TotpCodeForm(forms.Form):
    """The 6-digit code from an authenticator app."""

    code = forms.CharField(
        label=_("6-digit code from your authenticator app"),
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "class": "nhsuk-input nhsuk-input--width-10",
            }
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isascii() and code.isdigit() and len(code) == 6):
            raise forms.ValidationError(_("Enter the 6 numbers your app shows."))
        return code


class RecoveryCodeForm(forms.Form):
    """One of the recovery codes shown when the second step was set up."""

    code = forms.CharField(
        label=_("Recovery code"),
        help_text=_("8 letters and numbers, for example abcd 2345"),
        max_length=40,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "none",
                "spellcheck": "false",
                "class": "nhsuk-input nhsuk-input--width-10",
            }
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].replace("-", " ").split()).lower()
        if not (len(code) == 8 and code.isascii() and code.isalnum()):
            raise forms.ValidationError(
                _("Enter a recovery code: 8 letters and numbers, as it was shown.")
            )
        return code


class ErasureConfirmForm(forms.Form):
    """A deliberate tick before erasing everything."""

    confirm = forms.BooleanField(
        label=_(
            "I understand my account, my progress, my reflective log and my marks "
            "will be erased, and this cannot be undone"
        ),
        error_messages={"required": _("Tick the box to say you understand.")},
    )
