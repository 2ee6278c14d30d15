"""Management commands for assessments."""
