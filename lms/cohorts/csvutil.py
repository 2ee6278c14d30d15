"""CSV downloads whose cells a spreadsheet will never run as formulas."""

import csv

from django.http import HttpResponse

from alongside.csvsafe import csv_safe_cell
from lms.security.audit import audit_export


def safe_cell(value) -> object:
    """Numbers stay numbers (a negative change is not a formula); text is made safe."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return csv_safe_cell(value)
    return value


def csv_response(request, filename: str, header: list[str], rows) -> HttpResponse:
    """A CSV attachment, every cell made formula-safe; the download is audited."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow([safe_cell(c) for c in header])
    count = 0
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
        count += 1
    audit_export(request, name=filename, rows=count)
    return response
