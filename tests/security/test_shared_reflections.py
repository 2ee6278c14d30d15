"""A shared reflection is for the trainer or supervisor someone has now (review L5).

The review removed the trainer from the cohort: their gradebook went, but the
trainee's shared reflective entry stayed readable. Reading it now needs the reader
to be a trainer or supervisor of one of the owner's cohorts, holding that role.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from lms.models import ReflectiveEntry
from lms.roles import Role

pytestmark = pytest.mark.django_db


def _reads(client, reader, entry) -> bool:
    client.force_login(reader)
    detail = client.get(reverse("lms:reflection_shared_detail", args=[entry.pk]))
    shared_list = client.get(reverse("lms:reflections_shared")).content.decode()
    listed = entry.title in shared_list
    if detail.status_code == 200:
        assert "PRIVATE-REFLECTION" in detail.content.decode()
        assert listed
        return True
    assert detail.status_code == 404
    assert not listed
    return False


def test_the_trainer_who_leaves_the_cohort_can_no_longer_read_it(client, world):
    trainer = world.user("trainer")
    assert _reads(client, trainer, world.entry)
    world.cohort.trainers.remove(trainer)
    assert not _reads(client, trainer, world.entry)
    world.cohort.trainers.add(trainer)  # back again: the share stands
    assert _reads(client, trainer, world.entry)


def test_the_trainer_who_loses_the_role_can_no_longer_read_it(client, world):
    trainer = world.user("trainer")
    trainer.groups.remove(Group.objects.get(name=Role.TRAINER.value))
    assert not _reads(client, trainer, world.entry)


def test_the_supervisor_who_leaves_the_cohort_can_no_longer_read_it(client, world):
    supervisor = world.user("supervisor")
    entry = ReflectiveEntry.objects.create(
        owner=world.user("trainee"),
        title="Supervision thoughts",
        body="PRIVATE-REFLECTION for my supervisor",
        shared_with=supervisor,
        shared_at=timezone.now(),
    )
    assert _reads(client, supervisor, entry)
    world.cohort.supervisors.remove(supervisor)
    assert not _reads(client, supervisor, entry)
