"""Reading whole numbers from form fields and URLs, without surprises.

`str.isdigit()` accepts characters `int()` refuses (such as "²"), and `int()` refuses
strings of more than 4,300 digits: both would be a 500 rather than a clear message.
"""


def whole_number(value, *, maximum: int) -> int | None:
    """The whole number 0…maximum that `value` spells in plain digits, or None."""
    text = str(value if value is not None else "").strip()
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(maximum)):
        return None
    number = int(text)
    return number if number <= maximum else None
