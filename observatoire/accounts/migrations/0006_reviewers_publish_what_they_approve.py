"""The « Relecture » group publishes what it approves (idempotent).

Approving the last task of a workflow publishes the page or the directory entry as the person
who approved it, and Wagtail checks that this person may publish. Reviewers get the publish
permission only: without « change », they open an editor only while an item awaits their review,
so they never publish anything that has not gone through it.
"""

from django.db import migrations

REVIEWER = "Relecture"
DIRECTORY_MODELS = ("structure", "place", "service")


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group = Group.objects.filter(name=REVIEWER).first()
    if group is None:
        return

    def permission(app_label, model, codename):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        found, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": f"Can {codename}"}
        )
        return found

    root = Page.objects.filter(depth=1).first()
    if root is not None:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=permission("wagtailcore", "page", "publish_page")
        )
    for model in DIRECTORY_MODELS:
        group.permissions.add(permission("directory", model, f"publish_{model}"))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_partner_images_and_documents"),
        ("directory", "0006_admin_search"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
