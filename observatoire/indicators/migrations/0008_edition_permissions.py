"""Who works on editions (idempotent): the coordination imports SSMSI files and withdraws
editions; researchers read the list."""

from django.db import migrations

from observatoire.accounts.permissions import grant_model_permissions

GRANTS = {
    "edition": {
        "Coordination": ("view", "import", "withdraw"),
        "Recherche": ("view",),
    }
}
NAMES = {
    "import_edition": "Peut importer un fichier du SSMSI",
    "withdraw_edition": "Peut retirer une édition",
}


def grant(apps, schema_editor):
    grant_model_permissions(apps, app_label="indicators", grants=GRANTS, names=NAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("indicators", "0007_edition_withdrawal"),
        ("accounts", "0004_audit_trail_permission"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
