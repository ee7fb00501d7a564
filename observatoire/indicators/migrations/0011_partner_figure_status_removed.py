"""The hand-written status of partners' figures, now Wagtail's draft state and workflow."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('indicators', '0010_partner_figure_workflow'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='partnerfigure',
            name='status',
        ),
        migrations.RemoveField(
            model_name='partnerfigure',
            name='submitted_by',
        ),
        migrations.RemoveField(
            model_name='partnerfigure',
            name='validated_by',
        ),
    ]
