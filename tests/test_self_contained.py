"""The suite runs from a plain clone: no test reads files from outside the repository.

Fixtures from other projects are copied into ``tests/fixtures/`` (with their licence
notes); a test that reached for the folder beside the checkout, or for an absolute
path, would pass on one machine and fail on a contributor's.
"""

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
OUTSIDE = [
    (
        re.compile(r"""["'](?:\.\./)+shared\b"""),
        "a path to the folder beside the checkout",
    ),
    (
        re.compile(r"""parents\[\d+\]\s*/\s*["']shared["']"""),
        "a path to the folder beside the checkout",
    ),
    (re.compile(r"""["']/(?:work|home|root|srv|opt|Users)/"""), "an absolute path"),
]


def test_no_test_reads_files_outside_the_repository():
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == Path(__file__).resolve():
            continue
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            for pattern, what in OUTSIDE:
                if pattern.search(line):
                    found.append(f"{path.relative_to(TESTS)}:{number}: {what}")
    assert not found, "Copy the file into tests/fixtures/ instead:\n" + "\n".join(found)


def test_the_copied_fixtures_are_there_with_their_licence_notes():
    notes = (TESTS / "fixtures" / "README.md").read_text()
    for fixture in (TESTS / "fixtures").rglob("*"):
        if fixture.is_file() and fixture.name != "README.md":
            assert f"`{fixture.relative_to(TESTS / 'fixtures')}`" in notes
