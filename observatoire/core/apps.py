from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "observatoire.core"
    verbose_name = _("Socle du site")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Page, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move
        from wagtail_localize.models import Translation

        from . import admin_scripts, csv_files, i18n, translations
        from .models import SafetySettings
        from .page_cache import clear_page_cache, register_public_content

        admin_scripts.install()
        csv_files.install()
        # One Wagtail locale per language of the site, whenever the database is migrated.
        post_migrate.connect(i18n.ensure_locales, sender=self, dispatch_uid="core-locales")
        # Every translation, made in the back-office or by load_demo, starts « à relire ».
        post_save.connect(
            translations.review_new_translation,
            sender=Translation,
            dispatch_uid="core-translation-review",
        )

        # Pages: published, unpublished, moved or deleted (a draft saved changes nothing).
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(clear_page_cache, dispatch_uid=f"page-cache-{id(signal)}")
        post_delete.connect(clear_page_cache, sender=Page, dispatch_uid="page-cache-page-delete")
        # Shown on every page: the safety bar's settings, the sites; images and documents used
        # by pages (their renditions are not content, nor the size Wagtail notes while serving).
        register_public_content(SafetySettings, Site)
        register_public_content(get_image_model(), get_document_model(), changed=_not_file_facts)


def _not_file_facts(instance, *, update_fields) -> bool:
    return not update_fields or not set(update_fields) <= {"file_size", "file_hash"}
