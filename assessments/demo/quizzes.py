"""Demo quizzes, one per core module, written for Alongside from the curriculum brief.

The content itself is data, in `assessments/demo/data/`: loaded, validated by the
same checks an author's work goes through, never executed."""

from alongside.data import data_file

QUIZZES = data_file(__file__, "quizzes.json")
