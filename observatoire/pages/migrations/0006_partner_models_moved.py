"""The partners' pages and the partnership's settings now belong to the `partners` app (its
0001 takes the tables over); the foreign keys that pointed at them point there first."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('pages', '0005_partnership_title_neutral'),
        ('partners', '0001_initial'),
        ('directory', '0008_partner_moved'),
        ('indicators', '0009_partner_moved'),
        ('knowledge', '0004_partner_moved'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='PartnershipSettings'),
                migrations.DeleteModel(name='PartnerPage'),
                migrations.DeleteModel(name='PartnerIndexPage'),
            ],
            database_operations=[],
        ),
    ]
