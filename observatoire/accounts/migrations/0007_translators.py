"""The coordination translates pages and snippets (idempotent).

wagtail-localize's « Traduire » checks this permission only, not the page's: so the coordination,
which may edit every page, holds it, and partner editors do not. A new translation starts as a
draft (settings: WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE) and is published like a page.
"""

from django.db import migrations

TRANSLATORS = ("Coordination",)


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    # wagtail-localize hangs its permission off a content type of its own.
    content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    for group in Group.objects.filter(name__in=TRANSLATORS):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_reviewers_publish_what_they_approve"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
