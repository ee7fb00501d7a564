"""The partners' models, moved from `pages` (their pages and the partnership's settings) and
`accounts` (memberships): the tables are kept as they are here (state only), and renamed in
0002; their content types move with them, so that pages, revisions, permissions and history
still point at them."""

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


MOVED = {
    "partnerindexpage": "pages",
    "partnerpage": "pages",
    "partnershipsettings": "pages",
    "partnermembership": "accounts",
}


def _move(apps, *, to_partners: bool) -> None:
    content_types = apps.get_model("contenttypes", "ContentType")
    for model, old_app in MOVED.items():
        source, target = ("partners", old_app) if not to_partners else (old_app, "partners")
        if content_types.objects.filter(app_label=target, model=model).exists():
            continue
        content_types.objects.filter(app_label=source, model=model).update(app_label=target)


def move_content_types(apps, schema_editor):
    _move(apps, to_partners=True)


def move_content_types_back(apps, schema_editor):
    _move(apps, to_partners=False)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('pages', '0005_partnership_title_neutral'),
        ('accounts', '0008_audit_trail_model'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
        migrations.CreateModel(
            name='PartnerIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, verbose_name='chapeau')),
            ],
            options={
                'db_table': 'pages_partnerindexpage',
                'verbose_name': 'liste des partenaires',
                'verbose_name_plural': 'listes des partenaires',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='PartnershipSettings',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('title', models.CharField(default='Le partenariat', max_length=200, verbose_name='titre')),
                ('body', wagtail.fields.RichTextField(blank=True, verbose_name='texte')),
                ('budget_label', models.CharField(default='Budget de la première étape', max_length=200, verbose_name='intitulé du budget')),
                ('budget_total', models.PositiveIntegerField(blank=True, null=True, verbose_name='budget total en euros')),
                ('budget_shares', wagtail.fields.StreamField([('share', 2)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'financeur'}), 1: ('wagtail.blocks.IntegerBlock', (), {'label': 'montant en euros', 'min_value': 0}), 2: ('wagtail.blocks.StructBlock', [[('funder', 0), ('amount', 1)]], {})}, verbose_name='répartition du budget')),
            ],
            options={
                'db_table': 'pages_partnershipsettings',
                'verbose_name': 'partenariat et budget',
                'verbose_name_plural': 'partenariat et budget',
            },
        ),
        migrations.CreateModel(
            name='PartnerPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, verbose_name='chapeau')),
                ('statement', wagtail.fields.RichTextField(verbose_name='engagement du partenaire')),
                ('commitments', wagtail.fields.StreamField([('commitment', 3)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'titre'}), 1: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul', 'h3'], 'label': 'texte'}), 2: ('observatoire.pages.blocks.FiguresBlock', (), {'default': [], 'label': 'chiffres', 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('title', 0), ('text', 1), ('figures', 2)]], {})}, verbose_name='engagements')),
                ('contacts', wagtail.fields.StreamField([('contact', 4)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'fonction'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'organisme'}), 2: ('wagtail.blocks.EmailBlock', (), {'label': 'courriel', 'required': False}), 3: ('wagtail.blocks.CharBlock', (), {'label': 'téléphone', 'required': False}), 4: ('wagtail.blocks.StructBlock', [[('role', 0), ('organisation', 1), ('email', 2), ('phone', 3)]], {})}, verbose_name='contacts')),
                ('website', models.URLField(blank=True, verbose_name='site internet')),
                ('logo', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='logo')),
            ],
            options={
                'db_table': 'pages_partnerpage',
                'verbose_name': 'page partenaire',
                'verbose_name_plural': 'pages partenaires',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='PartnerMembership',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='partner_membership', to=settings.AUTH_USER_MODEL, verbose_name='compte')),
                ('partner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='memberships', to='partners.partnerpage', verbose_name='partenaire')),
            ],
            options={
                'db_table': 'accounts_partnermembership',
                'verbose_name': 'rattachement à un partenaire',
                'verbose_name_plural': 'rattachements aux partenaires',
            },
        ),
        ], database_operations=[]),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
