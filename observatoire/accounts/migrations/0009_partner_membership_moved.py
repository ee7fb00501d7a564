"""Partner memberships now belong to the `partners` app (its 0001 takes the table over)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0008_audit_trail_model'),
        ('partners', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name='PartnerMembership')],
            database_operations=[],
        ),
    ]
