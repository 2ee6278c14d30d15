"""More demo branching scenarios, written for Alongside in our own words.

Three inclusion scenarios for M10 (a parent's faith and culture, a care-experienced
parent's fear of her baby being removed, a parent with no recourse to public funds),
and equivalent alternatives for the distressing assessed scenarios in M4, M5, M6 and
M9, so that a trainee for whom one is too close to home can certify without it.

Choices are written in varied order with similar lengths; the learner sees them
shuffled. In safety-critical scenarios any delay in telling someone is rated unsafe
and ticked as delaying escalation.

The content itself is data, in `assessments/demo/data/`: loaded, validated by the
same checks an author's work goes through, never executed."""

from alongside.data import data_file

MORE_BRANCHING = data_file(__file__, "scenarios_more.json")
