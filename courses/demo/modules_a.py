"""Demo curriculum, modules M1 to M6, written for Alongside from the curriculum brief.

The content itself is data, in `courses/demo/data/`: loaded, validated by the
same checks an author's work goes through, never executed."""

from alongside.data import data_file

MODULES = data_file(__file__, "modules_a.json")
