"""The workflow of partners' figures (idempotent): « Chiffres des partenaires », one task,
« Validation par une autre personne de la coordination » (core's IndependentReviewTask, of the
Coordination group), for the figures' content type. Nobody gets the publish permission of
figures: validating that task publishes them (core/workflows.py)."""

from django.db import migrations

WORKFLOW = "Chiffres des partenaires"
TASK = "Validation par une autre personne de la coordination"
COORDINATOR = "Coordination"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    IndependentReviewTask = apps.get_model("core", "IndependentReviewTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="core", model="independentreviewtask"
    )
    task = IndependentReviewTask.objects.filter(name=TASK).first()
    if task is None:
        task = IndependentReviewTask.objects.create(name=TASK, content_type=task_type, active=True)
    coordination = Group.objects.filter(name=COORDINATOR).first()
    if coordination is not None:
        task.groups.add(coordination)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    figures, _ = ContentType.objects.get_or_create(app_label="indicators", model="partnerfigure")
    WorkflowContentType.objects.get_or_create(content_type=figures, defaults={"workflow": workflow})


class Migration(migrations.Migration):

    dependencies = [
        ("indicators", "0011_partner_figure_status_removed"),
        ("core", "0005_independent_review_task"),
        ("accounts", "0003_trust_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
