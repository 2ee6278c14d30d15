"""Admin choosers that show only what the person may see in the matching listing.

Wagtail's chooser views (the pop-up lists used to pick a snippet) ask only for admin
access: any staff member could list every organisation's accreditation rules, or
question titles without any question-bank permission (security review, I1). A chooser
viewset with ``CheckedChooserMixin`` first in its bases asks for a permission on the
model (any of add, change, delete or view) and narrows the list, and any object
chosen by id, with ``chooser_scope(request, queryset)``.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from wagtail.admin.views.generic.chooser import (
    BaseChooseView,
    ChosenMultipleViewMixin,
    ChosenViewMixin,
)
from wagtail.snippets.views.chooser import SnippetChooserViewSet

_ACTIONS = ("add", "change", "delete", "view")


def may_choose(user, model) -> bool:
    """Whether someone holds any permission on the model (so may see its listing)."""
    meta = model._meta
    return any(
        user.has_perm(f"{meta.app_label}.{action}_{meta.model_name}")
        for action in _ACTIONS
    )


class CheckedChooserMixin:
    """For a ``ChooserViewSet`` (or ``SnippetChooserViewSet``) subclass."""

    def chooser_scope(self, request, queryset):
        """The objects this person may choose; all of them by default."""
        return queryset

    def construct_view(self, view_class, **kwargs):
        if issubclass(
            view_class, (BaseChooseView, ChosenViewMixin, ChosenMultipleViewMixin)
        ):
            view_class = _checked(self, view_class)
        return super().construct_view(view_class, **kwargs)


def _checked(viewset, base):
    class CheckedView(base):
        def dispatch(self, request, *args, **kwargs):
            if not may_choose(request.user, viewset.model):
                raise PermissionDenied
            return super().dispatch(request, *args, **kwargs)

        def get_object_list(self):
            return viewset.chooser_scope(self.request, super().get_object_list())

        def get_object(self, pk):
            # Another organisation's record is "not found", as in the listing; so
            # is an id that could not be one.
            try:
                found = viewset.model.objects.filter(pk=pk)
                return viewset.chooser_scope(self.request, found).get()
            except (ValueError, TypeError, OverflowError, ValidationError) as error:
                raise viewset.model.DoesNotExist from error

        def get_objects(self, pks):
            return viewset.chooser_scope(self.request, super().get_objects(pks))

    CheckedView.__name__ = f"Checked{base.__name__}"
    return CheckedView


class CheckedSnippetChooserViewSet(CheckedChooserMixin, SnippetChooserViewSet):
    """The chooser for a snippet: set as a ``SnippetViewSet``'s
    ``chooser_viewset_class``."""
