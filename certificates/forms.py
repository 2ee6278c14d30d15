"""Forms for the ledger, countersigning, verification and the certificate lifecycle."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alongside.forms import PageChoiceField

from . import selectors
from .models import CpdReflection, LedgerEntry


class LedgerEntryForm(forms.ModelForm):
    """Practice or a supervision session, for the trainee's named supervisor."""

    class Meta:
        model = LedgerEntry
        fields = [
            "kind",
            "programme",
            "date",
            "hours",
            "activity",
            "covered_wellbeing",
            "supervisor",
            "notes",
        ]
        labels = {
            "kind": _("What are you recording?"),
            "programme": _("Programme"),
            "date": _("Date"),
            "hours": _("Hours"),
            "activity": _("Type of activity (for practice)"),
            "supervisor": _("Supervisor who will countersign"),
        }
        help_texts = {
            "date": _("For example 2026-11-23."),
            "hours": _("For example 1.5 for an hour and a half."),
            "covered_wellbeing": _("For supervision sessions only."),
        }
        field_classes = {"programme": PageChoiceField}
        widgets = {
            "kind": forms.RadioSelect,
            "date": forms.DateInput(attrs={"type": "date"}),
            "hours": forms.NumberInput(attrs={"step": "0.5", "min": "0.5"}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["programme"].queryset = selectors.ledger_programmes(user=user)
        self.fields["programme"].empty_label = None
        # A radio button with no label, ticked before anyone chooses, is no choice.
        self.fields["kind"].choices = LedgerEntry.Kind.choices
        self.fields["supervisor"].queryset = selectors.ledger_supervisor_candidates(
            user=user
        )
        self.fields["supervisor"].empty_label = _("Choose your supervisor")
        self.fields["activity"].required = False

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        if date < timezone.localdate() - datetime.timedelta(days=5 * 365):
            raise forms.ValidationError(_("That date is more than five years ago."))
        return date

    def clean_hours(self):
        hours = self.cleaned_data["hours"]
        if hours <= 0 or hours > 24:
            raise forms.ValidationError(_("Enter between 0.5 and 24 hours."))
        return hours

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == LedgerEntry.Kind.PRACTICE and not cleaned.get(
            "activity"
        ):
            self.add_error("activity", _("Choose the type of practice."))
        if cleaned.get("kind") == LedgerEntry.Kind.PRACTICE:
            cleaned["covered_wellbeing"] = False
        return cleaned


class DecisionForm(forms.Form):
    """A supervisor countersigns or returns an entry."""

    decision = forms.ChoiceField(
        label=_("Your decision"),
        choices=[
            ("countersign", _("Countersign: this is right")),
            ("return", _("Return it with a comment")),
        ],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment"),
        help_text=_("Needed when you return an entry. The trainee will read it."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    # The fingerprint of the entry as shown: countersigning is refused if it changed.
    seen = forms.CharField(
        widget=forms.HiddenInput,
        max_length=64,
        error_messages={"required": _("This entry changed; look again.")},
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("decision") == "return"
            and not cleaned.get("comment", "").strip()
        ):
            self.add_error(
                "comment", _("Say what needs changing, so they can put it right.")
            )
        return cleaned


class VerifyForm(forms.Form):
    """Check a certificate from its number and the holder's surname."""

    number = forms.CharField(
        label=_("Certificate number"),
        help_text=_(
            "For example AL-7K3M-9QXT-W. It is printed on the certificate; "
            "dashes and capitals are optional."
        ),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        error_messages={"required": _("Enter the number printed on the certificate.")},
    )
    surname = forms.CharField(
        label=_("Surname of the holder"),
        help_text=_("Their full name works too."),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        error_messages={"required": _("Enter the holder's surname.")},
    )

    def clean_number(self):
        from .models import (
            Certificate,
            certificate_number_is_legacy,
            certificate_number_is_well_formed,
            certificate_number_normalise,
        )

        number = certificate_number_normalise(self.cleaned_data["number"])
        # A number issued before December 2026 has a legacy check symbol: it is
        # accepted only if such a certificate exists, so typos are still caught.
        legacy = (
            certificate_number_is_legacy(number)
            and Certificate.objects.filter(number=number).exists()
        )
        if not (certificate_number_is_well_formed(number) or legacy):
            raise forms.ValidationError(
                _(
                    "This is not a certificate number we recognise. Check each "
                    "character: numbers look like AL-7K3M-9QXT-W."
                )
            )
        return number


class ReasonForm(forms.Form):
    """A reason, kept in the certificate's history."""

    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class StatusReasonForm(forms.Form):
    """Why a certificate is suspended, reinstated or revoked: shown to anyone who
    checks it."""

    reason = forms.CharField(
        label=_("Reason"),
        help_text=_(
            "Anyone who checks the certificate can read this, so keep it factual "
            "and leave out private details."
        ),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DeclineForm(forms.Form):
    """Why a request to issue by hand is declined: the person who asked reads it."""

    reason = forms.CharField(
        label=_("Reason for declining"),
        help_text=_("Only the person who asked and other admins see this."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class CpdReflectionForm(forms.ModelForm):
    """A reflective account, in the order of the NMC's reflective accounts form."""

    class Meta:
        model = CpdReflection
        fields = [
            "relates_to_practice",
            "nature",
            "learned",
            "changed",
            "code_theme",
            "code_relevance",
        ]
        labels = {
            "relates_to_practice": _(
                "How does this topic relate to your practice? (for your CPD record)"
            ),
            "nature": _("What was the nature of the CPD activity?"),
            "learned": _("What did you learn from it?"),
            "changed": _("How did you change or improve your practice as a result?"),
            "code_theme": _("Which part of the Code is it most relevant to?"),
            "code_relevance": _("How is this relevant to the Code?"),
        }
        help_texts = {
            "nature": _("Leave empty to use the course's description."),
            "learned": _(
                "Do not write anything that could identify a parent, baby, "
                "colleague or anyone else."
            ),
        }
        widgets = {
            "relates_to_practice": forms.Textarea(attrs={"rows": 3}),
            "nature": forms.Textarea(attrs={"rows": 3}),
            "learned": forms.Textarea(attrs={"rows": 5}),
            "changed": forms.Textarea(attrs={"rows": 5}),
            "code_theme": forms.Select,
            "code_relevance": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code_theme"].choices = [
            ("", _("Not chosen yet")),
            *CpdReflection.CodeTheme.choices,
        ]
        self.fields["code_theme"].required = False


class CertificatePrivacyForm(forms.Form):
    """What the holder's digital badge shows: their name or not, and which wording."""

    wording = forms.ChoiceField(
        label=_("How your badge describes what you did"),
        help_text=_(
            "Your badge, public link, LinkedIn link and share links use this "
            "wording, with a matching description. Your organisation offers "
            "these; some say less about the role."
        ),
        widget=forms.RadioSelect,
    )
    shows_name = forms.BooleanField(
        label=_("Show my name in my digital badge and on the public link"),
        help_text=_(
            "If you leave this unticked, your name is not written in the badge: "
            "it holds a code made from your name instead, and the public link and "
            "its PDF show only your initials. Someone who already knows your name "
            "can use the code to check that it matches. Links you make for one "
            "person always show your name."
        ),
        required=False,
    )

    def __init__(self, *args, options: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wording"].choices = [(option, option) for option in options]
        if len(options) == 1:
            # Nothing to choose (a staff-awareness certificate, or a programme
            # without neutral wordings): the title goes along unseen.
            self.fields["wording"].widget = forms.HiddenInput()


class ShareLinkForm(forms.Form):
    """A new share link, named for the person it is for."""

    label = forms.CharField(
        label=_("Who is this link for?"),
        help_text=_("For example the employer's name. Only you see this."),
        max_length=100,
    )
