"""The partner foreign keys follow `PartnerPage` to the `partners` app; the database already
points at its table (state only)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('knowledge', '0003_french_plurals'),
        ('partners', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
        migrations.AlterField(
            model_name='followup',
            name='partner',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='partners.partnerpage', verbose_name='partenaire'),
        ),
        migrations.AlterField(
            model_name='publicationpage',
            name='partner',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='publications', to='partners.partnerpage', verbose_name='partenaire auteur'),
        ),
        migrations.AlterField(
            model_name='recommendation',
            name='partners',
            field=models.ManyToManyField(related_name='recommendations', to='partners.partnerpage', verbose_name='adressée à'),
        ),
        ], database_operations=[]),
    ]
