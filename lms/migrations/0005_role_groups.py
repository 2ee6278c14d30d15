"""Create the role groups with their permissions, once.

The definitions are frozen here as they stood when this migration was written, as a
migration's data should be. A group that already exists is left exactly as it is, so
an admin's edits are never undone by `migrate`. Later changes to lms/roles.py reach an
existing site through `manage.py roles_sync` (or a new data migration).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

_EDITOR = [
    "wagtailadmin.access_admin",
    "courses.add_signpost",
    "courses.change_signpost",
    "courses.delete_signpost",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
_QUESTION_BANK = [
    f"assessments.{action}_{model}"
    for model in (
        "question",
        "singlechoicequestion",
        "multipleresponsequestion",
        "truefalsequestion",
        "matchingquestion",
        "orderingquestion",
        "shortanswerquestion",
        "numericquestion",
        "essayquestion",
        "questioncategory",
        "rubric",
    )
    for action in ("add", "change", "delete", "view")
]
ROLE_PERMISSIONS = {
    "Trainees": [],
    "Trainers": [
        *_EDITOR,
        "lms.view_cohort",
        *_QUESTION_BANK,
        "certificates.add_accreditationrules",
        "certificates.change_accreditationrules",
        "certificates.view_accreditationrules",
    ],
    "Supervisors": ["lms.view_cohort"],
    "Team leads": ["lms.view_team", "lms.change_team"],
    "Organisation admins": [
        "wagtailadmin.access_admin",
        "lms.view_organisation",
        "lms.change_organisation",
        "lms.add_team",
        "lms.change_team",
        "lms.view_team",
        "lms.delete_team",
        "lms.add_cohort",
        "lms.change_cohort",
        "lms.view_cohort",
        "lms.delete_cohort",
        "certificates.add_organisationbranding",
        "certificates.change_organisationbranding",
        "certificates.view_organisationbranding",
    ],
    "Site admins": [],
}
PAGE_EDITOR_ROLES = ["Trainers"]
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]


def _permissions_ensure(apps):
    # Django makes permissions after migrating (post_migrate); make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def role_groups_create(apps, schema_editor):
    _permissions_ensure(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )

    def permission(name):
        app_label, codename = name.split(".")
        return Permission.objects.get(
            content_type__app_label=app_label, codename=codename
        )

    created = set()
    for role, names in ROLE_PERMISSIONS.items():
        group, made = Group.objects.get_or_create(name=role)
        if made:
            created.add(role)
            group.permissions.set([permission(name) for name in names])
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for role in created & set(PAGE_EDITOR_ROLES):
        group = Group.objects.get(name=role)
        if root_page is not None:
            for codename in PAGE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root_page,
                    permission=permission(f"wagtailcore.{codename}"),
                )
        if root_collection is not None:
            for name in COLLECTION_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission(name)
                )


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0004_lesson_seconds_spent"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("courses", "0001_initial"),
        ("assessments", "0002_numeric_ranges_and_any_other_number"),
        ("certificates", "0004_completion_certificates"),
    ]

    operations = [
        migrations.RunPython(role_groups_create, migrations.RunPython.noop),
    ]
