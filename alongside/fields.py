"""Single-line text: names, and anything that may end up in an email header.

A line break in a name broke every email whose subject carried it (Django refuses
header values with newlines), so names are kept on one line wherever they are set:
forms, CSV imports, the admin and services alike go through the model field.
"""

import unicodedata

from django import forms
from django.db import models

# Line and paragraph separators, and control characters (tabs, carriage returns,
# NUL, the C1 "next line"): none belongs inside a name or a subject.
_BREAKING = {"Cc", "Zl", "Zp"}


def single_line(value) -> str:
    """The text on one line: breaks and control characters become single spaces."""
    if value is None:
        return ""
    text = "".join(
        " " if unicodedata.category(char) in _BREAKING else char for char in str(value)
    )
    return " ".join(text.split())


class SingleLineFormField(forms.CharField):
    """A form field whose value is put on one line before it is checked."""

    def to_python(self, value):
        value = super().to_python(value)
        return single_line(value) if value not in self.empty_values else value


class SingleLineCharField(models.CharField):
    """A ``CharField`` that is always saved on one line, however it was set."""

    def pre_save(self, model_instance, add):
        value = getattr(model_instance, self.attname)
        if value is not None:
            value = single_line(value)
            setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": SingleLineFormField, **kwargs})
