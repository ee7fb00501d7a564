"""Partner editors upload and choose images (their logo) and documents (the publications they
propose), in the root collection (idempotent). Wagtail lets them change only what they uploaded."""

from django.db import migrations

PARTNER_EDITOR = "Éditeurs partenaires"
PERMISSIONS = {
    "wagtailimages": ("add_image", "choose_image"),
    "wagtaildocs": ("add_document", "choose_document"),
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group = Group.objects.filter(name=PARTNER_EDITOR).first()
    root = Collection.objects.filter(depth=1).first()
    if group is None or root is None:
        return
    for app_label, codenames in PERMISSIONS.items():
        for codename in codenames:
            model = codename.split("_", 1)[1]
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": f"Can {codename.replace('_', ' ')}"},
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_audit_trail_permission")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
