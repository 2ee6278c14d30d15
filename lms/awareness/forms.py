"""Forms for team leads and learners on the staff-awareness course."""

from django import forms
from django.utils.translation import gettext_lazy as _

from alongside.csvsafe import MAX_BYTES

from .models import StaffProfile


class TeamCreateForm(forms.Form):
    """A new ward or community team."""

    name = forms.CharField(
        label=_("Team name"),
        max_length=200,
        help_text=_("For example, Ward 7 maternity or Northfield community team."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=None, empty_label=None
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class EnrolmentUploadForm(forms.Form):
    """A CSV of staff to enrol: name, email, job role, team."""

    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: name, email, job role, team. Save it from your spreadsheet "
            "as “CSV UTF-8”. Up to 10 MB."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than 10 MB. Please split it into smaller files.")
            )
        return upload


class JoinSessionForm(forms.Form):
    """The short code shown on the presenter's screen."""

    code = forms.CharField(
        label=_("Session code"),
        max_length=12,
        help_text=_("Eight letters and numbers, shown on the shared screen."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters"}
        ),
    )


def check_form_class(course):
    """A form with one radio question per knowledge-check question."""
    fields = {}
    for number, block in enumerate(course.knowledge_check, start=1):
        fields[f"q_{block.id}"] = forms.TypedChoiceField(
            label=f"{number}. {block.value['question']}",
            choices=[
                (str(index), option["text"])
                for index, option in enumerate(block.value["options"])
            ],
            coerce=int,
            widget=forms.RadioSelect,
            error_messages={"required": _("Choose an answer to this question.")},
        )
    return type("KnowledgeCheckForm", (forms.Form,), fields)


class StaffRecordForm(forms.ModelForm):
    """Employee and assignment numbers and NMC PIN, for the trust's records."""

    class Meta:
        model = StaffProfile
        fields = ["employee_number", "assignment_number", "nmc_pin"]
        widgets = {
            "employee_number": forms.TextInput(attrs={"autocomplete": "off"}),
            "assignment_number": forms.TextInput(attrs={"autocomplete": "off"}),
            "nmc_pin": forms.TextInput(
                attrs={"autocomplete": "off", "spellcheck": "false"}
            ),
        }

    def clean_nmc_pin(self):
        pin = "".join(self.cleaned_data["nmc_pin"].split()).upper()
        if pin and not (pin.isalnum() and pin.isascii() and 6 <= len(pin) <= 12):
            raise forms.ValidationError(
                _(
                    "An NMC PIN is letters and numbers only, as it appears on your "
                    "NMC registration. Leave it empty if you do not have one."
                )
            )
        return pin
