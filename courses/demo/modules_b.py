"""Demo curriculum, modules M7 to M11, written for Alongside from the curriculum brief.

The content itself is data, in `courses/demo/data/`: loaded, validated by the
same checks an author's work goes through, never executed."""

from alongside.data import data_file

MODULES = data_file(__file__, "modules_b.json")
