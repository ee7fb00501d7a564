"""The audit trail's permission gets a model of its own, a proxy of Wagtail's history (no
table): it hung on partner memberships, which move to the `partners` app."""

from django.db import migrations


def _move(apps, *, source: str, target: str) -> None:
    content_types = apps.get_model("contenttypes", "ContentType")
    permissions = apps.get_model("auth", "Permission")
    destination, _ = content_types.objects.get_or_create(app_label="accounts", model=target)
    permissions.objects.filter(
        codename="view_audit_trail",
        content_type__app_label="accounts",
        content_type__model=source,
    ).update(content_type=destination)


def move_permission(apps, schema_editor):
    _move(apps, source="partnermembership", target="audittrailentry")


def move_permission_back(apps, schema_editor):
    _move(apps, source="audittrailentry", target="partnermembership")


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0007_translators'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='AuditTrailEntry',
            fields=[],
            options={
                'verbose_name': 'entrée de l’historique du site',
                'verbose_name_plural': 'historique du site',
                'permissions': [('view_audit_trail', 'Peut consulter l’historique du site')],
                'proxy': True,
                'default_permissions': (),
                'indexes': [],
                'constraints': [],
            },
            bases=('wagtailcore.modellogentry',),
        ),
        migrations.AlterModelOptions(
            name='partnermembership',
            options={'verbose_name': 'rattachement à un partenaire', 'verbose_name_plural': 'rattachements aux partenaires'},
        ),
        migrations.RunPython(move_permission, move_permission_back),
    ]
