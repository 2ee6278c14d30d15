"""Sign-up confirms the email address; everyone already here counts as confirmed."""

import django.utils.timezone
from django.db import migrations, models


def existing_users_confirmed(apps, schema_editor):
    # Accounts made before confirmation existed were made by staff, the demo, or
    # sign-ups we can no longer check: treat them as confirmed from when they joined.
    User = apps.get_model("lms", "User")
    User.objects.filter(email_confirmed_at__isnull=True).update(
        email_confirmed_at=models.F("date_joined")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0011_names_on_one_line"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="email_confirmed_at",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="email address confirmed"
            ),
        ),
        migrations.RunPython(existing_users_confirmed, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="user",
            name="email_confirmed_at",
            field=models.DateTimeField(
                blank=True,
                default=django.utils.timezone.now,
                null=True,
                verbose_name="email address confirmed",
            ),
        ),
    ]
