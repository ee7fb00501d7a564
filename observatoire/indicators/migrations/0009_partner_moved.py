"""The partner foreign keys follow `PartnerPage` to the `partners` app; the database already
points at its table (state only)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('indicators', '0008_edition_permissions'),
        ('partners', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
        migrations.AlterField(
            model_name='indicator',
            name='partner',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='indicators', to='partners.partnerpage', verbose_name='partenaire qui le déclare'),
        ),
        ], database_operations=[]),
    ]
