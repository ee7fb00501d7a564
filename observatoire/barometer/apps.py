from django.apps import AppConfig


class BarometerConfig(AppConfig):
    name = "observatoire.barometer"
    label = "barometer"
    verbose_name = "Baromètres"
    default_auto_field = "django.db.models.BigAutoField"
