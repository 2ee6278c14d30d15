"""Demo scenario exercises, written for Alongside from the curriculum brief's scenario ideas.

The scenarios themselves are data, in `assessments/demo/data/`."""

from alongside.data import data_file

from .scenarios_more import MORE_BRANCHING

BRANCHING = data_file(__file__, "scenarios.json") + MORE_BRANCHING
FREE_TEXT = data_file(__file__, "free_text.json")
