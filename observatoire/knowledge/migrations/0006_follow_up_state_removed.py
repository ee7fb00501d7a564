"""The hand-written state of follow-up notes and who validated them: Wagtail's draft state
(0005), revisions and workflow history hold them now."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("knowledge", "0005_follow_up_draft_state"),
    ]

    operations = [
        migrations.RemoveField(model_name="followup", name="state"),
        migrations.RemoveField(model_name="followup", name="validated_by"),
    ]
