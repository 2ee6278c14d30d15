""" "What's left" reads as a checklist, one line per module, and the main menu leads to
practice and certificates for the people they apply to."""

import re

import pytest
from django.urls import reverse

from certificates import services
from lms.roles import Role
from lms.services import lesson_complete
from tests.conftest import make_user

from .conftest import make_rules, requirement

pytestmark = pytest.mark.django_db


def _menu(client) -> list[str]:
    html = client.get(reverse("lms:dashboard")).content.decode()
    nav = html.split('aria-label="Main menu"', 1)[1].split("</nav>", 1)[0]
    return [re.sub(r"<[^>]+>|\s+", " ", link).strip() for link in nav.split("<li>")[1:]]


def test_whats_left_lists_each_module_as_a_checklist(
    client, enrolled, programme, programme_tree
):
    make_rules(programme, requirement("modules_passed", modules=[]))
    (first, first_lessons), (second, second_lessons) = programme_tree[2]
    # Over a few sittings the trainee finishes the first module.
    for lesson in first_lessons:
        lesson_complete(user=enrolled, lesson=lesson, programme=programme)
    client.force_login(enrolled)
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert "1 module of 2 still to finish." in html
    # Not one long comma-separated sentence of module names.
    assert "Module 1, Module 2" not in html
    steps = html.split("alongside-checklist--steps", 1)[1].split("</ul>", 1)[0]
    items = re.findall(r"<li[^>]*>(.*?)</li>", steps, re.S)
    assert len(items) == 2
    assert "Done: </span>Module 1" in items[0]
    assert "Still to do: </span>" in items[1]
    assert f'href="{second_lessons[0].url}"' in items[1]
    assert ">Module 2</a>" in items[1]


def test_the_menu_offers_practice_and_certificates_to_whom_they_apply(
    client, enrolled, programme, supervisor, trainer
):
    make_rules(programme, requirement("reflections", entries=1))
    client.force_login(enrolled)
    menu = _menu(client)
    assert "Practice" in menu and "Certificates" in menu
    html = client.get(reverse("certificates:ledger")).content.decode()
    assert f'href="{reverse("certificates:ledger")}" aria-current="page"' in html

    # The supervisor countersigns practice but holds no certificate.
    client.force_login(supervisor)
    menu = _menu(client)
    assert "Practice" in menu and "Certificates" not in menu

    # A team lead taking no programme has neither.
    client.force_login(make_user(Role.TEAM_LEAD, full_name="Tam Lead"))
    menu = _menu(client)
    assert "Practice" not in menu and "Certificates" not in menu

    # Someone certified earlier keeps the way to their certificate.
    certificate, _ = services.certificate_issue(
        user=enrolled, programme=programme, issued_by=trainer, reason="Paper record"
    )
    client.force_login(enrolled)
    assert "Certificates" in _menu(client)
    mine = client.get(reverse("certificates:mine")).content.decode()
    assert certificate.number in mine

    client.logout()
    page = client.get(reverse("lms:support")).content.decode()
    nav = page.split('aria-label="Main menu"', 1)[1].split("</nav>", 1)[0]
    assert "Practice" not in nav and "Certificates" not in nav
