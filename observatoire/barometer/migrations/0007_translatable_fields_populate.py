# Questionnaires and versions become translatable: step 2 of 3, every existing row gets the
# default locale (French, created if missing) and a translation key of its own.

import uuid

from django.conf import settings
from django.db import migrations
from django.utils.translation import get_supported_language_variant


def default_language_code() -> str:
    try:
        from wagtail.coreutils import get_supported_content_language_variant

        return get_supported_content_language_variant(settings.LANGUAGE_CODE)
    except LookupError:
        return get_supported_language_variant(settings.LANGUAGE_CODE)


def populate(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _created = Locale.objects.get_or_create(language_code=default_language_code())
    for name in ("Questionnaire", "Version"):
        model = apps.get_model("barometer", name)
        for instance in model.objects.filter(translation_key__isnull=True).iterator():
            instance.translation_key = uuid.uuid4()
            instance.locale = locale
            instance.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [
        ("barometer", "0006_translatable_fields"),
    ]

    operations = [
        migrations.RunPython(populate, migrations.RunPython.noop),
    ]
