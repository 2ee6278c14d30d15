"""Names on cohort invitations are kept on one line, existing ones put right."""

from django.db import migrations

import alongside.fields


def invite_names_on_one_line(apps, schema_editor):
    CohortInvite = apps.get_model("cohorts", "CohortInvite")
    for invite in CohortInvite.objects.only("pk", "full_name").iterator():
        full_name = alongside.fields.single_line(invite.full_name)
        if full_name != invite.full_name:
            CohortInvite.objects.filter(pk=invite.pk).update(full_name=full_name)


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0002_feedback_submission"),
    ]

    operations = [
        migrations.AlterField(
            model_name="cohortinvite",
            name="full_name",
            field=alongside.fields.SingleLineCharField(
                blank=True, max_length=150, verbose_name="name"
            ),
        ),
        migrations.RunPython(invite_names_on_one_line, migrations.RunPython.noop),
    ]
