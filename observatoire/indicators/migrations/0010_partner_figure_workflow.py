"""Partners' figures go through Wagtail's workflow: their hand-written status becomes Wagtail's
draft state. A published figure stays published; any other (draft, submitted, validated) is a
draft again, to be submitted to the workflow « Chiffres des partenaires » (0012). The
old columns go in 0011, apart from these updates (PostgreSQL alters no table with updates
pending in the same transaction)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def states_to_draft_state(apps, schema_editor):
    figures = apps.get_model("indicators", "PartnerFigure")
    figures.objects.filter(status="publie").update(live=True, has_unpublished_changes=False)
    figures.objects.exclude(status="publie").update(live=False, has_unpublished_changes=True)


class Migration(migrations.Migration):

    dependencies = [
        ('indicators', '0009_partner_moved'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='partnerfigure',
            name='expire_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time'),
        ),
        migrations.AddField(
            model_name='partnerfigure',
            name='expired',
            field=models.BooleanField(default=False, editable=False, verbose_name='expired'),
        ),
        migrations.AddField(
            model_name='partnerfigure',
            name='first_published_at',
            field=models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at'),
        ),
        migrations.AddField(
            model_name='partnerfigure',
            name='go_live_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='go live date/time'),
        ),
        migrations.AddField(
            model_name='partnerfigure',
            name='has_unpublished_changes',
            field=models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes'),
        ),
        migrations.AddField(
            model_name='partnerfigure',
            name='last_published_at',
            field=models.DateTimeField(editable=False, null=True, verbose_name='last published at'),
        ),
        migrations.AddField(
            model_name='partnerfigure',
            name='latest_revision',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision'),
        ),
        migrations.AddField(
            model_name='partnerfigure',
            name='live',
            field=models.BooleanField(default=True, editable=False, verbose_name='live'),
        ),
        migrations.AddField(
            model_name='partnerfigure',
            name='live_revision',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision'),
        ),
        migrations.AddField(
            model_name='partnerfigure',
            name='locked',
            field=models.BooleanField(default=False, editable=False, verbose_name='locked'),
        ),
        migrations.AddField(
            model_name='partnerfigure',
            name='locked_at',
            field=models.DateTimeField(editable=False, null=True, verbose_name='locked at'),
        ),
        migrations.AddField(
            model_name='partnerfigure',
            name='locked_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by'),
        ),
            migrations.RunPython(states_to_draft_state, migrations.RunPython.noop),
    ]
