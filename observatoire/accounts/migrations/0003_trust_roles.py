"""The five back-office roles, and who reviews pages and directory changes (idempotent).

Wagtail's own sample groups (« Editors », « Moderators ») are removed while nobody belongs to
them, so that the roles below are the only ones; the default page workflow is renamed and handed
to the coordination and the reviewers.
"""

from django.db import migrations

ADMINISTRATOR = "Administration"
COORDINATOR = "Coordination"
PARTNER_EDITOR = "Éditeurs partenaires"
REVIEWER = "Relecture"
RESEARCHER = "Recherche"

ADMIN_ACCESS = {("wagtailadmin", "admin"): ("access",)}
ALL = ("add", "change", "delete", "view")
GROUP_PERMISSIONS = {
    ADMINISTRATOR: {
        **ADMIN_ACCESS,
        ("auth", "user"): ALL,
        ("auth", "group"): ALL,
        ("wagtailcore", "site"): ALL,
        ("wagtailcore", "workflow"): ("add", "change", "delete"),
        ("wagtailcore", "task"): ("add", "change", "delete"),
        ("accounts", "partnermembership"): ALL,
    },
    # Coordination already holds the directory and barometer permissions (earlier migrations);
    # it also reads the list of accounts, so that account events show in the site history.
    COORDINATOR: {("auth", "user"): ("view",)},
    REVIEWER: {
        **ADMIN_ACCESS,
        **{("directory", model): ("view",) for model in ("structure", "place", "service")},
    },
    RESEARCHER: {
        **ADMIN_ACCESS,
        ("barometer", "questionnaire"): ("view",),
        ("barometer", "version"): ("view",),
        ("barometer", "usagecount"): ("view",),
    },
}
COORDINATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
COORDINATOR_COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
PAGE_WORKFLOW = "Relecture des pages"
PAGE_TASK = "Relecture des pages"
DIRECTORY_TASK = "Relecture par la coordination"


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    groups = {}
    for name, permissions in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        for (app_label, model), actions in permissions.items():
            for action in actions:
                group.permissions.add(_permission(apps, app_label, model, f"{action}_{model}"))
    coordination = groups[COORDINATOR]

    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in COORDINATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=coordination,
                page=root,
                permission=_permission(apps, "wagtailcore", "page", codename),
            )

    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    collection_root = Collection.objects.filter(depth=1).first()
    if collection_root is not None:
        for app_label, codenames in COORDINATOR_COLLECTION_PERMISSIONS.items():
            for codename in codenames:
                model = codename.split("_", 1)[1]
                GroupCollectionPermission.objects.get_or_create(
                    group=coordination,
                    collection=collection_root,
                    permission=_permission(apps, app_label, model, codename),
                )

    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    page_task = GroupApprovalTask.objects.filter(name__in=["Moderators approval", PAGE_TASK]).first()
    if page_task is not None:
        page_task.name = PAGE_TASK
        page_task.save(update_fields=["name"])
        page_task.groups.set([coordination, groups[REVIEWER]])
    Workflow.objects.filter(name="Moderators approval").update(name=PAGE_WORKFLOW)
    directory_task = GroupApprovalTask.objects.filter(name=DIRECTORY_TASK).first()
    if directory_task is not None:
        directory_task.groups.add(groups[REVIEWER])

    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_roles_and_directory_review"),
        ("barometer", "0002_coordination_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
