"""Who may edit which part of the question bank: Wagtail's collection permissions.

Every question, category and rubric lives in a collection, like a document or an
image. The root collection is the shared curriculum (its curriculum editors hold
permissions on it, and so on every collection below); each organisation has a
collection of its own that only its editors group holds permissions on
(``lms.services.organisation_content_area_ensure``). Wagtail's
``CollectionPermissionPolicy`` reads those ``GroupCollectionPermission`` rows; the
viewsets in ``wagtail_hooks.py`` use it for listings, each object and each form.
"""

from wagtail.models import Collection
from wagtail.permission_policies.collections import CollectionPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import QUESTION_TYPES, Question, QuestionCategory, Rubric

QUESTION_BANK_MODELS = [Question, *QUESTION_TYPES.values(), QuestionCategory, Rubric]
# Any of these on an object's collection lets a person see the object at all.
ANY_ACTION = ["add", "change", "delete", "view"]


def question_bank_policy(model) -> CollectionPermissionPolicy:
    """The permission policy for one model of the question bank."""
    return CollectionPermissionPolicy(model)


def question_bank_policies_register() -> None:
    """Wagtail asks for model permission policies to be registered, not set."""
    for model in QUESTION_BANK_MODELS:
        register_permission_policy(model, question_bank_policy(model))


def question_bank_visible(user, queryset):
    """The items of a queryset in collections the person holds any permission on."""
    policy = question_bank_policy(queryset.model)
    if user.is_active and user.is_superuser:
        return queryset
    collections = policy.collections_user_has_any_permission_for(user, ANY_ACTION)
    return queryset.filter(collection__in=list(collections))


def question_bank_collections(user, model, action: str = "add"):
    """Collections in which a person may do ``action`` to items of ``model``."""
    if user.is_active and user.is_superuser:
        return Collection.objects.all()
    return question_bank_policy(model).collections_user_has_permission_for(user, action)
