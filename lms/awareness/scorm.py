"""The awareness course as a SCORM 1.2 package, for the NHS Learning Hub and ESR.

Its sections are the package's parts and its knowledge check the package's check,
with the course's minimum-time rule; ``lms/scorm.py`` builds the zip. Pure
rendering: no database writes.
"""

from lms import scorm

from .models import SECTION_CAP_FACTOR, AwarenessCoursePage

ScormPackage = scorm.ScormPackage


def scorm_content_version(course: AwarenessCoursePage) -> str:
    """The course's content version: the revision that is live (or the latest)."""
    revision_id = course.live_revision_id or course.latest_revision_id
    return str(revision_id or 0)


def scorm_content(course: AwarenessCoursePage) -> scorm.Content:
    """What the package holds: the sections, the check and the timing rule."""
    return scorm.Content(
        identifier=f"alongside-awareness-{course.pk}",
        title=course.title,
        summary=course.summary,
        version=scorm_content_version(course),
        caption=f"Short course for staff · about {course.total_minutes} minutes",
        noun="course",
        part_noun="section",
        parts=[
            scorm.Part(
                title=block.value["title"],
                minutes=int(block.value["minutes"] or 0),
                content=scorm.offline_html(block.value["content"].source),
            )
            for block in course.sections
        ],
        questions=[
            scorm.CheckQuestion(
                question=block.value["question"],
                options=[option["text"] for option in block.value["options"]],
                answer=next(
                    index
                    for index, option in enumerate(block.value["options"])
                    if option["correct"]
                ),
                explanation=block.value["explanation"] or "",
            )
            for block in course.knowledge_check
        ],
        pass_mark=course.check_pass_mark,
        minimum_minutes=course.minimum_minutes,
        cap_factor=SECTION_CAP_FACTOR,
        intro=scorm.offline_html(course.intro) if course.intro else "",
        outcomes=[block.value for block in course.learning_outcomes],
    )


def scorm_package_files(course: AwarenessCoursePage) -> dict[str, bytes]:
    """Every file of the package by its path in the zip, the manifest first."""
    return scorm.package_files(scorm_content(course))


def scorm_package_build(course: AwarenessCoursePage) -> bytes:
    """The course as a SCORM 1.2 zip (the same course always gives the same bytes)."""
    return scorm.zip_build(scorm_package_files(course))


def scorm_package(course: AwarenessCoursePage) -> ScormPackage:
    """The package with a file name that says which course and version it is."""
    return scorm.package_named(
        course.slug, scorm_content_version(course), scorm_package_build(course)
    )
