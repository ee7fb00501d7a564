from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "observatoire.core"
    verbose_name = "Socle du site"

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Page, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import admin_scripts, csv_files
        from .models import SafetySettings
        from .page_cache import clear_page_cache, register_public_content

        admin_scripts.install()
        csv_files.install()

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
