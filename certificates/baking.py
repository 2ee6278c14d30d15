"""Baked badge images (Open Badges 3.0, section 5.3 "Baking"): a PNG and an SVG
of the badge with the signed credential inside, so the picture itself carries the
proof. Pure rendering: the credential in, bytes out, no database writes.

PNG: one ``iTXt`` chunk, keyword ``openbadgecredential``, uncompressed, holding the
credential's JSON, before ``IEND``. SVG: an ``<openbadges:credential>`` element in
the ``https://purl.imsglobal.org/ob/v3p0`` namespace with the JSON as CDATA.
"""

import io
import json
import struct
import textwrap
import zlib
from pathlib import Path

import reportlab
from django.template.loader import render_to_string
from PIL import Image, ImageDraw, ImageFont

PNG_KEYWORD = b"openbadgecredential"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
OB_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0"
SIZE = 480
BLUE = "#005EB8"
DARK = "#212B32"
_FONT = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def _json(credential: dict) -> str:
    return json.dumps(credential, ensure_ascii=False, separators=(",", ":"))


def _lines(title: str, width: int = 22, most: int = 4) -> list[str]:
    lines = textwrap.wrap(title, width) or [""]
    if len(lines) > most:
        lines = [*lines[: most - 1], lines[most - 1][: width - 1] + "…"]
    return lines


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def _png_chunks(data: bytes):
    """(kind, body, raw chunk) for each chunk of a PNG."""
    position = len(PNG_SIGNATURE)
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        yield kind, data[position + 8 : position + 8 + length], data[position:end]
        position = end


def badge_picture(title: str, issuer: str) -> bytes:
    """The badge as a plain PNG: a blue disc with the achievement and issuer."""
    image = Image.new("RGBA", (SIZE, SIZE), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=BLUE)
    draw.ellipse((28, 28, SIZE - 28, SIZE - 28), outline="white", width=4)
    big = ImageFont.truetype(str(_FONT), 30)
    small = ImageFont.truetype(str(_FONT), 20)
    lines = _lines(title)
    y = SIZE / 2 - 20 * len(lines) - 10
    for line in lines:
        draw.text((SIZE / 2, y), line, fill="white", font=big, anchor="mt")
        y += 40
    for line in _lines(issuer, width=30, most=2):
        y += 8
        draw.text((SIZE / 2, y), line, fill="white", font=small, anchor="mt")
        y += 20
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def bake_png(picture: bytes, credential: dict) -> bytes:
    """The PNG with the credential in an iTXt chunk (replacing any earlier one)."""
    if not picture.startswith(PNG_SIGNATURE):
        raise ValueError("Not a PNG.")
    # keyword, NUL, compression flag 0 and method 0, no language, no translated
    # keyword, then the text (UTF-8).
    body = PNG_KEYWORD + b"\0\0\0\0\0" + _json(credential).encode()
    out = [PNG_SIGNATURE]
    for kind, data, raw in _png_chunks(picture):
        if kind == b"iTXt" and data.split(b"\0", 1)[0] == PNG_KEYWORD:
            continue
        if kind == b"IEND":
            out.append(_chunk(b"iTXt", body))
        out.append(raw)
    return b"".join(out)


def badge_png(credential: dict) -> bytes:
    """The baked PNG of a signed credential."""
    achievement = credential["credentialSubject"]["achievement"]["name"]
    picture = badge_picture(achievement, credential["issuer"]["name"])
    return bake_png(picture, credential)


def badge_svg(credential: dict) -> str:
    """The baked SVG of a signed credential."""
    # "]]>" would end the CDATA section early; inside a JSON string "\u003e" is
    # the same ">" (and "]]>" can occur nowhere else in JSON).
    payload = _json(credential).replace("]]>", "]]\\u003e")
    lines = _lines(credential["credentialSubject"]["achievement"]["name"])
    return render_to_string(
        "certificates/badges/badge.svg",
        {
            "namespace": OB_NAMESPACE,
            "size": SIZE,
            "lines": lines,
            "first_y": SIZE / 2 - 20 * len(lines) + 10,
            "issuer": credential["issuer"]["name"],
            "credential": payload,
        },
    )
