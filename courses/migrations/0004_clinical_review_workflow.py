"""The Clinical reviewers group and the Clinical review workflow, once.

Frozen as it stood when written (see lms/migrations/0005_role_groups.py): a group, task
or workflow that already exists is left as it is, so an admin's edits survive
`migrate`. `manage.py roles_sync` restores them on purpose (courses.services
.clinical_review_workflow_sync). No review record is made for any module.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Clinical reviewers"
GROUP_PERMISSIONS = [("wagtailadmin", "access_admin")]
NAME = "Clinical review"


def _permissions_ensure(apps):
    # Django makes permissions after migrating (post_migrate); make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def clinical_review_create(apps, schema_editor):
    _permissions_ensure(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    ClinicalReviewTask = apps.get_model("courses", "ClinicalReviewTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    group, made = Group.objects.get_or_create(name=GROUP)
    if made:
        group.permissions.set(
            [
                Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
                for app_label, codename in GROUP_PERMISSIONS
            ]
        )
    if ClinicalReviewTask.objects.exists():
        return
    content_type, _made = ContentType.objects.get_or_create(
        app_label="courses", model="clinicalreviewtask"
    )
    task = ClinicalReviewTask.objects.create(
        name=NAME, active=True, content_type=content_type
    )
    task.groups.add(group)
    workflow = Workflow.objects.create(name=NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_content_review_records"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [
        migrations.RunPython(clinical_review_create, migrations.RunPython.noop),
    ]
