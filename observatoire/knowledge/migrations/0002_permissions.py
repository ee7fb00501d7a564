"""Who works on recommendations (idempotent): the coordination writes them and validates the
follow-up notes; partner editors and researchers read them (partners see their own, and report
through the « Rendre compte » view)."""

from django.db import migrations

from observatoire.accounts.permissions import grant_model_permissions

GRANTS = {
    "recommendation": {
        "Coordination": ("add", "change", "delete", "view"),
        "Éditeurs partenaires": ("view",),
        "Recherche": ("view",),
    },
    "followup": {"Coordination": ("add", "change", "view")},
}


def grant(apps, schema_editor):
    grant_model_permissions(apps, app_label="knowledge", grants=GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0001_initial"),
        ("accounts", "0004_audit_trail_permission"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
