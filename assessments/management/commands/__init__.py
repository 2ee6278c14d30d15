"""manage.py commands for the question bank."""
