"""The tables taken over by 0001 get the app's own names."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0001_initial'),
        ('pages', '0006_partner_models_moved'),
        ('accounts', '0009_partner_membership_moved'),
    ]

    operations = [
        migrations.AlterModelTable(name='partnerindexpage', table=None),
        migrations.AlterModelTable(name='partnerpage', table=None),
        migrations.AlterModelTable(name='partnershipsettings', table=None),
        migrations.AlterModelTable(name='partnermembership', table=None),
    ]
