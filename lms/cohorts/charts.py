"""Accessible SVG bar charts drawn on the server: no JavaScript, no external files.

Each chart is an ``<svg role="img">`` named by its ``<title>`` and described by its
``<desc>``; the page always shows the same numbers in a table beside it. Bars carry
their value as text, so nothing depends on colour.
"""

import itertools
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

_ids = itertools.count(1)

WIDTH = 640
LABEL_WIDTH = 230
BAR_START = LABEL_WIDTH + 10
BAR_SPACE = WIDTH - BAR_START - 110
ROW = 30
SERIES_COLOURS = ["#005eb8", "#330072", "#007f3b"]


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its value (None when suppressed) and the value as text."""

    label: str
    value: float | None
    text: str
    series: int = 0


def _short(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bar_chart(
    *, title: str, desc: str, bars: list[Bar], max_value: float | None = None
) -> SafeString:
    """A horizontal bar chart as inline SVG."""
    uid = next(_ids)
    top = max((b.value or 0 for b in bars), default=0)
    scale_max = max_value or top or 1
    height = ROW * max(len(bars), 1) + 10
    parts = [
        f'<svg class="alongside-chart" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'aria-labelledby="chart-{uid}-title chart-{uid}-desc" '
        f'xmlns="http://www.w3.org/2000/svg" focusable="false">',
        f'<title id="chart-{uid}-title">{escape(title)}</title>',
        f'<desc id="chart-{uid}-desc">{escape(desc)}</desc>',
    ]
    for n, bar in enumerate(bars):
        y = 5 + n * ROW
        parts.append(
            f'<text x="{LABEL_WIDTH}" y="{y + 19}" text-anchor="end" '
            f'font-size="14" fill="#212b32">{escape(_short(bar.label))}</text>'
        )
        length = 0.0
        if bar.value is not None and scale_max:
            length = max(0.0, min(1.0, bar.value / scale_max)) * BAR_SPACE
        colour = SERIES_COLOURS[bar.series % len(SERIES_COLOURS)]
        if length:
            parts.append(
                f'<rect x="{BAR_START}" y="{y + 4}" width="{length:.1f}" '
                f'height="{ROW - 10}" fill="{colour}"></rect>'
            )
        parts.append(
            f'<text x="{BAR_START + length + 6:.1f}" y="{y + 19}" font-size="14" '
            f'fill="#212b32">{escape(bar.text)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # nosec B308 B703  # noqa: S308 - every value above is escaped
