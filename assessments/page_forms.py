"""Page forms that offer, and accept, only the question bank items the editor may see.

A quiz's fixed questions and random draws and a written task's rubric point into the
question bank, whose items live in collections (``permissions.py``). Choosers and
listings already show each person only their organisation's items and the shared
curriculum's; these forms make a hand-made post that names another organisation's
item by id a wrong choice too.
"""

from wagtail.admin.forms import WagtailAdminPageForm

BANK_FIELDS = ("question", "category", "rubric")


class QuestionBankScopedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None:
            return
        self._scope(self, user)
        for formset in self.formsets.values():
            for form in formset.forms:
                self._scope(form, user)

    @staticmethod
    def _scope(form, user) -> None:
        from .permissions import question_bank_visible

        for name in BANK_FIELDS:
            field = form.fields.get(name)
            queryset = getattr(field, "queryset", None)
            if queryset is not None:
                field.queryset = question_bank_visible(user, queryset)
