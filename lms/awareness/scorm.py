"""The awareness course as a SCORM 1.2 package, for the NHS Learning Hub and ESR.

A single-SCO zip that works offline: ``imsmanifest.xml`` with the ADL schemas beside
it, one accessible HTML page with the sections as steps, the NHS.UK styles, the
support lines, and our own small script that talks to the LMS's SCORM 1.2 API
(``lms/awareness/scorm_assets/course.js``). Pure rendering: no database writes.
"""

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from wagtail.rich_text import expand_db_html

from courses.selectors import support_signposts

from . import selectors
from .models import SECTION_CAP_FACTOR, AwarenessCoursePage

HERE = Path(__file__).resolve().parent
SCHEMA_DIR = HERE / "scorm_schemas"
ASSET_DIR = HERE / "scorm_assets"
# The ADL SCORM 1.2 schemas, at the zip's root as SCORM packages usually ship them.
SCHEMA_FILES = (
    "imscp_rootv1p1p2.xsd",
    "adlcp_rootv1p2.xsd",
    "imsmd_rootv1p2p1.xsd",
    "ims_xml.xsd",
)
NHSUK_CSS = "wagtailnhsukfrontend/css/nhsuk-frontend-10.4.2.min.css"
ALONGSIDE_CSS = "lms/alongside.css"
LANGUAGE = "en-GB"
# A fixed timestamp for every zip entry, so the same course gives the same bytes.
ZIP_DATE = (2020, 1, 1, 0, 0, 0)

IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
IMSMD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"

# NHS.UK frontend fetches its Frutiger web fonts from assets.nhs.uk; the package must
# make no calls to any server, so those rules go and the font stack falls back to Arial.
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")


@dataclass(frozen=True)
class ScormPackage:
    """A built package: its file name and the zip's bytes."""

    filename: str
    content: bytes


def scorm_content_version(course: AwarenessCoursePage) -> str:
    """The course's content version: the revision that is live (or the latest)."""
    revision_id = course.live_revision_id or course.latest_revision_id
    return str(revision_id or 0)


def _offline_css(path: str) -> str:
    found = finders.find(path)
    if not found:
        raise FileNotFoundError(path)
    css = Path(found).read_text(encoding="utf-8")
    return _FONT_FACE.sub("", css)


def _own_site(url: str) -> bool:
    host = urlsplit(url).hostname
    return bool(host) and host == urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname


def _offline_html(html: str) -> str:
    """Rich text made fit for the package: headings one level down (the section
    title is the h2) and links to Alongside's own pages and documents kept as plain
    text, since the package has no server to follow them to."""
    soup = BeautifulSoup(expand_db_html(html), "html.parser")
    for level in (3, 2):
        for heading in soup.find_all(f"h{level}"):
            heading.name = f"h{level + 1}"
    for link in soup.find_all("a"):
        href = link.get("href", "")
        external = href.startswith(("https://", "http://")) and not _own_site(href)
        if external or href.startswith(("mailto:", "tel:")):
            continue
        link.unwrap()
    return str(soup)


def _course_data(course: AwarenessCoursePage, version: str) -> dict:
    """What the package's script needs: timing, the pass mark and the answers.

    SCORM has no server to mark on, so the right answers necessarily travel in the
    package, as in every SCORM course.
    """
    questions = list(course.knowledge_check)
    return {
        "version": version,
        "title": course.title,
        "sectionCount": len(course.sections),
        "sectionCaps": [
            int(block.value["minutes"] or 0) * 60 * SECTION_CAP_FACTOR
            for block in course.sections
        ],
        "sectionMinutes": [
            int(block.value["minutes"] or 0) for block in course.sections
        ],
        "minimumSeconds": course.minimum_minutes * 60,
        "minimumMinutes": course.minimum_minutes,
        "totalMinutes": course.total_minutes,
        "passMark": course.check_pass_mark,
        "neededRight": selectors.check_needed_right(course=course),
        "answers": [
            next(
                index
                for index, option in enumerate(block.value["options"])
                if option["correct"]
            )
            for block in questions
        ],
        "explanations": [block.value["explanation"] or "" for block in questions],
        "answerTexts": [
            next(o["text"] for o in block.value["options"] if o["correct"])
            for block in questions
        ],
    }


def _index_html(course: AwarenessCoursePage, version: str) -> str:
    sections = [
        {
            "number": number,
            "title": block.value["title"],
            "minutes": block.value["minutes"],
            "content": _offline_html(block.value["content"].source),
        }
        for number, block in enumerate(course.sections, start=1)
    ]
    questions = [
        {
            "number": number,
            "question": block.value["question"],
            "options": [option["text"] for option in block.value["options"]],
        }
        for number, block in enumerate(course.knowledge_check, start=1)
    ]
    return render_to_string(
        "awareness/scorm/index.html",
        {
            "course": course,
            "intro": _offline_html(course.intro) if course.intro else "",
            "outcomes": [block.value for block in course.learning_outcomes],
            "sections": sections,
            "questions": questions,
            "steps": len(sections) + (1 if questions else 0),
            "needed_right": selectors.check_needed_right(course=course),
            "course_data": _course_data(course, version),
            "signposts": support_signposts(""),
            "version": version,
        },
    )


def _manifest(course: AwarenessCoursePage, version: str, files: list[str]) -> bytes:
    """``imsmanifest.xml``: one organisation, one item, one SCO listing every file."""
    ET.register_namespace("", IMSCP)
    ET.register_namespace("adlcp", ADLCP)
    ET.register_namespace("imsmd", IMSMD)
    ET.register_namespace("xsi", XSI)

    def cp(tag: str) -> str:
        return f"{{{IMSCP}}}{tag}"

    def md(tag: str) -> str:
        return f"{{{IMSMD}}}{tag}"

    def langstring(parent: ET.Element, text: str) -> None:
        element = ET.SubElement(parent, md("langstring"))
        element.set(f"{{{XML_NS}}}lang", LANGUAGE)
        element.text = text

    identifier = f"alongside-awareness-{course.pk}-v{version}"
    manifest = ET.Element(
        cp("manifest"),
        {
            "identifier": identifier,
            "version": version,
            f"{{{XSI}}}schemaLocation": (
                f"{IMSCP} imscp_rootv1p1p2.xsd "
                f"{IMSMD} imsmd_rootv1p2p1.xsd "
                f"{ADLCP} adlcp_rootv1p2.xsd"
            ),
        },
    )
    metadata = ET.SubElement(manifest, cp("metadata"))
    ET.SubElement(metadata, cp("schema")).text = "ADL SCORM"
    ET.SubElement(metadata, cp("schemaversion")).text = "1.2"
    lom = ET.SubElement(metadata, md("lom"))
    general = ET.SubElement(lom, md("general"))
    langstring(ET.SubElement(general, md("title")), course.title)
    ET.SubElement(general, md("language")).text = LANGUAGE
    langstring(ET.SubElement(general, md("description")), course.summary)
    lifecycle = ET.SubElement(lom, md("lifecycle"))
    langstring(ET.SubElement(lifecycle, md("version")), version)

    organizations = ET.SubElement(manifest, cp("organizations"), default="alongside")
    organization = ET.SubElement(
        organizations, cp("organization"), identifier="alongside"
    )
    ET.SubElement(organization, cp("title")).text = course.title
    # No adlcp:masteryscore: an LMS may then mark "passed" on the score alone, which
    # would skip the course's minimum-time rule; the package decides instead.
    item = ET.SubElement(
        organization,
        cp("item"),
        identifier="course",
        identifierref="course-sco",
        isvisible="true",
    )
    ET.SubElement(item, cp("title")).text = course.title

    resources = ET.SubElement(manifest, cp("resources"))
    resource = ET.SubElement(
        resources,
        cp("resource"),
        {
            "identifier": "course-sco",
            "type": "webcontent",
            f"{{{ADLCP}}}scormtype": "sco",
            "href": "index.html",
        },
    )
    for name in files:
        ET.SubElement(resource, cp("file"), href=name)
    ET.indent(manifest)
    return ET.tostring(manifest, encoding="utf-8", xml_declaration=True)


def scorm_package_files(course: AwarenessCoursePage) -> dict[str, bytes]:
    """Every file of the package by its path in the zip, the manifest first."""
    version = scorm_content_version(course)
    content = {
        "index.html": _index_html(course, version).encode(),
        "assets/nhsuk.css": _offline_css(NHSUK_CSS).encode(),
        "assets/alongside.css": _offline_css(ALONGSIDE_CSS).encode(),
        "assets/package.css": (ASSET_DIR / "package.css").read_bytes(),
        "assets/course.js": (ASSET_DIR / "course.js").read_bytes(),
    }
    files = {"imsmanifest.xml": _manifest(course, version, list(content))}
    files.update({name: (SCHEMA_DIR / name).read_bytes() for name in SCHEMA_FILES})
    files.update(content)
    return files


def scorm_package_build(course: AwarenessCoursePage) -> bytes:
    """The course as a SCORM 1.2 zip (the same course always gives the same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in scorm_package_files(course).items():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def scorm_package(course: AwarenessCoursePage) -> ScormPackage:
    """The package with a file name that says which course and version it is."""
    version = scorm_content_version(course)
    stamp = timezone.localdate().isoformat()
    return ScormPackage(
        filename=f"{slugify(course.slug)}-scorm12-v{version}-{stamp}.zip",
        content=scorm_package_build(course),
    )
