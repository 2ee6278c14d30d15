"""The awareness course cannot be completed by script (review M2).

The review posted every section and the knowledge check in 1.3 seconds and got a
certificate stating 0.8 learning hours. Time is measured on the server, so direct
POSTs, each page opened first for its form as a browser would, finish nothing.
"""

import pytest
from django.urls import reverse

from certificates.models import Certificate
from lms.awareness.models import Completion
from tests.awareness.helpers import check_answers

pytestmark = pytest.mark.django_db


def test_direct_posts_faster_than_the_minimum_time_complete_nothing(client, world):
    course, trainee = world.awareness, world.user("trainee")
    # The world's trainee finished it once already (for the CPD record): start anew.
    Completion.objects.filter(user=trainee, course=course).delete()
    client.force_login(trainee)
    for number in range(1, len(course.sections) + 1):
        url = reverse("awareness:section", args=[course.pk, number])
        assert client.get(url).status_code == 200
        assert client.post(url).status_code == 302
    check = reverse("awareness:check", args=[course.pk])
    assert client.get(check).status_code == 200
    response = client.post(check, check_answers(course))
    assert response.status_code == 302

    assert not Completion.objects.filter(user=trainee, course=course).exists()
    assert not Certificate.objects.filter(
        user=trainee, kind=Certificate.Kind.COMPLETION
    ).exists()
    done = client.get(response["Location"]).content.decode()
    assert "Not finished yet" in done
