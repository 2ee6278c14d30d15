"""Whole numbers from form fields: digits `int()` refuses never become a 500."""

import pytest

from alongside.numbers import whole_number
from lms.selectors import id_from


@pytest.mark.parametrize(
    ("value", "maximum", "expected"),
    [
        ("0", 100, 0),
        ("100", 100, 100),
        (" 42 ", 100, 42),
        (7, 9, 7),
        ("101", 100, None),
        ("²", 100, None),  # "²".isdigit() is True; int("²") fails
        ("٣", 100, None),  # Arabic-Indic three: not plain ASCII digits
        ("9" * 5000, 100, None),  # int() refuses more than 4,300 digits
        ("-1", 100, None),
        ("1e3", 10_000, None),
        ("", 100, None),
        (None, 100, None),
    ],
)
def test_whole_number(value, maximum, expected):
    assert whole_number(value, maximum=maximum) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12),
        ("0", None),
        (str(2**31 - 1), 2**31 - 1),
        (str(2**31), None),
        ("9" * 5000, None),
        ("²", None),
        (None, None),
    ],
)
def test_id_from(value, expected):
    assert id_from(value) == expected
