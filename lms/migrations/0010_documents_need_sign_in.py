"""Documents (workbooks, audio, transcripts, handouts) are for signed-in people.

Wagtail serves a document to anyone who has its address unless its collection, or
one of the collection's parents, has a privacy restriction (security review, I7).
A restriction on the root collection covers every collection, now and later (the
README's Security section).
"""

from django.db import migrations


def restrict(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Restriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    if not Restriction.objects.filter(collection=root).exists():
        Restriction.objects.create(collection=root, restriction_type="login")


def unrestrict(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Restriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Restriction.objects.filter(
        collection__in=Collection.objects.filter(depth=1), restriction_type="login"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0009_audit_report_downloaded"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(restrict, unrestrict)]
