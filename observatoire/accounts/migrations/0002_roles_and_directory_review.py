"""Creates the coordination and partner-editor groups and the directory review workflow.

Idempotent: running it on a database that already has them changes nothing. Permissions that
Django or Wagtail would only create after the migrations (post_migrate) are created here with
the same codenames and names, so that the groups can hold them at once.
"""

from django.db import migrations

COORDINATOR = "Coordination"
PARTNER_EDITOR = "Éditeurs partenaires"
WORKFLOW = "Relecture de l’annuaire"
TASK = "Relecture par la coordination"

REVIEWED = ("structure", "place", "service")
# (app label, model) -> actions; ("wagtailadmin", "admin") holds the admin access permission.
ADMIN_ACCESS = {("wagtailadmin", "admin"): ("access",)}
COORDINATOR_PERMISSIONS = {
    **ADMIN_ACCESS,
    **{("directory", m): ("add", "change", "delete", "publish", "view") for m in REVIEWED},
    ("directory", "errorreport"): ("change", "delete", "view"),
    ("accounts", "partnermembership"): ("add", "change", "delete", "view"),
}
PARTNER_EDITOR_PERMISSIONS = {
    **ADMIN_ACCESS,
    **{("directory", m): ("add", "change", "view") for m in REVIEWED},
}


def _grant(apps, group_name: str, permissions: dict) -> object:
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=group_name)
    for (app_label, model), actions in permissions.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            group.permissions.add(permission)
    return group


def create_roles(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    coordination = _grant(apps, COORDINATOR, COORDINATOR_PERMISSIONS)
    _grant(apps, PARTNER_EDITOR, PARTNER_EDITOR_PERMISSIONS)

    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(coordination)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for model in REVIEWED:
        content_type, _ = ContentType.objects.get_or_create(app_label="directory", model=model)
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("directory", "0003_reviewed_entries"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
