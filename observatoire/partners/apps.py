from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "observatoire.partners"
    label = "partners"
    verbose_name = _("Partenaires")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from observatoire.core.page_cache import register_public_content

        from . import page_context, receivers  # noqa: F401  (page context, membership signals)
        from .models import PartnershipSettings

        register_public_content(PartnershipSettings)
