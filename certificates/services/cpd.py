"""The learner's reflective accounts for NMC revalidation."""

from django.db import transaction

from lms.models import User

from ..models import (
    CpdReflection,
)


@transaction.atomic
def cpd_reflection_save(
    *, user: User, source: str, record_id: int, **fields
) -> CpdReflection:
    """Save the person's own reflective account on one of their CPD entries."""
    reflection, _created = CpdReflection.objects.select_for_update().get_or_create(
        user=user, source=source, record_id=record_id
    )
    for name, value in fields.items():
        setattr(reflection, name, value.strip() if isinstance(value, str) else value)
    reflection.save()
    return reflection
