"""SCORM 1.2 packages, for the NHS Learning Hub, ESR and any other LMS.

What every export shares: a single-SCO zip that works offline, with
``imsmanifest.xml`` and the ADL schemas beside it, one accessible HTML page showing
the parts one step at a time (``lms/templates/scorm/index.html``), the NHS.UK styles,
the support lines, and our own small script that talks to the LMS's SCORM 1.2 API
(``lms/scorm_assets/player.js``). The awareness course (``lms/awareness/scorm.py``)
and programme modules (``lms/module_scorm.py``) say what goes in; this module builds
it. Pure rendering: no database writes.
"""

import io
import math
import mimetypes
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree as ET

from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.rich_text import expand_db_html

from courses.selectors import support_signposts

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
# A fixed timestamp for every zip entry, so the same content gives the same bytes.
ZIP_DATE = (2020, 1, 1, 0, 0, 0)
# The NHS Learning Hub takes packages of up to 5 MB; images and handouts go in only
# while they fit, with room left for the page, styles and schemas (about 200 KB).
MAX_PACKAGE_BYTES = 5 * 1024 * 1024
MEDIA_BUDGET_BYTES = 4 * 1024 * 1024

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


@dataclass(frozen=True)
class Part:
    """One step of the package: a section of the course or a lesson of a module."""

    title: str
    minutes: int
    content: str  # offline HTML


@dataclass(frozen=True)
class CheckQuestion:
    """A knowledge-check question with one right option, marked in the package."""

    question: str
    options: list[str]
    answer: int  # the index of the right option
    explanation: str = ""
    must_pass: bool = False  # answering it wrongly fails the check, whatever the total


@dataclass
class Content:
    """What goes into a package; the awareness course and modules fill it in."""

    identifier: str  # unique and stable for the course or module, without the version
    title: str
    summary: str
    version: str
    caption: str
    noun: str  # "course" or "module", in the learner's instructions
    part_noun: str  # "section" or "lesson"
    parts: list[Part]
    questions: list[CheckQuestion] = field(default_factory=list)
    pass_mark: int = 100
    minimum_minutes: int = 0
    # Seconds counted on a part stop at its minutes times this (the course's cap).
    cap_factor: int = 2
    intro: str = ""  # offline HTML
    outcomes: list[str] = field(default_factory=list)
    content_note: str = ""
    # Images and handouts from the media store, by their path in the zip.
    media: dict[str, bytes] = field(default_factory=dict)

    @property
    def total_minutes(self) -> int:
        return sum(part.minutes for part in self.parts)

    @property
    def has_must_pass(self) -> bool:
        return any(question.must_pass for question in self.questions)

    @property
    def needed_right(self) -> int:
        return math.ceil(self.pass_mark * len(self.questions) / 100)


def offline_css(path: str) -> str:
    """A static stylesheet without its web fonts."""
    found = finders.find(path)
    if not found:
        raise FileNotFoundError(path)
    css = Path(found).read_text(encoding="utf-8")
    return _FONT_FACE.sub("", css)


def _own_site(url: str) -> bool:
    host = urlsplit(url).hostname
    return bool(host) and host == urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname


class MediaCollector:
    """Copies the images and handouts a page uses into the package while they fit
    the budget; what does not fit is left out and said so on the page."""

    def __init__(self, budget: int = MEDIA_BUDGET_BYTES) -> None:
        self.budget = budget
        self.files: dict[str, bytes] = {}
        self._by_url: dict[str, str | None] = {}

    def _storage_name(self, url: str) -> str | None:
        """Where the file is in the media store: images are linked there directly,
        documents through Wagtail's serve view (``/documents/<id>/<name>``)."""
        if urlsplit(url).netloc and not _own_site(url):
            return None
        path = unquote(urlsplit(url).path)
        media_url = urlsplit(settings.MEDIA_URL).path
        if path.startswith(media_url):
            return path.removeprefix(media_url)
        try:
            match = resolve(path)
        except Resolver404:
            return None
        if match.url_name == "wagtaildocs_serve":
            # Wagtail's pattern is r"^(\d+)/(.*)$": the document's id comes first.
            document_id = match.kwargs.get("document_id") or match.args[0]
            document = get_document_model().objects.filter(pk=document_id).first()
            return document.file.name if document else None
        return None

    def add(self, url: str, folder: str) -> str | None:
        """The file's path in the zip, or None when it is not ours or does not fit."""
        if url in self._by_url:
            return self._by_url[url]
        found = None
        name = self._storage_name(url)
        if name and default_storage.exists(name):
            size = default_storage.size(name)
            used = sum(len(data) for data in self.files.values())
            if used + size <= self.budget:
                with default_storage.open(name, "rb") as handle:
                    data = handle.read()
                base = posixpath.basename(name)
                found = f"assets/{folder}/{len(self.files) + 1}-{base}"
                self.files[found] = data
        self._by_url[url] = found
        return found


def offline_html(
    html: str, *, media: MediaCollector | None = None, shift_headings: bool = True
) -> str:
    """HTML made fit for the package.

    Headings one level down when ``shift_headings`` (the part's title is the h2);
    images and handouts copied in when ``media`` has room, or said to be left out;
    audio and video players dropped (too large to carry; their transcripts stay);
    links to Alongside's own pages kept as plain text, since the package has no
    server to follow them to.
    """
    soup = BeautifulSoup(expand_db_html(html), "html.parser")
    if shift_headings:
        for level in (5, 4, 3, 2):
            for heading in soup.find_all(f"h{level}"):
                heading.name = f"h{level + 1}"
    for player in soup.find_all(["audio", "video"]):
        note = soup.new_tag("p", attrs={"class": "nhsuk-body-s"})
        note.string = (
            "The recording is not part of this package; its transcript is below."
        )
        player.replace_with(note)
    for image in soup.find_all("img"):
        src = image.get("src", "")
        local = media.add(src, "images") if media else None
        if local:
            image["src"] = local
            image.attrs.pop("srcset", None)
        else:
            text = soup.new_tag("p", attrs={"class": "nhsuk-body-s"})
            text.string = f"[Image: {image.get('alt', '')}]"
            image.replace_with(text)
    for link in soup.find_all("a"):
        href = link.get("href", "")
        external = href.startswith(("https://", "http://")) and not _own_site(href)
        if external or href.startswith(("mailto:", "tel:", "#")):
            continue
        local = media.add(href, "files") if media and href else None
        if local:
            link["href"] = local
            link["download"] = ""
            continue
        link.unwrap()
    return str(soup)


def _player_data(content: Content) -> dict:
    """What the package's script needs: timing, the pass mark and the answers.

    SCORM has no server to mark on, so the right answers necessarily travel in the
    package's data, as in every SCORM course; the page shows them only once the
    check is passed.
    """
    questions = content.questions
    return {
        "version": content.version,
        "title": content.title,
        "noun": content.noun,
        "partNoun": content.part_noun,
        "sectionCount": len(content.parts),
        "sectionCaps": [
            part.minutes * 60 * content.cap_factor for part in content.parts
        ],
        "sectionMinutes": [part.minutes for part in content.parts],
        "minimumSeconds": content.minimum_minutes * 60,
        "minimumMinutes": content.minimum_minutes,
        "totalMinutes": content.total_minutes,
        "passMark": content.pass_mark,
        "neededRight": content.needed_right,
        "answers": [question.answer for question in questions],
        "mustPass": [i for i, question in enumerate(questions) if question.must_pass],
        "explanations": [question.explanation for question in questions],
        "answerTexts": [question.options[question.answer] for question in questions],
    }


def _index_html(content: Content) -> str:
    parts = [
        {"number": number, "title": p.title, "minutes": p.minutes, "content": p.content}
        for number, p in enumerate(content.parts, start=1)
    ]
    questions = [
        {
            "number": number,
            "question": q.question,
            "options": q.options,
            "must_pass": q.must_pass,
        }
        for number, q in enumerate(content.questions, start=1)
    ]
    return render_to_string(
        "scorm/index.html",
        {
            "content": content,
            "sections": parts,
            "questions": questions,
            "steps": len(parts) + (1 if questions else 0),
            "player_data": _player_data(content),
            "signposts": support_signposts(""),
        },
    )


def manifest_xml(content: Content, files: list[str]) -> bytes:
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

    version = content.version
    manifest = ET.Element(
        cp("manifest"),
        {
            "identifier": f"{content.identifier}-v{version}",
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
    langstring(ET.SubElement(general, md("title")), content.title)
    ET.SubElement(general, md("language")).text = LANGUAGE
    langstring(ET.SubElement(general, md("description")), content.summary)
    lifecycle = ET.SubElement(lom, md("lifecycle"))
    langstring(ET.SubElement(lifecycle, md("version")), version)

    organizations = ET.SubElement(manifest, cp("organizations"), default="alongside")
    organization = ET.SubElement(
        organizations, cp("organization"), identifier="alongside"
    )
    ET.SubElement(organization, cp("title")).text = content.title
    # No adlcp:masteryscore: an LMS may then mark "passed" on the score alone, which
    # would skip the course's minimum-time rule and the must-pass questions; the
    # package decides instead.
    item = ET.SubElement(
        organization,
        cp("item"),
        identifier="course",
        identifierref="course-sco",
        isvisible="true",
    )
    ET.SubElement(item, cp("title")).text = content.title

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


def package_files(content: Content) -> dict[str, bytes]:
    """Every file of the package by its path in the zip, the manifest first."""
    files_in_page = {
        "index.html": _index_html(content).encode(),
        "assets/nhsuk.css": offline_css(NHSUK_CSS).encode(),
        "assets/alongside.css": offline_css(ALONGSIDE_CSS).encode(),
        "assets/package.css": (ASSET_DIR / "package.css").read_bytes(),
        "assets/player.js": (ASSET_DIR / "player.js").read_bytes(),
        **content.media,
    }
    files = {"imsmanifest.xml": manifest_xml(content, list(files_in_page))}
    files.update({name: (SCHEMA_DIR / name).read_bytes() for name in SCHEMA_FILES})
    files.update(files_in_page)
    return files


def zip_build(files: dict[str, bytes]) -> bytes:
    """The files as a zip (the same files always give the same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            # Images and PDFs are compressed already.
            kind = mimetypes.guess_type(name)[0] or ""
            packed = kind.startswith("image/") and not kind.endswith("svg+xml")
            info.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def package_named(slug: str, version: str, content: bytes) -> ScormPackage:
    """The zip with a file name that says what it is, which version and when."""
    stamp = timezone.localdate().isoformat()
    return ScormPackage(
        filename=f"{slugify(slug)}-scorm12-v{version}-{stamp}.zip", content=content
    )
