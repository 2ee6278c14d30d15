"""Signposting directory for the demo, from section 10 of the curriculum brief.

The entries themselves are data, in `courses/demo/data/signposting.json`."""

from alongside.data import data_file

ALL_NATIONS = ["england", "wales", "scotland", "northern_ireland"]

ENTRIES = data_file(__file__, "signposting.json")
