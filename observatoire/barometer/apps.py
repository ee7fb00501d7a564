from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BarometerConfig(AppConfig):
    name = "observatoire.barometer"
    label = "barometer"
    verbose_name = _("Baromètres")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from observatoire.core.page_cache import register_public_content

        from .models import EmbedPartner, Questionnaire, Version

        # Counts (UsageCount) are not content: the statistics page shows them coarse, and may
        # wait for its cached copy to expire (PAGE_CACHE_SECONDS).
        register_public_content(Questionnaire, Version, EmbedPartner)
