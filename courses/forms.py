"""Admin forms for content review and directory checks."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm

from .models import SignpostVerification


class ClinicalReviewDecisionForm(TaskStateCommentForm):
    """What a clinical reviewer records with an approval or a request for changes."""

    reviewer_role = forms.CharField(
        label=_("Your role, as learners will see it"),
        max_length=120,
        help_text=_("For example: perinatal mental health nurse, health visitor."),
    )
    checked = forms.CharField(
        label=_("What you checked"),
        max_length=2000,
        widget=forms.Textarea({"rows": 3}),
        help_text=_(
            "For example: every lesson's facts and numbers against the sources; "
            "the escalation routes for each nation."
        ),
    )
    field_order = ["reviewer_role", "checked", "comment"]


class SignpostCheckForm(forms.ModelForm):
    """A check of one directory entry: the number rung and the website opened."""

    website_checked = forms.URLField(
        label=_("Website you checked"),
        required=False,
        max_length=200,
        assume_scheme="https",
    )

    class Meta:
        model = SignpostVerification
        fields = ["phone_checked", "website_checked", "notes"]
        labels = {
            "phone_checked": _("Number you checked"),
            "notes": _("What you confirmed"),
        }
        help_texts = {
            "phone_checked": _("Exactly as you rang or confirmed it."),
            "notes": _("For example: number answered, opening hours as listed."),
        }
        widgets = {"notes": forms.Textarea({"rows": 3})}

    def clean(self):
        data = super().clean()
        if not (data.get("phone_checked") or "").strip() and not data.get(
            "website_checked"
        ):
            raise forms.ValidationError(
                _("Say which number or website you checked (or both).")
            )
        return data
