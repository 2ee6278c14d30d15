"""A programme module exported as a SCORM 1.2 package from the Wagtail admin.

The same checks as the awareness course's package (``tests/awareness/test_scorm.py``):
the manifest validates against the ADL schemas shipped inside it, the package is small
and makes no calls back to Alongside. Here the module's lessons are its parts and its
quiz the knowledge check, and only people who may edit the module can download it.
"""

import io
import json
import re
import zipfile

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.urls import reverse
from lxml import etree
from wagtail.documents import get_document_model

from assessments.models import QuestionCategory
from assessments.seed import question_create
from courses.factories import (
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    SignpostFactory,
)
from lms import services as lms_services
from lms.factories import OrganisationFactory
from lms.module_scorm import scorm_module_build, scorm_module_files
from lms.roles import Role
from tests.assessments.helpers import quiz_create, single_choice
from tests.awareness.test_scorm import NS, SCHEMAS, _schema
from tests.conftest import build_programme, make_user

pytestmark = pytest.mark.django_db

URL_NAME = "lms_module_scorm_export"


@pytest.fixture
def handout(db):
    return get_document_model().objects.create(
        title="Where to find help", file=ContentFile(b"%PDF-1.4 help", name="help.pdf")
    )


@pytest.fixture
def module(home, handout):
    """A published module with two lessons (one with a handout) and a quiz of a
    single-choice question, a safety-critical true or false and an essay."""
    SignpostFactory(name="Samaritans", phone="116 123", is_crisis=True)
    _programme, _course, built = build_programme(home, modules=1, lessons=0)
    module = built[0][0]
    module.code = "M4"
    module.summary = "How to listen well."
    module.is_difficult = True
    module.content_note = "This module talks about birth trauma."
    module.save_revision().publish()
    LessonPageFactory(
        parent=module,
        title="Listening first",
        estimated_minutes=10,
        body=json.dumps(
            [
                {"type": "rich_text", "value": "<h2>Why it matters</h2><p>Listen.</p>"},
                {
                    "type": "callout",
                    "value": {
                        "style": "remember",
                        "heading": "Stay curious",
                        "text": "<p>Ask open questions.</p>",
                    },
                },
            ]
        ),
    ).save_revision().publish()
    LessonPageFactory(
        parent=module,
        title="Signposting",
        estimated_minutes=5,
        body=json.dumps(
            [
                {
                    "type": "resource",
                    "value": {
                        "title": "Helplines handout",
                        "document": handout.pk,
                        "description": "Print it.",
                    },
                },
            ]
        ),
    ).save_revision().publish()
    category = QuestionCategory.objects.create(name="Listening")
    choice = single_choice(category, "Open question", right="What was that like?")
    safety = question_create(
        data={
            "type": "true_false",
            "name": "Psychosis is urgent",
            "text": "<p>Postpartum psychosis is a medical emergency.</p>",
            "safety_critical": True,
            "answers": [
                {"text": "True", "fraction": 1.0, "feedback": ""},
                {"text": "False", "fraction": 0.0, "feedback": ""},
            ],
        },
        category=category,
        lessons={},
    )
    essay = question_create(
        data={"type": "essay", "name": "Your approach", "text": "<p>Say how.</p>"},
        category=category,
        lessons={},
    )
    quiz_create(module, [choice, safety, essay], pass_mark=50)
    module.refresh_from_db()
    return module


def _zip(module) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(scorm_module_build(module)))


def _data(page: str) -> dict:
    found = re.search(
        r'<script id="course-data" type="application/json">(.*?)</script>', page, re.S
    )
    return json.loads(found.group(1))


def test_the_manifest_names_the_module_validates_and_lists_every_file(module, tmp_path):
    archive = _zip(module)
    archive.extractall(tmp_path)
    document = etree.parse(str(tmp_path / "imsmanifest.xml"))
    assert _schema(tmp_path).validate(document), _schema(tmp_path).error_log
    manifest = document.getroot()
    lom = manifest.find("cp:metadata/md:lom", NS)
    assert lom.findtext("md:general/md:title/md:langstring", namespaces=NS) == (
        module.title
    )
    assert lom.findtext("md:general/md:language", namespaces=NS) == "en-GB"
    version = lom.findtext("md:lifecycle/md:version/md:langstring", namespaces=NS)
    assert version and manifest.get("version") == version
    assert manifest.get("identifier") == f"alongside-module-{module.pk}-v{version}"
    assert len(manifest.findall(".//cp:resource", NS)) == 1
    listed = {node.get("href") for node in manifest.findall(".//cp:file", NS)}
    assert set(archive.namelist()) - listed == {"imsmanifest.xml", *SCHEMAS}
    assert "assets/player.js" in listed


def test_the_lessons_content_note_and_support_lines_are_inside(module):
    page = _zip(module).read("index.html").decode()
    assert "Listening first" in page and "Signposting" in page
    assert "Lesson 1 of 2" in page
    # The lesson's title is the h2, its own headings sit below it.
    assert "<h3>Why it matters</h3>" in page
    assert "Stay curious" in page
    assert "This module talks about birth trauma." in page
    assert "Module M4 · about 15 minutes" in page
    assert "Need support now?" in page and 'href="tel:116123"' in page


def test_the_handout_travels_inside_the_package(module, handout):
    files = scorm_module_files(module)
    page = files["index.html"].decode()
    found = re.search(r'<a download="" href="(assets/files/[^"]+)">Helplines', page)
    assert found, "the handout is not linked inside the package"
    assert files[found.group(1)] == b"%PDF-1.4 help"
    assert handout.file.url not in page


def test_the_quiz_is_the_check_with_its_pass_mark_and_must_pass_question(module):
    page = _zip(module).read("index.html").decode()
    data = _data(page)
    # The essay cannot be marked inside a package: two questions, not three.
    assert data["answers"] == [0, 0]
    assert data["passMark"] == 50
    assert data["neededRight"] == 1
    assert data["mustPass"] == [1]
    assert data["minimumSeconds"] == 0
    assert "Open question?" in page
    assert "Postpartum psychosis is a medical emergency." in page
    assert "Must be right" in page
    assert "Say how." not in page


def test_editing_a_lesson_gives_a_new_content_version(module):
    before = _data(_zip(module).read("index.html").decode())["version"]
    lesson = module.get_children().live().first().specific
    lesson.title = "Listening, first of all"
    lesson.save_revision().publish()
    after = _data(_zip(module).read("index.html").decode())["version"]
    assert int(after) > int(before)


def test_the_package_is_small_and_never_calls_back_to_alongside(module):
    package = scorm_module_build(module)
    assert len(package) <= 5 * 1024 * 1024
    archive = zipfile.ZipFile(io.BytesIO(package))
    site = re.escape(settings.WAGTAILADMIN_BASE_URL.split("://", 1)[1])
    for name in archive.namelist():
        if name.endswith((".xsd", ".pdf")):
            continue
        text = archive.read(name).decode()
        assert not re.search(rf"https?://{site}", text), name
        assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", text), name
        assert not re.search(r"""(?:src|href)=["']?/""", text), name
    assert scorm_module_build(module) == package  # the same version, the same bytes


# --- downloading it from the Wagtail admin ---


def _url(module) -> str:
    return reverse(URL_NAME, args=[module.pk])


def test_a_curriculum_editor_downloads_it_in_one_click_from_the_explorer(
    client, module, trainer
):
    client.force_login(trainer)
    explorer = client.get(
        reverse("wagtailadmin_explore", args=[module.get_parent().pk])
    )
    assert _url(module) in explorer.content.decode()
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))
    assert _url(module) in edit.content.decode()

    response = client.get(_url(module))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith(
        f'attachment; filename="{module.slug}-scorm12-v'
    )
    assert "imsmanifest.xml" in zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    warnings = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("“Your approach”" in m for m in warnings), warnings


def test_an_organisations_trainer_exports_its_own_module_but_not_others(
    client, module, roles
):
    other = OrganisationFactory(name="Other Side")
    lms_services.organisation_content_area_ensure(organisation=other)
    other.refresh_from_db()
    trainer = make_user(Role.TRAINER)
    other.members.add(trainer)
    trainer.groups.add(other.editors)
    programme = ProgrammePageFactory(parent=other.content_page)
    own = ModulePageFactory(parent=CoursePageFactory(parent=programme), title="Ours")
    LessonPageFactory(parent=own).save_revision().publish()

    client.force_login(trainer)
    assert client.get(_url(own)).status_code == 200
    # The shared curriculum's module is not theirs to edit, so not to export.
    response = client.get(_url(module))
    assert response.status_code == 302
    assert response["Content-Type"] != "application/zip"
    explorer = client.get(
        reverse("wagtailadmin_explore", args=[module.get_parent().pk])
    )
    assert _url(module) not in explorer.content.decode()


def test_people_who_cannot_edit_the_module_get_no_package(client, module, roles):
    for user in (make_user(Role.ORGANISATION_ADMIN), make_user(Role.TRAINER)):
        client.force_login(user)
        response = client.get(_url(module))
        assert response.status_code == 302
        assert response["Content-Type"] != "application/zip"
    for user in (make_user(Role.TRAINEE), make_user(Role.TEAM_LEAD)):
        client.force_login(user)
        response = client.get(_url(module))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    client.logout()
    response = client.get(_url(module))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_an_unpublished_module_asks_to_be_published_first(client, module, trainer):
    module.unpublish()
    client.force_login(trainer)
    response = client.get(_url(module), follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "wagtailadmin_pages:edit", args=[module.pk]
    )
    assert "published module" in response.content.decode()


def test_a_lesson_is_not_a_module(client, module, trainer):
    client.force_login(trainer)
    lesson = module.get_children().first()
    assert client.get(reverse(URL_NAME, args=[lesson.pk])).status_code == 404
