"""Record the modules people have already finished, so that content published after
this release never re-locks them (the rule ``lms.services.module_completion_record``
follows from now on: every live lesson done, every live quiz passed or waiting for a
trainer's mark)."""

from collections import defaultdict

from django.db import migrations
from django.utils import timezone

STEPLEN = 4  # Wagtail's tree path step


def backfill(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    ModulePage = apps.get_model("courses", "ModulePage")
    LessonPage = apps.get_model("courses", "LessonPage")
    QuizPage = apps.get_model("assessments", "QuizPage")
    QuizAttempt = apps.get_model("assessments", "QuizAttempt")
    LessonCompletion = apps.get_model("lms", "LessonCompletion")
    ModuleCompletion = apps.get_model("lms", "ModuleCompletion")

    modules = dict(
        Page.objects.filter(
            pk__in=ModulePage.objects.values("pk"), live=True
        ).values_list("path", "pk")
    )

    def children(model):
        found = defaultdict(set)
        rows = Page.objects.filter(pk__in=model.objects.values("pk"), live=True)
        for pk, path in rows.values_list("pk", "path"):
            module_id = modules.get(path[:-STEPLEN])
            if module_id is not None:
                found[module_id].add(pk)
        return found

    lessons, quizzes = children(LessonPage), children(QuizPage)
    done = defaultdict(set)
    for user_id, lesson_id in LessonCompletion.objects.values_list(
        "user_id", "lesson_id"
    ):
        done[user_id].add(lesson_id)
    passed, waiting = defaultdict(set), defaultdict(set)
    for user_id, quiz_id, status, did_pass in QuizAttempt.objects.exclude(
        status="in_progress"
    ).values_list("user_id", "quiz_id", "status", "passed"):
        if did_pass:
            passed[user_id].add(quiz_id)
        elif status == "awaiting_marking" and did_pass is None:
            waiting[user_id].add(quiz_id)
    now = timezone.now()
    records = []
    for user_id, finished in done.items():
        for module_id, module_lessons in lessons.items():
            if not module_lessons <= finished:
                continue
            needed = quizzes.get(module_id, set())
            if not needed <= passed[user_id] | waiting[user_id]:
                continue
            records.append(
                ModuleCompletion(
                    user_id=user_id,
                    module_id=module_id,
                    finished_at=now,
                    passed_at=now if needed <= passed[user_id] else None,
                )
            )
    ModuleCompletion.objects.bulk_create(
        records, batch_size=1000, ignore_conflicts=True
    )


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0006_module_completion"),
        ("assessments", "0002_numeric_ranges_and_any_other_number"),
        ("courses", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
