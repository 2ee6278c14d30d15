"""Content permissions by organisation (security review, I6).

Trainers held add, change and publish on the root page and every collection, so a
trainer of any organisation could edit and publish every programme, quiz answer key
and the staff-awareness course. From here:

- a new "Curriculum editors" group holds those permissions on the whole tree (the
  shared curriculum, and every organisation's area, to help);
- the "Trainers" group loses its permissions on the root page and root collection.
  Unlike 0005 this changes an existing group, on purpose: it is a security fix, and
  nothing else of the group is touched;
- each organisation's own editors group, page area and collection are made by
  `manage.py roles_sync` (and when an organisation is created), with Wagtail models
  this migration cannot build.

Nobody is put in "Curriculum editors": after upgrading, a site admin adds the people
who look after the shared curriculum (in Settings → Users or Groups).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CURRICULUM_EDITORS = "Curriculum editors"
TRAINERS = "Trainers"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
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
COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    *_QUESTION_BANK,
]


def _permissions_ensure(apps):
    # Django makes permissions after migrating (post_migrate); make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def curriculum_editors_create(apps, schema_editor):
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

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    trainers = Group.objects.filter(name=TRAINERS).first()
    if trainers is not None:
        GroupPagePermission.objects.filter(group=trainers, page__depth=1).delete()
        GroupCollectionPermission.objects.filter(
            group=trainers, collection__depth=1
        ).delete()

    editors, made = Group.objects.get_or_create(name=CURRICULUM_EDITORS)
    if not made:
        return  # an admin's group of that name stands as it is
    editors.permissions.set([permission("wagtailadmin.access_admin")])
    if root_page is not None:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors,
                page=root_page,
                permission=permission(f"wagtailcore.{codename}"),
            )
    if root_collection is not None:
        for name in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=editors, collection=root_collection, permission=permission(name)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0017_organisation_content_area"),
        ("assessments", "0007_question_bank_in_collections"),
        ("courses", "0005_organisation_own_programmes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.RunPython(curriculum_editors_create, migrations.RunPython.noop),
    ]
