from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "observatoire.pages"
    verbose_name = _("Pages du site")

    def ready(self):
        from . import page_context  # noqa: F401  (registers what its pages read)
