"""The learner's app: enrolment, progress, the reflective log and the home page."""
