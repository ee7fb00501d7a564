"""The « Suivi des recommandations » workflow for follow-up notes, and who works on them
(idempotent). Its one task, « Validation par la coordination », is the coordination's: approving
publishes the note, which sets its recommendation's status; requesting changes hands it back
to its partner. Partner editors write, change and submit notes, never publish them; the
coordination publishes (what it approves, and its own notes at once)."""

from django.db import migrations

from observatoire.accounts.permissions import grant_model_permissions

COORDINATOR = "Coordination"
PARTNER_EDITOR = "Éditeurs partenaires"
WORKFLOW = "Suivi des recommandations"
TASK = "Validation par la coordination"
GRANTS = {
    "followup": {
        COORDINATOR: ("add", "change", "view", "publish"),
        PARTNER_EDITOR: ("add", "change", "view"),
    },
}
# The name Wagtail gives the publish permission of a snippet (after the migrations).
NAMES = {"publish_followup": "Can publish note de suivi"}


def create_workflow(apps, schema_editor):
    grant_model_permissions(apps, app_label="knowledge", grants=GRANTS, names=NAMES)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    coordination = Group.objects.filter(name=COORDINATOR).first()
    if coordination is not None:
        task.groups.add(coordination)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    follow_up, _ = ContentType.objects.get_or_create(app_label="knowledge", model="followup")
    WorkflowContentType.objects.get_or_create(
        content_type=follow_up, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):

    dependencies = [
        ("knowledge", "0006_follow_up_state_removed"),
        ("accounts", "0003_trust_roles"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
