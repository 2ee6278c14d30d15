"""manage.py import_questions: load a Moodle GIFT or Moodle XML file into the bank."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments.importers import UnreadableFile, decode_upload
from assessments.importers.service import (
    FILE_FORMATS,
    Duplicates,
    ImportFailed,
    questions_import_text,
)
from assessments.models import Question


class Command(BaseCommand):
    help = (
        "Import questions from a Moodle GIFT or Moodle XML file. Nothing is written "
        "unless every question in the file can be imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The GIFT (.txt, .gift) or XML file.")
        parser.add_argument(
            "--format",
            dest="file_format",
            choices=sorted(FILE_FORMATS),
            help="The file's format (default: xml for .xml files, otherwise gift).",
        )
        parser.add_argument(
            "--category",
            help="Put every question in this category, whatever the file says.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and show what would be created, writing nothing.",
        )
        parser.add_argument(
            "--duplicates",
            choices=[Duplicates.SKIP, Duplicates.UPDATE, Duplicates.ADD],
            default=Duplicates.SKIP,
            help=(
                "Questions the bank already has (same kind, text and answers): skip "
                "them (the default), update them from the file, or add them again."
            ),
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="Print the questions as a JSON list on stdout.",
        )

    def handle(self, *args, **options):
        """Import the file, or explain every problem and exit non-zero."""
        path, dry_run = options["path"], options["dry_run"]
        file_format = options["file_format"] or _format_for(Path(path))
        try:
            # No size limit here: the 2 MB limit protects the web server.
            text = decode_upload(Path(path).read_bytes(), max_bytes=None)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from error
        except UnreadableFile as error:
            raise CommandError(f"{path}: {error}") from error

        try:
            outcome = questions_import_text(
                text=text,
                file_format=file_format,
                category_name=options["category"],
                dry_run=dry_run,
                existing=Question.objects.all(),
                duplicates=options["duplicates"],
            )
        except ImportFailed as failure:
            raise CommandError(
                f"Nothing was imported: {len(failure.problems)} problem(s) in {path}.\n"
                + failure.report()
            ) from failure

        for note in outcome.notes:
            self.stderr.write(f"Note: {note}")
        if dry_run:
            items = outcome.questions
        else:
            items = [
                {"id": q.pk, **q.to_dict(), "category": q.category.name}
                for q in outcome.questions
            ]
        if options["json"]:
            self.stdout.write(json.dumps(items, indent=2, ensure_ascii=False))
        elif dry_run:
            self.stdout.write(f"Would import {len(items)} question(s); none written:")
            for position, item in enumerate(items):
                already = (
                    " (already in the bank)" if position in outcome.existing else ""
                )
                self.stdout.write(
                    f"  {item['type']:<18} {item['name']} [{item['category']}]{already}"
                )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Imported {outcome.created} question(s) from {path}."
                )
            )
            if outcome.skipped:
                self.stdout.write(
                    f"Skipped {outcome.skipped} already in the bank "
                    "(--duplicates=update to update them)."
                )
            if outcome.updated:
                self.stdout.write(f"Updated {outcome.updated} already in the bank.")


def _format_for(path: Path) -> str:
    return "xml" if path.suffix.lower() == ".xml" else "gift"
