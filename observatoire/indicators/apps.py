from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "observatoire.indicators"
    label = "indicators"
    verbose_name = _("Indicateurs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from observatoire.core.page_cache import register_public_content

        from . import page_context, receivers  # noqa: F401  (page context, publication signal)
        from .models import Edition, Indicator, PartnerFigure, Population, Source, Territory

        # Written by imports and by the coordination (bulk writes renew the cache themselves).
        register_public_content(Edition, Indicator, Population, Source, Territory)
        register_public_content(PartnerFigure, changed=_published)


def _published(figure, *, update_fields) -> bool:
    return figure.live
