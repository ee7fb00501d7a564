"""The partner foreign keys follow `PartnerPage` to the `partners` app; the database already
points at its table (state only)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0007_geography_any_departement'),
        ('partners', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
        migrations.AlterField(
            model_name='structure',
            name='partner',
            field=models.ForeignKey(blank=True, help_text='Le partenaire dont les éditeurs peuvent modifier cette fiche.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='structures', to='partners.partnerpage', verbose_name='partenaire responsable'),
        ),
        ], database_operations=[]),
    ]
