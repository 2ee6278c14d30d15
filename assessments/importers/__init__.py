"""Question importers: Moodle GIFT and Moodle XML into the question bank's dicts.

The parsers are pure: they turn text into interchange dicts (the form that
``Question.fields_from_dict`` reads and ``Question.to_dict`` writes) and never touch
the database. ``service.questions_import`` validates and saves them.
"""

import html
import re
from dataclasses import dataclass, field

from django.utils.html import escape, strip_tags
from django.utils.translation import gettext_lazy as _

# Moodle's text formats, by the names GIFT uses in its [format] prefixes.
HTML, MOODLE, PLAIN, MARKDOWN = "html", "moodle", "plain", "markdown"
TEXT_FORMATS = (HTML, MOODLE, PLAIN, MARKDOWN)

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
NAME_LENGTH = 255
DERIVED_NAME_LENGTH = 60


@dataclass(frozen=True)
class ImportProblem:
    """Something wrong with (or left out of) one question in an import file."""

    line: int | None
    name: str
    message: str

    def __str__(self) -> str:
        where = _("Line %(line)s") % {"line": self.line} if self.line else ""
        if self.name:
            where = f"{where}, “{self.name}”" if where else f"“{self.name}”"
        return f"{where}: {self.message}" if where else str(self.message)


@dataclass
class ParseResult:
    """What a parser found: question dicts, errors, and notes on what was skipped."""

    items: list[dict] = field(default_factory=list)
    errors: list[ImportProblem] = field(default_factory=list)
    notes: list[ImportProblem] = field(default_factory=list)


class UnreadableFile(ValueError):
    """The uploaded file is empty, too big or not UTF-8 text."""


def decode_upload(data: bytes, *, max_bytes: int | None = MAX_UPLOAD_BYTES) -> str:
    """The text of an import file, or UnreadableFile with a message for the user."""
    if max_bytes is not None and len(data) > max_bytes:
        raise UnreadableFile(
            _("The file is %(size)s; the most you can import at once is %(limit)s.")
            % {"size": _megabytes(len(data)), "limit": _megabytes(max_bytes)}
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            _(
                "The file is not UTF-8 text (the first unreadable byte is at position "
                "%(position)s). Save it as UTF-8 from your editor or from Moodle, then "
                "try again."
            )
            % {"position": error.start}
        ) from error
    if not text.strip():
        raise UnreadableFile(_("The file is empty."))
    if "\x00" in text:
        raise UnreadableFile(
            _("The file holds binary data, not text. Choose a GIFT or Moodle XML file.")
        )
    return text


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


# --- text formats ---------------------------------------------------------------

_BLOCK_TAG = re.compile(r"<(p|div|ul|ol|li|h[1-6]|table|blockquote|pre)\b", re.I)
_BREAK_TAG = re.compile(r"<br\s*/?>|</(p|div|li|h[1-6]|tr)>", re.I)
_BLOCK_KEY = re.compile(r'\sdata-block-key="[^"]*"')
_EMPTY_PARAGRAPH = re.compile(r"<p>\s*</p>")


def plain_text(text: str, text_format: str = MOODLE, *, one_line: bool = False) -> str:
    """Text for a plain field (an option, a prompt, feedback) from any Moodle format."""
    if text_format in (HTML, MOODLE) and ("<" in text or "&" in text):
        text = html.unescape(strip_tags(_BREAK_TAG.sub("\n", text)))
    if one_line:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def rich_text(text: str, text_format: str = MOODLE) -> str:
    """HTML for a rich text field, limited to what the editor allows.

    Moodle text can hold any HTML, but the question bank renders rich text as it is
    stored, so imported HTML goes through the same conversion as text saved from the
    editor: unsupported tags, scripts and unsafe links are dropped.
    """
    text = text.strip()
    if not text:
        return ""
    if text_format == PLAIN:
        source = _paragraphs(escape(text))
    elif text_format == MARKDOWN:
        source = _markdown(text)
    elif text_format == MOODLE and not _BLOCK_TAG.search(text):
        source = _paragraphs(text)
    else:
        source = text
    return _editor_html(source)


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    return "".join("<p>" + "<br/>".join(b.splitlines()) + "</p>" for b in blocks)


def _editor_html(source: str) -> str:
    # Imported here so the module loads without Wagtail's admin being ready.
    from bs4 import BeautifulSoup
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    from courses.blocks import RICH_TEXT_FEATURES

    # Moodle HTML is often loose (<img> without "/>", unclosed <p>); the editor's
    # converter needs it well formed.
    soup = BeautifulSoup(source, "html.parser")
    for element in soup(["script", "style"]):
        element.decompose()
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    try:
        result = converter.to_database_format(converter.from_database_format(str(soup)))
    except (AssertionError, KeyError, IndexError, ValueError):
        # HTML the converter cannot follow keeps its words, as plain paragraphs.
        result = _paragraphs(escape(soup.get_text("\n")))
    # Block keys are random; without them the same file always gives the same HTML.
    result = _EMPTY_PARAGRAPH.sub("", _BLOCK_KEY.sub("", result))
    return result if strip_tags(result).strip() else ""


_MD_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^\s)]+|mailto:[^\s)]+)\)")
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ITALIC = re.compile(r"(\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_MD_NUMBER = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")


def _markdown(text: str) -> str:
    """The common part of Markdown: paragraphs, headings, lists, bold, italic, links."""
    out: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    list_tag = ""

    def end_paragraph():
        if paragraph:
            out.append(f"<p>{_markdown_inline(' '.join(paragraph))}</p>")
            paragraph.clear()

    def end_list():
        if items:
            entries = "".join(f"<li>{_markdown_inline(item)}</li>" for item in items)
            out.append(f"<{list_tag}>{entries}</{list_tag}>")
            items.clear()

    for line in text.splitlines():
        heading = _MD_HEADING.match(line.strip())
        entry = _MD_BULLET.match(line) or _MD_NUMBER.match(line)
        if not line.strip() or heading:
            end_paragraph()
            end_list()
            if heading:
                tag = "h2" if len(heading.group(1)) <= 2 else "h3"
                out.append(f"<{tag}>{_markdown_inline(heading.group(2))}</{tag}>")
        elif entry:
            # In Markdown a list can follow a paragraph line directly.
            end_paragraph()
            tag = "ul" if entry.re is _MD_BULLET else "ol"
            if tag != list_tag:
                end_list()
                list_tag = tag
            items.append(entry.group(1))
        else:
            end_list()
            paragraph.append(line.strip())
    end_paragraph()
    end_list()
    return "".join(out)


def _markdown_inline(text: str) -> str:
    text = escape(text)
    text = _MD_LINK.sub(r'<a href="\2">\1</a>', text)
    text = _MD_BOLD.sub(r"<b>\2</b>", text)
    return _MD_ITALIC.sub(r"<i>\2</i>", text)


def has_images(text: str) -> bool:
    """Whether text refers to images, which the question bank's text cannot hold."""
    return "<img" in text.lower() or "@@PLUGINFILE@@" in text


def name_from_text(text: str) -> str:
    """A question name from the start of its text, for questions without a title."""
    return plain_text(text, HTML, one_line=True)[:DERIVED_NAME_LENGTH].rstrip()


def clean_name(name: str) -> str:
    """A title from a file, as a one-line name that fits the name field."""
    return plain_text(name, HTML, one_line=True)[:NAME_LENGTH]


def category_from_path(path: str) -> str:
    """The category name from a Moodle category path: its last segment."""
    # Moodle writes a "/" inside a category name as "//".
    segments = [
        s.replace("\0", "/").strip() for s in path.replace("//", "\0").split("/")
    ]
    segments = [s for s in segments if s]
    return segments[-1] if segments else ""


from .gift import parse_gift  # noqa: E402 - the parsers use the helpers above
from .moodle_xml import parse_moodle_xml  # noqa: E402

__all__ = [
    "MAX_UPLOAD_BYTES",
    "ImportProblem",
    "ParseResult",
    "UnreadableFile",
    "category_from_path",
    "clean_name",
    "decode_upload",
    "has_images",
    "name_from_text",
    "parse_gift",
    "parse_moodle_xml",
    "plain_text",
    "rich_text",
]
