from django.apps import AppConfig


class BarometerConfig(AppConfig):
    name = "observatoire.barometer"
    label = "barometer"
    verbose_name = "Baromètres"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from observatoire.core.page_cache import register_public_content

        from .models import EmbedPartner, Questionnaire, Version

        # Counts (UsageCount) are not content: the statistics page shows them coarse, and may
        # wait for its cached copy to expire (PAGE_CACHE_SECONDS).
        register_public_content(Questionnaire, Version, EmbedPartner)
