"""A certificate as a PDF: a pure function of the certificate, with no writes."""

import io
from pathlib import Path

import reportlab
import segno
from django.conf import settings
from django.urls import reverse
from django.utils.translation import ngettext
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .models import Certificate

_FONTS = Path(reportlab.__file__).parent / "fonts"
# One embedded font keeps the file small (each Vera subset is ~17 KB); bold text is
# the same font drawn with a thin outline (text render mode 2), still real text.
REGULAR = BOLD = "AlongsideVera"
DEFAULT_COLOUR = "#005EB8"
TEXT_COLOUR = HexColor("#212B32")


def _register_fonts() -> None:
    # Binary streams: ASCII85 only makes PDFs bigger and (in pure Python) slower.
    rl_config.useA85 = 0
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(_FONTS / "Vera.ttf")))


def _font(c: canvas.Canvas, size: float, *, bold: bool = False) -> int:
    """Set the font; returns the text render mode to draw with (2 for bold)."""
    c.setFont(REGULAR, size)
    if bold:
        c.setLineWidth(size / 30)
    return 2 if bold else 0


def _date(value) -> str:
    return f"{value.day} {value:%B %Y}"


def verification_url(certificate: Certificate) -> str:
    return settings.SITE_URL + reverse("certificates:verify", args=[certificate.token])


STATE_NOTICES = {
    "expired": ("Expired", "this certificate is no longer valid."),
    "suspended": ("Suspended", "this certificate is not valid while suspended."),
    "revoked": ("Revoked", "this certificate is no longer valid."),
}
STAMP_COLOUR = HexColor("#D5281B")


def certificate_state_notice(certificate: Certificate) -> str:
    """A sentence saying the certificate is not valid and since when; "" if valid."""
    if certificate.state not in STATE_NOTICES:
        return ""
    state, consequence = STATE_NOTICES[certificate.state]
    since = certificate.state_since
    when = f" on {_date(since)}" if since else ""
    return f"{state}{when}: {consequence}"


HEADINGS = {
    Certificate.Kind.ATTENDANCE: "Certificate of attendance",
    Certificate.Kind.COMPLETION: "Certificate of completion",
}


def _minutes(count: int) -> str:
    """ "1 minute", "45 minutes": as the time reads on a certificate."""
    return ngettext("%(n)d minute", "%(n)d minutes", count) % {"n": count}


def certificate_lines(certificate: Certificate) -> dict:
    """The words on the certificate, shared by the PDF and its HTML page."""
    if certificate.kind == Certificate.Kind.ATTENDANCE:
        statement = "attended the live session"
        when = f"on {_date(certificate.held_on)}" if certificate.held_on else ""
        if when and certificate.duration_minutes is not None:
            when += f", for {_minutes(certificate.duration_minutes)}"
    elif certificate.kind == Certificate.Kind.COMPLETION:
        statement = "has completed the course"
        when = (
            f"on {_date(certificate.held_on)}, in their own time"
            if certificate.held_on
            else ""
        )
        if when and certificate.duration_minutes:
            # The time measured on the course's sections, not its planned length.
            when += f", spending {_minutes(certificate.duration_minutes)} on it"
    else:
        statement = "has completed"
        when = ""
    hours = certificate.learning_hours.normalize()
    facts = [("Certificate number", certificate.number)]
    notice = certificate_state_notice(certificate)
    if notice:
        facts.insert(0, ("Status", notice))
    facts.append(("Issued", _date(certificate.issued_on)))
    if certificate.expires_on:
        # "Valid until" only while it is: a revoked certificate must not claim it.
        label = "Valid until" if not notice else "Expiry date"
        facts.append((label, _date(certificate.expires_on)))
    if certificate.learning_hours:
        facts.append(("Learning hours", f"{hours:f}"))
    return {
        "heading": HEADINGS.get(certificate.kind, "Certificate"),
        "statement": statement,
        "when": when,
        "facts": facts,
        "issuer": f"Issued by {certificate.organisation_name}",
        "notice": notice,
    }


def _qr_path(c: canvas.Canvas, url: str, x: float, y: float, size: float) -> None:
    """The QR code as one vector path: a rectangle per horizontal run of dark cells.

    Drawn in a coordinate system of one unit per cell, so the path is short integer
    operators; a fixed mask skips segno's slow best-mask search.
    """
    matrix = segno.make(url, error="m", micro=False, mask=4, boost_error=False).matrix
    count = len(matrix)
    runs = []
    for row_index, row in enumerate(matrix):
        top = count - row_index - 1
        start = None
        for col_index in range(count + 1):
            dark = col_index < count and row[col_index]
            if dark and start is None:
                start = col_index
            elif not dark and start is not None:
                runs.append(f"{start} {top} {col_index - start} 1 re")
                start = None
    c.saveState()
    c.translate(x, y)
    c.scale(size / count, size / count)
    path = c.beginPath()
    # Plain integer operators: far quicker than formatting floats per rectangle.
    path._code.extend(runs)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def _logo(branding) -> ImageReader | None:
    if branding is None or branding.logo_id is None:
        return None
    try:
        from PIL import Image

        with branding.logo.file.open("rb") as handle:
            image = Image.open(handle)
            image.load()
        image.thumbnail((360, 144))
        if image.mode not in ("RGB", "L"):
            background = Image.new("RGB", image.size, "white")
            background.paste(image, mask=image.convert("RGBA").split()[-1])
            image = background
        return ImageReader(image)
    except (OSError, ValueError):
        return None  # a missing or broken logo never stops a certificate


def certificate_pdf(certificate: Certificate, *, reader: str = "holder") -> bytes:
    """Render the certificate: A4 landscape, embedded fonts, a vector QR code.

    ``reader`` says who it is for: "holder" (and the emails and archives that go
    to them and their organisation) gets the certificate as issued; "shared" (a
    holder's link for one reader) their name with the wording they chose; "public"
    (anyone with the QR code's link) their initials unless they chose to show
    their name, and the wording they chose."""
    _register_fonts()
    organisation = certificate.organisation
    branding = (
        getattr(organisation, "certificate_branding", None) if organisation else None
    )
    colour = HexColor(branding.colour if branding else DEFAULT_COLOUR)
    lines = certificate_lines(certificate)
    url = verification_url(certificate)
    name = certificate.public_name if reader == "public" else certificate.name
    achievement = certificate.title if reader == "holder" else certificate.shown_title

    buffer = io.BytesIO()
    width, height = landscape(A4)
    c = canvas.Canvas(
        buffer,
        pagesize=(width, height),
        pageCompression=1,
        lang="en-GB",
        initialFontName=REGULAR,
    )
    title = f"{lines['heading']}: {achievement} – {name}"
    if lines["notice"]:
        title = f"{certificate.state.upper()}: {title}"
    c.setTitle(title)
    c.setAuthor(certificate.organisation_name)
    c.setSubject(f"{achievement}, certificate {certificate.number}")
    c.setCreator("Alongside")

    margin = 28
    c.setStrokeColor(colour)
    c.setLineWidth(6)
    c.rect(margin, margin, width - 2 * margin, height - 2 * margin)

    logo = _logo(branding)
    if logo is not None:
        w, h = logo.getSize()
        scale = min(150 / w, 60 / h)
        c.drawImage(
            logo,
            width - margin - 24 - w * scale,
            height - margin - 24 - h * scale,
            w * scale,
            h * scale,
            mask="auto",
        )

    centre = width / 2
    c.setFillColor(colour)
    mode = _font(c, 34, bold=True)
    c.drawCentredString(centre, height - 130, lines["heading"], mode=mode)
    c.setFillColor(TEXT_COLOUR)
    mode = _font(c, 14)
    c.drawCentredString(centre, height - 170, "This is to certify that", mode=mode)
    mode = _font(c, 28, bold=True)
    c.drawCentredString(centre, height - 212, name, mode=mode)
    mode = _font(c, 14)
    c.drawCentredString(centre, height - 246, lines["statement"], mode=mode)
    c.setFillColor(colour)
    mode = _font(c, 20, bold=True)
    c.drawCentredString(centre, height - 278, achievement, mode=mode)
    c.setFillColor(TEXT_COLOUR)
    mode = _font(c, 12)
    if lines["when"]:
        c.drawCentredString(centre, height - 302, lines["when"], mode=mode)
    c.drawCentredString(centre, height - 326, lines["issuer"], mode=mode)

    # Facts, bottom left
    y = 190
    for label, value in lines["facts"]:
        mode = _font(c, 10)
        c.drawString(margin + 40, y, f"{label}:", mode=mode)
        mode = _font(c, 10, bold=True)
        c.drawString(margin + 150, y, value, mode=mode)
        y -= 16
    mode = _font(c, 8)
    c.drawString(margin + 40, y - 6, "Check this certificate at:", mode=mode)
    c.drawString(margin + 40, y - 18, url, mode=mode)

    # Signatory, bottom centre
    if certificate.signatory_name:
        c.setLineWidth(0.75)
        c.setStrokeColor(TEXT_COLOUR)
        c.line(centre + 10, 120, centre + 190, 120)
        mode = _font(c, 11, bold=True)
        c.drawCentredString(centre + 100, 104, certificate.signatory_name, mode=mode)
        mode = _font(c, 9)
        if certificate.signatory_role:
            c.drawCentredString(centre + 100, 90, certificate.signatory_role, mode=mode)
        c.drawCentredString(centre + 100, 76, certificate.organisation_name, mode=mode)

    # QR code to the verification page, bottom right
    c.setFillColor(HexColor("#000000"))
    _qr_path(c, url, width - margin - 40 - 110, margin + 40, 110)

    if lines["notice"]:
        _stamp(c, certificate, lines["notice"], width, height, margin)

    c.showPage()
    c.save()
    return buffer.getvalue()


def _stamp(
    c: canvas.Canvas, certificate: Certificate, notice: str, width, height, margin
):
    """Mark a certificate that is not valid across its face: a large diagonal word
    and a band with the state and its date, both drawn over everything else."""
    c.saveState()
    c.setFillColor(STAMP_COLOUR)
    c.setStrokeColor(STAMP_COLOUR)
    c.setFillAlpha(0.22)
    c.setStrokeAlpha(0.22)
    c.translate(width / 2, height / 2)
    c.rotate(28)
    mode = _font(c, 110, bold=True)
    c.drawCentredString(0, -38, certificate.state.upper(), mode=mode)
    c.restoreState()

    c.saveState()
    band = 34
    c.setFillColor(STAMP_COLOUR)
    c.rect(margin + 3, height - margin - 3 - band, width - 2 * margin - 6, band, 0, 1)
    c.setFillColor(HexColor("#FFFFFF"))
    c.setStrokeColor(HexColor("#FFFFFF"))
    mode = _font(c, 14, bold=True)
    c.drawCentredString(
        width / 2,
        height - margin - 3 - band + 12,
        notice,
        mode=mode,
    )
    c.restoreState()
