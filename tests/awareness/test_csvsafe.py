"""The shared upload reader: size, encoding, headers, bad rows and formula cells."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given, settings
from hypothesis import strategies as st

from alongside.csvsafe import MAX_BYTES, csv_read, csv_safe_cell, csv_safe_row

HEADERS = ["name", "email", "job role", "team"]


def read(data, **kwargs):
    kwargs.setdefault("required", HEADERS)
    return csv_read(data, **kwargs)


def test_reads_rows_keyed_by_normalised_headers():
    data = b"Name,Email,Job_Role,TEAM\nAda Lovelace,ada@example.org,Midwife,Ward 4\n"
    result = read(data)
    assert result.ok
    assert result.rows[0].values == {
        "name": "Ada Lovelace",
        "email": "ada@example.org",
        "job role": "Midwife",
        "team": "Ward 4",
    }
    assert result.rows[0].line == 2


def test_utf8_with_bom_and_crlf_is_accepted():
    data = "\ufeffname,email,job role,team\r\nZoë Brontë,z@example.org,Nurse,A\r\n"
    result = read(data.encode("utf-8"))
    assert result.ok
    assert result.rows[0].values["name"] == "Zoë Brontë"


def test_wrong_encoding_is_reported_with_the_line():
    data = "name,email,job role,team\nZoë,z@example.org,Nurse,A\n".encode("cp1252")
    result = read(data)
    assert not result.ok
    assert result.rows == []
    assert "UTF-8" in result.errors[0]
    assert "line 2" in result.errors[0]


def test_file_over_ten_megabytes_is_rejected_without_reading_rows():
    row = b"Someone,someone@example.org,Nurse,Ward\n"
    data = b"name,email,job role,team\n" + row * (MAX_BYTES // len(row) + 1)
    assert len(data) > MAX_BYTES
    result = read(SimpleUploadedFile("big.csv", data, content_type="text/csv"))
    assert result.rows == []
    assert "larger than 10 MB" in result.errors[0]


def test_missing_and_unknown_headers_are_named():
    result = read(b"name,email,favourite colour\nA,a@example.org,blue\n")
    assert not result.ok
    text = " ".join(result.errors)
    assert "job role" in text and "team" in text
    assert "favourite colour" in text


def test_optional_headers_may_be_left_out():
    result = read(
        b"name,email\nA,a@example.org\n", required=["name", "email"], optional=["team"]
    )
    assert result.ok
    assert result.rows[0].values["team"] == ""


def test_duplicated_header_is_reported():
    result = read(b"name,email,job role,team,email\n")
    assert any("more than once" in error for error in result.errors)


def test_row_with_wrong_number_of_cells_gets_its_own_error():
    data = b"name,email,job role,team\nA,a@example.org,Nurse,W\nB,b@example.org\n"
    result = read(data)
    assert result.errors == []
    assert result.rows[0].ok
    assert not result.rows[1].ok
    assert result.row_errors == [(3, result.rows[1].errors[0])]
    assert not result.ok


def test_stray_quote_is_reported_as_a_file_error():
    data = b'name,email,job role,team\nA,"a@example.org,Nurse,W\n'
    result = read(data)
    assert not result.ok
    assert result.errors


def test_empty_and_header_only_files_are_reported():
    assert "empty" in read(b"").errors[0]
    assert "no rows" in read(b"name,email,job role,team\n").errors[0]


def test_binary_junk_is_reported():
    result = read(b"name,email\x00\x00,job role,team\n")
    assert not result.ok


def test_formula_cells_are_kept_as_typed_on_input_and_counted():
    """The guard is on the way out (exports): a name is kept as the person wrote it."""
    data = (
        b"name,email,job role,team\n"
        b'=HYPERLINK("http://evil.example"),a@example.org,+Nurse,@Ward\n'
        b"-2+3,b@example.org,Nurse,Ward\n"
    )
    result = read(data)
    first, second = result.rows
    assert first.values["name"] == '=HYPERLINK("http://evil.example")'
    assert first.values["job role"] == "+Nurse"
    assert first.values["team"] == "@Ward"
    assert second.values["name"] == "-2+3"
    assert result.neutralised_count == 2


def test_export_cells_are_neutralised():
    assert csv_safe_cell("=1+1") == "'=1+1"
    assert csv_safe_cell("\tx") == "'\tx"
    assert csv_safe_cell("\rx") == "'\rx"
    assert csv_safe_cell("Plain") == "Plain"
    assert csv_safe_cell(None) == ""
    assert csv_safe_cell(42) == "42"
    assert csv_safe_row(["@a", "b"]) == ["'@a", "b"]


def test_too_many_rows_is_a_file_error():
    data = b"name\n" + b"x\n" * 11
    result = csv_read(data, required=["name"], max_rows=10)
    assert any("more than 10 rows" in error for error in result.errors)


def test_unreadable_source_is_reported():
    class Broken:
        def read(self, size):
            raise OSError("disk gone")

    assert read(Broken()).errors


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(data):
    result = read(data)
    assert isinstance(result.errors, list)
    for row in result.rows:
        # Formula-like cells are kept as typed, and counted for the preview.
        flagged = any(csv_safe_cell(value) != value for value in row.values.values())
        assert row.neutralised == flagged


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.text(max_size=30), min_size=4, max_size=4), max_size=20))
def test_well_formed_text_round_trips_and_is_always_safe_on_export(rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows(rows)
    result = read(buffer.getvalue().encode("utf-8"))
    for row in result.rows:
        for value in row.values.values():
            # Kept as typed; on the way out, never a formula.
            assert not csv_safe_cell(value).startswith(("=", "+", "-", "@", "\t", "\r"))
    expected = [r for r in rows if any(cell.strip() for cell in r)]
    if not result.errors:
        assert len(result.rows) == len(expected)
