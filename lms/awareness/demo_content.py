"""The demo course "Working alongside peer workers", written for NHS perinatal teams.

The course itself is data, in `lms/awareness/data/course.json`."""

from alongside.data import data_file

_COURSE = data_file(__file__, "course.json")

TITLE = _COURSE["TITLE"]
SLUG = _COURSE["SLUG"]
SUMMARY = _COURSE["SUMMARY"]
INTRO = _COURSE["INTRO"]
OUTCOMES = _COURSE["OUTCOMES"]
SECTIONS = _COURSE["SECTIONS"]
CHECK = _COURSE["CHECK"]
