"""A programme module as a SCORM 1.2 package, for a trust's or charity's own LMS.

The module's published lessons are the package's parts, and its first published quiz
the knowledge check: its fixed questions and, for each random draw, questions drawn
once when the package is made (the same module version always draws the same ones).
Only questions with one right option (single choice, true or false) can be marked
with no server; the others are left out, and the export says which. Safety-critical
questions must be right, as in the quiz itself. ``lms/scorm.py`` builds the zip.
Pure rendering: no database writes.
"""

import random
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from django.utils.html import format_html
from wagtail.rich_text import expand_db_html

from assessments.models import QuizPage
from assessments.services import quiz_draw_questions
from courses.models import LessonPage, ModulePage

from . import scorm

# Lessons have no minimum-time rule online, so none in the package either; a part's
# time still counts towards nothing but the learner's own progress.
CAP_FACTOR = 2


@dataclass(frozen=True)
class ModuleExport:
    """A module's package, and the quiz questions it could not carry."""

    package: scorm.ScormPackage
    left_out: list[str] = field(default_factory=list)


def _plain(html: str) -> str:
    return BeautifulSoup(expand_db_html(html or ""), "html.parser").get_text(
        " ", strip=True
    )


def module_lessons(module: ModulePage) -> list[LessonPage]:
    """The module's published lessons, in the page tree's order."""
    return list(LessonPage.objects.live().child_of(module).order_by("path"))


def module_quiz(module: ModulePage) -> QuizPage | None:
    """The module's first published quiz, if it has one."""
    return QuizPage.objects.live().child_of(module).order_by("path").first()


def scorm_module_version(module: ModulePage) -> str:
    """The module's content version: the newest live revision among the module,
    its lessons and its quiz, so editing any of them gives a new version."""
    pages = [module, *module_lessons(module)]
    quiz = module_quiz(module)
    if quiz:
        pages.append(quiz)
    return str(max(p.live_revision_id or p.latest_revision_id or 0 for p in pages))


def _lesson_html(lesson: LessonPage, media: scorm.MediaCollector) -> str:
    """The lesson's blocks in their own templates, made to work offline. Rich text
    headings go a level down under the lesson's title; the other blocks' templates
    already sit below a page's title."""
    parts = []
    for child in lesson.body:
        html = child.render(context={"page": None})
        parts.append(
            scorm.offline_html(
                html, media=media, shift_headings=child.block_type == "rich_text"
            )
        )
    if lesson.summary:
        lede = format_html('<p class="nhsuk-lede-text">{}</p>', lesson.summary)
        parts.insert(0, lede)
    return "".join(parts)


def _check(
    module: ModulePage, version: str
) -> tuple[QuizPage | None, list[scorm.CheckQuestion], list[str]]:
    quiz = module_quiz(module)
    if quiz is None:
        return None, [], []
    drawn = quiz_draw_questions(
        # Not for secrecy: the same version draws the same questions.
        quiz=quiz,
        rng=random.Random(f"scorm-{module.pk}-{version}"),  # noqa: S311
    )
    questions, left_out = [], []
    for question in drawn:
        choice = question.offline_choice()
        if choice is None:
            left_out.append(question.name)
            continue
        options, answer = choice
        questions.append(
            scorm.CheckQuestion(
                question=_plain(question.text),
                options=options,
                answer=answer,
                explanation=_plain(question.general_feedback),
                must_pass=question.is_safety_critical,
            )
        )
    return quiz, questions, left_out


def scorm_module_content(module: ModulePage) -> tuple[scorm.Content, list[str]]:
    """What the package holds, and the names of the questions left out."""
    version = scorm_module_version(module)
    media = scorm.MediaCollector()
    lessons = module_lessons(module)
    parts = [
        scorm.Part(
            title=lesson.title,
            minutes=lesson.estimated_minutes,
            content=_lesson_html(lesson, media),
        )
        for lesson in lessons
    ]
    quiz, questions, left_out = _check(module, version)
    label = f"Module {module.code}" if module.code else "Module"
    minutes = sum(part.minutes for part in parts)
    content = scorm.Content(
        identifier=f"alongside-module-{module.pk}",
        title=module.title,
        summary=module.summary,
        version=version,
        caption=f"{label} · about {minutes} minutes",
        noun="module",
        part_noun="lesson",
        parts=parts,
        questions=questions,
        pass_mark=quiz.pass_mark if quiz else 100,
        cap_factor=CAP_FACTOR,
        outcomes=[str(block.value) for block in module.learning_outcomes],
        content_note=module.content_note if module.is_difficult else "",
        media=media.files,
    )
    return content, left_out


def scorm_module_files(module: ModulePage) -> dict[str, bytes]:
    """Every file of the module's package by its path in the zip."""
    content, _left_out = scorm_module_content(module)
    return scorm.package_files(content)


def scorm_module_build(module: ModulePage) -> bytes:
    """The module as a SCORM 1.2 zip (the same version always gives the same bytes)."""
    return scorm.zip_build(scorm_module_files(module))


def scorm_module_export(module: ModulePage) -> ModuleExport:
    """The module's package with its file name, and what it could not carry."""
    content, left_out = scorm_module_content(module)
    package = scorm.package_named(
        module.slug, content.version, scorm.zip_build(scorm.package_files(content))
    )
    return ModuleExport(package=package, left_out=left_out)
