from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "observatoire.indicators"
    label = "indicators"
    verbose_name = "Indicateurs"
    default_auto_field = "django.db.models.BigAutoField"
