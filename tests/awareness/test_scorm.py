"""The awareness course exported as a SCORM 1.2 package for the NHS Learning Hub.

The zip is checked as an LMS would take it in: the manifest validates against the ADL
SCORM 1.2 schemas shipped inside it, names every file it needs, and the package makes
no calls back to Alongside. Downloading it is for people who may edit the course.
"""

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from lxml import etree
from wagtail.rich_text import RichText

from lms.awareness.scorm import scorm_package_build
from lms.roles import Role
from lms.services import user_add_role
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

NS = {
    "cp": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
    "md": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
}
SCORMTYPE = f"{{{NS['adlcp']}}}scormtype"
SCHEMAS = [
    "imscp_rootv1p1p2.xsd",
    "adlcp_rootv1p2.xsd",
    "imsmd_rootv1p2p1.xsd",
    "ims_xml.xsd",
]


def _zip(course) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(scorm_package_build(course)))


def _manifest(archive: zipfile.ZipFile):
    return etree.fromstring(archive.read("imsmanifest.xml"))


class _Libxml2Resolver(etree.Resolver):
    """Read two of the shipped schemas with the smallest change libxml2 needs.

    The 2001 IMS schemas break two rules that libxml2 enforces and older validators
    did not: ``ims_xml.xsd`` declares the ``xml`` namespace as its default ("xml
    namespace URI cannot be the default namespace"), and the metadata schema's
    extension slot accepts ``##any`` namespace after optional elements of its own
    ("content model is not deterministic"). Dropping the unused default and letting
    the slot take ``##other`` namespaces keeps every element and type as published.
    """

    FIXES = {
        "ims_xml.xsd": ('xmlns="http://www.w3.org/XML/1998/namespace"', ""),
        "imsmd_rootv1p2p1.xsd": (
            '<xsd:any namespace="##any"',
            '<xsd:any namespace="##other"',
        ),
    }

    def resolve(self, system_url, public_id, context):
        name = system_url.rsplit("/", 1)[-1]
        if name not in self.FIXES:
            return None
        text = Path(system_url.removeprefix("file://")).read_text()
        old, new = self.FIXES[name]
        assert old in text, f"{name} is not the published schema"
        return self.resolve_string(text.replace(old, new), context)


def _schema(folder: Path) -> etree.XMLSchema:
    """The three SCORM 1.2 namespaces at once: the content-packaging schema checks
    its metadata and attributes from the other two strictly."""
    imports = "".join(
        f'<xsd:import namespace="{namespace}" '
        f'schemaLocation="{(folder / name).as_uri()}"/>'
        for namespace, name in (
            (NS["cp"], "imscp_rootv1p1p2.xsd"),
            (NS["adlcp"], "adlcp_rootv1p2.xsd"),
            (NS["md"], "imsmd_rootv1p2p1.xsd"),
        )
    )
    wrapper = (
        '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">'
        + imports
        + "</xsd:schema>"
    )
    parser = etree.XMLParser()
    parser.resolvers.add(_Libxml2Resolver())
    return etree.XMLSchema(etree.fromstring(wrapper.encode(), parser))


def test_the_package_holds_the_manifest_schemas_page_styles_and_script(course):
    names = set(_zip(course).namelist())
    assert names == {
        "imsmanifest.xml",
        *SCHEMAS,
        "index.html",
        "assets/nhsuk.css",
        "assets/alongside.css",
        "assets/package.css",
        "assets/player.js",
    }


def test_the_manifest_validates_against_the_shipped_adl_schemas(course, tmp_path):
    archive = _zip(course)
    archive.extractall(tmp_path)
    schema = _schema(tmp_path)
    document = etree.parse(str(tmp_path / "imsmanifest.xml"))
    assert schema.validate(document), schema.error_log


def test_the_validation_would_catch_a_broken_manifest(course, tmp_path):
    """The schema check above can fail: a resource without its SCORM type is refused."""
    archive = _zip(course)
    archive.extractall(tmp_path)
    document = etree.parse(str(tmp_path / "imsmanifest.xml"))
    resource = document.find(".//cp:resource", NS)
    resource.set(SCORMTYPE, "lesson")
    assert not _schema(tmp_path).validate(document)


def test_the_manifest_names_the_course_its_version_and_language(course):
    course.refresh_from_db()
    manifest = _manifest(_zip(course))
    version = str(course.live_revision_id)
    assert manifest.findtext("cp:metadata/cp:schema", namespaces=NS) == "ADL SCORM"
    assert manifest.findtext("cp:metadata/cp:schemaversion", namespaces=NS) == "1.2"
    lom = manifest.find("cp:metadata/md:lom", NS)
    assert lom.findtext("md:general/md:language", namespaces=NS) == "en-GB"
    assert (
        lom.findtext("md:general/md:title/md:langstring", namespaces=NS) == course.title
    )
    assert (
        lom.findtext("md:lifecycle/md:version/md:langstring", namespaces=NS) == version
    )
    assert manifest.get("version") == version
    organisations = manifest.findall("cp:organizations/cp:organization", NS)
    assert len(organisations) == 1
    assert organisations[0].findtext("cp:title", namespaces=NS) == course.title
    items = organisations[0].findall("cp:item", NS)
    assert len(items) == 1
    resources = manifest.findall("cp:resources/cp:resource", NS)
    assert len(resources) == 1
    assert items[0].get("identifierref") == resources[0].get("identifier")
    assert resources[0].get(SCORMTYPE) == "sco"
    assert resources[0].get("href") == "index.html"
    # No mastery score: an LMS would pass on the score alone, minimum time or not.
    assert manifest.find(".//adlcp:masteryscore", NS) is None


def test_every_file_the_manifest_lists_is_in_the_zip_and_every_page_file_is_listed(
    course,
):
    archive = _zip(course)
    listed = {
        node.get("href")
        for node in _manifest(archive).findall(".//cp:resource/cp:file", NS)
    }
    names = set(archive.namelist())
    assert "index.html" in listed
    assert listed <= names
    assert names - listed == {"imsmanifest.xml", *SCHEMAS}
    # And every file the page loads is in the package.
    page = archive.read("index.html").decode()
    loaded = set(re.findall(r'(?:href|src)="(assets/[^"]+)"', page))
    assert loaded and loaded <= listed


def test_the_package_is_small_and_never_calls_back_to_alongside(course, signpost):
    package = scorm_package_build(course)
    assert len(package) <= 5 * 1024 * 1024
    archive = zipfile.ZipFile(io.BytesIO(package))
    site = re.escape(settings.WAGTAILADMIN_BASE_URL.split("://", 1)[1])
    for name in archive.namelist():
        if name.endswith(".xsd"):
            continue  # the published schemas name their standards bodies' sites
        text = archive.read(name).decode()
        assert not re.search(rf"https?://{site}", text), name
        # No web fonts or stylesheets from any server: it works offline.
        assert "assets.nhs.uk" not in text, name
        assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", text), name
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", text), name


def test_the_page_has_every_section_the_check_and_the_support_lines(course, signpost):
    page = _zip(course).read("index.html").decode()
    for block in course.sections:
        assert block.value["title"].replace("'", "&#x27;") in page
    for block in course.knowledge_check:
        assert block.value["question"].replace("'", "&#x27;") in page
    assert "Need support now?" in page
    assert "Samaritans" in page and 'href="tel:116123"' in page
    # Speaker notes are for the presenter of a live session only.
    notes = course.sections[0].value["speaker_notes"]
    assert notes and notes not in page


def test_the_script_gets_the_timing_rule_and_the_answers(course):
    page = _zip(course).read("index.html").decode()
    found = re.search(
        r'<script id="course-data" type="application/json">(.*?)</script>', page, re.S
    )
    data = json.loads(found.group(1))
    assert data["minimumSeconds"] == course.minimum_minutes * 60
    assert data["sectionCount"] == len(course.sections)
    assert data["passMark"] == course.check_pass_mark
    assert data["answers"] == [
        next(i for i, o in enumerate(b.value["options"]) if o["correct"])
        for b in course.knowledge_check
    ]


def test_links_to_alongside_pages_become_plain_text(course, home):
    course.sections[0].value["content"] = RichText(
        f'<p>See <a linktype="page" id="{home.pk}">our home page</a> and '
        '<a href="https://www.nhs.uk/mental-health/">NHS mental health</a>.</p>'
        "<h2>A heading</h2>"
    )
    course.save_revision().publish()
    page = _zip(course).read("index.html").decode()
    assert "See our home page and" in page
    assert '<a href="https://www.nhs.uk/mental-health/">NHS mental health</a>' in page
    # The section's title is the h2; its own headings sit below it.
    assert "<h3>A heading</h3>" in page


def test_the_same_course_gives_the_same_zip(course):
    assert scorm_package_build(course) == scorm_package_build(course)


# --- downloading it from the Wagtail admin ---


def _export_url(course) -> str:
    return reverse("awareness_scorm_export", args=[course.pk])


def _curriculum_editor():
    """Who may edit the awareness course: the shared curriculum's editors."""
    editor = make_user(Role.TRAINER)
    user_add_role(user=editor, role=Role.CURRICULUM_EDITOR)
    return editor


def test_a_curriculum_editor_downloads_the_package_from_the_course_in_the_admin(
    client, course, roles
):
    client.force_login(_curriculum_editor())
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert _export_url(course) in edit.content.decode()
    assert "Download as SCORM 1.2" in edit.content.decode()

    response = client.get(_export_url(course))
    course.refresh_from_db()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert f"v{course.live_revision_id}" in response["Content-Disposition"]
    assert "imsmanifest.xml" in zipfile.ZipFile(io.BytesIO(response.content)).namelist()


def test_people_who_cannot_edit_the_course_get_no_package(client, course, roles):
    # In the admin, but edit no pages, or only their own organisation's.
    for user in (make_user(Role.ORGANISATION_ADMIN), make_user(Role.TRAINER)):
        client.force_login(user)
        response = client.get(_export_url(course))
        assert response.status_code == 302
        assert response["Content-Type"] != "application/zip"
    org_admin = make_user(Role.ORGANISATION_ADMIN)
    client.force_login(org_admin)
    explorer = client.get(
        reverse("wagtailadmin_explore", args=[course.get_parent().pk])
    )
    assert _export_url(course) not in explorer.content.decode()

    for user in (make_user(Role.TRAINEE), make_user(Role.TEAM_LEAD)):
        client.force_login(user)
        response = client.get(_export_url(course))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))

    client.logout()
    assert client.get(_export_url(course)).status_code == 302


def test_an_unpublished_course_asks_to_be_published_first(client, course, roles):
    course.unpublish()
    client.force_login(_curriculum_editor())
    response = client.get(_export_url(course), follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "wagtailadmin_pages:edit", args=[course.pk]
    )
    assert "Publish" in response.content.decode()
    assert "published course" in response.content.decode()


def test_another_page_type_is_not_found(client, home, roles):
    client.force_login(make_user(Role.TRAINER))
    response = client.get(reverse("awareness_scorm_export", args=[home.pk]))
    assert response.status_code == 404
