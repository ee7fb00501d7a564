"""Follow-up notes go through Wagtail's workflow: their hand-written state becomes Wagtail's
draft state. A validated note stays published; a note awaiting validation or refused is a
draft, which its partner may submit to « Suivi des recommandations » (0007). The old columns
go in 0006, apart from these updates (PostgreSQL alters no table with updates pending in the
same transaction)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def states_to_draft_state(apps, schema_editor):
    notes = apps.get_model("knowledge", "FollowUp")
    notes.objects.filter(state="validee").update(live=True, has_unpublished_changes=False)
    notes.objects.exclude(state="validee").update(live=False, has_unpublished_changes=True)


def draft_state_to_states(apps, schema_editor):
    notes = apps.get_model("knowledge", "FollowUp")
    notes.objects.filter(live=True).update(state="validee")
    notes.objects.filter(live=False).update(state="a_valider")


class Migration(migrations.Migration):

    dependencies = [
        ("knowledge", "0004_partner_moved"),
        # The partners' table under its own name first: SQLite rebuilds this table, with its
        # foreign keys, when these migrations are reversed.
        ("partners", "0002_partner_tables"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="followup",
            name="expire_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="expiry date/time"),
        ),
        migrations.AddField(
            model_name="followup",
            name="expired",
            field=models.BooleanField(default=False, editable=False, verbose_name="expired"),
        ),
        migrations.AddField(
            model_name="followup",
            name="first_published_at",
            field=models.DateTimeField(
                blank=True, db_index=True, null=True, verbose_name="first published at"
            ),
        ),
        migrations.AddField(
            model_name="followup",
            name="go_live_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="go live date/time"),
        ),
        migrations.AddField(
            model_name="followup",
            name="has_unpublished_changes",
            field=models.BooleanField(
                default=False, editable=False, verbose_name="has unpublished changes"
            ),
        ),
        migrations.AddField(
            model_name="followup",
            name="last_published_at",
            field=models.DateTimeField(editable=False, null=True, verbose_name="last published at"),
        ),
        migrations.AddField(
            model_name="followup",
            name="latest_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="latest revision",
            ),
        ),
        migrations.AddField(
            model_name="followup",
            name="live",
            field=models.BooleanField(default=False, editable=False, verbose_name="en ligne"),
        ),
        migrations.AddField(
            model_name="followup",
            name="live_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="live revision",
            ),
        ),
        migrations.AlterField(
            model_name="followup",
            name="recommendation",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="follow_ups",
                to="knowledge.recommendation",
                verbose_name="recommandation",
            ),
        ),
        migrations.AlterField(
            model_name="followup",
            name="written_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="écrite par",
            ),
        ),
        migrations.RunPython(states_to_draft_state, draft_state_to_states),
    ]
