import django.db.models.functions.text
from django.db import migrations, models
from django.db.models.functions import Lower


def lower_case_addresses(apps, schema_editor):
    """Keep every address in lower case (the model does from now on). Two accounts
    whose addresses differ only in case cannot be merged here: the migration stops
    and says which, for an admin to resolve."""
    User = apps.get_model("lms", "User")
    seen: dict[str, int] = {}
    for pk, email in User.objects.values_list("pk", "email"):
        key = (email or "").strip().lower()
        if key in seen:
            raise RuntimeError(
                f"Accounts {seen[key]} and {pk} have the same email address in "
                "different case; merge or change one, then migrate again."
            )
        seen[key] = pk
    User.objects.exclude(email=Lower("email")).update(email=Lower("email"))


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("lms", "0014_team_presenters_named_by_an_admin"),
    ]

    operations = [
        migrations.RunPython(lower_case_addresses, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("email"),
                name="one_account_per_email_any_case",
                violation_error_message=(
                    "There is already an account with this email address."
                ),
            ),
        ),
    ]
