"""The coordination edits barometers and reads the counts (idempotent)."""

from django.db import migrations

PERMISSIONS = {
    "questionnaire": ("add", "change", "view"),
    "version": ("add", "change", "view"),
    "usagecount": ("view",),
    "embedpartner": ("add", "change", "delete", "view"),
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    coordination = Group.objects.filter(name="Coordination").first()
    if coordination is None:
        return
    for model, actions in PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="barometer", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            coordination.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("barometer", "0001_initial"),
        ("accounts", "0002_roles_and_directory_review"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
