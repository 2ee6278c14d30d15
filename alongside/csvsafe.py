"""A careful CSV reader for uploads, and a formula-safe cell helper for exports.

Spreadsheet programs run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and,
in some, a tab or carriage return) as a formula, so a name such as
``=HYPERLINK(...)`` in an upload could attack whoever opens our export later. The
guard is on the way out: what people typed or uploaded is kept as it is (a person
called "-Jo" keeps their name on screen, in emails and on certificates), and every
cell we write goes through ``csv_safe_cell``; Wagtail's own exports of our data
(form submissions, reports) through ``FormulaSafeExportMixin``. ``csv_read`` only
counts the cells that look like formulas, so a preview can say they will be safe.

``csv_read`` never raises for bad input: it returns a ``CsvReadResult`` whose
``errors`` say what is wrong with the file as a whole and whose rows carry their own
errors, so a view can show a preview before anything is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from django.utils.translation import gettext as _

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 50_000
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_safe_cell(value: Any) -> str:
    """A cell's text, with a leading apostrophe if a spreadsheet would run it."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def csv_safe_row(values: Iterable[Any]) -> list[str]:
    """``csv_safe_cell`` for each value of an exported row."""
    return [csv_safe_cell(value) for value in values]


class FormulaSafeExportMixin:
    """For Wagtail's spreadsheet exports (``SpreadsheetExportMixin`` views): every
    text cell goes through ``csv_safe_cell``, in CSV and in XLSX alike."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return csv_safe_cell(value) if isinstance(value, str) else value


def _normalise_header(name: str) -> str:
    return " ".join(name.strip().lower().replace("_", " ").split())


@dataclass
class CsvRow:
    """One data row: its line number in the file, values by header, and problems."""

    line: int
    values: dict[str, str]
    errors: list[str] = field(default_factory=list)
    # A cell starts like a spreadsheet formula: kept as typed, guarded on export.
    neutralised: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class CsvReadResult:
    """What ``csv_read`` found: file-level errors, rows, and neutralised cells."""

    rows: list[CsvRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the file and every row can be used."""
        return not self.errors and all(row.ok for row in self.rows)

    @property
    def row_errors(self) -> list[tuple[int, str]]:
        return [(row.line, error) for row in self.rows for error in row.errors]

    @property
    def neutralised_count(self) -> int:
        return sum(1 for row in self.rows if row.neutralised)


def _read_bytes(source: bytes | IO[bytes] | Any, limit: int) -> bytes | None:
    """At most ``limit + 1`` bytes, so an over-large file is noticed cheaply."""
    if isinstance(source, bytes | bytearray):
        return bytes(source[: limit + 1])
    if hasattr(source, "chunks"):  # Django's UploadedFile
        data = bytearray()
        for chunk in source.chunks():
            data.extend(chunk)
            if len(data) > limit:
                break
        return bytes(data)
    read = getattr(source, "read", None)
    if read is None:
        return None
    data = read(limit + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    return data


def csv_read(
    source: bytes | IO[bytes] | Any,
    *,
    required: Iterable[str],
    optional: Iterable[str] = (),
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
) -> CsvReadResult:
    """Read an uploaded CSV into rows keyed by normalised header name.

    Headers match case-insensitively, ignoring spaces and underscores ("Job role",
    "job_role"). Missing required headers, unknown headers, files over
    ``max_bytes``, text that is not UTF-8 (a byte-order mark is fine) and rows with
    the wrong number of cells are all reported, never raised.
    """
    required = [_normalise_header(name) for name in required]
    optional = [_normalise_header(name) for name in optional]
    known = set(required) | set(optional)
    result = CsvReadResult()

    try:
        data = _read_bytes(source, max_bytes)
    except (OSError, ValueError):
        data = None
    if data is None:
        result.errors.append(_("We could not read the file. Please try again."))
        return result
    if len(data) > max_bytes:
        result.errors.append(
            _("The file is larger than %(mb)d MB. Please split it into smaller files.")
            % {"mb": max_bytes // (1024 * 1024)}
        )
        return result
    if not data.strip():
        result.errors.append(_("The file is empty."))
        return result
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        result.errors.append(
            _(
                "The file is not saved as UTF-8 text (there is an unreadable "
                "character on line %(line)d). In your spreadsheet, choose "
                "“Save as” and “CSV UTF-8”, then upload it again."
            )
            % {"line": line}
        )
        return result
    if "\x00" in text:
        result.errors.append(
            _("This does not look like a CSV file. Please upload a .csv file.")
        )
        return result

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header_row = next(reader)
    except (csv.Error, StopIteration):
        result.errors.append(_("We could not read the first line of the file."))
        return result

    headers = [_normalise_header(name) for name in header_row]
    result.headers = headers
    missing = [name for name in required if name not in headers]
    unknown = [name or _("(blank)") for name in headers if name not in known]
    duplicated = sorted({name for name in headers if name and headers.count(name) > 1})
    if missing:
        result.errors.append(
            _("These columns are missing: %(names)s.") % {"names": ", ".join(missing)}
        )
    if unknown:
        result.errors.append(
            _("We do not recognise these columns: %(names)s. Expected: %(expected)s.")
            % {
                "names": ", ".join(csv_safe_cell(name) for name in unknown),
                "expected": ", ".join([*required, *optional]),
            }
        )
    if duplicated:
        result.errors.append(
            _("These columns appear more than once: %(names)s.")
            % {"names": ", ".join(duplicated)}
        )
    if result.errors:
        return result

    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            result.errors.append(
                _(
                    "Line %(line)d could not be read (perhaps a stray quotation "
                    "mark). Please fix it and upload the file again."
                )
                % {"line": reader.line_num}
            )
            break
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(result.rows) >= max_rows:
            result.errors.append(
                _("The file has more than %(max)d rows. Please split it.")
                % {"max": max_rows}
            )
            break
        row = CsvRow(line=line, values={})
        if len(cells) != len(headers):
            row.errors.append(
                _("This row has %(got)d cells but there are %(want)d columns.")
                % {"got": len(cells), "want": len(headers)}
            )
        for name, cell in zip(headers, cells, strict=False):
            value = cell.strip()
            if csv_safe_cell(value) != value:
                row.neutralised = True
            row.values[name] = value
        for name in known:
            row.values.setdefault(name, "")
        result.rows.append(row)

    if not result.errors and not result.rows:
        result.errors.append(_("The file has column headings but no rows."))
    return result
