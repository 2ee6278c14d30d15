"""Form fields any app may use."""

from django import forms


class PageChoiceField(forms.ModelChoiceField):
    """A page chosen by id: ids beyond 64 bits are a wrong choice, not a 500.

    A page's id is its ``page_ptr``, whose lookups are not range-checked.
    """

    def to_python(self, value):
        try:
            out_of_range = abs(int(value)) >= 2**63
        except (TypeError, ValueError):
            out_of_range = False
        if out_of_range:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)
