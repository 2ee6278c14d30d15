"""Forms for trainers and trainees."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from alongside.forms import PageChoiceField
from courses.models import ProgrammePage
from lms.models import Organisation

from .models import CHECK_IN_SCALE, CONFIDENCE_SCALE, EMAIL_KINDS, NotificationKind
from .services import email_validate

MAX_INVITES = 200


class CohortCreateForm(forms.Form):
    name = forms.CharField(label=_("Cohort name"), max_length=200)
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none()
    )
    programme = PageChoiceField(
        label=_("Programme"), queryset=ProgrammePage.objects.none()
    )
    start_date = forms.DateField(
        label=_("Start date"),
        help_text=_("For example, 2026-09-07."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["programme"].queryset = ProgrammePage.objects.live().order_by(
            "path"
        )


class InviteForm(forms.Form):
    people = forms.CharField(
        label=_("Email addresses"),
        help_text=_(
            "One person per line: their email address, then a comma and their "
            "name if you like. For example: sam@example.org, Sam Patel"
        ),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=40000,
    )

    def clean_people(self):
        people, bad = [], []
        for line in self.cleaned_data["people"].splitlines():
            line = line.strip()
            if not line:
                continue
            email, _sep, name = line.partition(",")
            try:
                email_validate(email.strip())
            except ValidationError:
                bad.append(email.strip()[:80])
                continue
            people.append((email.strip(), name.strip()))
        if bad:
            raise ValidationError(
                _("These do not look like email addresses: %s. Check and try again.")
                % ", ".join(bad[:10])
            )
        if not people:
            raise ValidationError(_("Enter at least one email address."))
        if len(people) > MAX_INVITES:
            raise ValidationError(_("Invite up to %d people at a time.") % MAX_INVITES)
        return people


class InviteCsvForm(forms.Form):
    file = forms.FileField(
        label=_("A CSV file"),
        help_text=_(
            "Columns: email (required) and name (optional). Save it from your "
            "spreadsheet as “CSV UTF-8”. You will see a preview before anyone is "
            "invited."
        ),
    )


class ConfidenceForm(forms.Form):
    """One set of radio buttons per confidence statement."""

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        for item in items:
            self.fields[f"item-{item.pk}"] = forms.TypedChoiceField(
                label=item.statement,
                help_text=item.topic,
                choices=CONFIDENCE_SCALE,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose how confident you feel.")},
            )

    def ratings(self) -> dict[int, int]:
        return {
            int(name.removeprefix("item-")): value
            for name, value in self.cleaned_data.items()
        }


class CheckInForm(forms.Form):
    feeling = forms.TypedChoiceField(
        label=_("How are you feeling right now?"),
        help_text=_("Optional. Only you will ever see this answer."),
        choices=CHECK_IN_SCALE,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    wants_contact = forms.BooleanField(
        label=_("I would like someone to get in touch with me"),
        help_text=_(
            "We will let your supervisor know you would like a chat. We will not "
            "tell them how you said you were feeling."
        ),
        required=False,
    )


class EmailPreferencesForm(forms.Form):
    """A tick box per kind of email: ticked means "send me these"."""

    def __init__(self, *args, off: set[str], **kwargs):
        super().__init__(*args, **kwargs)
        for kind in EMAIL_KINDS:
            self.fields[kind] = forms.BooleanField(
                label=NotificationKind(kind).label,
                required=False,
                initial=kind not in off,
            )

    def emails_off(self) -> set[str]:
        return {kind for kind in EMAIL_KINDS if not self.cleaned_data.get(kind)}
