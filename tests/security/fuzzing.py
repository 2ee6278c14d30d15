"""Generated nasty inputs for the fuzz suite, and the list of what gets fuzzed."""

from hypothesis import strategies as st

# Things that have broken web apps before.
NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\r\n\r\nSet-Cookie: x=1",
    "'; DROP TABLE lms_user; --",
    "' OR '1'='1",
    '"><script>alert(1)</script>',
    "<img src=x onerror=alert(1)>",
    "{{ 7|add:7 }}{% debug %}",
    "${7*7}#{7*7}",
    "../../../../etc/passwd",
    "%s%s%s%n",
    "\u202egnp.exe",
    "\ufeff\u200b\u200d",
    "😀" * 40,
    "Zalgo Z̷̢̛a̶l̸g̵o̴",
    "0",
    "-1",
    "1.5",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "-0",
    "true",
    "null",
    "[]",
    "{}",
    '{"a": [1, 2, {"b": null}]}',
    "a" * 5000,
    "x" * 200_000,
    "https://evil.example/",
    "//evil.example/",
    "javascript:alert(1)",
    "person@example.org",
    "PERSON@EXAMPLE.ORG ",
    "a@b",
    "@",
]

# Every character but lone surrogates (which no browser can send as UTF-8).
_text = st.text(
    alphabet=st.characters(exclude_categories=("Cs",)), min_size=0, max_size=300
)
value = st.one_of(
    st.sampled_from(NASTY),
    _text,
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
values = st.one_of(value.map(lambda v: [v]), st.lists(value, min_size=0, max_size=3))


def form_data(fields: list[str]):
    """Each known field given zero, one or several nasty values; sometimes extras."""
    known = st.fixed_dictionaries({}, optional=dict.fromkeys(fields, values))
    extra = st.dictionaries(st.sampled_from(["x", "id", "pk", "user", "owner"]), values)
    return st.tuples(known, extra).map(lambda pair: {**pair[1], **pair[0]})
