from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "observatoire.core"
    verbose_name = "Socle du site"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import admin_scripts
        from .page_cache import clear_page_cache

        admin_scripts.install()

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(clear_page_cache, dispatch_uid=f"page-cache-{id(signal)}")
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(_clear_on_content_change, dispatch_uid=f"page-cache-{id(signal)}")


# Third-party models written on every back-office visit or login: they never change a public
# page. The project's own models say so with `page_cache_exempt = True`.
NOT_CONTENT = {
    "sessions.session",
    "auth.user",
    "wagtailusers.userprofile",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "django_tasks_db.dbtaskresult",
}


def _clear_on_content_change(sender, **kwargs):
    from .page_cache import clear_page_cache

    if sender._meta.label_lower in NOT_CONTENT or getattr(sender, "page_cache_exempt", False):
        return
    clear_page_cache()
