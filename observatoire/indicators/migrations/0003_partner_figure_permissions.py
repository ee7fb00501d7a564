"""Who works on partners' figures (idempotent): partner editors declare, the coordination
validates and publishes, researchers read them all, published or not."""

from django.db import migrations

GRANTS = {
    "Coordination": ("add", "change", "view"),
    "Éditeurs partenaires": ("add", "change", "view"),
    "Recherche": ("view",),
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="indicators", model="partnerfigure"
    )
    for name, actions in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_partnerfigure",
                defaults={"name": f"Can {action} partner figure"},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("indicators", "0002_partner_figures"),
        ("accounts", "0004_audit_trail_permission"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
