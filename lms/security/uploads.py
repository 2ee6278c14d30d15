"""Checks on files uploaded in the admin: a size cap and the type read from content.

Images are already checked by Wagtail (its allow-list, a size cap, and the format
read from the file by Willow; SVG is not allowed). Documents get the same here: the
extension must be on the allow-list and the bytes must be what the extension says.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

_ZIP = (b"PK\x03\x04",)
_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "pdf": (b"%PDF-",),
    "docx": _ZIP,
    "odt": _ZIP,
    "mp3": (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"),
    "webm": (b"\x1a\x45\xdf\xa3",),
}
_MP4_LIKE = {"mp4", "m4a"}
_TEXT = {"txt", "vtt"}


def _looks_like(extension: str, head: bytes) -> bool:
    if extension in _SIGNATURES:
        return head.startswith(_SIGNATURES[extension])
    if extension in _MP4_LIKE:
        return head[4:8] == b"ftyp"
    if extension in _TEXT:
        text = head.removeprefix(b"\xef\xbb\xbf")
        if b"\x00" in text:
            return False
        try:
            decoded = text.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character may be cut at the end of the sample.
            if error.start < len(text) - 4:
                return False
            decoded = text[: error.start].decode("utf-8")
        if extension == "vtt":
            return decoded.startswith("WEBVTT")
        return "<script" not in decoded.lower() and "<svg" not in decoded.lower()
    return False


def upload_problem(*, name: str, head: bytes, size: int) -> str | None:
    """Why this upload is refused, or None when it is fine."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    limit = settings.ALONGSIDE_DOCUMENT_MAX_UPLOAD_SIZE
    if size > limit:
        return _("The file is %(size)s; the most you can upload is %(limit)s.") % {
            "size": filesizeformat(size),
            "limit": filesizeformat(limit),
        }
    if extension not in settings.WAGTAILDOCS_EXTENSIONS:
        return _("Files ending .%(ext)s cannot be uploaded here.") % {
            "ext": extension or "?"
        }
    if not _looks_like(extension, head):
        return _(
            "This file does not look like a .%(ext)s file inside. Save it again in "
            "that format and upload it again."
        ) % {"ext": extension}
    return None


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, with the size cap and the content check."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or not hasattr(upload, "read"):
            return upload
        position = upload.tell() if hasattr(upload, "tell") else 0
        head = upload.read(2048)
        upload.seek(position)
        problem = upload_problem(name=upload.name, head=head, size=upload.size)
        if problem:
            raise ValidationError(problem)
        return upload
